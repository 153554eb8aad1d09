// SPDX-License-Identifier: MIT
#include "Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>

namespace tgic {

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }
    qint64 wallMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    qint64 monotonicMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

std::atomic<const Clock *> g_installed { nullptr };
} // namespace

const Clock &Clock::current()
{
    const Clock *installed = g_installed.load(std::memory_order_acquire);
    return installed ? *installed : systemClock();
}

void Clock::install(const Clock *clock)
{
    g_installed.store(clock, std::memory_order_release);
}

} // namespace tgic
