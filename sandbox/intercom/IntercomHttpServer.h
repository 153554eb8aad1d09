// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomExchange.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

class QHttpServerRequest;

namespace tgic::sandbox {

// A bare HTTP server that hands every request to one function. QHttpServer's router answers
// unknown paths with an empty 404; the emulated API must answer them with a JSON error.list,
// and must put rate-limit headers on every response, so routing is done by the emulator itself.
class IntercomHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<IntercomReply(const QHttpServerRequest &)>;

    explicit IntercomHttpServer(Handler handler, QObject *parent = nullptr);

    // Requests left unanswered on purpose (IntercomReply::hang) whose clients are still connected.
    int hangingRequests() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_hung;
};

} // namespace tgic::sandbox
