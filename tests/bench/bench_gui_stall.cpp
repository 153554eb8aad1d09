// SPDX-License-Identifier: MIT
// GUI stall benchmark (issue 17): the desktop app leading a burst of customer messages, its
// window shown (offscreen) on its models, the database behind a LatencyProxy that adds a round
// trip to every statement. A QTimer probe ticks on the GUI thread every 5 ms and records the gaps
// between its ticks: the longest one is the longest time the window could not answer.
//
//   with-postgres.sh bench_gui_stall                   # PostgreSQL at 10 and 30 ms, SQLite
//   with-postgres.sh bench_gui_stall --latencies 10    # -1 is SQLite, 0 PostgreSQL on loopback
//   bench_gui_stall --quick                            # what CTest runs: small, correctness only
//   ... --gui-thread                                   # the sync on the GUI thread (the "before")
//   ... --inline-reads                                 # the models' reads on the GUI thread
//
// The emulators run on a thread of their own, so that only the app's work is on the GUI thread.
// It prints figures; it fails (exit 1) only when the burst does not reach Intercom.
#include "AppContext.h"
#include "ContactDetails.h"
#include "GuiBench.h"
#include "LatencyProxy.h"
#include "MainWindow.h"
#include "MappingTools.h"
#include "MessageModel.h"
#include "ModelReader.h"
#include "SyncStatus.h"
#include "TestDatabase.h"
#include "sandbox/SandboxScenarios.h"
#include "store/Database.h"
#include "sync/SyncEngine.h"
#include "team/Workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {

using test::bench::Emulators;
using test::bench::kProbeMs;
using test::bench::Probe;

struct Row
{
    QString where;
    bool ok = false;
    double seconds = 0;
    double longest = 0, p99 = 0, p50 = 0;
    qsizetype ticks = 0, over50 = 0;
    qint64 windowTrips = 0; //!< round trips on the window's own connection during the burst
    double clickLongest = 0, clickMedian = 0; //!< the window held by one click on a chat, ms
    double clickTrips = 0; //!< the window's round trips per click
    //! From the click until the chat's messages and its contact panel are shown, ms
    double filledLongest = 0, filledMedian = 0;
};

