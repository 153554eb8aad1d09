// SPDX-License-Identifier: MIT
// Reply benchmark: with 10, 1,000 and 10,000 mapped customers (each with a contact and a
// conversation from two days ago), how long an agent's comment takes to reach the Telegram
// emulator as a sendMessage (p50/p95), and how many Intercom requests the reply poller makes per
// idle cycle — scaled to an idle hour at the default 60 s idle interval. Both should be flat
// across the sizes. Runs against the emulators with day-precise date matching and the sort
// ignored, then honoured (`--reading`).
//
// It prints figures; it never fails on speed. It fails (exit 1) only if a reply does not arrive.
#include "sandbox/SandboxScenarios.h"
#include "store/Database.h"
#include "sync/IntercomPartPoller.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;
using namespace std::chrono;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct Figures
{
    bool ok = false;
    QString failure;
    double p50 = 0;
    double p95 = 0;
    double requestsPerIdleCycle = 0;
};

sync::SyncConfig configFor(SandboxWorld &world, milliseconds poll)
{
    sync::SyncConfig c;
    c.telegramApiUrl = world.telegram().baseUrl();
    c.intercomApiUrl = world.intercom().baseUrl();
    c.telegramToken = SandboxWorld::telegramToken();
    c.intercomToken = SandboxWorld::intercomToken();
    c.longPollSeconds = 1;
    c.backoff = net::Backoff { milliseconds(20), milliseconds(200) };
    c.intercomActivePoll = poll;
    c.intercomIdlePoll = poll;
    c.telegramPerChatInterval = milliseconds(1);
    return c;
}

