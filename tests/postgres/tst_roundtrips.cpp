// SPDX-License-Identifier: MIT
// The team database across a network: the whole pipeline (poll → store → resolve → deliver →
// record) against the emulators, with a 10 ms round trip between the app and PostgreSQL
// (LatencyProxy), delivers everything once and in order, and the round trips it costs per
// inbound message are counted on the wire. Runs under tests/postgres/with-postgres.sh.
#include "LatencyProxy.h"
#include "SyncHarness.h"
#include "store/BusinessRepository.h"
#include "store/Sql.h"
#include "store/UpdateInbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {
constexpr std::chrono::milliseconds kRoundTrip { 10 };

sandbox::TelegramUser customer(qint64 id)
{
    return sandbox::TelegramUser { id, u"Customer"_s, QString::number(id % 1000),
        id % 2 ? u"user_%1"_s.arg(id) : QString(), false, u"en"_s, false };
}
} // namespace

class TestRoundTrips : public QObject
{
    Q_OBJECT

    //! The harness's database, reopened through a proxy that adds kRoundTrip.
    struct Setup
    {
        std::unique_ptr<test::SyncHarness> harness = std::make_unique<test::SyncHarness>();
        std::unique_ptr<test::LatencyProxy> proxy = test::LatencyProxy::forUrl(harness->location, kRoundTrip);

        Setup()
        {
            harness->location = proxy->url(harness->location);
            harness->reopenDatabase();
        }
    };

