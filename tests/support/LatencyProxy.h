// SPDX-License-Identifier: MIT
#pragma once

// A TCP forwarder that puts a network between the app and a database on loopback: every chunk
// is held for a one-way delay in each direction (so a round trip costs twice that), and every
// round trip is counted: a burst from the client answered by the server. It runs on a thread of
// its own, since the app waits for its answers on the thread it works on. Header-only.

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace tgic::test {

class LatencyProxy
{
    Q_DISABLE_COPY_MOVE(LatencyProxy)

public:
    //! Forward to `host`:`port` with `roundTrip` / 2 each way.
    LatencyProxy(const QString &host, quint16 port, std::chrono::milliseconds roundTrip)
        : m_host(host)
        , m_port(port)
        , m_oneWayMs(int(roundTrip.count() / 2))
    {
        m_thread.setObjectName(QStringLiteral("latency-proxy"));
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = new QTcpServer(&m_context);
                QObject::connect(m_server, &QTcpServer::newConnection, &m_context, [this] { accept(); });
                m_server->listen(QHostAddress::LocalHost, 0);
                m_listening = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }

    //! In front of the database a postgresql:// URL names.
    static std::unique_ptr<LatencyProxy> forUrl(const QString &url, std::chrono::milliseconds roundTrip)
    {
        const QUrl u(url);
        return std::make_unique<LatencyProxy>(u.host(), quint16(u.port(5432)), roundTrip);
    }

    ~LatencyProxy()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                // A link still open (a client that never hung up) must not hear its sockets go.
                const auto children = m_context.children();
                for (QObject *child : children)
                    QObject::disconnect(child, nullptr, nullptr, nullptr);
                for (QObject *child : children)
                    delete child;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_listening; }
    //! `url` with its host and port replaced by the proxy's.
    QString url(const QString &url) const
    {
        QUrl u(url);
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_listening);
        return u.toString();
    }

    void setRoundTrip(std::chrono::milliseconds roundTrip)
    {
        m_oneWayMs.storeRelaxed(int(roundTrip.count() / 2));
    }
    //! A link that hangs: while stalled, nothing is passed on in either direction (the
    //! connections stay open, as when a route drops packets); what was held goes on afterwards.
    void setStalled(bool stalled) { m_stalled.storeRelaxed(stalled ? 1 : 0); }
    //! A database that is down to newcomers: while not accepting, the proxy's port is closed
    //! and a new connection is refused at once; the connections already open go on.
    void setAccepting(bool accepting)
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this, accepting] {
                if (!accepting)
                    m_server->close();
                else if (!m_server->isListening())
                    m_server->listen(QHostAddress::LocalHost, m_listening);
            },
            Qt::BlockingQueuedConnection);
    }
    //! Bursts from a client answered by the server, over every connection so far.
    qint64 roundTrips() const { return m_roundTrips.loadRelaxed(); }

private:
    struct Chunk
    {
        QDeadlineTimer due;
        QByteArray bytes;
    };
    //! One direction of one connection: chunks held until they are due, in order.
    struct Lane
    {
        QTcpSocket *to = nullptr;
        QTimer *timer = nullptr;
        QList<Chunk> held;
    };
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        Lane toServer;
        Lane toClient;
        bool awaitingAnswer = false;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto link = std::make_shared<Link>();
            link->client = client;
            link->server = new QTcpSocket(&m_context);
            client->setParent(&m_context);
            for (QTcpSocket *s : { link->client, link->server })
                s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            setUpLane(link->toServer, link->server);
            setUpLane(link->toClient, link->client);
            QObject::connect(client, &QTcpSocket::readyRead, &m_context, [this, link] {
                link->awaitingAnswer = true;
                hold(link->toServer, link->client->readAll());
            });
            QObject::connect(link->server, &QTcpSocket::readyRead, &m_context, [this, link] {
                if (link->awaitingAnswer) {
                    link->awaitingAnswer = false;
                    m_roundTrips.fetchAndAddRelaxed(1);
                }
                hold(link->toClient, link->server->readAll());
            });
            // Either side leaving ends the link once what it sent has been passed on.
            QObject::connect(
                client, &QTcpSocket::disconnected, &m_context, [this, link] { closeAfter(link->toServer); });
            QObject::connect(link->server, &QTcpSocket::disconnected, &m_context,
                [this, link] { closeAfter(link->toClient); });
            link->server->connectToHost(m_host, m_port);
        }
    }

    void setUpLane(Lane &lane, QTcpSocket *to)
    {
        lane.to = to;
        lane.timer = new QTimer(&m_context);
        lane.timer->setSingleShot(true);
        lane.timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(lane.timer, &QTimer::timeout, &m_context, [this, &lane] { release(lane); });
    }

    void hold(Lane &lane, const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        lane.held.append({ QDeadlineTimer(m_oneWayMs.loadRelaxed(), Qt::PreciseTimer), bytes });
        if (!lane.timer->isActive())
            release(lane);
    }

    void release(Lane &lane)
    {
        if (m_stalled.loadRelaxed() != 0) {
            lane.timer->start(kStalledRetryMs);
            return;
        }
        while (!lane.held.isEmpty() && lane.held.first().due.hasExpired())
            lane.to->write(lane.held.takeFirst().bytes);
        if (!lane.held.isEmpty())
            lane.timer->start(int(std::max<qint64>(1, lane.held.first().due.remainingTime())));
    }

    void closeAfter(Lane &lane)
    {
        if (lane.held.isEmpty()) {
            lane.to->disconnectFromHost();
            return;
        }
        QTimer::singleShot(
            int(std::max<qint64>(1, lane.held.last().due.remainingTime()) + 1), lane.to, [this, &lane] {
                release(lane);
                lane.to->disconnectFromHost();
            });
    }

    static constexpr int kStalledRetryMs = 5;

    QString m_host;
    quint16 m_port;
    QAtomicInteger<int> m_oneWayMs;
    QAtomicInteger<qint64> m_roundTrips { 0 };
    QAtomicInteger<int> m_stalled { 0 };
    QThread m_thread;
    QObject m_context;
    QTcpServer *m_server = nullptr;
    quint16 m_listening = 0;
};

} // namespace tgic::test
