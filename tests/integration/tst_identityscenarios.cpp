// SPDX-License-Identifier: MIT
// The seed scenarios of the article, end to end against both emulators: who becomes which
// Intercom contact, and what an agent then sees on it.

#include "SyncHarness.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

class TestIdentityScenarios : public QObject
{
    Q_OBJECT

private:
    static QJsonObject custom(const QJsonObject &contact)
    {
        return contact.value(u"custom_attributes"_s).toObject();
    }

private Q_SLOTS:
    void anonymousUserBecomesOneAnchoredLead()
    {
        test::SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        h.world.telegram().pushMessage(alex, u"Hi! My parcel hasn't arrived yet."_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        h.world.telegram().pushMessage(alex, u"Any news?"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);

        const auto anchored = h.contactsAnchoredTo(alex.id);
        QCOMPARE(anchored.size(), 1);
        const QJsonObject contact = anchored.first();
        QCOMPARE(contact.value(u"role"_s).toString(), u"lead"_s);
        QCOMPARE(contact.value(u"name"_s).toString(), u"Alex"_s);
        QVERIFY(contact.value(u"phone"_s).toString().isEmpty());
        QCOMPARE(custom(contact).value(u"telegram_user_id"_s).toString(), QString::number(alex.id));
        QCOMPARE(h.contactOf(alex.id), contact.value(u"id"_s).toString());
        QCOMPARE(h.bodiesBy(contact.value(u"id"_s).toString()),
            (QStringList { u"Hi! My parcel hasn't arrived yet."_s, u"Any news?"_s }));
        QCOMPARE(h.world.intercom().seenVersionHeaders(), QStringList { u"2.16"_s });
    }

    void usernameChangeKeepsTheContactAndUpdatesTheAttribute()
    {
        test::SyncHarness h;
        h.world.telegram().pushMessage(persona::renamer(), u"Question about invoice 1042"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const QString contactId = h.contactOf(persona::renamer().id);
        QCOMPARE(custom(h.world.intercom().contact(contactId)).value(u"telegram_username"_s).toString(),
            u"sam_the_builder"_s);

        h.world.telegram().pushMessage(persona::renamerAfterRename(), u"It's me again"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.contactOf(persona::renamer().id), contactId);
        QCOMPARE(h.contactsAnchoredTo(persona::renamer().id).size(), 1);
        QCOMPARE(custom(h.world.intercom().contact(contactId)).value(u"telegram_username"_s).toString(),
            u"samuel_builds"_s);
        QCOMPARE(
            h.bodiesBy(contactId), (QStringList { u"Question about invoice 1042"_s, u"It's me again"_s }));
        // The local history keeps both usernames with their dates.
        QCOMPARE(
            h.scalar(
                 u"SELECT COUNT(*) FROM profile_history WHERE telegram_user_id = ? AND field = 'username'"_s,
                 { persona::renamer().id })
                .toInt(),
            2);
    }

    void agentEditedNameIsNeverOverwritten()
    {
        test::SyncHarness h;
        TelegramUser alex = persona::anonymous();
        TelegramUser mei = persona::deviceSwitcher();
        h.world.telegram().pushMessage(alex, u"hello"_s);
        h.world.telegram().pushMessage(mei, u"hello"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const QString alexContact = h.contactOf(alex.id);
        const QString meiContact = h.contactOf(mei.id);
        h.world.intercom().agentEditContact(
            alexContact, QJsonObject { { u"name"_s, u"Alex Morgan (VIP)"_s } });

        alex.firstName = u"Alexander"_s;
        mei.firstName = u"Meiling"_s;
        h.world.telegram().pushMessage(alex, u"I changed my name"_s);
        h.world.telegram().pushMessage(mei, u"I changed my name too"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);

        const QJsonObject alexNow = h.world.intercom().contact(alexContact);
        QCOMPARE(alexNow.value(u"name"_s).toString(), u"Alex Morgan (VIP)"_s); // the agent's
        QCOMPARE(custom(alexNow).value(u"telegram_display_name"_s).toString(), u"Alexander"_s);
        // Without an agent's edit, the name follows Telegram.
        QCOMPARE(h.world.intercom().contact(meiContact).value(u"name"_s).toString(), u"Meiling Lin"_s);
    }

    void deviceSwitchIsTheSameContact()
    {
        test::SyncHarness h;
        h.world.telegram().pushMessage(persona::deviceSwitcher(), u"from my phone"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        h.world.telegram().pushMessage(persona::deviceSwitcherOnLaptop(), u"from my laptop"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const auto anchored = h.contactsAnchoredTo(persona::deviceSwitcher().id);
        QCOMPARE(anchored.size(), 1);
        // A 43-bit ID survives the round trip exactly (stored as a decimal string).
        QCOMPARE(custom(anchored.first()).value(u"telegram_user_id"_s).toString(), u"7123456789012"_s);
        QCOMPARE(h.bodiesBy(anchored.first().value(u"id"_s).toString()),
            (QStringList { u"from my phone"_s, u"from my laptop"_s }));
    }

    void businessAccountIsAnchoredOnItsId()
    {
        test::SyncHarness h;
        h.world.pushBusinessMessage(persona::businessAccount(), u"Wholesale pricing?"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const auto anchored = h.contactsAnchoredTo(persona::businessAccount().id);
        QCOMPARE(anchored.size(), 1);
        QCOMPARE(custom(anchored.first()).value(u"telegram_username"_s).toString(), u"northwind_partners"_s);
        // The workspace's existing CRM user with a similar name is not touched.
        QCOMPARE(
            h.bodiesBy(anchored.first().value(u"id"_s).toString()), QStringList { u"Wholesale pricing?"_s });
    }

    void deletedAndRecreatedAccountIsANewContact()
    {
        test::SyncHarness h;
        h.world.telegram().pushMessage(persona::deletedAccount(), u"I can't log in"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        h.world.telegram().setDeactivated(persona::deletedAccount().id);
        h.world.telegram().pushMessage(persona::recreatedAccount(), u"this is my new account"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);

        const QString oldContact = h.contactOf(persona::deletedAccount().id);
        const QString newContact = h.contactOf(persona::recreatedAccount().id);
        QVERIFY(!oldContact.isEmpty());
        QVERIFY(!newContact.isEmpty());
        QVERIFY(oldContact != newContact); // same name and username, different person to Telegram
        QCOMPARE(h.bodiesBy(oldContact), QStringList { u"I can't log in"_s }); // old history stays
        QCOMPARE(h.bodiesBy(newContact), QStringList { u"this is my new account"_s });
    }

    void releasedUsernameDoesNotJoinTwoPeople()
    {
        test::SyncHarness h;
        h.world.telegram().pushMessage(persona::renamer(), u"first person"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        h.world.telegram().pushMessage(persona::renamerAfterRename(), u"renamed"_s);
        h.world.telegram().pushMessage(persona::usernameTaker(), u"second person, same old username"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const QString first = h.contactOf(persona::renamer().id);
        const QString second = h.contactOf(persona::usernameTaker().id);
        QVERIFY(first != second);
        QCOMPARE(h.bodiesBy(second), QStringList { u"second person, same old username"_s });
        QCOMPARE(h.bodiesBy(first), (QStringList { u"first person"_s, u"renamed"_s }));
    }

    void contactFromAnEarlierInstallIsFoundNotDuplicated()
    {
        test::SyncHarness h;
        h.world.telegram().pushMessage(persona::anonymous(), u"before the cache was lost"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const QString contactId = h.contactOf(persona::anonymous().id);

        h.openDatabase(u"second-install.sqlite3"_s); // a new workstation, or a lost cache
        QVERIFY(h.contactOf(persona::anonymous().id).isEmpty());
        h.world.telegram().pushMessage(persona::anonymous(), u"after"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);

        QCOMPARE(h.contactOf(persona::anonymous().id), contactId);
        QCOMPARE(h.contactsAnchoredTo(persona::anonymous().id).size(), 1);
        QCOMPARE(h.scalar(u"SELECT resolved_via FROM mappings WHERE telegram_user_id = ?"_s,
                      { persona::anonymous().id })
                     .toString(),
            u"search"_s);
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts"_s), 1); // only the first install created
    }

    void searchLagDuringABurstCreatesOneContact()
    {
        test::SyncHarness h;
        h.world.intercom().setSearchLag(std::chrono::minutes(5));
        const TelegramUser alex = persona::anonymous();
        QStringList sent;
        for (int i = 1; i <= 6; ++i) {
            sent << u"message %1"_s.arg(i);
            h.world.telegram().pushMessage(alex, sent.last());
        }
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        h.world.telegram().pushMessage(alex, u"one more, later"_s);
        sent << u"one more, later"_s;
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const auto anchored = h.contactsAnchoredTo(alex.id);
        QCOMPARE(anchored.size(), 1);
        QCOMPARE(h.bodiesBy(anchored.first().value(u"id"_s).toString()), sent); // all, in order
    }

    void contactMergedBehindTheBackIsFollowedToItsSurvivor()
    {
        test::SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        h.world.telegram().pushMessage(alex, u"as a lead"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const QString lead = h.contactOf(alex.id);
        const QString user = h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        QVERIFY(h.world.intercom().mergeInUi(lead, user));

        h.world.telegram().pushMessage(alex, u"after the merge"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.contactOf(alex.id), user);
        const QJsonObject survivor = h.world.intercom().contact(user);
        QCOMPARE(custom(survivor).value(u"telegram_user_id"_s).toString(), QString::number(alex.id));
        QVERIFY(h.bodiesBy(user).contains(u"after the merge"_s));
        QVERIFY(
            h.scalar(u"SELECT COUNT(*) FROM audit_log WHERE telegram_user_id = ? AND after_value LIKE ?"_s,
                 { alex.id, QString(user + u"%"_s) })
                .toInt()
            >= 1);
    }

    void requestsPerMessageAreMinimal()
    {
        test::SyncHarness h;
        h.world.telegram().pushMessage(persona::anonymous(), u"new person"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        const int afterFirst = h.world.intercom().requestCount();
        h.world.telegram().pushMessage(persona::anonymous(), u"returning"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        // A run costs GET /me and GET /data_attributes (the teammates' names, GET /admins and
        // /teams, were read by the first run minutes ago); a returning person's message one reply;
        // reading Intercom for agents' answers (issue 5) one conversation search, plus one GET of
        // the conversation the reply just changed.
        QCOMPARE(h.world.intercom().requestCount() - afterFirst, 2 + 1 + 2);
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts/search"_s), 1);
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts"_s), 1);
        QCOMPARE(h.world.intercom().requestCount(u"POST /conversations"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdentityScenarios)
#include "tst_identityscenarios.moc"
