// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"

#include <QString>

#include <memory>

namespace tgic::store {
class Database;
}
namespace tgic::sync {
class SyncEngine;
}
namespace tgic::team {
class LeaderElection;
}
namespace tgic::health {
class SyncMonitor;
}

namespace tgic::cli {

class MetricsServer;
class SystemdNotifier;

//! What `tgic-cli sync` shows of itself to the outside: the health monitor that watches the
//! engine and the election, systemd's notifications (always; they do nothing outside systemd)
//! and, with --metrics, the HTTP endpoints.
class SyncObservability
{
public:
    SyncObservability(store::Database &db, sync::SyncEngine &engine, team::LeaderElection &election);
    ~SyncObservability();

    //! --metrics ADDRESS. Ok when listening, else the exit code, with the message already
    //! printed (Usage: not an address; Failure: could not listen).
    ExitCode serveMetrics(const QString &address);
    //! Begin watching (before the event loop runs).
    void start();
    //! The process is about to quit: STOPPING=1, the last minute of figures written.
    void stopping();

    health::SyncMonitor *monitor() const { return m_monitor.get(); }

private:
    std::unique_ptr<health::SyncMonitor> m_monitor;
    std::unique_ptr<SystemdNotifier> m_systemd;
    std::unique_ptr<MetricsServer> m_metrics;
    bool m_stopped = false;
};

} // namespace tgic::cli
