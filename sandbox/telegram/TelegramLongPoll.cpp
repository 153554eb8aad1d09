// SPDX-License-Identifier: MIT
#include "TelegramLongPoll.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

void writeHttpResponse(
    QHttpServerResponder &responder, int status, const QByteArray &body, const QByteArray &contentType)
{
    QTcpSocket *socket = responder.socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    responder.write(body, { { "Content-Type"_ba, contentType } }, QHttpServerResponder::StatusCode(status));
}

TelegramLongPoll::TelegramLongPoll(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TelegramLongPoll::timedOut);
}

TelegramLongPoll::~TelegramLongPoll()
{
    // Destroying a responder never writes, so a still-parked request is simply dropped.
    release();
}

bool TelegramLongPoll::isWaiting() const
{
    return m_responder && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void TelegramLongPoll::park(QHttpServerResponder &&responder, int limit, int timeoutMs)
{
    release();
    m_socket = responder.socket();
    m_responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    m_limit = limit;
    if (m_socket) {
        // A client that hangs up stops the wait: nothing must be written to it later, and the next
        // poller must not be answered 409 on its behalf.
        m_disconnected = connect(m_socket, &QTcpSocket::disconnected, this, [this] { release(); });
    }
    m_timer.start(timeoutMs);
}

void TelegramLongPoll::finish(int status, const QByteArray &body)
{
    if (!m_responder)
        return;
    // Take the responder first: writing may emit socket signals that re-enter release().
    std::unique_ptr<QHttpServerResponder> responder = std::move(m_responder);
    const QPointer<QTcpSocket> socket = m_socket;
    release();
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        writeHttpResponse(*responder, status, body);
}

void TelegramLongPoll::release()
{
    m_timer.stop();
    if (m_disconnected)
        disconnect(m_disconnected);
    m_disconnected = {};
    m_responder.reset();
    m_socket.clear();
}

} // namespace tgic::sandbox
