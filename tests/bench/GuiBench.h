// SPDX-License-Identifier: MIT
#pragma once

// What the GUI benchmarks share: the emulators on a thread of their own (so that only the app's
// work is on the GUI thread) and a probe timer on the GUI thread that keeps the gaps between its
// ticks. Header-only.

#include "sandbox/SandboxScenarios.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace tgic::test::bench {

constexpr int kProbeMs = 5;

//! The emulators on their own thread; every call into them is queued there and waited for.
class Emulators
{
    Q_DISABLE_COPY_MOVE(Emulators)

public:
    Emulators()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        run([this] {
            m_world = new sandbox::SandboxWorld(&m_context);
            m_world->listen();
            // The emulator's default 1000 requests / 10 s would measure the client's pacing.
            m_world->intercom().setRateLimit(100000000, std::chrono::seconds(10));
            m_telegramUrl = m_world->telegram().baseUrl();
            m_intercomUrl = m_world->intercom().baseUrl();
        });
    }
    ~Emulators()
    {
        run([this] { delete m_world; });
        m_thread.quit();
        m_thread.wait();
    }

    void run(const std::function<void()> &f)
    {
        QMetaObject::invokeMethod(&m_context, f, Qt::BlockingQueuedConnection);
    }
    //! Messages to Intercom so far: each a new conversation or a reply in one.
    int delivered()
    {
        int n = 0;
        run([&] {
            n = m_world->intercom().requestCount(QStringLiteral("POST /conversations"))
                + m_world->intercom().requestCount(QStringLiteral("POST /conversations/{id}/reply"));
        });
        return n;
    }
    sandbox::SandboxWorld &world() { return *m_world; }

    QUrl m_telegramUrl;
    QUrl m_intercomUrl;

private:
    QThread m_thread;
    QObject m_context;
    sandbox::SandboxWorld *m_world = nullptr;
};

//! Ticks every kProbeMs on the GUI thread and keeps the gaps between ticks.
class Probe
{
public:
    Probe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps << double(now - m_last) / 1e6;
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const { return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double percentile(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
    qsizetype ticks() const { return m_gaps.size(); }
    qsizetype over(double ms) const
    {
        return std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; });
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

} // namespace tgic::test::bench
