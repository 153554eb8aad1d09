// SPDX-License-Identifier: MIT
// Hostile input, end to end (also on PostgreSQL: tst_hostileinput_postgres): customers whose
// names and messages are built to break things (tests/support/HostileCustomers.h). Each one's
// message reaches the Intercom emulator byte for byte (a NUL aside), their next message arrives
// too, their contact carries their name, and the models hand the same text to the views.

#include "ChatListModel.h"
#include "HostileCustomers.h"
#include "MessageModel.h"
#include "SyncHarness.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace tgic;

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    static void pushAll(SyncHarness &h, bool followUps)
    {
        for (const test::HostileCustomer &c : test::hostileCustomers())
            h.world.telegram().pushMessage(c.user, followUps ? c.followUp : c.text);
    }

private Q_SLOTS:
    void everyCustomerArrivesByteForByte()
    {
        SyncHarness h;
        const QList<test::HostileCustomer> customers = test::hostileCustomers();
        pushAll(h, false); // all in one getUpdates batch
        auto run = h.runUntilIdle(h.fastConfig(), 60000);
        QVERIFY2(run.finished && run.failure == sync::FailureKind::None, qPrintable(run.message));
        // The pipeline went on after them: their next messages arrive as well.
        pushAll(h, true);
        run = h.runUntilIdle(h.fastConfig(), 60000);
        QVERIFY2(run.finished && run.failure == sync::FailureKind::None, qPrintable(run.message));

        for (const test::HostileCustomer &c : customers) {
            const QString contact = h.contactOf(c.user.id);
            QVERIFY2(!contact.isEmpty(), qPrintable(u"no contact for %1"_s.arg(c.user.id)));
            const QJsonObject found = h.world.intercom().contact(contact);
            QCOMPARE(found.value(u"name"_s).toString(), c.shownName);
            QCOMPARE(found.value(u"custom_attributes"_s).toObject().value(u"telegram_user_id"_s).toString(),
                QString::number(c.user.id));
            // What the client sent, exactly as each request carried it.
            QCOMPARE(h.world.intercom().receivedFrom(contact), QStringList({ c.shownText, c.followUp }));
            QCOMPARE(h.contactsAnchoredTo(c.user.id).size(), 1);
        }
        // Nothing quarantined, nothing failed. Both updates of the customer whose name holds a
        // NUL are marked repaired (the name comes with every message), nobody else's.
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM quarantine"_s).toInt(), 0);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM outbox WHERE state <> 'done'"_s).toInt(), 0);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM telegram_updates WHERE text_repaired = 1"_s).toInt(), 2);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM telegram_updates WHERE text_repaired = 0"_s).toInt(),
            int(customers.size()) * 2 - 2);
    }

    void theModelsHandTheViewsTheSameText()
    {
        SyncHarness h;
        pushAll(h, false);
        const auto run = h.runUntilIdle(h.fastConfig(), 60000);
        QVERIFY2(run.finished && run.failure == sync::FailureKind::None, qPrintable(run.message));

        models::ChatListModel chats(*h.db);
        QAbstractItemModelTester chatTester(&chats, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(chats.rowCount(), int(test::hostileCustomers().size()));
        models::MessageModel messages(*h.db);
        QAbstractItemModelTester messageTester(
            &messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const test::HostileCustomer &c : test::hostileCustomers()) {
            const int row = chats.rowOfChat(c.user.id);
            QVERIFY(row >= 0);
            const QModelIndex index = chats.index(row);
            QCOMPARE(index.data(models::ChatListModel::TitleRole).toString(), c.shownName);
            QCOMPARE(index.data(models::ChatListModel::TelegramUserIdRole).toLongLong(), c.user.id);
            messages.setChatId(c.user.id);
            QTRY_COMPARE(messages.rowCount(), 1);
            QCOMPARE(messages.index(0).data(Qt::DisplayRole).toString(), c.shownText);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