Row runOne(int ms, int users, int messages, bool ownThread, bool inlineReads)
{
    Row row;
    row.where = ms < 0 ? u"SQLite file"_s
        : ms == 0      ? u"PostgreSQL, loopback"_s
                       : u"PostgreSQL, %1 ms round trip"_s.arg(ms);
    QTemporaryDir scratch;
    QString location = ms < 0 ? scratch.filePath(u"stall.sqlite3"_s) : test::databaseLocation(scratch, {});
    std::unique_ptr<test::LatencyProxy> proxy;
    if (ms > 0) {
        {
            store::Database migrate; // the schema at full speed: only the run is measured
            migrate.open(location);
        }
        proxy = test::LatencyProxy::forUrl(location, std::chrono::milliseconds(ms));
        location = proxy->url(location);
    }
    Emulators emulators;
    store::Database db;
    if (!db.open(location)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(location), qPrintable(db.error()));
        return row;
    }

    sync::SyncConfig config;
    config.telegramApiUrl = emulators.m_telegramUrl;
    config.intercomApiUrl = emulators.m_intercomUrl;
    config.telegramToken = sandbox::SandboxWorld::telegramToken();
    config.intercomToken = sandbox::SandboxWorld::intercomToken();
    config.longPollSeconds = 1;
    config.backoff = net::Backoff { std::chrono::milliseconds(20), std::chrono::milliseconds(200) };

    // As GuiApp composes the desktop: the context, the window on the same database, wired.
    models::AppContextOptions options;
    options.member = team::thisWorkstation(u"tgic"_s, u"bench"_s);
    options.member.canLead = true;
    options.ownThread = ownThread;
    auto context = std::make_unique<models::AppContext>(db, options);
    context->setSyncConfig(config);
    if (!QTest::qWaitFor([&] { return context->engine() != nullptr; }, 30000)) { // built on its thread
        std::fprintf(stderr, "%s: the engine was not built\n", qPrintable(row.where));
        return row;
    }
    // The window's reads as GuiApp composes them: on a team database on a thread of their own.
    auto reader = db.isTeam() && !inlineReads
        ? std::make_unique<models::ModelReader>(db, store::OpenOptions {})
        : std::make_unique<models::ModelReader>(db);
    auto window = std::make_unique<ui::MainWindow>(db, reader.get());
    window->setSyncEngine(context->engine());
    window->setMappingTools(context->tools());
    window->setElection(&context->election());
    window->show();
    context->start();
    if (!QTest::qWaitFor(
            [&] {
                return context->isLeading()
                    && window->syncStatus()->state() == sync::SyncEngine::Status::Connected;
            },
            30000)) {
        std::fprintf(stderr, "%s: the desktop did not lead and connect\n", qPrintable(row.where));
        return row;
    }

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
    const qint64 tripsBefore = db.roundTrips();
    Probe probe;
    QElapsedTimer wall;
    wall.start();
    probe.start();
    // The count is read on the emulators' thread: nothing of it touches the GUI thread's database.
    row.ok = QTest::qWaitFor(
        [&] { return emulators.delivered() >= total; }, 60000 + total * (50 + 8 * std::max(ms, 0)));
    probe.stop();
    row.seconds = double(wall.elapsed()) / 1000.0;
    row.longest = probe.longest();
    row.p99 = probe.percentile(0.99);
    row.p50 = probe.percentile(0.5);
    row.ticks = probe.ticks();
    row.over50 = probe.over(50);
    row.windowTrips = db.roundTrips() - tripsBefore;
    if (!row.ok)
        std::fprintf(stderr, "%s: only %d of %d messages reached Intercom\n", qPrintable(row.where),
            emulators.delivered(), total);
    // The agent then opens chats one after another: how long each click holds the window (the
    // conversation, the contact panel and the rest read on the GUI thread), sync still running.
    QList<double> clicks;
    QList<double> filled;
    const qint64 clickTripsBefore = db.roundTrips();
    for (int u = 0; u < std::min(users, 10); ++u) {
        const qint64 chatId = 6200000000 + u;
        QElapsedTimer click;
        click.start();
        window->selectChat(chatId);
        QCoreApplication::processEvents(); // what the click left for the next turn of the loop
        clicks << double(click.nsecsElapsed()) / 1e6;
        // With the reads on their own thread the chat fills in after the click returned.
        if (!QTest::qWaitFor(
                [&] {
                    return window->messageModel()->chatId() == chatId
                        && window->messageModel()->rowCount() > 0
                        && window->contactDetails()->snapshot().telegramUserId != 0;
                },
                10000))
            std::fprintf(stderr, "%s: chat %lld did not fill in\n", qPrintable(row.where), qlonglong(chatId));
        filled << double(click.nsecsElapsed()) / 1e6;
    }
    if (!filled.isEmpty()) {
        std::sort(filled.begin(), filled.end());
        row.filledLongest = filled.last();
        row.filledMedian = filled.at(filled.size() / 2);
    }
    if (!clicks.isEmpty()) {
        std::sort(clicks.begin(), clicks.end());
        row.clickLongest = clicks.last();
        row.clickMedian = clicks.at(clicks.size() / 2);
        row.clickTrips = double(db.roundTrips() - clickTripsBefore) / double(clicks.size());
    }
    context->stop();
    window.reset();
    reader.reset();
    context.reset();
    return row;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"bench_gui_stall"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The longest stall of the desktop's GUI event loop while it leads a burst of messages."_s);
    parser.addHelpOption();
    test::bench::BurstOptions burst({ 100, 4 }, { 10, 2 });
    const QCommandLineOption guiThreadOption(u"gui-thread"_s,
        u"Run the sync on the GUI thread, on the window's connection (as before issue 17), not on a "
        "thread of its own."_s);
    const QCommandLineOption inlineReadsOption(u"inline-reads"_s,
        u"The window's models read on the GUI thread, on the window's connection (as before they had "
        "a thread of their own)."_s);
    parser.addOptions(burst.options() + QList<QCommandLineOption> { guiThreadOption, inlineReadsOption });
    parser.process(app);
    QLoggingCategory::setFilterRules(u"tgic.*.info=false"_s);
    if (!burst.read(parser))
        return 2;
    const int users = burst.users;
    const int messages = burst.messages;

    QList<Row> rows;
    for (int ms : std::as_const(burst.latencies)) {
        rows << runOne(ms, users, messages, !parser.isSet(guiThreadOption), parser.isSet(inlineReadsOption));
        std::fprintf(stderr, "%s done\n", qPrintable(rows.last().where));
    }
    std::printf(
        "GUI event loop while leading: %d customers x %d messages, a %d ms probe timer, the sync on %s,\n"
        "the window's reads on %s\n\n",
        users, messages, kProbeMs, parser.isSet(guiThreadOption) ? "the GUI thread" : "a thread of its own",
        parser.isSet(inlineReadsOption) ? "the GUI thread" : "a thread of their own on PostgreSQL");
    std::printf("%-32s %8s %14s %10s %10s %8s %12s %13s\n", "database", "run s", "longest gap", "p99", "p50",
        "ticks", "gaps > 50ms", "window trips");
    bool ok = true;
    for (const Row &r : std::as_const(rows)) {
        ok = ok && r.ok;
        const QString trips = r.where.startsWith(u"SQLite"_s) ? u"-"_s : QString::number(r.windowTrips);
        std::printf("%-32s %8s %11s ms %7s ms %7s ms %8lld %12lld %13s\n", qPrintable(r.where),
            qPrintable(fmt(r.seconds)), qPrintable(fmt(r.longest)), qPrintable(fmt(r.p99)),
            qPrintable(fmt(r.p50)), qlonglong(r.ticks), qlonglong(r.over50), qPrintable(trips));
    }
    std::printf("\nThen 10 clicks on chats, one after another:\n%-32s %14s %10s %18s %14s %10s\n", "database",
        "longest click", "median", "window trips/click", "longest filled", "median");
    for (const Row &r : std::as_const(rows)) {
        const QString trips = r.where.startsWith(u"SQLite"_s) ? u"-"_s : fmt(r.clickTrips);
        std::printf("%-32s %11s ms %7s ms %18s %11s ms %7s ms\n", qPrintable(r.where),
            qPrintable(fmt(r.clickLongest)), qPrintable(fmt(r.clickMedian)), qPrintable(trips),
            qPrintable(fmt(r.filledLongest)), qPrintable(fmt(r.filledMedian)));
    }
    std::printf(
        "\nticks: probe ticks during the burst; window trips: round trips of the window's own\n"
        "connection meanwhile (its models' reads when inline; with the sync on the GUI thread, the\n"
        "engine's too); a click holds the window for \"click\", its chat's messages and contact panel\n"
        "are shown after \"filled\"\n");
    return ok ? 0 : 1;
}
