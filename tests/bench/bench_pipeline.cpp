// SPDX-License-Identifier: MIT
// Pipeline benchmark: inbound Telegram updates per second through poll → store → resolve → deliver
// against both emulators on loopback, and Intercom requests per inbound message for new and
// returning customers. Also the store on its own (one 100-update getUpdates batch into SQLite), so
// the share of the database in the whole can be read off the same run.
//
// It prints figures; it never fails on speed. It fails (exit 1) only on correctness: a message not
// delivered, delivered twice, or a Telegram user with more than one Intercom contact.
#include "LatencyProxy.h"
#include "TestDatabase.h"
#include "sandbox/SandboxScenarios.h"
#include "store/Database.h"
#include "store/StatementTally.h"
#include "store/UpdateInbox.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Requests every run makes before the first message, whatever the traffic: they are reported
// apart and left out of the per-message figures.
bool isStartupRequest(const QString &route)
{
    return route == u"GET /me"_s || route == u"GET /data_attributes"_s || route == u"POST /data_attributes"_s;
}

TelegramUser customer(qint64 id)
{
    // IDs above 2^32, as Telegram hands out now; no username for half of them (anonymous users).
    return TelegramUser { id, u"Customer"_s, QString::number(id % 100000),
        id % 2 ? u"user_%1"_s.arg(id) : QString(), false, u"en"_s, false };
}

struct RunStats
{
    bool ok = false;
    QString message;
    double wallMs = 0; //!< engine start to idle, start-up checks included
    double pipelineMs = 0; //!< from "connected" (checks done) to idle
    int intercomRequests = 0; //!< excluding start-up requests
    int startupRequests = 0;
    qint64 statements = -1; //!< database statements (PostgreSQL), -1 when not counted
    qint64 roundTrips = 0; //!< database round trips (PostgreSQL), as the store counts them
    QMap<QString, int> byRoute;
    double cpuMs = 0; //!< CPU time of the engine's thread (the emulators run on it too)
    store::tally::Snapshot tally; //!< with --tally: round trips and statements by kind
};

//! CPU time this thread has used (ms): with the time it waited on the database, what is left of
//! the wall time is the time it sat idle, waiting on HTTP answers or timers.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

//! Statements the database has executed so far (PostgreSQL with pg_stat_statements loaded, as
//! tests/postgres/with-postgres.sh starts it), or -1: what a team database across a network pays
//! a round trip for each.
qint64 statementCount(store::Database &db)
{
    if (!db.isTeam())
        return -1;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT COALESCE(SUM(calls), 0) FROM pg_stat_statements"
                " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"_s)
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void enableStatementCounting(store::Database &db)
{
    if (db.isTeam())
        QSqlQuery(db.connection()).exec(u"CREATE EXTENSION IF NOT EXISTS pg_stat_statements"_s);
}

class Bench
{
public:
    explicit Bench(const QString &database)
    {
        m_world.listen();
        // The emulator's default 1000 requests / 10 s would make this a benchmark of the rate
        // limiter (the client paces itself by X-RateLimit-*): lift it to measure the pipeline.
        m_world.intercom().setRateLimit(100000000, std::chrono::seconds(10));
        m_db.open(database.isEmpty() ? m_dir.filePath(u"bench.sqlite3"_s) : database);
        enableStatementCounting(m_db);
        m_lease = test::takePollerLease(m_db); // on a team database only the lease holder stores
    }

    bool dbOk() const { return m_db.isOpen(); }

    sync::SyncConfig config() const
    {
        sync::SyncConfig c;
        c.telegramApiUrl = m_world.telegram().baseUrl();
        c.intercomApiUrl = m_world.intercom().baseUrl();
        c.telegramToken = SandboxWorld::telegramToken();
        c.intercomToken = SandboxWorld::intercomToken();
        c.longPollSeconds = 1;
        c.startupAttempts = 2;
        c.backoff = net::Backoff { std::chrono::milliseconds(20), std::chrono::milliseconds(200) };
        c.conflictBackoff = std::chrono::milliseconds(100);
        return c;
    }

    void push(qint64 userId, const QString &text)
    {
        m_world.telegram().pushMessage(customer(userId), text);
        m_sent[userId] << text;
    }

