// SPDX-License-Identifier: MIT
// The search predicate: what an agent types and which chats it finds, field by field and
// through the chat list's in-memory index alike.

#include "CacheFixture.h"
#include "ChatFilter.h"
#include "ChatListModel.h"

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
        QTest::newRow("id digits inside a name field only") << u"789"_s << false;
    }

    // SQLite's LIKE folds ASCII only; the search folds all of Unicode.
    void nonAsciiNamesIgnoreCase()
    {
        const ChatSearchFields maria { u"Мария Иванова"_s, u"masha"_s, 5123, u"María José Ñúñez"_s,
            u"MARIA@EXAMPLE.RU"_s };
        QVERIFY(ChatFilter(u"мария"_s).matches(maria));
        QVERIFY(ChatFilter(u"МАРИЯ иванова"_s).matches(maria));
        QVERIFY(ChatFilter(u"maría"_s).matches(maria));
        QVERIFY(ChatFilter(u"ÑÚÑEZ"_s).matches(maria));
        QVERIFY(ChatFilter(u"maria@example"_s).matches(maria));
        QVERIFY(!ChatFilter(u"марина"_s).matches(maria));
        // A separator typed into the box cannot join two fields.
        QVERIFY(!ChatFilter(u"masha\x1f\u043c"_s).matches(maria));
        // …nor can one inside a field.
        const ChatSearchFields odd { u"Odd\x1fName"_s, u"user\x1fname"_s, 42, {}, {} };
        QVERIFY(ChatFilter(u"odd"_s).matches(odd));
        QVERIFY(ChatFilter(u"@name"_s).matches(odd));
        QVERIFY(!ChatFilter(u"@odd"_s).matches(odd));
        QVERIFY(ChatFilter(u"42"_s).matches(odd));
    }

    void keysMatchLikeFields_data() { matches_data(); }
    void keysMatchLikeFields()
    {
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(ChatFilter(text).matches(ChatFilter::searchKey(sam())), match);
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

    // The chat list (index, then SQL for the page) must show exactly the chats the predicate accepts.
    void chatListAgreesWithPredicate_data()
    {
        matches_data();
        QTest::newRow("cyrillic, lower case") << u"мария"_s << false;
    }
    void chatListAgreesWithPredicate()
    {
        QFETCH(QString, text);
        tgic::test::CacheFixture cache;
        cache.addCustomer(6023456789, u"Sam"_s, u"Carter"_s, u"sam_the_builder"_s, 1000);
        cache.link(6023456789, u"c1"_s, u"Samuel Carter"_s, u"sam@example.com"_s);
        cache.addCustomer(5012345678, u"Alex"_s, {}, {}, 2000);
        cache.addCustomer(7000000001, u"Мария"_s, u"Иванова"_s, {}, 3000);

        tgic::models::ChatListModel model(*cache.db);
        model.setFilterText(text);
        QList<qint64> listed;
        for (int row = 0; row < model.rowCount(); ++row)
            listed << model.chatIdAt(row);
        std::sort(listed.begin(), listed.end());

        const ChatFilter filter(text);
        QList<qint64> accepted;
        if (filter.matches({ u"Alex"_s, {}, 5012345678, {}, {} }))
            accepted << 5012345678;
        if (filter.matches(sam()))
            accepted << 6023456789;
        if (filter.matches({ u"Мария Иванова"_s, {}, 7000000001, {}, {} }))
            accepted << 7000000001;
        QCOMPARE(listed, accepted);
        if (text == u"мария"_s)
            QCOMPARE(listed, QList<qint64> { 7000000001 });
    }
};

QTEST_GUILESS_MAIN(TestChatFilter)
#include "tst_chatfilter.moc"
