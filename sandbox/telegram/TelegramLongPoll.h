// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
class QTcpSocket;
QT_END_NAMESPACE

namespace tgic::sandbox {

// Writes a complete HTTP response unless the client has already gone: in Qt 6.4 writing to a
// socket the server has torn down crashes, so every write is guarded here.
void writeHttpResponse(QHttpServerResponder &responder, int status, const QByteArray &body,
    const QByteArray &contentType = QByteArrayLiteral("application/json"));

// The one getUpdates request a bot may have waiting (the server allows a single poller).
// It owns the responder until the emulator answers it, the timeout fires, or the client hangs up.
class TelegramLongPoll : public QObject
{
    Q_OBJECT
public:
    explicit TelegramLongPoll(QObject *parent = nullptr);
    ~TelegramLongPoll() override;

    // True while a request is parked and its client is still connected.
    bool isWaiting() const;
    // True from park() until the request is answered, times out or its client's hang-up is seen.
    bool holdsRequest() const { return bool(m_responder); }
    int limit() const { return m_limit; }

    // Parks a request for up to timeoutMs; the caller ends any earlier one first.
    void park(QHttpServerResponder &&responder, int limit, int timeoutMs);
    // Answers the parked request (if its client is still there) and frees the slot.
    void finish(int status, const QByteArray &body);

Q_SIGNALS:
    // The timeout elapsed with nothing to deliver; the owner answers with an empty result.
    void timedOut();

private:
    void release();

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    QMetaObject::Connection m_disconnected;
    QTimer m_timer;
    int m_limit = 100;
};

} // namespace tgic::sandbox
