// SPDX-License-Identifier: MIT
// The one composition both apps and the GUI tests build (models::AppContext): a single seat
// leads at once and syncs; on a team database two workstations' contexts elect exactly one
// leader, a seat without the bot token never leads, and stopping the leader hands over; the
// repair tools act through the engine the context runs; the engine can be rebuilt (new tokens)
// or dropped while the election keeps its place. On a thread of its own (the desktop), new tokens
// and quitting never hold the caller for the database's round trips, and quitting gives up on a
// database that does not answer (the lease then expires on its own). Runs on SQLite and, through
// with-postgres.sh, on PostgreSQL (each test says which it needs).

#include "ContextFixture.h"
#include "LatencyProxy.h"
#include "MappingTools.h"
#include "health/SyncMonitor.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {

QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

//! Keeps what is logged, from any thread: the sync's thread says what it could not do.
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    g_previousHandler(type, context, message);
}

bool logged(const QString &text)
{
    const QMutexLocker lock(&g_logMutex);
    return std::any_of(g_log.cbegin(), g_log.cend(), [&](const QString &l) { return l.contains(text); });
}

//! The team database's link in the tests below, with the sync's connection behind a LatencyProxy.
constexpr std::chrono::milliseconds kRoundTrip { 100 };

//! A context composed as the desktop composes it (its own thread), on `db`.
std::unique_ptr<models::AppContext> desktopContext(
    store::Database &db, const QString &agent, std::chrono::milliseconds stopTimeout)
{
    models::AppContextOptions options;
    options.member = team::thisWorkstation(u"tgic"_s, agent);
    options.member.canLead = true;
    options.ownThread = true;
    options.stopTimeout = stopTimeout;
    return std::make_unique<models::AppContext>(db, options);
}

//! A second workstation on the harness's team database: its own connection, its own context.
struct Workstation
{
    Workstation(test::SyncHarness &h, const QString &agent, bool withEngine)
    {
        QVERIFY2(db.open(h.db->path()), qPrintable(db.error()));
        models::AppContextOptions options;
        options.member = team::thisWorkstation(u"tgic"_s, agent);
        options.member.canLead = withEngine;
        context = std::make_unique<models::AppContext>(db, options);
        if (withEngine)
            context->setSyncConfig(h.config());
        else
            context->setCanLead(false, u"no Telegram bot token on this workstation"_s);
    }
    ~Workstation() { context.reset(); }

    store::Database db;
    std::unique_ptr<models::AppContext> context;
};

} // namespace

class TestAppContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureMessages); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void singleSeatLeadsAtOnceAndSyncs()
    {
        if (test::onPostgres())
            QSKIP("a single seat is a SQLite database");
        test::SyncHarness h;
        auto context = test::makeContext(h, h.config());
        QVERIFY(context->engine() && context->tools() && context->monitor());
        QVERIFY(context->engine()->isLeading()); // before any election: one seat has nobody to wait for

        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        h.world.telegram().pushMessage(alex, u"hello"_s);
        bool finished = false;
        sync::FailureKind failure = sync::FailureKind::Runtime;
        connect(
            context->engine(), &sync::SyncEngine::finished, this, [&](sync::FailureKind f, const QString &) {
                finished = true;
                failure = f;
            });
        context->runUntilIdle();
        QVERIFY(context->isLeading()); // at once, synchronously
        QVERIFY(context->monitor()->isLeading());
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 20000));
        QCOMPARE(failure, sync::FailureKind::None);
        QVERIFY(!h.contactOf(alex.id).isEmpty());
        QCOMPARE(h.bodiesBy(h.contactOf(alex.id)), QStringList { u"hello"_s });

        context->stop();
        QVERIFY(!context->isLeading());
        context->stop(); // twice is harmless
    }

    // The desktop's composition: the engine on a thread and connection of its own. What it writes
    // reaches the listeners of the database the context was given (the window's models): on SQLite
    // passed on in process, on PostgreSQL by NOTIFY; the tools answer on the caller's thread.
    void onItsOwnThreadTheGivenDatabaseHearsTheEngine()
    {
        test::SyncHarness h;
        auto context = test::makeContext(h, h.config(), {}, true);
        QVERIFY(context->engine() && context->tools() && context->monitor());
        QVERIFY(context->engine()->thread() != QThread::currentThread());
        QSignalSpy changed(h.db.get(), &store::Database::changed);
        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        h.world.telegram().pushMessage(alex, u"hello"_s);
        context->start();
        QTRY_VERIFY_WITH_TIMEOUT(context->isLeading(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(h.bodiesBy(h.contactOf(alex.id)) == QStringList { u"hello"_s }, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                     [](const QList<QVariant> &args) {
                                         return args.at(0).value<store::Topic>() == store::Topic::Chats;
                                     }),
            5000);

        std::optional<models::RepairResult> result;
        QThread *answeredOn = nullptr;
        context->tools()->reresolve(alex.id, [&](const models::RepairResult &r) {
            answeredOn = QThread::currentThread();
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok, qPrintable(result->message));
        QCOMPARE(answeredOn, QThread::currentThread());

        // The views' contact search goes through the engine's client (and its rate-limit pacing)
        // on the sync's thread, and answers on theirs.
        const QString contact = h.contactOf(alex.id);
        const int searches = h.world.intercom().requestCount(u"POST /contacts/search"_s);
        std::optional<net::ApiResult> found;
        context->tools()->searchContacts(contact, [&](const net::ApiResult &r) {
            answeredOn = QThread::currentThread();
            found = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
        QVERIFY2(found->ok(), qPrintable(found->message));
        QCOMPARE(answeredOn, QThread::currentThread());
        const QList<intercom::Contact> hits = intercom::parseContactPage(found->payload.toObject()).items;
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, contact);
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts/search"_s), searches + 1);

        context->stop();
        QVERIFY(!context->isLeading());
        context.reset(); // the thread ends and its connection closes before the harness's database
    }

    void theToolsActThroughTheContextsEngine()
    {
        test::SyncHarness h;
        auto context = test::makeContext(h, h.config());
        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        h.world.telegram().pushMessage(alex, u"hello"_s);
        context->start();
        QTRY_VERIFY_WITH_TIMEOUT(!h.contactOf(alex.id).isEmpty(), 15000);
        const QString contact = h.contactOf(alex.id);

        sync::SyncEngine *engine = context->engine();
        QCOMPARE(context->tools()->client(), engine->intercomClient());
        const qint64 before = engine->intercomApi()->wireRequestCount();
        std::optional<models::RepairResult> result;
        context->tools()->reresolve(alex.id, [&](const models::RepairResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok, qPrintable(result->message));
        QCOMPARE(result->contactId, contact);
        QVERIFY(engine->intercomApi()->wireRequestCount() > before); // through the engine's own client

        // New tokens: the engine and its tools are rebuilt, the election keeps its lease.
        const team::LeaderElection *election = &context->election();
        context->setSyncConfig(h.config());
        QVERIFY(context->engine() != nullptr);
        QCOMPARE(&context->election(), election);
        QVERIFY(context->isLeading());
        QVERIFY(context->engine()->isLeading());
        QCOMPARE(context->tools()->client(), context->engine()->intercomClient());
        context->start();
        QTRY_COMPARE_WITH_TIMEOUT(context->engine()->status(), sync::SyncEngine::Status::Connected, 10000);
        h.world.telegram().pushMessage(alex, u"after new tokens"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.bodiesBy(contact).contains(u"after new tokens"_s), 15000);

        // The tokens forgotten: no engine, no tools, no monitor; the election stays.
        context->dropSync();
        QVERIFY(!context->engine() && !context->tools() && !context->monitor());
        QCOMPARE(&context->election(), election);
        context->stop();
    }

    void aTeamElectsExactlyOneLeaderAndStoppingItHandsOver()
    {
        if (!test::onPostgres())
            QSKIP("a team shares a PostgreSQL database: run through tests/postgres/with-postgres.sh");
        test::SyncHarness h;
        h.lease.reset(); // the workstations below elect among themselves

        // A seat without the bot token starts first: it is seen in the team, follows, never leads.
        Workstation lee(h, u"agent Lee"_s, false);
        lee.context->start();
        QVERIFY(!lee.context->engine());
        Workstation kim(h, u"agent Kim"_s, true);
        Workstation sam(h, u"agent Sam"_s, true);
        kim.context->start();
        sam.context->start();

        const auto leaders = [&] {
            return int(lee.context->isLeading()) + int(kim.context->isLeading())
                + int(sam.context->isLeading());
        };
        QTRY_COMPARE_WITH_TIMEOUT(leaders(), 1, 10000);
        QVERIFY(!lee.context->isLeading());
        Workstation &leader = kim.context->isLeading() ? kim : sam;
        Workstation &follower = kim.context->isLeading() ? sam : kim;
        // The engines follow their elections: one polls, the other shows and repairs.
        QTRY_COMPARE_WITH_TIMEOUT(
            leader.context->engine()->status(), sync::SyncEngine::Status::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            follower.context->engine()->status(), sync::SyncEngine::Status::Following, 10000);
        QVERIFY(leader.context->engine()->isLeading());
        QVERIFY(!follower.context->engine()->isLeading());
        QVERIFY(leader.context->monitor()->isLeading());
        QVERIFY(!follower.context->monitor()->isLeading());

        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        h.world.telegram().pushMessage(alex, u"before the hand-over"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!h.contactOf(alex.id).isEmpty(), 15000);

        // Stopping the leader hands the lease over at once (well within the lease's 4 s expiry),
        // to the other seat that has a token.
        leader.context->stop();
        QVERIFY(!leader.context->isLeading());
        QElapsedTimer handOver;
        handOver.start();
        QTRY_VERIFY_WITH_TIMEOUT(follower.context->isLeading(), 10000);
        QVERIFY2(handOver.elapsed() < 3000, qPrintable(QString::number(handOver.elapsed())));
        QVERIFY(follower.context->engine()->isLeading());
        QVERIFY(!lee.context->isLeading());
        QCOMPARE(leaders(), 1);

        h.world.telegram().pushMessage(alex, u"after the hand-over"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.bodiesBy(h.contactOf(alex.id)).contains(u"after the hand-over"_s), 15000);
        QCOMPARE(h.bodiesBy(h.contactOf(alex.id)),
            (QStringList { u"before the hand-over"_s, u"after the hand-over"_s }));
        QCOMPARE(h.world.telegram().overlappingPolls(), 0);
        QCOMPARE(h.contactsAnchoredTo(alex.id).size(), 1);

        follower.context->stop();
        lee.context->stop();
    }

    // The desktop saves new tokens while its sync delivers, across a slow link (on SQLite, the
    // same without one): the window's thread is not held for the rebuild, the old engine is gone
    // from the views at once, the new one is announced when it is built, starts only then, leads
    // and delivers; quitting hands the lease over in time.
    void onItsOwnThreadNewTokensAndQuitDoNotWaitForTheDatabase()
    {
        test::SyncHarness h;
        h.lease.reset(); // the context's election takes the poller lease
        std::unique_ptr<test::LatencyProxy> proxy;
        if (test::onPostgres())
            proxy = test::LatencyProxy::forUrl(h.location, kRoundTrip);
        store::Database db;
        QVERIFY2(db.open(proxy ? proxy->url(h.location) : h.location), qPrintable(db.error()));
        auto context = desktopContext(db, u"agent Kim"_s, std::chrono::seconds(10));
        QSignalSpy announced(context.get(), &models::AppContext::syncChanged);
        context->setSyncConfig(h.fastConfig());
        context->start(); // waits for the build, without holding this thread
        QTRY_VERIFY_WITH_TIMEOUT(context->engine() != nullptr, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(context->isLeading(), 15000);
        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        h.world.telegram().pushMessage(alex, u"before new tokens"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!h.contactOf(alex.id).isEmpty(), 20000);
        const QString contact = h.contactOf(alex.id);

        // New tokens while a message is on its way: queued to the sync's thread, not waited for.
        h.world.telegram().pushMessage(alex, u"while the tokens change"_s);
        announced.clear();
        QElapsedTimer held;
        held.start();
        context->setSyncConfig(h.fastConfig());
        context->setCanLead(true);
        context->start();
        const qint64 heldMs = held.elapsed();
        QVERIFY(!context->engine()); // the views let go of the old engine at once
        QCOMPARE(announced.count(), 1);
        if (proxy)
            QVERIFY2(heldMs < kRoundTrip.count(), qPrintable(u"the caller was held %1 ms"_s.arg(heldMs)));
        QTRY_VERIFY_WITH_TIMEOUT(context->engine() != nullptr, 10000);
        QCOMPARE(announced.count(), 2);
        h.world.telegram().pushMessage(alex, u"after new tokens"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.bodiesBy(contact).contains(u"after new tokens"_s), 30000);
        QVERIFY(h.bodiesBy(contact).contains(u"while the tokens change"_s));
        QVERIFY(context->isLeading());

        // Quitting: the lease is handed over within the bound, and the context goes.
        QElapsedTimer quitting;
        quitting.start();
        QVERIFY(context->stop());
        QVERIFY(!context->isLeading());
        context.reset();
        QVERIFY2(quitting.elapsed() < 10000, qPrintable(QString::number(quitting.elapsed())));
    }

    // The team database stops answering (the link hangs) on a desktop that leads: new tokens do
    // not hold the window, quitting gives up after its bound instead of waiting forever, and the
    // lease expires on its own, so another workstation takes over and loses nothing.
    void quitGivesUpOnADatabaseThatDoesNotAnswer()
    {
        if (!test::onPostgres())
            QSKIP("a link that hangs is a team database's: run through tests/postgres/with-postgres.sh");
        test::SyncHarness h;
        h.lease.reset();
        const auto proxy = test::LatencyProxy::forUrl(h.location, std::chrono::milliseconds(10));
        store::Database db;
        QVERIFY2(db.open(proxy->url(h.location)), qPrintable(db.error()));
        constexpr std::chrono::milliseconds kStopTimeout { 1500 };
        auto context = desktopContext(db, u"agent Kim"_s, kStopTimeout);
        context->setSyncConfig(h.fastConfig());
        context->start();
        QTRY_VERIFY_WITH_TIMEOUT(context->isLeading(), 15000);
        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        h.world.telegram().pushMessage(alex, u"before the link hung"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!h.contactOf(alex.id).isEmpty(), 20000);
        const QString contact = h.contactOf(alex.id);

        proxy->setStalled(true);
        QElapsedTimer held;
        held.start();
        context->setSyncConfig(h.fastConfig());
        context->setCanLead(true);
        context->start();
        QVERIFY2(held.elapsed() < kRoundTrip.count(), qPrintable(QString::number(held.elapsed())));

        held.restart();
        QVERIFY(!context->stop()); // the hand-over did not get through
        context.reset();
        const qint64 quitMs = held.elapsed();
        QVERIFY2(quitMs >= kStopTimeout.count() - 50 && quitMs < kStopTimeout.count() + 1000,
            qPrintable(u"quitting took %1 ms"_s.arg(quitMs)));

        // Another workstation, on a link that works: it leads once the lease expired, and what
        // the customer writes now reaches Intercom.
        store::Database other;
        QVERIFY2(other.open(h.location), qPrintable(other.error()));
        auto next = desktopContext(other, u"agent Sam"_s, std::chrono::seconds(10));
        next->setSyncConfig(h.fastConfig());
        next->start();
        QTRY_VERIFY_WITH_TIMEOUT(next->isLeading(), 15000);
        h.world.telegram().pushMessage(alex, u"after the hand-over"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.bodiesBy(contact).contains(u"after the hand-over"_s), 30000);
        QCOMPARE(h.bodiesBy(contact), (QStringList { u"before the link hung"_s, u"after the hand-over"_s }));
        QVERIFY(next->stop());
        next.reset();
        proxy->setStalled(false); // the thread that was given up on ends when its round trip does
    }

    // The desktop starts while the team database does not answer: making the context, building
    // and starting the sync do not hold the window; the sync waits for its connection, and once
    // the link answers again it leads and delivers.
    void startUpDoesNotWaitForTheSyncsConnection()
    {
        if (!test::onPostgres())
            QSKIP("a link that hangs is a team database's: run through tests/postgres/with-postgres.sh");
        test::SyncHarness h;
        h.lease.reset();
        const auto proxy = test::LatencyProxy::forUrl(h.location, std::chrono::milliseconds(10));
        store::Database db; // the window's: it opened before the link hung
        QVERIFY2(db.open(proxy->url(h.location)), qPrintable(db.error()));
        proxy->setStalled(true);
        QElapsedTimer held;
        held.start();
        auto context = desktopContext(db, u"agent Kim"_s, std::chrono::seconds(10));
        context->setSyncConfig(h.fastConfig());
        context->setCanLead(true);
        context->start();
        const qint64 heldMs = held.elapsed();
        QVERIFY2(heldMs < kRoundTrip.count(), qPrintable(u"start-up held the caller %1 ms"_s.arg(heldMs)));
        QCOMPARE(context->election().me().agent, u"agent Kim"_s);

        proxy->setStalled(false);
        QTRY_VERIFY_WITH_TIMEOUT(context->engine() != nullptr, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(context->isLeading(), 15000);
        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        h.world.telegram().pushMessage(alex, u"after the link came back"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!h.contactOf(alex.id).isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            h.bodiesBy(h.contactOf(alex.id)), QStringList { u"after the link came back"_s }, 20000);
        QVERIFY(context->stop());
    }

    // The sync's own connection does not open (here: a cache under a path that cannot be made):
    // the desktop still starts and quits at once, the log says why the sync does not run, and
    // the context says it waits.
    void aSyncWhoseConnectionDoesNotOpenWaitsAndQuitsAtOnce()
    {
        test::SyncHarness h;
        QTemporaryFile file;
        QVERIFY(file.open());
        store::Database broken; // the window's: it did not open either, but it knows its path
        QVERIFY(!broken.open(file.fileName() + u"/cannot/cache.sqlite3"_s));
        QElapsedTimer held;
        held.start();
        auto context = desktopContext(broken, u"agent Kim"_s, std::chrono::seconds(10));
        context->setSyncConfig(h.config());
        context->start();
        QVERIFY2(held.elapsed() < kRoundTrip.count(), qPrintable(QString::number(held.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(logged(u"the sync's own connection to the database did not open"_s), 10000);
        QTRY_VERIFY(context->isSyncWaiting()); // what the window's status bar says
        QVERIFY(!context->engine()); // nothing was built on a connection that is not there
        QVERIFY(!context->isLeading());
        held.restart();
        QVERIFY(context->stop());
        context.reset();
        QVERIFY2(held.elapsed() < kRoundTrip.count(), qPrintable(QString::number(held.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestAppContext)
#include "tst_appcontext.moc"
