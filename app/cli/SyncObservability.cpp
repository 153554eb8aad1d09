// SPDX-License-Identifier: MIT
#include "SyncObservability.h"

#include "Console.h"
#include "MetricsServer.h"
#include "SystemdNotifier.h"
#include "health/SyncMonitor.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace tgic::cli {

SyncObservability::SyncObservability(
    store::Database &db, sync::SyncEngine &engine, team::LeaderElection &election)
    : m_monitor(std::make_unique<health::SyncMonitor>(db))
{
    m_monitor->attach(&engine);
    m_monitor->attachElection(&election);
    // A follower judges its leader by the rows it writes (/readyz): the CLI has no GUI thread
    // to keep free, so it may read them on NOTIFY.
    m_monitor->setWatchLeader(true);
    // Tests of the figures make them come faster; never needed in production.
    bool ok = false;
    const int writeMs = qEnvironmentVariableIntValue("TGIC_HEALTH_WRITE_MS", &ok);
    if (ok && writeMs > 0)
        m_monitor->setIntervals(
            std::chrono::milliseconds(writeMs), std::chrono::milliseconds(qMin(writeMs, 1000)));
    m_systemd = std::make_unique<SystemdNotifier>(m_monitor.get());
}

SyncObservability::~SyncObservability()
{
    stopping();
}

ExitCode SyncObservability::serveMetrics(const QString &address)
{
    QString error;
    const auto where = ListenAddress::parse(address, &error);
    if (!where) {
        err() << "tgic-cli: " << error << Qt::endl;
        return ExitCode::Usage;
    }
    m_metrics = std::make_unique<MetricsServer>(m_monitor.get());
    const quint16 port = m_metrics->listen(*where);
    if (port == 0) {
        err() << "tgic-cli: cannot listen on " << address << " for --metrics (in use, or not an address of "
              << "this machine)" << Qt::endl;
        return ExitCode::Failure;
    }
    const QString host = where->address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + where->address.toString() + u']'
        : where->address.toString();
    err() << "tgic-cli: metrics on http://" << host << ':' << port << "/metrics (also /healthz, /readyz)"
          << Qt::endl;
    return ExitCode::Ok;
}

void SyncObservability::start()
{
    m_monitor->start();
}

void SyncObservability::stopping()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_systemd->stopping();
    m_monitor->stop();
}

} // namespace tgic::cli
