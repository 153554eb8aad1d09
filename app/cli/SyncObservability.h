// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"

#include <QString>

#include <chrono>
#include <memory>

namespace tgic::health {
class SyncMonitor;
}

namespace tgic::cli {

class MetricsServer;
class SystemdNotifier;

//! What `tgic-cli sync` shows of itself to the outside, from the health monitor its
//! models::AppContext made to watch the engine and the election: systemd's notifications
//! (always; they do nothing outside systemd) and, with --metrics, the HTTP endpoints.
class SyncObservability
{
public:
    //! `monitor` is the context's; it outlives this.
    explicit SyncObservability(health::SyncMonitor &monitor);
    ~SyncObservability();

    //! --metrics ADDRESS. Ok when listening, else the exit code, with the message already
    //! printed (Usage: not an address; Failure: could not listen).
    ExitCode serveMetrics(const QString &address);
    //! The process is about to quit: STOPPING=1 (the context's stop() then writes the last
    //! minute of figures).
    void stopping();

    //! What TGIC_HEALTH_WRITE_MS asks of the monitor's write interval (tests of the figures make
    //! them come faster; never needed in production); zero when unset.
    static std::chrono::milliseconds healthWriteIntervalFromEnvironment();

private:
    health::SyncMonitor &m_monitor;
    std::unique_ptr<SystemdNotifier> m_systemd;
    std::unique_ptr<MetricsServer> m_metrics;
    bool m_stopped = false;
};

} // namespace tgic::cli
