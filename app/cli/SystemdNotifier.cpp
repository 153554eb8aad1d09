// SPDX-License-Identifier: MIT
#include "SystemdNotifier.h"

#include "Logging.h"
#include "health/SyncMonitor.h"

#include <QTimer>

#include <systemd/sd-daemon.h>

using namespace Qt::StringLiterals;

namespace tgic::cli {

SystemdNotifier::SystemdNotifier(health::SyncMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    connect(monitor, &health::SyncMonitor::startedUp, this,
        [this] { send("READY=1\nSTATUS=" + m_monitor->statusLine().simplified().toUtf8()); });
    connect(monitor, &health::SyncMonitor::statusLineChanged, this, [this](const QString &line) {
        if (!line.isEmpty())
            send("STATUS=" + line.simplified().toUtf8()); // one line: a newline starts a new field
    });
    // WatchdogSec= in the unit sets WATCHDOG_USEC (and WATCHDOG_PID) for this process.
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        m_watchdog = new QTimer(this);
        m_watchdog->setInterval(int(std::max<uint64_t>(usec / 2000, 100)));
        connect(m_watchdog, &QTimer::timeout, this, &SystemdNotifier::feedWatchdog);
        m_watchdog->start();
    }
}

void SystemdNotifier::feedWatchdog()
{
    if (m_stopping)
        return;
    if (!m_monitor->isHealthy()) {
        if (!m_starving)
            qCWarning(lcSync).noquote() << "the sync loop has shown no getUpdates activity for"
                                        << m_monitor->staleAfter().count() / 1000
                                        << "s: not telling the systemd watchdog that all is well";
        m_starving = true;
        return;
    }
    if (m_starving)
        qCInfo(lcSync) << "the sync loop is healthy again";
    m_starving = false;
    send("WATCHDOG=1");
}

void SystemdNotifier::stopping()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_watchdog)
        m_watchdog->stop();
    send("STOPPING=1");
}

void SystemdNotifier::send(const QByteArray &state)
{
    // Returns 0 without NOTIFY_SOCKET: not run by systemd, nothing to tell.
    const int result = sd_notify(0, state.constData());
    if (result < 0)
        qCDebug(lcSync) << "sd_notify failed:" << result;
}

} // namespace tgic::cli