Figures run(int customers, int replies, milliseconds poll, IntercomEmulator::SearchDates dates, bool sorted)
{
    Figures f;
    SandboxWorld world;
    world.listen();
    world.intercom().setRateLimit(100000000, seconds(10));
    world.intercom().setSearchDates(dates);
    world.intercom().setConversationSortHonoured(sorted);
    QTemporaryDir dir;
    store::Database db;
    if (!db.open(dir.filePath(u"bench.sqlite3"_s)))
        return f;

    // Seed: every customer writes once, two days ago (the emulated Intercom clock is set back),
    // through the real pipeline; conversations are opened and tagged.
    world.intercom().advanceClock(-hours(48));
    for (int i = 0; i < customers; ++i)
        world.telegram().pushMessage(
            TelegramUser { 6000000000 + i, u"Customer"_s, QString::number(i), {}, false, u"en"_s, false },
            u"hello"_s);
    {
        sync::SyncEngine seeding(db, configFor(world, milliseconds(50)));
        bool finished = false;
        QObject::connect(&seeding, &sync::SyncEngine::finished, &seeding, [&] { finished = true; });
        seeding.runUntilIdle();
        if (!waitFor([&] { return finished; }, 1800000)) {
            f.failure = u"seeding did not finish"_s;
            return f;
        }
        seeding.stop();
    }
    world.intercom().advanceClock(hours(48));

    sync::SyncEngine engine(db, configFor(world, poll));
    engine.start();
    auto *poller = engine.partPoller();
    // Let the tag backlog drain (150 per cycle) and a few cycles pass.
    auto untagged = [&] {
        QSqlQuery q(db.connection());
        q.exec(u"SELECT COUNT(*) FROM conversations WHERE tagged_at IS NULL"_s);
        return q.next() ? q.value(0).toInt() : -1;
    };
    if (!waitFor([&] { return untagged() == 0; }, 1800000)) {
        f.failure = u"%1 conversations still untagged"_s.arg(untagged());
        return f;
    }
    int start = poller->completedCycles();
    waitFor([&] { return poller->completedCycles() >= start + 3; }, 60000);

    // Idle: nothing changes; count every request to Intercom over ten cycles.
    start = poller->completedCycles();
    const int before = world.intercom().requestCount();
    waitFor([&] { return poller->completedCycles() >= start + 10; }, 120000);
    const int cycles = poller->completedCycles() - start;
    f.requestsPerIdleCycle = double(world.intercom().requestCount() - before) / std::max(1, cycles);

    // Latency: an agent comments in a random customer's conversation; time to the sendMessage.
    QSqlQuery q(db.connection());
    q.exec(u"SELECT intercom_conversation_id, chat_id FROM conversations ORDER BY chat_id"_s);
    QList<QPair<QString, qint64>> conversations;
    while (q.next())
        conversations.append({ q.value(0).toString(), q.value(1).toLongLong() });
    if (conversations.size() != customers) {
        f.failure = u"%1 conversations for %2 customers"_s.arg(conversations.size()).arg(customers);
        return f;
    }
    QList<double> latencies;
    for (int r = 0; r < replies; ++r) {
        const auto &[conversation, chat] = conversations.at((r * 7919) % conversations.size());
        const qsizetype sentBefore = world.telegram().sentMessages(chat).size();
        QElapsedTimer t;
        t.start();
        world.intercom().adminReply(conversation, u"<p>answer %1</p>"_s.arg(r));
        if (!waitFor([&] { return world.telegram().sentMessages(chat).size() > sentBefore; }, 60000)) {
            f.failure = u"a reply did not arrive"_s;
            return f;
        }
        latencies << double(t.nsecsElapsed()) / 1e6;
        // Spread the replies over the poll phase.
        QEventLoop loop;
        QTimer::singleShot(int(poll.count() / 3 + (r * 37) % poll.count()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    engine.stop();
    std::sort(latencies.begin(), latencies.end());
    f.p50 = latencies.at(latencies.size() / 2);
    f.p95 = latencies.at(std::min<qsizetype>(latencies.size() - 1, qsizetype(latencies.size() * 0.95)));
    f.ok = true;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"10 and 100 customers, 5 replies: checks it runs."_s);
    const QCommandLineOption replies(
        u"replies"_s, u"Replies timed per size (default 40)."_s, u"n"_s, u"40"_s);
    const QCommandLineOption poll(
        u"poll-ms"_s, u"The poller's interval (default 500 ms)."_s, u"ms"_s, u"500"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"Keep the engine's info log."_s);
    const QCommandLineOption only(u"sizes"_s, u"Comma-separated sizes (default 10,1000,10000)."_s, u"list"_s);
    const QCommandLineOption readingOption(
        u"reading"_s, u"Only one reading: day (sort ignored) or second (sorted)."_s, u"name"_s);
    parser.addOptions({ quick, replies, poll, verbose, only, readingOption });
    parser.process(app);
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(u"tgic.*.info=false\nqt.*=false"_s);

    QList<int> sizes = parser.isSet(quick) ? QList<int> { 10, 100 } : QList<int> { 10, 1000, 10000 };
    if (parser.isSet(only)) {
        sizes.clear();
        for (const QString &size : parser.value(only).split(u','))
            sizes << size.toInt();
    }
    const int n = parser.isSet(quick) ? 5 : parser.value(replies).toInt();
    const milliseconds interval(parser.value(poll).toInt());
    struct Reading
    {
        QString name;
        IntercomEmulator::SearchDates dates;
        bool sorted;
    };
    QList<Reading> readings { { u"day precision, sort ignored"_s, IntercomEmulator::SearchDates::Day, false },
        { u"second precision, sorted"_s, IntercomEmulator::SearchDates::Second, true } };
    if (parser.value(readingOption) == u"day"_s)
        readings.removeLast();
    else if (parser.value(readingOption) == u"second"_s)
        readings.removeFirst();
    bool ok = true;
    out() << "poll interval " << interval.count() << " ms; " << n << " replies per size" << Qt::endl;
    for (const Reading &reading : readings) {
        out() << "\n" << reading.name << Qt::endl;
        out() << "| mapped customers | reply p50 ms | reply p95 ms | Intercom req/idle cycle | req/idle hour "
                 "(60 s) |"
              << Qt::endl;
        for (int size : sizes) {
            const Figures f = run(size, n, interval, reading.dates, reading.sorted);
            if (!f.ok) {
                out() << "| " << size << " | FAILED: " << f.failure << " |" << Qt::endl;
                ok = false;
                continue;
            }
            out() << "| " << size << " | " << QString::number(f.p50, 'f', 0) << " | "
                  << QString::number(f.p95, 'f', 0) << " | "
                  << QString::number(f.requestsPerIdleCycle, 'f', 2) << " | "
                  << QString::number(f.requestsPerIdleCycle * 60, 'f', 0) << " |" << Qt::endl;
        }
    }
    return ok ? 0 : 1;
}
