// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

namespace tgic::test {

//! One request as the client sent it and the answer it got back, headers included.
struct Exchange
{
    QByteArray verb;
    QString path; //!< decoded path, without the query
    QByteArray query; //!< encoded, without '?'
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    int status = 0; //!< 0: no HTTP answer (see error)
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;
    QString error; //!< transport error, or why the exchange did not complete
    bool clientHungUp = false; //!< the client went away first (an aborted long poll)

    QByteArray requestHeader(const QByteArray &name) const;
    QByteArray responseHeader(const QByteArray &name) const;
    QString summary() const; //!< "POST /contacts -> 200"
};

//! A transparent HTTP forwarder that records every exchange. It sits between the real client and
//! an upstream (Prism, or an emulator) so a test can see exactly what went over the wire in both
//! directions, including headers only the upstream adds (Prism's sl-violations). Forwarding is
//! asynchronous, so it works in the same thread as in-process emulators and long polls.
class RecordingProxy final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit RecordingProxy(QUrl upstream, QObject *parent = nullptr);

    bool listen();
    QUrl url() const; //!< "http://127.0.0.1:PORT"
    QList<Exchange> exchanges() const { return m_exchanges; }
    void clear() { m_exchanges.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QUrl m_upstream;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
    QList<Exchange> m_exchanges;
};

} // namespace tgic::test
