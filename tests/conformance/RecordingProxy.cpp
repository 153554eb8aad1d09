// SPDX-License-Identifier: MIT
#include "RecordingProxy.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace tgic::test {

namespace {

QByteArray verbOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    default:
        return "GET"_ba;
    }
}

// Hop-by-hop headers and those QNetworkAccessManager / QHttpServerResponse set themselves.
bool isHopHeader(const QByteArray &name)
{
    static const QList<QByteArray> hop { "host"_ba, "connection"_ba, "keep-alive"_ba, "content-length"_ba,
        "transfer-encoding"_ba, "accept-encoding"_ba, "content-encoding"_ba, "proxy-connection"_ba, "te"_ba,
        "upgrade"_ba };
    return hop.contains(name.toLower());
}

QByteArray headerIn(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

QByteArray Exchange::requestHeader(const QByteArray &name) const
{
    return headerIn(requestHeaders, name);
}

QByteArray Exchange::responseHeader(const QByteArray &name) const
{
    return headerIn(responseHeaders, name);
}

QString Exchange::summary() const
{
    QString s = QString::fromLatin1(verb) + u' ' + path;
    if (!query.isEmpty())
        s += u'?' + QString::fromLatin1(query);
    return s + u" -> "_s + (status ? QString::number(status) : u"no answer (%1)"_s.arg(error));
}

RecordingProxy::RecordingProxy(QUrl upstream, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_upstream(std::move(upstream))
{ }

bool RecordingProxy::listen()
{
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl RecordingProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

bool RecordingProxy::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Exchange exchange;
    exchange.verb = verbOf(request.method());
    exchange.path = request.url().path();
    exchange.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    exchange.requestHeaders = request.headers();
    exchange.requestBody = request.body();

    QUrl target = m_upstream;
    target.setPath(request.url().path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (!exchange.query.isEmpty())
        target.setQuery(QString::fromUtf8(exchange.query), QUrl::TolerantMode);
    QNetworkRequest forward(target);
    // Forward exactly what the client sent: a redirect or a cached answer would hide it.
    forward.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    forward.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (!isHopHeader(name))
            forward.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(forward, exchange.verb, exchange.requestBody);

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> client = socket;
    const qsizetype index = m_exchanges.size();
    m_exchanges.append(exchange);
    // A client that hangs up (the engine stopping during a long poll) ends the exchange: nothing
    // may be written to its socket later (that crashes in Qt 6.4).
    const auto hangUp = connect(socket, &QTcpSocket::disconnected, reply, [this, reply, index] {
        if (index < m_exchanges.size())
            m_exchanges[index].clientHungUp = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, responder, client, index, hangUp] {
        disconnect(hangUp);
        reply->deleteLater();
        if (index >= m_exchanges.size())
            return; // cleared meanwhile
        Exchange &e = m_exchanges[index];
        e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        e.responseBody = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            e.responseHeaders.append({ name.toLower(), value });
        if (reply->error() != QNetworkReply::NoError && e.status == 0)
            e.error = reply->errorString();
        if (e.clientHungUp || !client || client->state() != QAbstractSocket::ConnectedState)
            return;
        if (e.status == 0) {
            QHttpServerResponse(
                "text/plain"_ba, e.error.toUtf8(), QHttpServerResponder::StatusCode::BadGateway)
                .write(std::move(*responder));
            return;
        }
        QHttpServerResponse response(
            e.responseHeader("content-type"_ba), e.responseBody, QHttpServerResponder::StatusCode(e.status));
        for (const auto &[name, value] : e.responseHeaders) {
            if (!isHopHeader(name) && name != "content-type"_ba)
                response.addHeader(name, value);
        }
        response.write(std::move(*responder));
    });
    return true;
}

void RecordingProxy::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest takes every request. Kept total so none is left hanging.
    QHttpServerResponse("text/plain"_ba, "no handler"_ba, QHttpServerResponder::StatusCode::NotFound)
        .write(makeResponder(request, socket));
}

} // namespace tgic::test
