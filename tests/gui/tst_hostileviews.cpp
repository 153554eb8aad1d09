// SPDX-License-Identifier: MIT
// Customers built to break things (tests/support/HostileCustomers.h), in the window: their names
// in the conversation's title, the contact panel and the chat list's tooltips are plain text —
// "<script>" and "<b>" shown as written, never interpreted.

#include "ChatListModel.h"
#include "ChatListPane.h"
#include "ContactPanel.h"
#include "ConversationView.h"
#include "HostileCustomers.h"
#include "MainWindow.h"
#include "PlainToolTips.h"
#include "SyncHarness.h"

#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace tgic;

class TestHostileViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAndTextsShowAsPlainText()
    {
        test::SyncHarness h;
        const QList<test::HostileCustomer> customers = test::hostileCustomers();
        for (const test::HostileCustomer &c : customers)
            h.world.telegram().pushMessage(c.user, c.text);
        const auto run = h.runUntilIdle(h.fastConfig(), 60000);
        QVERIFY2(run.finished && run.failure == sync::FailureKind::None, qPrintable(run.message));

        ui::MainWindow window(*h.db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.chatModel()->rowCount(), int(customers.size()));
        auto *title = window.conversationView()->findChild<QLabel *>(u"conversationTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        for (const test::HostileCustomer &c : customers) {
            window.selectChat(c.user.id);
            QTRY_COMPARE(title->text(), c.shownName);
            QLabel *name = window.contactPanel()->field(u"name"_s);
            QTRY_COMPARE(name->text(), c.shownName);
            QCOMPARE(name->textFormat(), Qt::PlainText);
        }

        // The chat list's tooltip for the customer named "<script>…": shown as written.
        const test::HostileCustomer &script = customers.at(6);
        QVERIFY(script.shownName.startsWith(u"<script>"_s));
        QListView *list = window.chatListPane()->listView();
        const QModelIndex index = window.chatModel()->index(window.chatModel()->rowOfChat(script.user.id));
        list->scrollTo(index);
        const QPoint at = list->visualRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, list->viewport()->mapToGlobal(at));
        QApplication::sendEvent(list->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), ui::plainToolTip(script.shownName));
        QVERIFY2(QToolTip::text().contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s),
            qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestHostileViews)
#include "tst_hostileviews.moc"
