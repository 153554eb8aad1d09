// SPDX-License-Identifier: MIT
// The conversation as Intercom sees it, against both emulators: what an agent decides in the
// inbox (assignee, team, tags, snooze, close) reaches the contact panel's model through the
// reply poller's own reads — no request more per idle cycle — and the teammates' names are read
// at start and again only for an assignee nobody has named, at most once.

#include "ContactDetails.h"
#include "SyncHarness.h"
#include "sync/IntercomPartPoller.h"
#include "sync/TeammateNames.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

class TestConversationState : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    //! The Intercom requests each of the poller's cycles cost, from now on.
    struct CycleCosts
    {
        CycleCosts(sync::IntercomPartPoller *poller, const IntercomEmulator &intercom)
        {
            QObject::connect(poller, &sync::IntercomPartPoller::cycleFinished, &context,
                [this, &intercom] { log << intercom.requestLog(); });
        }
        //! Requests made in the last `cycles` complete cycles (empty lists: not that many yet).
        QList<QStringList> last(int cycles) const
        {
            QList<QStringList> out;
            for (qsizetype i = log.size() - cycles; i > 0 && i < log.size(); ++i)
                out << log.at(i).mid(log.at(i - 1).size());
            return out;
        }
        QObject context;
        QList<QStringList> log; //!< the emulator's whole request log at the end of each cycle
    };

    //! Waits until `cycles` cycles in a row cost exactly one request each, the one search.
    static bool becomesIdle(const CycleCosts &costs, int cycles, int timeoutMs = 20000)
    {
        return QTest::qWaitFor(
            [&] {
                const QList<QStringList> last = costs.last(cycles);
                return last.size() == cycles
                    && std::all_of(last.cbegin(), last.cend(), [](const QStringList &c) {
                           return c == QStringList { u"POST /conversations/search"_s };
                       });
            },
            timeoutMs);
    }

