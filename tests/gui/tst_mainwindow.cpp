// SPDX-License-Identifier: MIT
// The main window against the sandbox, as an agent uses it: the customers appear, a click shows
// the history and the linked contact, typing filters, and a rename shows up live.

#include "ChatListModel.h"
#include "ChatListPane.h"
#include "ContactDetails.h"
#include "ContactPanel.h"
#include "ConversationView.h"
#include "DesktopHarness.h"
#include "MainWindow.h"
#include "MessageModel.h"
#include "SyncStatus.h"
#include "SyncStatusBar.h"
#include "TeamDatabaseForm.h"
#include "TokenForm.h"
#include "sync/IntercomPartPoller.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace tgic;
using models::ChatListModel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    //! The app as GuiApp composes it (test::DesktopHarness), in sandbox dress.
    struct Running : test::DesktopHarness
    {
        Running()
        {
            window->setSandbox(true);
            start();
        }
        QListView *chatList() const { return window->chatListPane()->listView(); }
        QLineEdit *search() const { return window->chatListPane()->searchField(); }
        QString field(const QString &name) const { return window->contactPanel()->field(name)->text(); }
        void clickChat(qint64 chatId) const
        {
            const int row = window->chatModel()->rowOfChat(chatId);
            QVERIFY(row >= 0);
            const QRect rect = chatList()->visualRect(window->chatModel()->index(row));
            QTest::mouseClick(chatList()->viewport(), Qt::LeftButton, {}, rect.center());
        }
        //! Sam (the sandbox's renamer) writes "Hello" and the agent opens the chat. The caller
        //! checks QTest::currentTestFailed() after it.
        void samWritesAndIsOpened()
        {
            const qint64 sam = sandbox::persona::renamer().id;
            h.world.telegram().pushMessage(sandbox::persona::renamer(), u"Hello"_s);
            QTRY_VERIFY_WITH_TIMEOUT(window->chatModel()->rowOfChat(sam) >= 0, 15000);
            clickChat(sam);
            QCOMPARE(field(u"username"_s), u"@sam_the_builder"_s);
        }
    };

