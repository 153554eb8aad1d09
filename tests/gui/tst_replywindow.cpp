// SPDX-License-Identifier: MIT
// The contact panel of a business chat: when the 24-hour reply window closes, or that it has
// closed and the customer must write first; a chat with the bot has no such window.

#include "ContactDetails.h"
#include "ContactPanel.h"
#include "TestDatabase.h"
#include "clock/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/UpdateInbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {
constexpr qint64 kCustomer = 5200000001;
constexpr qint64 kHourMs = qint64(3600) * 1000;

QJsonObject update(qint64 updateId, const QString &type, const QString &connection, qint64 messageId,
    qint64 dateMs, const QString &text)
{
    const QJsonObject customer { { u"id"_s, kCustomer }, { u"is_bot"_s, false },
        { u"first_name"_s, u"Nora"_s } };
    QJsonObject message { { u"message_id"_s, messageId }, { u"from"_s, customer },
        { u"chat"_s,
            QJsonObject {
                { u"id"_s, kCustomer }, { u"type"_s, u"private"_s }, { u"first_name"_s, u"Nora"_s } } },
        { u"date"_s, dateMs / 1000 }, { u"text"_s, text } };
    if (!connection.isEmpty())
        message.insert(u"business_connection_id"_s, connection);
    return { { u"update_id"_s, updateId }, { type, message } };
}

// What the panel shows for the window's end: the time today, or the date and time.
QString until(qint64 closesMs, qint64 nowMs)
{
    const QDateTime closes = QDateTime::fromMSecsSinceEpoch(closesMs).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    return u"Replies possible until %1"_s.arg(closes.date() == now.date()
            ? QLocale().toString(closes.time(), QLocale::ShortFormat)
            : QLocale().toString(closes, QLocale::ShortFormat));
}
} // namespace

class TestReplyWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePanelSaysUntilWhenTheBotMayAnswer()
    {
        ManualClock clock;
        ScopedClock scoped(clock);
        QTemporaryDir dir;
        store::Database db;
        QVERIFY2(db.open(test::databaseLocation(dir, u"window.sqlite3"_s)), qPrintable(db.error()));
        store::UpdateInbox inbox(db);
        const qint64 asked = clock.wallMs() - 2 * kHourMs;
        QVERIFY(inbox
                    .ingest({ update(1, u"business_message"_s, u"bc1"_s, 7, asked,
                                  u"Is the blue one in stock?"_s),
                        update(2, u"message"_s, {}, 3, asked, u"Hello bot"_s) })
                    .ok);
        const qint64 businessChat
            = store::scalar(db.connection(), u"SELECT chat_id FROM business_chats"_s, {}).toLongLong();
        QVERIFY(businessChat != 0);

        models::ContactDetails details(db);
        ui::ContactPanel panel(&details);
        QLabel *window = panel.field(u"replyWindow"_s);
        details.setChatId(businessChat);
        QCOMPARE(window->text(), until(asked + 24 * kHourMs, clock.wallMs()));
        QVERIFY(!window->isHidden());

        // A day and three hours later the window has been closed for three hours.
        clock.advance(25 * kHourMs);
        details.reload();
        QCOMPARE(window->text(), u"Reply window closed 3 h ago — the customer must write first"_s);

        // The customer writes again: the window opens for another 24 hours.
        const qint64 again = clock.wallMs();
        QVERIFY(inbox.ingest({ update(3, u"business_message"_s, u"bc1"_s, 8, again, u"Hello?"_s) }).ok);
        QTRY_COMPARE(window->text(), until(again + 24 * kHourMs, clock.wallMs()));

        // The same customer's chat with the bot has no such window.
        details.setChatId(kCustomer);
        QCOMPARE(panel.field(u"channel"_s)->text(), u"Chat with the bot"_s);
        QVERIFY(window->isHidden());
    }
};

QTEST_MAIN(TestReplyWindow)
#include "tst_replywindow.moc"
