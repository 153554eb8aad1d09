// SPDX-License-Identifier: MIT
// Team mode figures on a real PostgreSQL (tests/postgres/with-postgres.sh): how long a change
// committed by the leader takes to appear in a follower's chat list (LISTEN/NOTIFY → model), p50
// and p95, for new chats and for new messages in known chats. Printed, never asserted: the
// machines are shared; compare ratios within one run. Failover times are printed by
// tst_teammode, which measures them with real processes.

#include "ChatListModel.h"
#include "LatencyProxy.h"
#include "TestDatabase.h"
#include "sandbox/SandboxScenarios.h"
#include "store/Database.h"
#include "store/UpdateInbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {

QJsonObject message(qint64 updateId, qint64 userId, qint64 messageId, const QString &text)
{
    const sandbox::TelegramUser from { userId, u"Customer %1"_s.arg(userId % 1000), {}, {}, false, {},
        false };
    return QJsonObject { { u"update_id"_s, updateId },
        { u"message"_s,
            QJsonObject { { u"message_id"_s, messageId }, { u"date"_s, 1767225600 + messageId },
                { u"chat"_s, from.privateChatJson() }, { u"from"_s, from.toJson() },
                { u"text"_s, text } } } };
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::clamp(p * double(values.size() - 1), 0.0, double(values.size() - 1)));
    return values.at(index);
}

//! Waits, running the event loop, until `done` or `ms` passed; returns the elapsed milliseconds or -1.
template <typename Done> double waitFor(Done done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return -1;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Team mode: NOTIFY latency from the leader's commit to a follower's model."_s);
    parser.addHelpOption();
    const QCommandLineOption samplesOption(
        u"samples"_s, u"Changes to time per kind (default 200)."_s, u"N"_s, u"200"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"20 samples, for CTest."_s);
    const QCommandLineOption roundTripOption(u"round-trip"_s,
        u"Put the database behind a link with this round trip, for the leader and the follower alike "
        u"(default 0: loopback)."_s,
        u"ms"_s, u"0"_s);
    parser.addOptions({ samplesOption, quickOption, roundTripOption });
    parser.process(app);
    const int samples = parser.isSet(quickOption) ? 20 : std::max(1, parser.value(samplesOption).toInt());
    QLoggingCategory::setFilterRules(u"tgic.*.info=false"_s);
    if (!test::onPostgres()) {
        std::fprintf(
            stderr, "bench_team runs on a team database: tests/postgres/with-postgres.sh bench_team\n");
        return 2;
    }

    QTemporaryDir dir;
    const int roundTrip = std::max(0, parser.value(roundTripOption).toInt());
    QString url = test::databaseLocation(dir, {});
    std::unique_ptr<test::LatencyProxy> proxy;
    if (roundTrip > 0) {
        proxy = test::LatencyProxy::forUrl(url, std::chrono::milliseconds(roundTrip));
        url = proxy->url(url);
    }
    store::Database leaderDb;
    store::Database followerDb;
    if (!leaderDb.open(url) || !followerDb.open(url)) {
        std::fprintf(stderr, "cannot open the team database\n");
        return 1;
    }
    const auto lease = test::takePollerLease(leaderDb);
    store::UpdateInbox inbox(leaderDb);
    models::ChatListModel follower(followerDb);

    qint64 updateId = 900000000;
    QList<double> newChat;
    QList<double> newMessage;
    for (int i = 0; i < samples; ++i) {
        const int before = follower.rowCount();
        QElapsedTimer t;
        t.start();
        if (!inbox.ingest(QJsonArray { message(++updateId, 7300000000 + i, 1, u"first"_s) }).ok) {
            std::fprintf(stderr, "the leader could not store a batch\n");
            return 1;
        }
        const double ms = waitFor([&] { return follower.rowCount() > before; }, 5000);
        if (ms < 0) {
            std::fprintf(stderr, "the follower never saw a new chat\n");
            return 1;
        }
        newChat << double(t.nsecsElapsed()) / 1e6;
    }
    // A new message in a known chat moves it to the top with its new preview.
    for (int i = 0; i < samples; ++i) {
        const qint64 user = 7300000000 + (i % samples);
        const QString text = u"again %1"_s.arg(i);
        QElapsedTimer t;
        t.start();
        inbox.ingest(QJsonArray { message(++updateId, user, 2 + i, text) });
        const double ms = waitFor(
            [&] {
                const QModelIndex top = follower.index(0);
                return follower.data(top, models::ChatListModel::ChatIdRole).toLongLong() == user
                    && follower.data(top, models::ChatListModel::PreviewRole).toString().contains(text);
            },
            5000);
        if (ms < 0) {
            std::fprintf(stderr, "the follower never saw message %d\n", i);
            return 1;
        }
        newMessage << double(t.nsecsElapsed()) / 1e6;
    }

    QTextStream out(stdout);
    out << "NOTIFY latency, leader commit → follower's chat list updated (" << samples << " each, "
        << (roundTrip > 0 ? u"%1 ms round trip"_s.arg(roundTrip) : u"loopback"_s) << "):\n";
    out << "  new chat:                 p50 " << QString::number(percentile(newChat, 0.5), 'f', 2)
        << " ms, p95 " << QString::number(percentile(newChat, 0.95), 'f', 2) << " ms (ingest included)\n";
    out << "  new message, known chat:  p50 " << QString::number(percentile(newMessage, 0.5), 'f', 2)
        << " ms, p95 " << QString::number(percentile(newMessage, 0.95), 'f', 2) << " ms (ingest included)\n";
    return 0;
}
