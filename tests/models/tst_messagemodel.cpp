// SPDX-License-Identifier: MIT
// One chat's history: newest page first, older pages on demand (one at a time, never for a chat
// no longer shown), new messages and delivery states live.

#include "CacheFixture.h"
#include "MessageModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using tgic::models::MessageModel;

class TestMessageModel : public QObject
{
    Q_OBJECT

private:
    // Chat 7 with 120 messages "m1".."m120" one second apart; chat 8 with two.
    static void fill(tgic::test::CacheFixture &cache)
    {
        cache.addCustomer(7, u"Seven"_s, {}, {}, 120000);
        cache.addCustomer(8, u"Eight"_s, {}, {}, 2000);
        QVERIFY(cache.db->transaction());
        for (int i = 1; i <= 120; ++i)
            cache.addMessage(7, i * 1000, u"m%1"_s.arg(i), u"delivered"_s);
        cache.addMessage(8, 1000, u"eight one"_s);
        cache.addMessage(8, 2000, u"eight two"_s);
        QVERIFY(cache.db->commit());
    }

    static QString text(const MessageModel &m, int row)
    {
        return m.index(row).data(MessageModel::TextRole).toString();
    }

private Q_SLOTS:
    void opensOnTheNewestPage()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        MessageModel model(*cache.db);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // no chat
        model.setChatId(7);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(text(model, 0), u"m71"_s); // oldest at the top
        QCOMPARE(text(model, 49), u"m120"_s); // newest at the bottom
        QVERIFY(model.canFetchMore({}));
    }

    void testerFollowsTheWholeHistory()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        MessageModel model(*cache.db);
        // The tester asks for more after every change, so the history pages in to the first message.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChatId(7);
        QTRY_COMPARE(model.rowCount(), 120);
        QCOMPARE(text(model, 0), u"m1"_s);
        cache.customerWrites(7, 999999, u"m121"_s);
        QCOMPARE(text(model, 120), u"m121"_s);
        model.setChatId(8);
        QTRY_COMPARE(model.rowCount(), 2);
    }

    void olderPagesLoadOneAtATime()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        MessageModel model(*cache.db);
        model.setChatId(7);
        QSignalSpy older(&model, &MessageModel::olderLoaded);
        model.fetchMore({});
        QVERIFY(model.isFetching());
        QVERIFY(!model.canFetchMore({})); // in flight: a second request is refused
        model.fetchMore({});
        QVERIFY(older.wait());
        QCOMPARE(older.size(), 1);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(text(model, 0), u"m21"_s);
        QCOMPARE(text(model, 99), u"m120"_s);
        model.fetchMore({});
        QVERIFY(older.wait());
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(text(model, 0), u"m1"_s);
        QVERIFY(model.reachedBeginning());
        QVERIFY(!model.canFetchMore({})); // the first message is loaded: the end guard
    }

    void aPageForAChatNoLongerShownIsDropped()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        MessageModel model(*cache.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChatId(7);
        model.fetchMore({});
        model.setChatId(8);
        // Chat 7's page was queued before this marker: once the marker has run, so has it.
        bool oldPageHandled = false;
        QTimer::singleShot(0, &model, [&] { oldPageHandled = true; });
        QTRY_VERIFY(oldPageHandled);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0), u"eight one"_s);
        QVERIFY(!model.isFetching());
    }

    void newMessagesAppendAndDeliveryUpdatesInPlace()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        MessageModel model(*cache.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChatId(8);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const qint64 id = cache.customerWrites(8, 3000, u"eight three"_s);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), 2);
        QCOMPARE(model.index(2).data(MessageModel::DeliveryRole).toString(), u"queued"_s);

        cache.exec(
            u"UPDATE messages SET delivery = 'failed', delivery_error = 'Intercom said no' WHERE id = ?"_s,
            { id });
        cache.db->notifyChanged(tgic::store::Topic::Messages, { 8 });
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 2);
        const auto roles = changes.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(MessageModel::DeliveryRole));
        QVERIFY(!roles.contains(MessageModel::TextRole));
        QCOMPARE(model.index(2).data(MessageModel::DeliveryErrorRole).toString(), u"Intercom said no"_s);

        cache.exec(
            u"UPDATE messages SET text = 'eight three (edited)', edited_at = 3500 WHERE id = ?"_s, { id });
        cache.db->notifyChanged(tgic::store::Topic::Messages, { 8 });
        QVERIFY(model.index(2).data(MessageModel::IsEditedRole).toBool());
        QCOMPARE(text(model, 2), u"eight three (edited)"_s);

        // Other chats' changes are ignored.
        cache.customerWrites(7, 999999, u"elsewhere"_s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(resets.size(), 0);
    }

    void mediaAreMarked()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(9, u"Nine"_s, {}, {}, 1);
        cache.addMessage(9, 1, u"[photo]"_s, u"delivered"_s, u"photo"_s);
        cache.addMessage(9, 2, u"[giveaway_winners]"_s, u"delivered"_s, u"giveaway_winners"_s);
        cache.addMessage(9, 3, u"hello"_s, u"delivered"_s, u"text"_s);
        MessageModel model(*cache.db);
        model.setChatId(9);
        QVERIFY(model.index(0).data(MessageModel::IsMediaRole).toBool());
        QCOMPARE(model.index(0).data(MessageModel::KindRole).toString(), u"photo"_s);
        QCOMPARE(model.index(0).data(MessageModel::MediaLabelRole).toString(), u"Photo"_s);
        QVERIFY(!model.index(0).data(MessageModel::IsOutgoingRole).toBool());
        // A kind newer than the app is named by what Telegram called it.
        QCOMPARE(model.index(1).data(MessageModel::MediaLabelRole).toString(),
            u"Unsupported message (giveaway_winners)"_s);
        QVERIFY(!model.index(2).data(MessageModel::IsMediaRole).toBool());
        QVERIFY(model.index(2).data(MessageModel::MediaLabelRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
