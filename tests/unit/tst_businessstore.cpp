// SPDX-License-Identifier: MIT
// Telegram Business in the store: connected accounts kept as Telegram last described them, and
// business chats under keys of their own, apart from the bot's chat with the same person.

#include "TestDatabase.h"
#include "store/BusinessRepository.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::store;

namespace {
QJsonObject connectionJson(const QString &id, qint64 owner, bool canReply, bool enabled)
{
    QJsonObject rights { { u"can_read_messages"_s, true } };
    if (canReply)
        rights.insert(u"can_reply"_s, true);
    return { { u"id"_s, id },
        { u"user"_s,
            QJsonObject { { u"id"_s, owner }, { u"is_bot"_s, false }, { u"first_name"_s, u"Olga"_s },
                { u"last_name"_s, u"Owner"_s }, { u"username"_s, u"olga_shop"_s } } },
        { u"user_chat_id"_s, owner }, { u"date"_s, 1760000000 }, { u"rights"_s, rights },
        { u"is_enabled"_s, enabled } };
}
} // namespace

class TestBusinessStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(tgic::test::databaseLocation(m_dir, u"business.sqlite3"_s)),
            qPrintable(m_db->error()));
    }
    void cleanup() { m_db.reset(); }

    void connectionsKeepTheLatestWord()
    {
        BusinessRepository business(*m_db);
        QVERIFY(business.saveConnection(connectionJson(u"bc1"_s, 5100000001, true, true), 1000));
        QVERIFY(business.saveConnection(connectionJson(u"bc2"_s, 5100000002, false, true), 1000));
        QVERIFY(business.saveConnection(connectionJson(u"bc1"_s, 5100000001, true, false), 2000));
        const auto list = business.connections();
        QCOMPARE(list.size(), 2);
        const auto first = business.connection(u"bc1"_s);
        QVERIFY(first);
        QCOMPARE(first->ownerUserId, 5100000001);
        QCOMPARE(first->ownerName, u"Olga Owner"_s);
        QCOMPARE(first->ownerUsername, u"olga_shop"_s);
        QCOMPARE(first->connectedAt, 1760000000000);
        QCOMPARE(first->updatedAt, 2000);
        QVERIFY(first->canReply);
        QVERIFY(!first->enabled);
        QVERIFY(first->rights.value(u"can_read_messages"_s).toBool());
        QVERIFY(!business.connection(u"bc2"_s)->canReply);
        QVERIFY(!business.connection(u"nope"_s));
    }

    void businessChatsHaveKeysOfTheirOwn()
    {
        BusinessRepository business(*m_db);
        const qint64 customer = 5200000001;
        const auto key = business.chatKey(u"bc1"_s, customer);
        QVERIFY(key);
        // Never a Telegram id, so never the bot chat with the same customer.
        QVERIFY(BusinessRepository::isBusinessChat(*key));
        QVERIFY(!BusinessRepository::isBusinessChat(customer));
        QVERIFY(!BusinessRepository::isBusinessChat(-1001234567890));
        QCOMPARE(business.chatKey(u"bc1"_s, customer), key); // stable
        const auto other = business.chatKey(u"bc2"_s, customer); // the same person, another account
        const auto second = business.chatKey(u"bc1"_s, 5200000002);
        QVERIFY(other && second);
        QVERIFY(*other != *key && *second != *key && *second != *other);
        const auto chat = business.chat(*other);
        QVERIFY(chat);
        QCOMPARE(chat->connectionId, u"bc2"_s);
        QCOMPARE(chat->telegramChatId, customer);
        QVERIFY(!business.chat(customer));

        QVERIFY(business.customerWrote(*key, 5000));
        QVERIFY(business.customerWrote(*key, 4000)); // an older message does not move it back
        QCOMPARE(business.chat(*key)->lastCustomerMessageAt, 5000);
    }
};

QTEST_GUILESS_MAIN(TestBusinessStore)
#include "tst_businessstore.moc"
