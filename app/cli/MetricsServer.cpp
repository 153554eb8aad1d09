// SPDX-License-Identifier: MIT
#include "MetricsServer.h"

#include "health/SyncMonitor.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {
using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse text(const QByteArray &body, Status status = Status::Ok)
{
    return QHttpServerResponse("text/plain; charset=utf-8"_ba, body, status);
}
} // namespace

std::optional<ListenAddress> ListenAddress::parse(const QString &text, QString *error)
{
    QString host = u"127.0.0.1"_s; // opt-in, and loopback unless an address is given
    QString port = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || colon != close + 1) {
            *error = u"--metrics: write an IPv6 address as [::1]:9464"_s;
            return std::nullopt;
        }
        host = text.mid(1, close - 1);
        port = text.mid(colon + 1);
    } else if (colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    QHostAddress address;
    if (!ok || number > 65535) {
        *error = u"--metrics takes [ADDRESS:]PORT, e.g. 127.0.0.1:9464"_s;
        return std::nullopt;
    }
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    if (!address.setAddress(host)) {
        *error = u"--metrics: '%1' is not an IP address"_s.arg(host);
        return std::nullopt;
    }
    return ListenAddress { address, quint16(number) };
}

MetricsServer::MetricsServer(health::SyncMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    m_server.route(u"/healthz"_s, QHttpServerRequest::Method::Get, [this] {
        const QByteArray turns = QByteArray::number(m_monitor->loopTurns());
        return m_monitor->isAlive()
            ? text("ok: the event loop turns (" + turns + " turns)\n")
            : text("the event loop has stopped turning\n", Status::ServiceUnavailable);
    });
    m_server.route(u"/readyz"_s, QHttpServerRequest::Method::Get, [this] {
        const health::Readiness readiness = m_monitor->readiness();
        const QByteArray body
            = (readiness.ready ? "ready: " : "not ready: ") + readiness.reason.toUtf8() + '\n';
        return text(body, readiness.ready ? Status::Ok : Status::ServiceUnavailable);
    });
    m_server.route(u"/metrics"_s, QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8"_ba, m_monitor->metricsText());
    });
    m_server.afterRequest([](QHttpServerResponse &&response) {
        response.addHeader("Cache-Control"_ba, "no-store"_ba);
        return std::move(response);
    });
}

quint16 MetricsServer::listen(const ListenAddress &where)
{
    return m_server.listen(where.address, where.port);
}

} // namespace tgic::cli