    RunStats run(int timeoutMs)
    {
        RunStats stats;
        const qsizetype logStart = m_world.intercom().requestLog().size();
        const qint64 statementsBefore = statementCount(m_db);
        const qint64 tripsBefore = m_db.roundTrips();
        store::tally::take();
        const double cpuBefore = threadCpuMs();
        sync::SyncEngine engine(m_db, config());
        QElapsedTimer timer;
        qint64 connectedAt = -1;
        QEventLoop loop;
        QObject::connect(&engine, &sync::SyncEngine::statusChanged, &engine,
            [&](sync::SyncEngine::Status status, const QString &) {
                if (status == sync::SyncEngine::Status::Connected && connectedAt < 0)
                    connectedAt = timer.nsecsElapsed();
            });
        QObject::connect(&engine, &sync::SyncEngine::finished, &loop,
            [&](sync::FailureKind failure, const QString &message) {
                stats.ok = failure == sync::FailureKind::None;
                stats.message = message;
                loop.quit();
            });
        QTimer::singleShot(timeoutMs, &loop, [&] {
            stats.message = u"did not reach idle within %1 ms"_s.arg(timeoutMs);
            loop.quit();
        });
        timer.start();
        engine.runUntilIdle();
        loop.exec();
        const qint64 end = timer.nsecsElapsed();
        stats.cpuMs = threadCpuMs() - cpuBefore;
        stats.tally = store::tally::take();
        engine.stop();
        stats.roundTrips = m_db.roundTrips() - tripsBefore;
        const qint64 statementsAfter = statementCount(m_db);
        stats.statements
            = statementsBefore >= 0 && statementsAfter >= 0 ? statementsAfter - statementsBefore : -1;
        stats.wallMs = double(end) / 1e6;
        stats.pipelineMs = double(end - std::max<qint64>(connectedAt, 0)) / 1e6;
        const QStringList log = m_world.intercom().requestLog().mid(logStart);
        for (const QString &route : log) {
            ++stats.byRoute[route];
            if (isStartupRequest(route))
                ++stats.startupRequests;
            else
                ++stats.intercomRequests;
        }
        return stats;
    }

    //! Every message pushed is in Intercom exactly once, in order, on the one contact of its sender.
    QStringList verify() const
    {
        QStringList problems;
        for (auto it = m_sent.begin(); it != m_sent.end(); ++it) {
            const auto contacts
                = m_world.intercom().contactsWithAttribute(u"telegram_user_id"_s, QString::number(it.key()));
            if (contacts.size() != 1) {
                problems << u"Telegram user %1 has %2 Intercom contacts"_s.arg(it.key()).arg(contacts.size());
                continue;
            }
            const QString contactId = contacts.first().value(u"id"_s).toString();
            QStringList bodies;
            for (const QJsonObject &c : m_world.intercom().conversationsOf(contactId)) {
                const QJsonObject full = m_world.intercom().conversation(c.value(u"id"_s).toString());
                const QJsonObject source = full.value(u"source"_s).toObject();
                if (source.value(u"author"_s).toObject().value(u"id"_s).toString() == contactId)
                    bodies << source.value(u"body"_s).toString();
                const QJsonArray parts
                    = full.value(u"conversation_parts"_s).toObject().value(u"conversation_parts"_s).toArray();
                for (const QJsonValue &p : parts) {
                    const QJsonObject part = p.toObject();
                    if (part.value(u"author"_s).toObject().value(u"id"_s).toString() == contactId)
                        bodies << part.value(u"body"_s).toString();
                }
            }
            // Bodies come back as HTML (<p>text</p>): compare by containment, in order.
            const QStringList &sent = it.value();
            if (bodies.size() != sent.size()) {
                problems << u"Telegram user %1: %2 messages sent, %3 in Intercom"_s.arg(it.key())
                                .arg(sent.size())
                                .arg(bodies.size());
                continue;
            }
            for (qsizetype i = 0; i < sent.size(); ++i) {
                if (!bodies.at(i).contains(sent.at(i))) {
                    problems << u"Telegram user %1: message %2 is \"%3\" in Intercom, expected \"%4\""_s
                                    .arg(it.key())
                                    .arg(i)
                                    .arg(bodies.at(i), sent.at(i));
                    break;
                }
            }
        }
        return problems;
    }

private:
    QTemporaryDir m_dir;
    mutable SandboxWorld m_world;
    store::Database m_db;
    std::unique_ptr<team::LeaderElection> m_lease;
    QMap<qint64, QStringList> m_sent;
};

struct StoreStats
{
    double msPerBatch = 0;
    double updatesPerSecond = 0;
    bool ok = true;
};

