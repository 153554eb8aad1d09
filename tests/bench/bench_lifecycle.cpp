// SPDX-License-Identifier: MIT
// The desktop's lifecycle across a slow team database (issue 17): how long the GUI thread is held
// while the sync is built at start-up, rebuilt with new tokens while it delivers a burst,
// dropped, and stopped at quit, with the sync's connection behind a LatencyProxy; then the same
// with the link hung (nothing passes either way): a settings change and quit. A 5 ms probe timer
// on the GUI thread records the gaps between its ticks; a call that holds the thread counts as a
// gap as long as the call. The window reads on a direct connection of its own, so that what is
// measured is the lifecycle's own doing (bench_gui_stall measures the window's reads).
//
//   with-postgres.sh bench_lifecycle                  # PostgreSQL at 10 and 30 ms, SQLite
//   with-postgres.sh bench_lifecycle --latencies 100  # -1 is SQLite, 0 PostgreSQL on loopback
//   bench_lifecycle --quick                           # what CTest runs: SQLite, small
//
// A hung link comes back after --hang seconds (default 10): code that waits for it forever shows
// that long. It prints figures; it fails (exit 1) only when a rebuilt engine does not deliver.
#include "AppContext.h"
#include "GuiBench.h"
#include "LatencyProxy.h"
#include "MainWindow.h"
#include "MappingTools.h"
#include "SyncStatus.h"
#include "TestDatabase.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "team/Workstation.h"

#include <QApplication>
#include <QAtomicInteger>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {

using test::bench::Emulators;
using test::bench::Probe;

struct Phase
{
    QString name;
    bool ok = false;
    double longest = 0; //!< the longest gap of the probe, or the call, ms
    double took = 0; //!< until the phase's end (the new engine leads, the context is gone), ms
};

struct Run
{
    QString where;
    QList<Phase> phases;
};

//! Lets a hung link pass again after a while, from a thread of its own: a GUI thread that waits
//! for the link cannot.
class Watchdog
{
    Q_DISABLE_COPY_MOVE(Watchdog)

public:
    Watchdog(test::LatencyProxy &proxy, int afterMs)
        : m_thread(QThread::create([this, &proxy, afterMs] {
            QElapsedTimer waited;
            waited.start();
            while (m_cancelled.loadRelaxed() == 0 && waited.elapsed() < afterMs)
                QThread::msleep(5);
            proxy.setStalled(false);
        }))
    {
        proxy.setStalled(true);
        m_thread->start();
    }
    ~Watchdog()
    {
        m_cancelled.storeRelaxed(1);
        m_thread->wait();
    }

private:
    QAtomicInteger<int> m_cancelled { 0 };
    std::unique_ptr<QThread> m_thread;
};

//! The desktop's composition, as GuiApp makes it: the context (the sync on its own thread) and
//! the window, wired to the engine each build announces, started once wired.
struct Desktop
{
    std::unique_ptr<models::AppContext> context;
    std::unique_ptr<ui::MainWindow> window;
    sync::SyncEngine *wired = nullptr;

    void unwire()
    {
        window->setSyncEngine(nullptr);
        window->setMappingTools(nullptr);
        wired = nullptr;
    }
    //! Wires and starts a new engine once the context has it; true while it is wired.
    bool wireWhenBuilt()
    {
        if (!wired && context->engine()) {
            wired = context->engine();
            window->setSyncEngine(wired);
            window->setMappingTools(context->tools());
            context->start();
        }
        return wired != nullptr;
    }
    bool leadsConnected()
    {
        return wireWhenBuilt() && context->isLeading()
            && window->syncStatus()->state() == sync::SyncEngine::Status::Connected;
    }
};

Phase measure(
    const QString &name, const std::function<void()> &call, const std::function<bool()> &until, int timeoutMs)
{
    Phase p;
    p.name = name;
    Probe probe;
    QElapsedTimer took;
    took.start();
    probe.start();
    call();
    const double callMs = double(took.nsecsElapsed()) / 1e6;
    p.ok = QTest::qWaitFor(until, timeoutMs);
    probe.stop();
    p.took = double(took.nsecsElapsed()) / 1e6;
    p.longest = std::max(probe.longest(), callMs);
    return p;
}

