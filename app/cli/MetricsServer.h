// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

#include <optional>

namespace tgic::health {
class SyncMonitor;
}

namespace tgic::cli {

//! Where `--metrics` listens: "9464" (loopback), "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464".
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    //! Nullopt, with `error` set, when it is not an address and a port.
    static std::optional<ListenAddress> parse(const QString &text, QString *error);
};

//! `tgic-cli sync --metrics ADDRESS`: three read-only endpoints for monitoring, no secrets in any.
//!   GET /healthz   200 while the event loop turns (the process is alive), else 503
//!   GET /readyz    200 while leading with a recent good getUpdates, or following a healthy
//!                  leader, and the database answers; else 503 with the reason
//!   GET /metrics   the Prometheus text format (health::SyncMonitor::metricsText())
class MetricsServer final : public QObject
{
    Q_OBJECT

public:
    explicit MetricsServer(health::SyncMonitor *monitor, QObject *parent = nullptr);

    //! Returns the port bound (0: failed, e.g. the port is taken).
    quint16 listen(const ListenAddress &where);

private:
    health::SyncMonitor *m_monitor;
    QHttpServer m_server;
};

} // namespace tgic::cli