//! The store alone: `batches` getUpdates batches of 100 new messages each, through UpdateInbox.
StoreStats benchStore(int batches, const QString &database)
{
    QTemporaryDir dir;
    store::Database db;
    StoreStats stats;
    if (!db.open(database.isEmpty() ? dir.filePath(u"store.sqlite3"_s) : database)) {
        stats.ok = false;
        return stats;
    }
    const auto lease = test::takePollerLease(db);
    store::UpdateInbox inbox(db);
    qint64 updateId = 500000000;
    qint64 nanos = 0;
    for (int b = 0; b < batches; ++b) {
        QJsonArray batch;
        for (int i = 0; i < 100; ++i) {
            // 20 customers per batch, 5 messages each: a realistic mix of new and known people.
            const TelegramUser from = customer(7000000000 + (b * 20 + i % 20));
            batch.append(QJsonObject {
                { u"update_id"_s, ++updateId },
                { u"message"_s,
                    QJsonObject { { u"message_id"_s, b * 100 + i + 1 },
                        { u"date"_s, QDateTime::currentSecsSinceEpoch() },
                        { u"chat"_s, from.privateChatJson() }, { u"from"_s, from.toJson() },
                        { u"text"_s, u"store benchmark message %1"_s.arg(i) } } },
            });
        }
        QCoreApplication::processEvents(); // the lease is renewed between batches, as in a real run
        QElapsedTimer timer;
        timer.start();
        const store::IngestReport report = inbox.ingest(batch);
        nanos += timer.nsecsElapsed();
        if (!report.ok || report.stored != 100)
            stats.ok = false;
    }
    stats.msPerBatch = double(nanos) / 1e6 / batches;
    stats.updatesPerSecond = 100.0 * batches / (double(nanos) / 1e9);
    return stats;
}

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

//! Where a phase's round trips and wall time went (--tally): the engine's thread blocked on the
//! database, busy on its own work (the emulators' included), or idle waiting for answers.
void printTally(const QString &title, const RunStats &r, int messages)
{
    const store::tally::Snapshot &t = r.tally;
    out() << "\n"
          << title << ": wall " << fmt(r.wallMs, 0) << " ms = waiting on the database " << fmt(t.waitMs, 0)
          << " ms + CPU " << fmt(r.cpuMs, 0) << " ms + idle (HTTP, timers) "
          << fmt(std::max(0.0, r.wallMs - t.waitMs - r.cpuMs), 0) << " ms\n";
    auto print = [&](const QString &what, const QMap<QString, store::tally::Entry> &entries) {
        QList<QPair<QString, store::tally::Entry>> sorted;
        for (auto it = entries.begin(); it != entries.end(); ++it)
            sorted.append({ it.key(), it.value() });
        std::sort(sorted.begin(), sorted.end(),
            [](const auto &a, const auto &b) { return a.second.count > b.second.count; });
        out() << "  " << what << " per message:\n";
        for (const auto &[kind, e] : std::as_const(sorted).mid(0, 25))
            out() << "    " << qSetFieldWidth(8) << Qt::right << fmt(double(e.count) / messages, 3)
                  << qSetFieldWidth(10) << (e.waitMs > 0 ? fmt(e.waitMs, 0) + u" ms"_s : QString())
                  << qSetFieldWidth(0) << Qt::left << "  " << kind.left(150) << '\n';
    };
    print(u"round trips (with the time waited on them)"_s, t.roundTrips);
    print(u"statements"_s, t.statements);
}

