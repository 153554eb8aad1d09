// SPDX-License-Identifier: MIT
// The display-name rule (telegram::displayName), the one place it is written: what an agent sees
// for a customer in the suggestions, the phone-request messages, the mapping descriptions, and
// what tgic writes to Intercom's `name` and `telegram_display_name`.

#include "telegram/TelegramTypes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::telegram;

class TestDisplayName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("expected");

        QTest::newRow("first and last") << u"Anna"_s << u"Lee"_s << QString() << u"Anna Lee"_s;
        QTest::newRow("first only") << u"Anna"_s << QString() << QString() << u"Anna"_s;
        // Two copies wrote " Lee" here (the phone request's "… blocked the bot", the contact panel).
        QTest::newRow("last only") << QString() << u"Lee"_s << QString() << u"Lee"_s;
        QTest::newRow("padded parts, one space between")
            << u" Anna "_s << u"  Lee "_s << QString() << u"Anna Lee"_s;
        QTest::newRow("spaces inside a part are theirs")
            << u"Anna Maria"_s << u"van Lee"_s << QString() << u"Anna Maria van Lee"_s;
        QTest::newRow("not Latin") << u"Иван"_s << u"Петров"_s << QString() << u"Иван Петров"_s;
        // A name, when there is one, is the name: the username is shown beside it where it matters.
        QTest::newRow("name wins over username") << u"Anna"_s << QString() << u"anna_l"_s << u"Anna"_s;
        // No name: the username tells an agent more than "Telegram user 42" does.
        QTest::newRow("no name: @username") << QString() << QString() << u"anna_l"_s << u"@anna_l"_s;
        QTest::newRow("blank first name: @username") << u"  "_s << QString() << u"anna_l"_s << u"@anna_l"_s;
        // Neither: empty, and the caller names the numeric id in its own (translated) words.
        QTest::newRow("nothing") << QString() << QString() << QString() << QString();
        QTest::newRow("blanks only") << u" "_s << u"\t"_s << u" "_s << QString();
    }

    void rule()
    {
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, username);
        QFETCH(QString, expected);
        QCOMPARE(displayName(first, last, username), expected);
    }

    // The profile history and Intercom's name record a name, never the username in its place.
    void profileNameIgnoresTheUsername()
    {
        UserProfile user;
        user.id = 42;
        user.username = u"anna_l"_s;
        QVERIFY(user.displayName().isEmpty());
        user.lastName = u"Lee"_s;
        QCOMPARE(user.displayName(), u"Lee"_s);
        user.firstName = u"Anna"_s;
        QCOMPARE(user.displayName(), u"Anna Lee"_s);
    }
};

QTEST_GUILESS_MAIN(TestDisplayName)
#include "tst_displayname.moc"