    //! Every message of every customer in Intercom once, in order, on their one contact.
    static void verifyDelivered(test::SyncHarness &h, const QMap<qint64, QStringList> &sent)
    {
        for (auto it = sent.begin(); it != sent.end(); ++it) {
            QCOMPARE(h.contactsAnchoredTo(it.key()).size(), 1);
            const QStringList bodies = h.bodiesBy(h.contactOf(it.key()));
            QCOMPARE(bodies.size(), it.value().size());
            for (qsizetype i = 0; i < bodies.size(); ++i)
                QVERIFY2(bodies.at(i).contains(it.value().at(i)), qPrintable(bodies.at(i)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::onPostgres())
            QSKIP("needs the team database (tests/postgres/with-postgres.sh)");
    }

    void aBatchCostsTwoRoundTripsOnTheWire()
    {
        Setup s;
        store::UpdateInbox inbox(*s.harness->db);
        QJsonArray batch;
        for (int i = 0; i < 100; ++i) {
            const sandbox::TelegramUser from = customer(7000000000 + i % 25);
            batch.append(QJsonObject { { u"update_id"_s, 900000 + i },
                { u"message"_s,
                    QJsonObject { { u"message_id"_s, i + 1 }, { u"date"_s, 1760000000 + i },
                        { u"chat"_s, from.privateChatJson() }, { u"from"_s, from.toJson() },
                        { u"text"_s, u"message %1"_s.arg(i) } } } });
        }
        QCoreApplication::processEvents();
        const qint64 before = s.proxy->roundTrips();
        const store::IngestReport report = inbox.ingest(batch);
        QVERIFY(report.ok);
        QCOMPARE(report.stored, 100);
        // BEGIN, the lease check and the reads; then the writes, the offset and COMMIT.
        QCOMPARE(s.proxy->roundTrips() - before, qint64(2));
    }

    //! Customers' Telegram Business messages take the set-based way too, once their business
    //! chats' keys are read (and, for new chats, written): a fixed number per batch.
    void businessMessagesCostAFixedNumberOfRoundTrips()
    {
        Setup s;
        store::UpdateInbox inbox(*s.harness->db);
        auto batchOf = [](int first) {
            QJsonArray batch;
            for (int i = first; i < first + 100; ++i) {
                const sandbox::TelegramUser from = customer(7100000000 + i % 25);
                batch.append(QJsonObject { { u"update_id"_s, 910000 + i },
                    { u"business_message"_s,
                        QJsonObject { { u"message_id"_s, i + 1 }, { u"date"_s, 1760000000 + i },
                            { u"business_connection_id"_s, u"bc1"_s }, { u"chat"_s, from.privateChatJson() },
                            { u"from"_s, from.toJson() }, { u"text"_s, u"message %1"_s.arg(i) } } } });
            }
            return batch;
        };
        QCoreApplication::processEvents();
        qint64 before = s.proxy->roundTrips();
        store::IngestReport report = inbox.ingest(batchOf(0));
        QVERIFY(report.ok);
        QCOMPARE(report.stored, 100);
        // BEGIN with the business chats' keys; the 25 new chats; the reads; the writes and COMMIT.
        QCOMPARE(s.proxy->roundTrips() - before, qint64(4));
        before = s.proxy->roundTrips();
        report = inbox.ingest(batchOf(100));
        QVERIFY(report.ok);
        QCOMPARE(report.stored, 100);
        QCOMPARE(s.proxy->roundTrips() - before, qint64(3)); // every chat known
        QCOMPARE(
            store::scalar(s.harness->db->connection(), u"SELECT COUNT(*) FROM business_chats"_s).toInt(), 25);
        QCOMPARE(store::scalar(s.harness->db->connection(),
                     u"SELECT COUNT(DISTINCT chat_id) FROM messages WHERE chat_id >= ?"_s,
                     { store::BusinessRepository::kFirstChatKey })
                     .toInt(),
            25);
    }

    void thePipelineStaysWithinItsRoundTripBudget()
    {
        Setup s;
        test::SyncHarness &h = *s.harness;
        QMap<qint64, QStringList> sent;
        // 25 customers never seen before, 4 messages each: search, create, open a conversation.
        for (int m = 0; m < 4; ++m) {
            for (int c = 0; c < 25; ++c) {
                const qint64 id = 8000000000 + c;
                const QString text = u"new customer %1, message %2"_s.arg(c).arg(m);
                h.world.telegram().pushMessage(customer(id), text);
                sent[id] << text;
            }
        }
        qint64 before = s.proxy->roundTrips();
        test::RunResult run = h.runUntilIdle(60000);
        QCOMPARE(run.failure, sync::FailureKind::None);
        const double newPerMessage = double(s.proxy->roundTrips() - before) / 100.0;
        verifyDelivered(h, sent);

        // The same customers come back: their mappings and conversations are known.
        for (int m = 0; m < 4; ++m) {
            for (int c = 0; c < 25; ++c) {
                const qint64 id = 8000000000 + c;
                const QString text = u"returning customer %1, message %2"_s.arg(c).arg(m);
                h.world.telegram().pushMessage(customer(id), text);
                sent[id] << text;
            }
        }
        before = s.proxy->roundTrips();
        run = h.runUntilIdle(60000);
        QCOMPARE(run.failure, sync::FailureKind::None);
        const double returningPerMessage = double(s.proxy->roundTrips() - before) / 100.0;
        verifyDelivered(h, sent);

        qInfo("round trips per inbound message at %d ms: %.2f new customers, %.2f returning",
            int(kRoundTrip.count()), newPerMessage, returningPerMessage);
        // The budget (issue 17): 3 per message end to end, the reply poller's reads of the
        // conversations the app itself just wrote to included. Returning customers measure
        // about 0.7 (an outbox cycle writes what came back, with its change notices, reads the
        // next heads and records the attempts of those that go at once in one round trip; the
        // poller writes a cycle once), new ones about 1.05 (claims and links go together, a
        // first message's attempt with the next cycle): with 25 customers the engine's start,
        // the lease and the poller's cycles weigh more than in bench_pipeline. The poller times
        // its cycles by the clock: some margin. It was 32-34 before issue 17, 1.3-1.4 and 1.5
        // before the attempts and notices went with the cycle, 2.6-3.0 and 5.4 before that.
        QVERIFY2(returningPerMessage <= 1.0, qPrintable(QString::number(returningPerMessage)));
        QVERIFY2(newPerMessage <= 1.4, qPrintable(QString::number(newPerMessage)));
        QVERIFY(returningPerMessage < newPerMessage);
    }
};

QTEST_GUILESS_MAIN(TestRoundTrips)
#include "tst_roundtrips.moc"
