// SPDX-License-Identifier: MIT
// The chat list as an agent sees it: newest activity first, paged, searchable, and alive —
// a customer who writes moves to the top, a new customer appears, a link shows its badge.

#include "CacheFixture.h"
#include "ChatListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using tgic::models::ChatListModel;

class TestChatListModel : public QObject
{
    Q_OBJECT

private:
    static qint64 idAt(const ChatListModel &m, int row) { return m.chatIdAt(row); }

    // 450 customers, customer i last active at i * 10: the newest is 450.
    // Pages arrive from the event loop.
    static void fetchPage(ChatListModel &m)
    {
        QSignalSpy page(&m, &ChatListModel::pageLoaded);
        m.fetchMore({});
        QVERIFY(page.wait(2000));
    }

    static void fill(tgic::test::CacheFixture &cache, int n = 450)
    {
        QVERIFY(cache.db->transaction());
        for (int i = 1; i <= n; ++i)
            cache.addCustomer(i, u"Customer"_s, QString::number(i), u"user%1"_s.arg(i), i * 10);
        QVERIFY(cache.db->commit());
    }

private Q_SLOTS:
    void pagesNewestFirst()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        ChatListModel model(*cache.db);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(idAt(model, 0), 450);
        QCOMPARE(idAt(model, 199), 251);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.isFetching());
        QVERIFY(!model.canFetchMore({})); // one page in flight at a time
        QCOMPARE(model.rowCount(), 200);
        QTRY_COMPARE(model.rowCount(), 400);
        QCOMPARE(idAt(model, 200), 250);
        fetchPage(model);
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(idAt(model, 449), 1);
        model.fetchMore({}); // at the end: nothing happens
        QCOMPARE(model.rowCount(), 450);
    }

    void aPageForAnOldSearchIsDropped()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        ChatListModel model(*cache.db);
        model.fetchMore({});
        model.setFilterText(u"user45"_s);
        // The old page's load was queued before this marker: once the marker has run, so has it.
        bool oldPageHandled = false;
        QTimer::singleShot(0, &model, [&] { oldPageHandled = true; });
        QTRY_VERIFY(oldPageHandled);
        QCOMPARE(model.rowCount(), 2); // user45 and user450, nothing from the old page
    }

    void testerFollowsPagingSearchAndUpdates()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        ChatListModel model(*cache.db);
        // The tester itself asks for more after every change: the whole list pages in.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 450);
        model.setFilterText(u"customer"_s);
        QTRY_COMPARE(model.rowCount(), 450);
        cache.customerWrites(3, 100000, u"hello"_s);
        QCOMPARE(idAt(model, 0), 3);
        model.setFilterText(u"user1"_s);
        QTRY_COMPARE(model.rowCount(), 1 + 10 + 100);
    }

    void rolesCarryWhatTheListShows()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(6023456789, u"Sam"_s, {}, u"sam_the_builder"_s, 5000, u"invoice 1042?"_s, 3);
        cache.link(6023456789, u"c-sam"_s, u"Sam Contact"_s, u"sam@example.com"_s);
        ChatListModel model(*cache.db);
        const QModelIndex i = model.index(0);
        QCOMPARE(i.data(Qt::DisplayRole).toString(), u"Sam"_s);
        QCOMPARE(i.data(ChatListModel::UsernameRole).toString(), u"sam_the_builder"_s);
        QCOMPARE(i.data(ChatListModel::TelegramUserIdRole).toLongLong(), 6023456789);
        QCOMPARE(i.data(ChatListModel::PreviewRole).toString(), u"invoice 1042?"_s);
        QCOMPARE(i.data(ChatListModel::UnreadCountRole).toInt(), 3);
        QCOMPARE(i.data(ChatListModel::LastActivityMsRole).toLongLong(), 5000);
        QCOMPARE(i.data(ChatListModel::MappingStateRole).toString(), u"linked"_s);
        QVERIFY(ChatListModel::mappingStateOf(i) == tgic::models::MappingState::Linked);
        QCOMPARE(i.data(ChatListModel::ContactIdRole).toString(), u"c-sam"_s);
        QCOMPARE(i.data(ChatListModel::ContactEmailRole).toString(), u"sam@example.com"_s);
        QVERIFY(i.data(Qt::AccessibleTextRole).toString().contains(u"6023456789"_s));
        QVERIFY(model.roleNames().values().contains("mappingState"));
    }

    void searchFiltersInSql()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        cache.addCustomer(6023456789, u"Sam"_s, {}, u"sam_the_builder"_s, 1);
        cache.addCustomer(5012345678, u"Alex"_s, {}, {}, 2);
        cache.link(5012345678, u"c-alex"_s, u"Alex Morgan"_s, u"alex.morgan@example.com"_s);
        ChatListModel model(*cache.db);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.setFilterText(u"sam"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), 6023456789);
        QVERIFY(!model.setFilterText(u"sam "_s)); // same terms: no refilter
        QCOMPARE(resets.size(), 1);

        model.setFilterText(u"@sam_the"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(u"alex.morgan@"_s); // the linked contact's email
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), 5012345678);
        model.setFilterText(u"50123"_s); // a Telegram ID prefix
        QCOMPARE(model.rowCount(), 1);
        model.setFilterText(u"user4"_s); // user4, user40..49, user400..450
        QCOMPARE(model.rowCount(), 1 + 10 + 51);
        QCOMPARE(idAt(model, 0), 450);
        model.setFilterText(u"customer"_s); // more than a page: paged like the full list
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.setFilterText(u"nobody"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText({});
        QCOMPARE(model.rowCount(), 200);
    }

    void customerWritingMovesToTheTop()
    {
        tgic::test::CacheFixture cache;
        fill(cache, 10);
        ChatListModel model(*cache.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(idAt(model, 9), 1);

        cache.customerWrites(1, 1000, u"still there?"_s);
        QCOMPARE(moves.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(idAt(model, 0), 1);
        QCOMPARE(idAt(model, 1), 10);
        QCOMPARE(model.index(0).data(ChatListModel::PreviewRole).toString(), u"still there?"_s);
        QCOMPARE(model.index(0).data(ChatListModel::UnreadCountRole).toInt(), 2);
        const auto roles = changes.last().at(2).value<QList<int>>();
        QVERIFY(roles.contains(ChatListModel::PreviewRole));
        QVERIFY(roles.contains(ChatListModel::UnreadCountRole));
        QVERIFY(!roles.contains(ChatListModel::TitleRole)); // only what changed

        // Writing again while on top changes data, not positions.
        cache.customerWrites(1, 1100, u"hello?"_s);
        QCOMPARE(moves.size(), 1);
        QCOMPARE(idAt(model, 0), 1);
    }

    void newCustomerIsInsertedNotReset()
    {
        tgic::test::CacheFixture cache;
        fill(cache, 10);
        ChatListModel model(*cache.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        cache.addCustomer(999, u"Newcomer"_s, {}, {}, 5000);
        cache.db->notifyChanged(tgic::store::Topic::Chats, { 999 });
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(idAt(model, 0), 999);
    }

    void chatBeyondLoadedPagesComesWithItsPage()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        ChatListModel model(*cache.db);
        // Customer 5 sits on the third page; a write brings it to the top at once.
        cache.customerWrites(5, 100000, u"back again"_s);
        QCOMPARE(model.rowCount(), 201);
        QCOMPARE(idAt(model, 0), 5);
        // and paging does not show it twice
        while (model.canFetchMore({}))
            fetchPage(model);
        QCOMPARE(model.rowCount(), 450);
        // An old chat changing where it is not loaded yet is left to paging.
        tgic::test::CacheFixture cache2;
        fill(cache2);
        ChatListModel model2(*cache2.db);
        cache2.exec(u"UPDATE chats SET title = 'Renamed' WHERE chat_id = 3"_s);
        cache2.db->notifyChanged(tgic::store::Topic::Chats, { 3 });
        QCOMPARE(model2.rowCount(), 200);
    }

    // The search runs over an index read on a worker thread; it stays current, and a search that
    // comes before it is ready still finds everything, case folded beyond ASCII.
    void searchIndexIsReadInTheBackgroundAndStaysCurrent()
    {
        tgic::test::CacheFixture cache;
        fill(cache);
        ChatListModel model(*cache.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isSearchIndexReady());
        cache.exec(u"UPDATE chats SET title = 'Мария Петрова' WHERE chat_id = 7"_s);
        cache.db->notifyChanged(tgic::store::Topic::Chats, { 7 });
        QSignalSpy ready(&model, &ChatListModel::searchIndexReady);
        QVERIFY(ready.wait(5000));
        QVERIFY(model.isSearchIndexReady());
        model.setFilterText(u"мария"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), 7);
        // A chat renamed now joins the results, in its place by activity.
        cache.exec(u"UPDATE chats SET title = 'МАРИЯ Two' WHERE chat_id = 300"_s);
        cache.db->notifyChanged(tgic::store::Topic::Chats, { 300 });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(idAt(model, 0), 300);
        // …and one that no longer matches leaves.
        cache.exec(u"UPDATE chats SET title = 'Someone else' WHERE chat_id = 7"_s);
        cache.db->notifyChanged(tgic::store::Topic::Chats, { 7 });
        QCOMPARE(model.rowCount(), 1);

        ChatListModel early(*cache.db); // searched at once: the index is read there and then
        early.setFilterText(u"мАрИя"_s);
        QVERIFY(early.isSearchIndexReady());
        QCOMPARE(early.rowCount(), 1);
        QCOMPARE(early.chatIdAt(0), 300);
    }

    void liveUpdatesRespectTheSearch()
    {
        tgic::test::CacheFixture cache;
        fill(cache, 10);
        ChatListModel model(*cache.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilterText(u"user1"_s); // user1 and user10
        QCOMPARE(model.rowCount(), 2);
        cache.customerWrites(7, 1000, u"not for this search"_s);
        QCOMPARE(model.rowCount(), 2);
        cache.customerWrites(1, 1001, u"for this search"_s);
        QCOMPARE(idAt(model, 0), 1);
        // A rename that stops matching removes the row.
        cache.exec(u"UPDATE chats SET username = 'renamed' WHERE chat_id = 10"_s);
        cache.db->notifyChanged(tgic::store::Topic::Chats, { 10 });
        QCOMPARE(model.rowCount(), 1);
    }

    void mappingChangeUpdatesTheBadge()
    {
        tgic::test::CacheFixture cache;
        fill(cache, 5);
        ChatListModel model(*cache.db);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const int row = model.rowOfChat(3);
        QCOMPARE(model.index(row).data(ChatListModel::MappingStateRole).toString(), u"pending"_s);
        cache.link(3, u"c3"_s, u"Three"_s, u"three@example.com"_s);
        cache.db->notifyChanged(
            tgic::store::Topic::Mappings, { 3 }); // mapping topics carry Telegram user ids
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), row);
        QVERIFY(changes.first().at(2).value<QList<int>>().contains(ChatListModel::MappingStateRole));
        QVERIFY(changes.first().at(2).value<QList<int>>().contains(ChatListModel::MappingStateValueRole));
        // What a screen reader says for the row names the state: it changed too.
        QVERIFY(changes.first().at(2).value<QList<int>>().contains(Qt::AccessibleTextRole));
        QVERIFY(model.index(row)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(ChatListModel::mappingStateText(tgic::models::MappingState::Linked)));
        QCOMPARE(model.index(row).data(ChatListModel::MappingStateRole).toString(), u"linked"_s);
        QVERIFY(ChatListModel::mappingStateOf(model.index(row)) == tgic::models::MappingState::Linked);
        QCOMPARE(model.index(row).data(ChatListModel::ContactEmailRole).toString(), u"three@example.com"_s);
    }

    void markReadClearsTheCount()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(42, u"Reader"_s, {}, {}, 10, u"hi"_s, 4);
        ChatListModel model(*cache.db);
        model.markRead(42);
        QCOMPARE(model.index(0).data(ChatListModel::UnreadCountRole).toInt(), 0);
        QCOMPARE(cache.scalar(u"SELECT unread_count FROM chats WHERE chat_id = 42"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChatListModel)
#include "tst_chatlistmodel.moc"
