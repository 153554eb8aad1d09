// SPDX-License-Identifier: MIT
#pragma once

// What the GUI benchmarks share: the emulators on a thread of their own (so that only the app's
// work is on the GUI thread), a probe timer on the GUI thread that keeps the gaps between its
// ticks, and the options that size the burst and choose the databases. Header-only.

#include "TestDatabase.h"
#include "sandbox/SandboxScenarios.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
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

//! The options every GUI benchmark takes: the burst's size (--users, --messages, --quick) and
//! the databases to run (--latencies). Add options() to the parser, then read() once it has
//! processed the command line.
class BurstOptions
{
public:
    struct Size
    {
        int users = 0;
        int messages = 0;
    };

    BurstOptions(Size defaults, Size quick)
        : m_quick(quick)
        , m_usersOption(QStringLiteral("users"),
              QStringLiteral("Customers in the burst (default %1).").arg(defaults.users), QStringLiteral("N"),
              QString::number(defaults.users))
        , m_messagesOption(QStringLiteral("messages"),
              QStringLiteral("Messages per customer (default %1).").arg(defaults.messages),
              QStringLiteral("M"), QString::number(defaults.messages))
        , m_latencyOption(QStringLiteral("latencies"),
              QStringLiteral("Round trips to run, in ms (default 10,30,-1 with TGIC_TEST_POSTGRES_URL, else "
                             "-1; -1 is SQLite, 0 PostgreSQL on loopback)."),
              QStringLiteral("list"))
        , m_quickOption(QStringLiteral("quick"),
              QStringLiteral("A small configuration for CTest: %1 x %2.")
                  .arg(quick.users)
                  .arg(quick.messages))
    { }

    QList<QCommandLineOption> options() const
    {
        return { m_usersOption, m_messagesOption, m_latencyOption, m_quickOption };
    }

    //! False, with the reason on stderr, when a latency asks for PostgreSQL and there is none
    //! (the benchmark then exits 2, like a bad argument).
    bool read(const QCommandLineParser &parser)
    {
        const bool quick = parser.isSet(m_quickOption);
        users = quick ? m_quick.users : std::max(1, parser.value(m_usersOption).toInt());
        messages = quick ? m_quick.messages : std::max(1, parser.value(m_messagesOption).toInt());
        latencies.clear();
        if (parser.isSet(m_latencyOption)) {
            for (const QString &v : parser.value(m_latencyOption).split(u','))
                latencies << v.toInt();
        } else {
            latencies = onPostgres() ? QList<int> { 10, 30, -1 } : QList<int> { -1 };
        }
        if (!onPostgres()
            && std::any_of(latencies.begin(), latencies.end(), [](int ms) { return ms >= 0; })) {
            std::fprintf(
                stderr, "PostgreSQL needs TGIC_TEST_POSTGRES_URL (tests/postgres/with-postgres.sh)\n");
            return false;
        }
        return true;
    }

    int users = 0;
    int messages = 0;
    //! In ms: -1 SQLite, 0 PostgreSQL on loopback, more PostgreSQL behind a LatencyProxy.
    QList<int> latencies;

private:
    Size m_quick;
    QCommandLineOption m_usersOption;
    QCommandLineOption m_messagesOption;
    QCommandLineOption m_latencyOption;
    QCommandLineOption m_quickOption;
};

} // namespace tgic::test::bench