//! Issue 17: the same load on SQLite, on PostgreSQL on loopback and on PostgreSQL behind a
//! LatencyProxy at 2, 10 and 30 ms round trip; updates/s and database round trips per message.
int runNetwork(int users, int messages, const QList<int> &latencies)
{
    struct Row
    {
        QString where;
        int ms = 0;
        double burstRate = 0, burstTrips = 0, returningRate = 0, returningTrips = 0;
        qint64 wireTrips = -1;
    };
    QList<Row> rows;
    QStringList failures;
    const int total = users * messages;
    for (int ms : latencies) {
        QTemporaryDir scratch;
        std::unique_ptr<tgic::test::LatencyProxy> proxy;
        QString location;
        if (ms >= 0) {
            location = tgic::test::databaseLocation(scratch, {});
            if (ms > 0) {
                proxy = tgic::test::LatencyProxy::forUrl(location, std::chrono::milliseconds(ms));
                location = proxy->url(location);
            }
        }
        Bench bench(location);
        if (!bench.dbOk()) {
            failures << u"cannot open the database at %1 ms"_s.arg(ms);
            continue;
        }
        const int timeoutMs = 60000 + total * (40 + 4 * std::max(ms, 0));
        qint64 nextId = 6100000000;
        QList<qint64> ids;
        for (int u = 0; u < users; ++u)
            ids << ++nextId;
        // A burst of new customers, M messages each, then the same customers again.
        for (int m = 0; m < messages; ++m)
            for (qint64 id : std::as_const(ids))
                bench.push(id, u"burst %1 from customer %2"_s.arg(m).arg(id));
        const qint64 wireBefore = proxy ? proxy->roundTrips() : -1;
        const RunStats burst = bench.run(timeoutMs);
        for (int m = 0; m < messages; ++m)
            for (qint64 id : std::as_const(ids))
                bench.push(id, u"returning %1 from customer %2"_s.arg(m).arg(id));
        const RunStats returning = bench.run(timeoutMs);
        for (const RunStats *r : { &burst, &returning })
            if (!r->ok)
                failures << u"%1 ms: %2"_s.arg(ms).arg(r->message);
        failures += bench.verify();
        Row row;
        row.ms = ms;
        row.where = ms < 0 ? u"SQLite file"_s
            : ms == 0      ? u"PostgreSQL, loopback"_s
                           : u"PostgreSQL, %1 ms round trip"_s.arg(ms);
        row.burstRate = total / (burst.pipelineMs / 1000.0);
        row.returningRate = total / (returning.pipelineMs / 1000.0);
        row.burstTrips = double(burst.roundTrips) / total;
        row.returningTrips = double(returning.roundTrips) / total;
        if (proxy)
            row.wireTrips = proxy->roundTrips() - wireBefore;
        rows << row;
        if (store::tally::isEnabled() && ms >= 0) {
            printTally(row.where + u", burst of new customers"_s, burst, total);
            printTally(row.where + u", returning customers"_s, returning, total);
        }
        std::fprintf(stderr, "%s done\n", qPrintable(row.where));
    }
    out() << "Across a network: " << users << " customers x " << messages << " messages (" << total
          << " updates) as a burst of new customers, then again as returning customers\n\n";
    out() << qSetFieldWidth(32) << Qt::left << "database" << qSetFieldWidth(12) << Qt::right << "burst/s"
          << qSetFieldWidth(12) << "trips/msg" << qSetFieldWidth(14) << "returning/s" << qSetFieldWidth(12)
          << "trips/msg" << qSetFieldWidth(14) << "wire trips" << qSetFieldWidth(0) << Qt::left << '\n';
    for (const Row &r : std::as_const(rows)) {
        out() << qSetFieldWidth(32) << Qt::left << r.where << qSetFieldWidth(12) << Qt::right
              << fmt(r.burstRate, 0) << qSetFieldWidth(12)
              << (r.where.startsWith(u"SQLite"_s) ? u"-"_s : fmt(r.burstTrips, 2)) << qSetFieldWidth(14)
              << fmt(r.returningRate, 0) << qSetFieldWidth(12)
              << (r.where.startsWith(u"SQLite"_s) ? u"-"_s : fmt(r.returningTrips, 2)) << qSetFieldWidth(14)
              << (r.wireTrips >= 0 ? QString::number(r.wireTrips) : u"-"_s) << qSetFieldWidth(0) << Qt::left
              << '\n';
    }
    const Row *sqlite = nullptr;
    const Row *loopback = nullptr;
    for (const Row &r : std::as_const(rows)) {
        if (r.ms < 0)
            sqlite = &r;
        else if (r.ms == 0)
            loopback = &r;
    }
    if (sqlite && loopback && sqlite->burstRate > 0 && sqlite->returningRate > 0)
        out() << "\nPostgreSQL on loopback / SQLite: " << fmt(loopback->burstRate / sqlite->burstRate, 2)
              << " (burst), " << fmt(loopback->returningRate / sqlite->returningRate, 2) << " (returning)\n";
    out() << "trips/msg: database round trips per inbound message, as the store counts them (store -> "
             "resolve ->"
             " deliver -> record, start-up included); wire trips: what the proxy saw for both phases\n";
    out().flush();
    for (const QString &f : std::as_const(failures))
        std::fprintf(stderr, "FAIL: %s\n", qPrintable(f));
    return failures.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_pipeline"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Throughput of the Telegram → Intercom pipeline against the local emulators."_s);
    parser.addHelpOption();
    const QCommandLineOption usersOption(
        u"users"_s, u"Distinct customers per phase (default 100)."_s, u"N"_s, u"100"_s);
    const QCommandLineOption messagesOption(u"messages"_s,
        u"Messages per customer in the returning and mixed phases (default 5)."_s, u"M"_s, u"5"_s);
    const QCommandLineOption batchesOption(
        u"batches"_s, u"100-update batches for the store-only figure (default 50)."_s, u"B"_s, u"50"_s);
    const QCommandLineOption quickOption(
        u"quick"_s, u"A small configuration for CTest: 5 users, 3 messages, 5 batches."_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Keep the engine's info log (slows the run)."_s);
    const QCommandLineOption dbOption(u"db"_s,
        u"Run on this database instead of a fresh SQLite file: postgresql://… (emptied first) or "
        "'postgres' for TGIC_TEST_POSTGRES_URL (tests/postgres/with-postgres.sh)."_s,
        u"url"_s);
    const QCommandLineOption networkOption(u"network"_s,
        u"Issue 17: SQLite, then PostgreSQL (TGIC_TEST_POSTGRES_URL) on loopback and at 2, 10 and 30 ms "
        u"round trip"
        " through a latency proxy; --users customers x --messages each (default 100 x 4)."_s);
    const QCommandLineOption latencyOption(u"latencies"_s,
        u"With --network: the round trips to run, in ms (default -1,0,2,10,30; -1 is SQLite)."_s, u"list"_s);
    const QCommandLineOption tallyOption(u"tally"_s,
        u"With --network: per phase, the database round trips and statements per message by kind, and "
        "where the engine thread's wall time went (database, CPU, idle)."_s);
    parser.addOptions({ usersOption, messagesOption, batchesOption, quickOption, verboseOption, dbOption,
        networkOption, latencyOption, tallyOption });
    parser.process(app);
    store::tally::setEnabled(parser.isSet(tallyOption));
    if (parser.isSet(networkOption)) {
        if (!tgic::test::onPostgres()) {
            std::fprintf(
                stderr, "--network needs TGIC_TEST_POSTGRES_URL (tests/postgres/with-postgres.sh)\n");
            return 2;
        }
        if (!parser.isSet(verboseOption))
            QLoggingCategory::setFilterRules(u"tgic.*.info=false"_s);
        const bool quick = parser.isSet(quickOption);
        QList<int> latencies { -1, 0, 2, 10, 30 }; // -1: SQLite
        if (parser.isSet(latencyOption)) {
            latencies.clear();
            for (const QString &v : parser.value(latencyOption).split(u','))
                latencies << v.toInt();
        }
        return runNetwork(quick ? 10 : std::max(1, parser.value(usersOption).toInt()),
            quick ? 2
                  : (parser.isSet(messagesOption) ? std::max(1, parser.value(messagesOption).toInt()) : 4),
            latencies);
    }

    const bool quick = parser.isSet(quickOption);
    const int users = quick ? 5 : std::max(1, parser.value(usersOption).toInt());
    const int messages = quick ? 3 : std::max(1, parser.value(messagesOption).toInt());
    const int batches = quick ? 5 : std::max(1, parser.value(batchesOption).toInt());
    // One line per message would be measured along with the pipeline (and flood the terminal).
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"tgic.*.info=false"_s);

    QString database = parser.value(dbOption);
    QTemporaryDir scratch;
    if (database == u"postgres"_s) {
        if (!tgic::test::onPostgres()) {
            std::fprintf(
                stderr, "--db postgres needs TGIC_TEST_POSTGRES_URL (tests/postgres/with-postgres.sh)\n");
            return 2;
        }
        database = tgic::test::databaseLocation(scratch, {});
    }
    const QString engineName = database.isEmpty() ? u"SQLite"_s : u"PostgreSQL"_s;

    QStringList failures;
    const StoreStats store
        = benchStore(batches, database.isEmpty() ? QString() : tgic::test::databaseLocation(scratch, {}));
    if (!store.ok)
        failures << u"the store did not take every update of the store-only batches"_s;

    Bench bench(database.isEmpty() ? QString() : tgic::test::databaseLocation(scratch, {}));
    if (!bench.dbOk()) {
        std::fprintf(stderr, "cannot open the benchmark database\n");
        return 1;
    }
    const int timeoutMs = 60000 + users * messages * 200;
    qint64 nextId = 6000000000;

    // Phase 1: new customers, one message each (search, create, open a conversation).
    QList<qint64> phase1;
    for (int u = 0; u < users; ++u) {
        phase1 << ++nextId;
        bench.push(phase1.last(), u"hello from a new customer %1"_s.arg(u));
    }
    const RunStats newUsers = bench.run(timeoutMs);
    // Phase 2: the same customers come back with M messages each (one reply each).
    for (int m = 0; m < messages; ++m) {
        for (qint64 id : std::as_const(phase1))
            bench.push(id, u"returning message %1"_s.arg(m));
    }
    const RunStats returning = bench.run(timeoutMs);
    // Phase 3: a burst from customers never seen before, M messages each.
    for (int u = 0; u < users; ++u) {
        const qint64 id = ++nextId;
        for (int m = 0; m < messages; ++m)
            bench.push(id, u"burst %1 from new customer %2"_s.arg(m).arg(u));
    }
    const RunStats mixed = bench.run(timeoutMs);

    for (const auto &[name, r] : { std::pair { u"new customers"_s, &newUsers },
             std::pair { u"returning"_s, &returning }, std::pair { u"burst of new customers"_s, &mixed } }) {
        if (!r->ok)
            failures << u"%1: %2"_s.arg(name, r->message);
    }
    failures += bench.verify();

    const int newMessages = users;
    const int returningMessages = users * messages;
    const int mixedMessages = users * messages;
    auto row = [](const QString &phase, int msgs, const RunStats &r) {
        out() << qSetFieldWidth(34) << Qt::left << phase << qSetFieldWidth(9) << Qt::right << msgs
              << qSetFieldWidth(11) << fmt(r.wallMs, 0) << qSetFieldWidth(12) << fmt(r.pipelineMs, 0)
              << qSetFieldWidth(12) << fmt(msgs / (r.pipelineMs / 1000.0)) << qSetFieldWidth(11)
              << fmt(double(r.intercomRequests) / msgs, 2) << qSetFieldWidth(10) << r.startupRequests
              << qSetFieldWidth(12) << (r.statements >= 0 ? fmt(double(r.statements) / msgs, 1) : u"n/a"_s)
              << qSetFieldWidth(0) << Qt::left << '\n';
    };
    out() << "Pipeline benchmark on " << engineName << ": " << users << " customers, " << messages
          << " messages per returning customer; emulators on loopback, Intercom rate limit lifted\n\n";
    out() << qSetFieldWidth(34) << Qt::left << "phase" << qSetFieldWidth(9) << Qt::right << "updates"
          << qSetFieldWidth(11) << "wall ms" << qSetFieldWidth(12) << "pipeline ms" << qSetFieldWidth(12)
          << "updates/s" << qSetFieldWidth(11) << "IC req/msg" << qSetFieldWidth(10) << "startup"
          << qSetFieldWidth(0) << Qt::left << '\n';
    row(u"new customers, 1 message each"_s, newMessages, newUsers);
    row(u"returning customers"_s, returningMessages, returning);
    row(u"burst: new customers, M each"_s, mixedMessages, mixed);
    out() << '\n'
          << "store only (UpdateInbox::ingest, " << batches
          << " batches of 100 updates): " << fmt(store.msPerBatch, 2) << " ms per batch, "
          << fmt(store.updatesPerSecond, 0) << " updates/s\n";
    out() << "minimum Intercom requests per message: 3 for a new customer (search, create, conversation), "
             "1 for a returning one (reply)\n";
    out() << "\nIntercom requests by route (all phases, start-up included):\n";
    QMap<QString, int> routes;
    for (const RunStats *r : { &newUsers, &returning, &mixed }) {
        for (auto it = r->byRoute.begin(); it != r->byRoute.end(); ++it)
            routes[it.key()] += it.value();
    }
    for (auto it = routes.begin(); it != routes.end(); ++it)
        out() << "  " << qSetFieldWidth(40) << Qt::left << it.key() << qSetFieldWidth(0) << it.value()
              << '\n';
    out().flush();

    if (!failures.isEmpty()) {
        for (const QString &f : std::as_const(failures))
            std::fprintf(stderr, "FAIL: %s\n", qPrintable(f));
        return 1;
    }
    std::fprintf(stdout, "\nOK: every message delivered once, one contact per Telegram user\n");
    return 0;
}
