// SPDX-License-Identifier: MIT
#include "IntercomHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>

namespace tgic::sandbox {

IntercomHttpServer::IntercomHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool IntercomHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const IntercomReply reply = m_handler(request);
    if (reply.hang) {
        // Not a byte back: the client's own timeout is all that ends this request.
        m_hung.removeIf([](const QPointer<QTcpSocket> &s) { return !s; });
        m_hung.append(socket);
        return true;
    }
    QHttpServerResponse response(
        reply.contentType, reply.body, static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &header : reply.headers)
        response.addHeader(header.first, header.second);
    response.write(makeResponder(request, socket));
    return true;
}

int IntercomHttpServer::hangingRequests() const
{
    return int(std::count_if(m_hung.cbegin(), m_hung.cend(),
        [](const QPointer<QTcpSocket> &s) { return s && s->state() == QAbstractSocket::ConnectedState; }));
}

void IntercomHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest answers everything. Kept total so no request is left hanging.
    QHttpServerResponse response(
        QByteArray("application/json"), QByteArray("{}"), QHttpServerResponder::StatusCode::NotFound);
    response.write(makeResponder(request, socket));
}

} // namespace tgic::sandbox
