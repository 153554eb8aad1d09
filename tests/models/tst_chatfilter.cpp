// SPDX-License-Identifier: MIT
// The search predicate: what an agent types and which chats it finds, in C++ and in SQL alike.

#include "CacheFixture.h"
#include "ChatFilter.h"

using namespace Qt::StringLiterals;
using tgic::models::ChatFilter;
using tgic::models::ChatSearchFields;

class TestChatFilter : public QObject
{
    Q_OBJECT

private:
    static ChatSearchFields sam()
    {
        return { u"Sam Carter"_s, u"sam_the_builder"_s, 6023456789, u"Samuel Carter"_s,
            u"sam@example.com"_s };
    }

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces only") << u"   "_s << true;
        QTest::newRow("lone at sign") << u"@"_s << true;
        QTest::newRow("name, any case") << u"cARTer"_s << true;
        QTest::newRow("username without @") << u"builder"_s << true;
        QTest::newRow("username with @") << u"@sam_the"_s << true;
        QTest::newRow("@ means username only") << u"@carter"_s << false;
        QTest::newRow("telegram id prefix") << u"6023"_s << true;
        QTest::newRow("telegram id is a prefix match") << u"3456789"_s << false;
        QTest::newRow("contact email") << u"example.com"_s << true;
        QTest::newRow("contact name") << u"samuel"_s << true;
        QTest::newRow("every term must match") << u"sam zed"_s << false;
        QTest::newRow("terms in any field") << u"carter example"_s << true;
        QTest::newRow("underscore is literal") << u"sam_t"_s << true;
        QTest::newRow("underscore is not a wildcard") << u"samXthe"_s << false;
        QTest::newRow("percent is literal") << u"100%"_s << false;
        QTest::newRow("nothing") << u"zzz"_s << false;
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(ChatFilter(text).matches(sam()), match);
    }

    void setTextReportsChanges()
    {
        ChatFilter f;
        QVERIFY(!f.setText(u""_s));
        QVERIFY(f.setText(u"sam"_s));
        QVERIFY(!f.setText(u"sam "_s)); // same terms: no refilter needed
        QVERIFY(!f.setText(u"  sam"_s));
        QVERIFY(f.setText(u"sam c"_s));
        QCOMPARE(f.terms(), (QStringList { u"sam"_s, u"c"_s }));
        QVERIFY(f.setText(u""_s));
        QVERIFY(f.isEmpty());
    }

    // The SQL clause must select exactly the chats the C++ predicate accepts.
    void sqlAgreesWithPredicate_data() { matches_data(); }
    void sqlAgreesWithPredicate()
    {
        QFETCH(QString, text);
        tgic::test::CacheFixture cache;
        cache.addCustomer(6023456789, u"Sam"_s, u"Carter"_s, u"sam_the_builder"_s, 1000);
        cache.link(6023456789, u"c1"_s, u"Samuel Carter"_s, u"sam@example.com"_s);
        cache.addCustomer(5012345678, u"Alex"_s, {}, {}, 2000);

        const ChatFilter filter(text);
        QVariantList binds;
        QSqlQuery q(cache.db->connection());
        q.prepare(
            u"SELECT c.chat_id FROM chats c LEFT JOIN mappings m ON m.telegram_user_id = c.telegram_user_id"
            " LEFT JOIN contacts k ON k.intercom_contact_id = m.intercom_contact_id WHERE "_s
            + filter.whereClause(binds));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QList<qint64> fromSql;
        while (q.next())
            fromSql << q.value(0).toLongLong();
        std::sort(fromSql.begin(), fromSql.end());

        QList<qint64> fromPredicate;
        if (filter.matches({ u"Alex"_s, {}, 5012345678, {}, {} }))
            fromPredicate << 5012345678;
        if (filter.matches(sam()))
            fromPredicate << 6023456789;
        QCOMPARE(fromSql, fromPredicate);
    }
};

QTEST_GUILESS_MAIN(TestChatFilter)
#include "tst_chatfilter.moc"