private Q_SLOTS:
    void assigneesTagsSnoozeAndCloseReachThePanelAtNoExtraCost()
    {
        SyncHarness h;
        IntercomEmulator &ic = h.world.intercom();
        const QString dana = ic.addAdmin(u"Dana Billing"_s, u"dana@tgic-sandbox.example.com"_s);
        const QString billing = ic.addTeam(u"Billing"_s, { dana });
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"Where is my order?"_s);
        QVERIFY(!conversation.isEmpty());
        // That run read the names; a start minutes later reads nothing.
        QCOMPARE(ic.requestCount(u"GET /admins"_s), 1);
        QCOMPARE(ic.requestCount(u"GET /teams"_s), 1);

        auto engine = h.makeEngine(h.fastConfig());
        models::ContactDetails details(*h.db);
        details.setChatId(alex.id);
        auto *poller = engine->partPoller();
        CycleCosts costs(poller, ic);
        engine->start();
        QVERIFY(QTest::qWaitFor([&] { return details.snapshot().intercomState == u"open"_s; }, 10000));
        QVERIFY(details.snapshot().adminAssignee.isEmpty()); // unassigned: admin_assignee_id 0
        QVERIFY(details.snapshot().teamAssignee.isEmpty());
        QCOMPARE(details.snapshot().intercomTags, QStringList { u"telegram"_s });
        QVERIFY(details.snapshot().intercomReadAt.isValid());

        // In the inbox, an agent assigns it to Dana and the Billing team, tags it and snoozes it.
        QVERIFY(!ic.assignConversation(conversation, u"admin"_s, dana).isEmpty());
        QVERIFY(!ic.assignConversation(conversation, u"team"_s, billing).isEmpty());
        QVERIFY(!ic.tagConversation(conversation, u"vip"_s).isEmpty());
        const qint64 until = QDateTime::currentSecsSinceEpoch() + 3 * 3600;
        QVERIFY(!ic.snoozeConversation(conversation, until).isEmpty());
        const qint64 askedAfter = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(QTest::qWaitFor([&] { return details.snapshot().intercomState == u"snoozed"_s; }, 10000));
        const models::ContactSnapshot s = details.snapshot();
        QCOMPARE(s.snoozedUntil.toSecsSinceEpoch(), until);
        QCOMPARE(s.adminAssigneeId, dana);
        QCOMPARE(s.adminAssignee, u"Dana Billing"_s);
        QCOMPARE(s.teamAssignee, u"Billing"_s);
        QCOMPARE(s.intercomTags, (QStringList { u"telegram"_s, u"vip"_s }));
        QVERIFY(s.intercomReadAt.toMSecsSinceEpoch() >= askedAfter);
        // Silent state changes are never relayed to the customer.
        QVERIFY(h.world.telegram().sentMessages(alex.id).isEmpty());

        QVERIFY(!ic.closeConversation(conversation).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return details.snapshot().intercomState == u"closed"_s; }, 10000));
        QVERIFY(!details.snapshot().snoozedUntil.isValid());
        QCOMPARE(details.snapshot().adminAssignee, u"Dana Billing"_s); // closing keeps the assignees

        // Once nothing changes, a cycle costs what it cost before: one search. Nothing is
        // written or announced either, and the names were read once, at the start.
        QVERIFY2(becomesIdle(costs, 4),
            qPrintable(costs.last(4).isEmpty() ? QString() : costs.last(4).last().join(u", "_s)));
        int announced = 0;
        QObject::connect(h.db.get(), &store::Database::changed, &costs.context,
            [&announced](store::Topic topic) { announced += topic == store::Topic::Conversations ? 1 : 0; });
        const int cycles = poller->completedCycles();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= cycles + 3; }, 10000));
        QCOMPARE(announced, 0);
        QCOMPARE(ic.requestCount(u"GET /admins"_s), 1);
        QCOMPARE(ic.requestCount(u"GET /teams"_s), 1);
        engine->stop();
    }

    void aWakingSnoozeAndACustomerReopenAreSeenToo()
    {
        SyncHarness h;
        IntercomEmulator &ic = h.world.intercom();
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"hello"_s);
        QVERIFY(!ic.snoozeConversation(conversation, QDateTime::currentSecsSinceEpoch() + 60).isEmpty());
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        models::ContactDetails details(*h.db);
        details.setChatId(alex.id);
        QCOMPARE(details.snapshot().intercomState, u"snoozed"_s);

        // An hour later Intercom has reopened it (snoozed_until passed): the next poll says so.
        ic.advanceClock(std::chrono::hours(1));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(details.snapshot().intercomState, u"open"_s);
        QVERIFY(!details.snapshot().snoozedUntil.isValid());

        // Closed, then the customer writes: Intercom reopens it, and the view follows.
        QVERIFY(!ic.closeConversation(conversation).isEmpty());
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(details.snapshot().intercomState, u"closed"_s);
        h.world.telegram().pushMessage(alex, u"one more thing"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(
            h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None); // a poll after the delivery
        QCOMPARE(details.snapshot().intercomState, u"open"_s);
    }

    void teammateNamesAreReadAtStartAndOnceMoreForANewcomer()
    {
        SyncHarness h;
        IntercomEmulator &ic = h.world.intercom();
        const TelegramUser alex = persona::anonymous();
        auto engine = h.makeEngine(h.fastConfig());
        engine->teammateNames()->setMinInterval(std::chrono::milliseconds(1500));
        models::ContactDetails details(*h.db);
        details.setChatId(alex.id);
        engine->start();
        h.world.telegram().pushMessage(alex, u"hello"_s);
        QVERIFY(QTest::qWaitFor([&] { return !ic.conversationsOf(h.contactOf(alex.id)).isEmpty(); }, 10000));
        const QString conversation
            = ic.conversationsOf(h.contactOf(alex.id)).first().value(u"id"_s).toString();
        auto *poller = engine->partPoller();
        const int cycles = poller->completedCycles();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= cycles + 10; }, 10000));
        QCOMPARE(ic.requestCount(u"GET /admins"_s), 1); // at the start, not per cycle
        QCOMPARE(ic.requestCount(u"GET /teams"_s), 1);

        // Someone who joined after the start gets the conversation: shown by id, then by name
        // after one more read of the lists.
        const QString noor = ic.addAdmin(u"Noor Newcomer"_s, u"noor@tgic-sandbox.example.com"_s);
        QVERIFY(!ic.assignConversation(conversation, u"admin"_s, noor).isEmpty());
        QVERIFY(
            QTest::qWaitFor([&] { return details.snapshot().adminAssignee == u"Noor Newcomer"_s; }, 10000));
        QCOMPARE(ic.requestCount(u"GET /admins"_s), 2);
        // And no more reads, however many cycles see her: cycles that run after the minimum
        // interval has passed (they could read again, if the names were still unknown).
        QElapsedTimer sinceRead;
        sinceRead.start();
        QVERIFY(QTest::qWaitFor([&] { return sinceRead.elapsed() > 1600; }, 10000));
        const int later = poller->completedCycles();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= later + 20; }, 10000));
        QCOMPARE(ic.requestCount(u"GET /admins"_s), 2);
        QCOMPARE(ic.requestCount(u"GET /teams"_s), 2);
        engine->stop();

        // A restart within ten minutes of a read reads nothing (a cron `sync --until-idle`).
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(ic.requestCount(u"GET /admins"_s), 2);
        QCOMPARE(details.snapshot().adminAssignee, u"Noor Newcomer"_s);
    }

    void aTokenWithoutTheScopeKeepsTheIdsAndTheReplies()
    {
        SyncHarness h;
        IntercomEmulator &ic = h.world.intercom();
        const TelegramUser alex = persona::anonymous();
        // GET /admins refused for good (403: the token lacks the scope), GET /teams fine.
        ic.failNext(1000, 403, u"/admins"_s);
        const QString conversation = h.converse(alex, u"hello"_s);
        QVERIFY(!conversation.isEmpty());
        QVERIFY(!ic.assignConversation(conversation, u"admin"_s, ic.agentAdminId()).isEmpty());
        const int readsBefore = ic.requestCount(u"GET /admins"_s);

        auto engine = h.makeEngine(h.fastConfig());
        engine->teammateNames()->setMinInterval(std::chrono::milliseconds(500));
        models::ContactDetails details(*h.db);
        details.setChatId(alex.id);
        engine->start();
        QVERIFY(QTest::qWaitFor(
            [&] { return details.snapshot().adminAssignee == u"Admin %1"_s.arg(ic.agentAdminId()); }, 10000));
        // The unnamed id is asked about once more, in vain, and then left alone: checked over
        // cycles that run after four minimum intervals have passed.
        QVERIFY(QTest::qWaitFor([&] { return ic.requestCount(u"GET /admins"_s) >= readsBefore + 2; }, 10000));
        QElapsedTimer sinceRetry;
        sinceRetry.start();
        QVERIFY(QTest::qWaitFor([&] { return sinceRetry.elapsed() > 2000; }, 10000));
        sync::IntercomPartPoller *poller = engine->partPoller();
        const int later = poller->completedCycles();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= later + 10; }, 10000));
        QCOMPARE(ic.requestCount(u"GET /admins"_s), readsBefore + 2);
        QCOMPARE(details.snapshot().adminAssignee, u"Admin %1"_s.arg(ic.agentAdminId()));
        QCOMPARE(details.snapshot().teamAssignee, QString());
        // Replies still arrive: the poller never waited for the names.
        ic.adminReply(conversation, u"<p>Still on it</p>"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto sent = h.world.telegram().sentMessages(alex.id);
                return !sent.isEmpty() && sent.last().value(u"text"_s).toString() == u"Still on it"_s;
            },
            10000));
        engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestConversationState)
#include "tst_conversationstate.moc"
