// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTimer;

namespace tgic::health {
class SyncMonitor;
}

namespace tgic::cli {

//! Tells systemd how `tgic-cli sync` is doing (Type=notify, through libsystemd's sd_notify):
//!  - READY=1 once the first getUpdates came back, or the process joined the team as a follower;
//!  - STATUS= a short line whenever it changes ("leading, 3 chats waiting");
//!  - WATCHDOG=1 every half WatchdogSec, but only while the monitor finds the loop healthy: a
//!    wedged loop stops the pings, and systemd restarts the service;
//!  - STOPPING=1 on the way out.
//! Without NOTIFY_SOCKET (not started by systemd) every call does nothing.
class SystemdNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(health::SyncMonitor *monitor, QObject *parent = nullptr);

    //! STOPPING=1 (once).
    void stopping();

private:
    void send(const QByteArray &state);
    void feedWatchdog();

    health::SyncMonitor *m_monitor;
    QTimer *m_watchdog = nullptr;
    bool m_starving = false; //!< the last watchdog turn was skipped (logged once per episode)
    bool m_stopping = false;
};

} // namespace tgic::cli