private Q_SLOTS:
    void theTitleNamesTheAppOnce()
    {
        QApplication::setApplicationDisplayName(u"Telegram ⇄ Intercom"_s);
        Running r;
        // What the window manager shows: Qt appends " — " and the display name to a title that
        // does not already end with it (QPlatformWindow::formatWindowTitle).
        const QString name = QApplication::applicationDisplayName();
        const QString title = r.window->windowTitle();
        const QString shown = title.endsWith(name) ? title : title + u" — "_s + name;
        QCOMPARE(shown.count(name), 1);
        QCOMPARE(shown, u"Sandbox — Telegram ⇄ Intercom"_s);
        r.window->setSandbox(false);
        QCOMPARE(r.window->windowTitle(), name);
    }

    void teamDatabaseSettingsKeepThePasswordOutOfTheUrl()
    {
        ui::TeamDatabaseForm form;
        QVERIFY(form.url().isEmpty()); // single seat until switched on
        form.setUrl(
            u"postgresql://tgic@db.example.internal:6543/support?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s);
        QVERIFY(form.findChild<QCheckBox *>(u"teamEnabled"_s)->isChecked());
        QCOMPARE(form.findChild<QLineEdit *>(u"teamHost"_s)->text(), u"db.example.internal"_s);
        form.findChild<QLineEdit *>(u"teamPassword"_s)->setText(u"s3cret"_s);
        const QUrl url(form.url());
        QCOMPARE(url.host(), u"db.example.internal"_s);
        QCOMPARE(url.port(), 6543);
        QCOMPARE(url.path(), u"/support"_s);
        QCOMPARE(url.userName(), u"tgic"_s);
        QVERIFY(url.password().isEmpty());
        QVERIFY(!form.url().contains(u"s3cret"_s));
        QCOMPARE(form.password(), u"s3cret"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"sslmode"_s), u"verify-full"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"sslrootcert"_s), u"/etc/ca.pem"_s);
        form.findChild<QCheckBox *>(u"teamEnabled"_s)->setChecked(false);
        QVERIFY(form.url().isEmpty());
    }

    void showsTheSandboxCustomers()
    {
        Running r;
        QVERIFY(QTest::qWaitForWindowExposed(r.window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(r.window->syncStatusBar()->stateText().contains(u"Connected"_s), 10000);
        r.h.world.playAll();
        // 10 scripted steps from 7 different Telegram users.
        QTRY_COMPARE_WITH_TIMEOUT(r.window->chatModel()->rowCount(), 7, 15000);
        QVERIFY(r.chatList()->isVisible());
        // Newest activity first.
        for (int row = 1; row < r.window->chatModel()->rowCount(); ++row)
            QVERIFY(r.window->chatModel()->index(row - 1).data(ChatListModel::LastActivityMsRole).toLongLong()
                >= r.window->chatModel()->index(row).data(ChatListModel::LastActivityMsRole).toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(r.window->syncStatusBar()->outboxText() == u"Outbox empty"_s, 15000);
        QVERIFY(r.window->syncStatusBar()->rateText().contains(u"of"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            r.window->chatModel()->index(0).data(ChatListModel::MappingStateRole).toString(), u"linked"_s,
            15000);
        QVERIFY(!r.window->grab().isNull());
    }

    void selectingAChatShowsItsHistoryAndContact()
    {
        Running r;
        r.h.world.playAll();
        const qint64 sam = sandbox::persona::renamer().id;
        QTRY_VERIFY_WITH_TIMEOUT(r.window->chatModel()->rowOfChat(sam) >= 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(r.window->syncStatus()->pendingCount() == 0, 15000);
        r.clickChat(sam);
        QCOMPARE(r.window->messageModel()->chatId(), sam);
        QListView *messages = r.window->conversationView()->listView();
        QTRY_COMPARE(messages->model()->rowCount(), 2);
        QCOMPARE(messages->model()->index(0, 0).data().toString(),
            u"Hello, I have a question about invoice 1042."_s);
        QTRY_COMPARE(messages->model()->index(1, 0).data(models::MessageModel::DeliveryRole).toString(),
            u"delivered"_s);
        QVERIFY(messages->isVisible());

        // The contact anchored on Sam's Telegram ID, with the rename in the history.
        QCOMPARE(r.field(u"contactId"_s), r.h.contactOf(sam));
        QCOMPARE(r.field(u"telegramId"_s), QString::number(sam));
        QCOMPARE(r.field(u"channel"_s), u"Chat with the bot"_s);
        QCOMPARE(r.field(u"username"_s), u"@samuel_builds"_s);
        QCOMPARE(r.field(u"role"_s), u"lead"_s);
        QCOMPARE(r.field(u"anchor"_s), QString::number(sam));
        QTRY_VERIFY(r.window->contactDetails()->history()->rowCount() >= 2);
        // The engine learnt the workspace id: the web-app button works.
        auto *open = r.window->contactPanel()->findChild<QPushButton *>(u"openInIntercom"_s);
        QTRY_VERIFY(open->isEnabled());
        QCOMPARE(open->toolTip(),
            u"https://app.intercom.com/a/apps/tgicsandbox/users/%1/all-conversations"_s.arg(
                r.h.contactOf(sam)));
        // Looking at it clears the unread count.
        QCOMPARE(r.window->chatModel()
                     ->index(r.window->chatModel()->rowOfChat(sam))
                     .data(ChatListModel::UnreadCountRole)
                     .toInt(),
            0);
    }

    void typingFiltersTheList()
    {
        Running r;
        r.h.world.playAll();
        QTRY_COMPARE_WITH_TIMEOUT(r.window->chatModel()->rowCount(), 7, 15000);
        // Ctrl+F puts the cursor in the search box.
        r.chatList()->setFocus();
        QTest::keyClick(r.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(r.search()->hasFocus());
        QTest::keyClicks(r.search(), u"northwind"_s);
        QCOMPARE(r.window->chatModel()->rowCount(), 1);
        // Northwind wrote to the shop's business account: a business chat, under a key of its own.
        const qint64 northwind = r.h.scalar(u"SELECT chat_id FROM chats WHERE telegram_user_id = ?"_s,
                                        { sandbox::persona::businessAccount().id })
                                     .toLongLong();
        QVERIFY(northwind != sandbox::persona::businessAccount().id);
        QCOMPARE(r.window->chatModel()->chatIdAt(0), northwind);
        QVERIFY(r.window->chatModel()->index(0).data(ChatListModel::BusinessChatRole).toBool());
        // Down moves into the results and opens the first one.
        QTest::keyClick(r.search(), Qt::Key_Down);
        QVERIFY(r.chatList()->hasFocus());
        QCOMPARE(r.window->messageModel()->chatId(), northwind);
        // The panel says which chat this is: the shop's business account, not the bot.
        QTRY_COMPARE(r.field(u"channel"_s), u"Business chat with Sandbox Shop (@sandbox_shop)"_s);

        r.search()->clear();
        QCOMPARE(r.window->chatModel()->rowCount(), 7);
        QTest::keyClicks(r.search(), u"@dima"_s); // two accounts, same username over time
        QCOMPARE(r.window->chatModel()->rowCount(), 2);
        r.search()->setText(u"7123456"_s); // a Telegram ID prefix
        QCOMPARE(r.window->chatModel()->rowCount(), 1);
        r.search()->setText(u"no such customer"_s);
        QCOMPARE(r.window->chatModel()->rowCount(), 0);
        auto *empty = r.window->chatListPane()->findChild<QLabel *>(u"chatListEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(!r.chatList()->isVisible());
    }

    void arrowsMoveBetweenChats()
    {
        Running r;
        r.h.world.playAll();
        QTRY_COMPARE_WITH_TIMEOUT(r.window->chatModel()->rowCount(), 7, 15000);
        r.chatList()->setFocus();
        r.chatList()->setCurrentIndex(r.window->chatModel()->index(0));
        QTest::keyClick(r.chatList(), Qt::Key_Down);
        QCOMPARE(r.window->messageModel()->chatId(), r.window->chatModel()->chatIdAt(1));
        QTest::keyClick(r.chatList(), Qt::Key_Up);
        QCOMPARE(r.window->messageModel()->chatId(), r.window->chatModel()->chatIdAt(0));
    }

    void usernameChangeUpdatesThePanelLive()
    {
        Running r;
        r.samWritesAndIsOpened();
        if (QTest::currentTestFailed())
            return;
        const qint64 sam = sandbox::persona::renamer().id;
        const int historyBefore = r.window->contactDetails()->history()->rowCount();

        // Sam renames on Telegram and writes again; nobody touches the app.
        r.h.world.telegram().pushMessage(sandbox::persona::renamerAfterRename(), u"It's me again"_s);
        QTRY_COMPARE_WITH_TIMEOUT(r.field(u"username"_s), u"@samuel_builds"_s, 15000);
        QCOMPARE(r.window->contactDetails()->history()->rowCount(), historyBefore + 1);
        QVERIFY(r.window->contactDetails()->history()->index(0, 1).data().toString().contains(
            u"@samuel_builds"_s));
        // The chat list row and the conversation follow too.
        const QModelIndex row = r.window->chatModel()->index(r.window->chatModel()->rowOfChat(sam));
        QCOMPARE(row.data(ChatListModel::UsernameRole).toString(), u"samuel_builds"_s);
        QTRY_COMPARE(r.window->conversationView()->listView()->model()->rowCount(), 2);
    }

    void aDatabaseThatCannotBeReadIsSaidNotHidden()
    {
        Running r;
        r.samWritesAndIsOpened();
        if (QTest::currentTestFailed())
            return;
        const qint64 sam = sandbox::persona::renamer().id;
        auto *problem = r.window->contactPanel()->findChild<QLabel *>(u"readProblem"_s);
        QVERIFY(problem);
        QVERIFY(!problem->isVisible());

        // The history table cannot be read (a damaged or locked database): the panel keeps Sam as
        // last read and says so, instead of showing a customer without history.
        QVERIFY(r.h.exec(u"ALTER TABLE profile_history RENAME TO profile_history_away"_s));
        r.h.db->notifyChanged(store::Topic::Mappings, { sam });
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(r.field(u"username"_s), u"@sam_the_builder"_s);

        QVERIFY(r.h.exec(u"ALTER TABLE profile_history_away RENAME TO profile_history"_s));
        r.h.db->notifyChanged(store::Topic::Mappings, { sam });
        QTRY_VERIFY(!problem->isVisible());
    }

    void thePanelShowsTheConversationAsIntercomSeesIt()
    {
        Running r;
        const qint64 sam = sandbox::persona::renamer().id;
        r.h.world.telegram().pushMessage(sandbox::persona::renamer(), u"Hello"_s);
        QTRY_VERIFY_WITH_TIMEOUT(r.window->chatModel()->rowOfChat(sam) >= 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!r.h.world.intercom().conversationsOf(r.h.contactOf(sam)).isEmpty(), 15000);
        r.clickChat(sam);
        auto *box = r.window->contactPanel()->findChild<QWidget *>(u"intercomConversation"_s);
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(box->isVisible(), 15000); // once the delivery recorded the conversation
        r.onEngineThread([](sync::SyncEngine &e) { e.partPoller()->pollNow(); });
        QTRY_COMPARE_WITH_TIMEOUT(r.field(u"intercomState"_s), u"Open"_s, 15000);
        QCOMPARE(r.field(u"assignee"_s), u"Unassigned"_s);
        QVERIFY(!r.window->contactPanel()->field(u"team"_s)->isVisible()); // no team: no row

        // An agent takes it in the Intercom inbox, tags it and snoozes it until tomorrow.
        sandbox::IntercomEmulator &ic = r.h.world.intercom();
        const QString conversation = ic.conversationsOf(r.h.contactOf(sam)).first().value(u"id"_s).toString();
        ic.assignConversation(conversation, u"admin"_s, ic.agentAdminId());
        ic.assignConversation(conversation, u"team"_s, ic.supportTeamId());
        ic.tagConversation(conversation, u"vip"_s);
        const QDateTime until = QDateTime::currentDateTime().addDays(1);
        ic.snoozeConversation(conversation, until.toSecsSinceEpoch());
        r.onEngineThread([](sync::SyncEngine &e) { e.partPoller()->pollNow(); });
        QTRY_VERIFY_WITH_TIMEOUT(r.field(u"intercomState"_s).startsWith(u"Snoozed until"_s), 15000);
        QVERIFY(r.field(u"intercomState"_s).contains(QLocale().toString(until.time(), QLocale::ShortFormat)));
        QCOMPARE(r.field(u"assignee"_s), u"Alex Agent"_s);
        QCOMPARE(r.field(u"team"_s), u"Support"_s);
        QCOMPARE(r.field(u"intercomTags"_s), u"telegram, vip"_s);
        QVERIFY(!r.field(u"intercomReadAt"_s).isEmpty());

        ic.closeConversation(conversation);
        r.onEngineThread([](sync::SyncEngine &e) { e.partPoller()->pollNow(); });
        QTRY_COMPARE_WITH_TIMEOUT(r.field(u"intercomState"_s), u"Closed"_s, 15000);
    }

    void testConnectionNamesTheBotAndWorkspace()
    {
        test::SyncHarness h;
        ui::TokenForm form;
        form.setApiOverride(h.world.telegram().baseUrl(), h.world.intercom().baseUrl());
        QVERIFY(!form.hasBothTokens());
        form.findChild<QLineEdit *>(u"telegramToken"_s)->setText(sandbox::SandboxWorld::telegramToken());
        form.findChild<QLineEdit *>(u"intercomToken"_s)->setText(sandbox::SandboxWorld::intercomToken());
        QVERIFY(form.hasBothTokens());
        QSignalSpy tested(&form, &ui::TokenForm::tested);
        QTest::mouseClick(form.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        QCOMPARE(tested.first().at(1).toString(), u"tgicsandbox"_s);
        QVERIFY2(form.testResultText().contains(u"@tgic_sandbox_bot"_s), qPrintable(form.testResultText()));
        QVERIFY(form.testResultText().contains(u"Workspace"_s));

        // A wrong token is named as such, and never echoed.
        form.findChild<QLineEdit *>(u"intercomToken"_s)->setText(u"wrong-secret-token"_s);
        tested.clear();
        QTest::mouseClick(form.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(form.testResultText().contains(u"refused the token"_s), qPrintable(form.testResultText()));
        QVERIFY(!form.testResultText().contains(u"wrong-secret-token"_s));
        QCOMPARE(ui::TokenForm::maskToken(u"wrong-secret-token"_s), u"…oken"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