Run runOne(int ms, int users, int messages, int hangMs)
{
    Run run;
    run.where = ms < 0 ? u"SQLite file"_s
        : ms == 0      ? u"PostgreSQL, loopback"_s
                       : u"PostgreSQL, %1 ms round trip"_s.arg(ms);
    QTemporaryDir scratch;
    const QString location
        = ms < 0 ? scratch.filePath(u"lifecycle.sqlite3"_s) : test::databaseLocation(scratch, {});
    store::Database windowDb; // direct; it also migrates at full speed
    if (!windowDb.open(location)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location), qPrintable(windowDb.error()));
        return run;
    }
    std::unique_ptr<test::LatencyProxy> proxy;
    store::Database slowDb; // what the context is given: its own connection is made the same way
    if (ms >= 0) {
        proxy = test::LatencyProxy::forUrl(location, std::chrono::milliseconds(ms));
        if (!slowDb.open(proxy->url(location))) {
            std::fprintf(stderr, "cannot open the proxy: %s\n", qPrintable(slowDb.error()));
            return run;
        }
    }
    store::Database &contextDb = proxy ? slowDb : windowDb;
    Emulators emulators;
    sync::SyncConfig config;
    config.telegramApiUrl = emulators.m_telegramUrl;
    config.intercomApiUrl = emulators.m_intercomUrl;
    config.telegramToken = sandbox::SandboxWorld::telegramToken();
    config.intercomToken = sandbox::SandboxWorld::intercomToken();
    config.longPollSeconds = 1;
    config.backoff = net::Backoff { std::chrono::milliseconds(20), std::chrono::milliseconds(200) };
    models::AppContextOptions options;
    options.member = team::thisWorkstation(u"tgic"_s, u"bench"_s);
    options.member.canLead = true;
    options.ownThread = true;

    Desktop d;
    d.window = std::make_unique<ui::MainWindow>(windowDb);
    d.window->show();
    const auto startUp = [&] {
        d.context = std::make_unique<models::AppContext>(contextDb, options);
        d.context->setSyncConfig(config);
        d.window->setElection(&d.context->election());
    };
    const auto quit = [&] {
        d.context->stop();
        d.unwire();
        d.window->setElection(nullptr);
        d.context.reset();
    };
    const auto newTokens = [&] {
        d.unwire();
        d.context->setSyncConfig(config);
        d.context->setCanLead(true);
    };
    const auto elapsedOver = [](int forMs) {
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        return [clock, forMs] { return clock->elapsed() >= forMs; };
    };
    const int leadTimeout = 30000 + 200 * std::max(ms, 0);

    run.phases << measure(
        u"start-up"_s, startUp, [&] { return d.leadsConnected(); }, leadTimeout);

    const int total = users * messages;
    emulators.run([&] {
        for (int m = 0; m < messages; ++m)
            for (int u = 0; u < users; ++u) {
                const qint64 id = 6200000000 + u;
                const sandbox::TelegramUser who { id, u"Customer"_s, QString::number(u), u"user_%1"_s.arg(id),
                    false, u"en"_s, false };
                emulators.world().telegram().pushMessage(who, u"message %1 from customer %2"_s.arg(m).arg(u));
            }
    });
    if (!QTest::qWaitFor(
            [&] { return emulators.delivered() >= total / 4; }, 60000 + total * 8 * std::max(ms, 1)))
        std::fprintf(stderr, "%s: the burst did not start\n", qPrintable(run.where));
    run.phases << measure(
        u"new tokens while delivering"_s, newTokens,
        [&] { return d.leadsConnected() && emulators.delivered() >= total; },
        60000 + total * (50 + 8 * std::max(ms, 0)));
    run.phases << measure(
        u"dropSync"_s,
        [&] {
            d.unwire();
            d.context->dropSync();
        },
        elapsedOver(300), 1000);
    d.context->setSyncConfig(config);
    if (!QTest::qWaitFor([&] { return d.leadsConnected(); }, leadTimeout))
        std::fprintf(stderr, "%s: no leader after the rebuild\n", qPrintable(run.where));
    run.phases << measure(
        u"quit (stop and destruction)"_s, quit, [] { return true; }, 0);

    if (proxy) {
        startUp();
        if (!QTest::qWaitFor([&] { return d.leadsConnected(); }, leadTimeout))
            std::fprintf(stderr, "%s: no leader before the link hung\n", qPrintable(run.where));
        {
            Watchdog hang(*proxy, hangMs);
            run.phases << measure(u"new tokens, link hung"_s, newTokens, elapsedOver(1000), 2000);
        }
        {
            Watchdog hang(*proxy, hangMs);
            run.phases << measure(
                u"quit, link hung"_s, quit, [] { return true; }, 0);
        }
    }
    return run;
}

QString fmt(double v)
{
    return QString::number(v, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"bench_lifecycle"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"How long the desktop's GUI thread is held while its sync is built, rebuilt, dropped and stopped."_s);
    parser.addHelpOption();
    test::bench::BurstOptions burst({ 50, 2 }, { 5, 2 });
    const QCommandLineOption hangOption(
        u"hang"_s, u"Seconds a hung link stays hung (default 10)."_s, u"s"_s, u"10"_s);
    parser.addOptions(burst.options() + QList<QCommandLineOption> { hangOption });
    parser.process(app);
    QLoggingCategory::setFilterRules(u"tgic.*.info=false"_s);
    if (!burst.read(parser))
        return 2;
    const int users = burst.users;
    const int messages = burst.messages;
    const int hangMs = std::max(1, parser.value(hangOption).toInt()) * 1000;

    bool ok = true;
    std::printf("The GUI thread held by the sync's lifecycle (%d customers x %d messages in the burst; a "
                "hung link comes back after %d s)\n\n",
        users, messages, hangMs / 1000);
    std::printf("%-30s %-30s %14s %12s %4s\n", "database", "phase", "longest hold", "took", "ok");
    for (int ms : std::as_const(burst.latencies)) {
        const Run r = runOne(ms, users, messages, hangMs);
        for (const Phase &p : r.phases) {
            std::printf("%-30s %-30s %11s ms %9s ms %4s\n", qPrintable(r.where), qPrintable(p.name),
                qPrintable(fmt(p.longest)), qPrintable(fmt(p.took)), p.ok ? "yes" : "NO");
            std::fflush(stdout);
            ok = ok && p.ok;
        }
    }
    return ok ? 0 : 1;
}
