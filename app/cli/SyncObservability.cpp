// SPDX-License-Identifier: MIT
#include "SyncObservability.h"

#include "Console.h"
#include "MetricsServer.h"
#include "SystemdNotifier.h"
#include "health/SyncMonitor.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace tgic::cli {

SyncObservability::SyncObservability(health::SyncMonitor &monitor)
    : m_monitor(monitor)
    , m_systemd(std::make_unique<SystemdNotifier>(&m_monitor))
{ }

std::chrono::milliseconds SyncObservability::healthWriteIntervalFromEnvironment()
{
    bool ok = false;
    const int writeMs = qEnvironmentVariableIntValue("TGIC_HEALTH_WRITE_MS", &ok);
    return std::chrono::milliseconds(ok && writeMs > 0 ? writeMs : 0);
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
    m_metrics = std::make_unique<MetricsServer>(&m_monitor);
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

void SyncObservability::stopping()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_systemd->stopping();
}

} // namespace tgic::cli
