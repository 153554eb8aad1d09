// SPDX-License-Identifier: MIT
// Read marks in business chats against both emulators (and on PostgreSQL: tests/postgres): once
// an agent's reply reached a customer who wrote to the business account, their message shows as
// read to them, if the team asked for it and the account lets the bot. One readBusinessMessage
// per answered message, even across restarts; none without the option or the right.

#include "BusinessFixture.h"
#include "store/BusinessReadMarks.h"
#include "store/OutboxRepository.h"

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

using namespace tgic::test::business;

class TestBusinessReadMarks : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    static QString conversationOf(SyncHarness &h, const QString &connection)
    {
        return test::business::conversationOf(h, businessChat(h, connection, kCarla.id));
    }

    //! The agent answers; returns once Telegram has the answer (the positive signal every
    //! "no read mark" check below waits for).
    static void answer(SyncHarness &h, const QString &connection, const QString &text, int answersSoFar)
    {
        h.world.intercom().adminReply(conversationOf(h, connection), u"<p>%1</p>"_s.arg(text));
        syncUntilIdle(h);
        QCOMPARE(h.world.telegram().sentBusinessMessages(connection).size(), answersSoFar + 1);
    }

    static QList<qint64> marked(SyncHarness &h, const QString &connection)
    {
        QList<qint64> ids;
        for (const auto &mark : h.world.telegram().businessReadMarks(connection)) {
            if (mark.chatId == kCarla.id)
                ids << mark.messageId;
        }
        return ids;
    }

private Q_SLOTS:
    void offByDefaultNothingIsMarked()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner); // with can_read_messages
        tg.pushBusinessMessage(connection, kCarla, u"Do you ship to Graz?"_s);
        syncUntilIdle(h);
        answer(h, connection, u"We do"_s, 0);
        QCOMPARE(tg.requestCount(u"readBusinessMessage"_s), 0);
        QVERIFY(marked(h, connection).isEmpty());
    }

    void eachAnsweredMessageIsMarkedOnceAcrossRestarts()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        QVERIFY(store::BusinessReadMarks(*h.db).setEnabled(true, u"agent@example.com"_s));
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Hello?"_s); // message 1
        tg.pushBusinessMessage(connection, kCarla, u"Anyone there?"_s); // message 2
        syncUntilIdle(h);
        QVERIFY(marked(h, connection).isEmpty()); // nobody answered yet
        answer(h, connection, u"Yes, here"_s, 0);
        // The latest of what the reply answered; Telegram shows the earlier ones read with it.
        QCOMPARE(marked(h, connection), QList<qint64> { 2 });

        // A restart, and another answer to the same messages: nothing new to mark.
        h.reopenDatabase();
        syncUntilIdle(h);
        answer(h, connection, u"How can I help?"_s, 1);
        QCOMPARE(marked(h, connection), QList<qint64> { 2 });
        QCOMPARE(tg.requestCount(u"readBusinessMessage"_s), 1);

        // A new message and its answer: one more mark, through a transient failure.
        tg.pushBusinessMessage(connection, kCarla, u"The blue one, please"_s); // message 5
        syncUntilIdle(h);
        tg.failNext(u"readBusinessMessage"_s, 1, 502, u"Bad Gateway"_s);
        answer(h, connection, u"On its way"_s, 2);
        QCOMPARE(marked(h, connection), (QList<qint64> { 2, 5 }));
        QCOMPARE(tg.requestCount(u"readBusinessMessage"_s), 3); // the 502, then again
        h.reopenDatabase();
        syncUntilIdle(h);
        QCOMPARE(marked(h, connection), (QList<qint64> { 2, 5 }));
        QVERIFY(!h.scalar(u"SELECT 1 FROM outbox WHERE kind = 'read_mark' AND state <> 'done'"_s).isValid());
    }

    void aRefusedMarkIsRecordedAndNotRepeated()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        QVERIFY(store::BusinessReadMarks(*h.db).setEnabled(true, u"agent@example.com"_s));
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Hello?"_s);
        syncUntilIdle(h);
        tg.failNext(u"readBusinessMessage"_s, 1, 400, u"Bad Request: message not found"_s);
        answer(h, connection, u"Hi Carla"_s, 0);
        QCOMPARE(tg.requestCount(u"readBusinessMessage"_s), 1);
        QVERIFY2(h.scalar(u"SELECT last_error FROM outbox WHERE kind = 'read_mark' AND state = 'failed'"_s)
                     .toString()
                     .contains(u"message not found"_s),
            "the refusal is recorded on the row");
        // The reply itself was delivered; only its read mark failed.
        QCOMPARE(
            h.scalar(u"SELECT delivery FROM messages WHERE direction = 'out'"_s).toString(), u"delivered"_s);
        // Counted as what it is: a refused read mark, not a reply that failed to reach Telegram.
        store::OutboxRepository outbox(*h.db);
        const auto counts = outbox.counts(u"to_telegram"_s);
        QVERIFY(counts);
        QCOMPARE(counts->failed, 0);
        QCOMPARE(counts->refusedReadMarks, 1);
        QCOMPARE(outbox.failedCount(u"to_telegram"_s), 0);
        syncUntilIdle(h);
        QCOMPARE(tg.requestCount(u"readBusinessMessage"_s), 1);
    }

    void withoutTheRightNothingIsMarked()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        QVERIFY(store::BusinessReadMarks(*h.db).setEnabled(true, u"agent@example.com"_s));
        const QString connection = tg.connectBusiness(kOwner);
        tg.setBusinessCanReadMessages(connection, false);
        tg.pushBusinessMessage(connection, kCarla, u"Hello?"_s);
        syncUntilIdle(h);
        answer(h, connection, u"Hi Carla"_s, 0);
        QCOMPARE(tg.requestCount(u"readBusinessMessage"_s), 0);
        QVERIFY(!h.scalar(u"SELECT 1 FROM outbox WHERE kind = 'read_mark'"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestBusinessReadMarks)
#include "tst_businessreadmarks.moc"
