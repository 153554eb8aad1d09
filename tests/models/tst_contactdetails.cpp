// SPDX-License-Identifier: MIT
// The linked-contact panel's data: the contact anchored on the chat's Telegram user, its
// username history, the web-app link, and live updates when the user renames.

#include "CacheFixture.h"
#include "ContactDetails.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using tgic::models::ContactDetails;
using tgic::models::ProfileHistoryModel;

class TestContactDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheAnchoredContact()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(6023456789, u"Sam"_s, {}, u"sam_the_builder"_s, 1000);
        cache.link(6023456789, u"c-sam"_s, u"Sam"_s, u"sam@example.com"_s);
        cache.exec(
            u"INSERT INTO conversations (intercom_conversation_id, chat_id, telegram_user_id,"
            " intercom_contact_id, opened_at, last_activity_at) VALUES ('conv1', ?, ?, 'c-sam', 1, 2)"_s,
            { 6023456789LL, 6023456789LL });
        ContactDetails details(*cache.db);
        details.setChatId(6023456789);
        const auto &s = details.snapshot();
        QCOMPARE(s.telegramUserId, 6023456789);
        QCOMPARE(s.contactId, u"c-sam"_s);
        QCOMPARE(s.role, u"lead"_s);
        QCOMPARE(s.email, u"sam@example.com"_s);
        QCOMPARE(s.anchor, u"6023456789"_s);
        QVERIFY(s.mappingState == tgic::models::MappingState::Linked);
        QCOMPARE(s.username, u"sam_the_builder"_s);
        QCOMPARE(s.conversationId, u"conv1"_s);
        QCOMPARE(s.conversationState, u"open"_s);
        QCOMPARE(details.history()->rowCount(), 2);

        QVERIFY(details.contactUrl().isEmpty()); // no workspace id yet
        details.setIntercomAppId(u"abc123"_s);
        QCOMPARE(details.contactUrl().toString(),
            u"https://app.intercom.com/a/apps/abc123/users/c-sam/all-conversations"_s);
    }

    void renameUpdatesLiveAndGrowsTheHistory()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(6023456789, u"Sam"_s, {}, u"sam_the_builder"_s, 1000);
        ContactDetails details(*cache.db);
        QAbstractItemModelTester tester(
            details.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setChatId(6023456789);
        QSignalSpy changed(&details, &ContactDetails::changed);
        QSignalSpy inserted(details.history(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(details.history(), &QAbstractItemModel::modelReset);

        // What UpdateInbox does when the user renames: profile, history, then a mappings notice.
        cache.exec(
            u"UPDATE telegram_users SET username = 'samuel_builds' WHERE telegram_user_id = 6023456789"_s);
        cache.exec(u"INSERT INTO profile_history (telegram_user_id, field, old_value, new_value, changed_at)"
                   " VALUES (6023456789, 'username', 'sam_the_builder', 'samuel_builds', 2000)"_s);
        cache.db->notifyChanged(tgic::store::Topic::Mappings, { 6023456789 });

        QCOMPARE(changed.size(), 1);
        QCOMPARE(details.snapshot().username, u"samuel_builds"_s);
        QCOMPARE(inserted.size(), 1); // the new entry at the top, not a reset
        QCOMPARE(reset.size(), 0);
        QCOMPARE(details.history()->rowCount(), 3);
        const QModelIndex top = details.history()->index(0, ProfileHistoryModel::ChangeColumn);
        QCOMPARE(top.data(ProfileHistoryModel::OldValueRole).toString(), u"sam_the_builder"_s);
        QCOMPARE(top.data(ProfileHistoryModel::NewValueRole).toString(), u"samuel_builds"_s);
        QVERIFY(top.data().toString().contains(u"@samuel_builds"_s));

        // Someone else's change is not ours.
        cache.db->notifyChanged(tgic::store::Topic::Mappings, { 42 });
        QCOMPARE(changed.size(), 1);
    }

    void aFailedReadKeepsWhatWasShownAndSaysSo()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(6023456789, u"Sam"_s, {}, u"sam_the_builder"_s, 1000);
        cache.link(6023456789, u"c-sam"_s, u"Sam"_s, u"sam@example.com"_s);
        ContactDetails details(*cache.db);
        details.setChatId(6023456789);
        QCOMPARE(details.history()->rowCount(), 2);
        QVERIFY(!details.snapshot().readFailed);
        QSignalSpy changed(&details, &ContactDetails::changed);

        // The history cannot be read (a damaged or locked database): the panel must not go blank
        // as if Sam had no history, and must say that it could not read.
        cache.exec(u"ALTER TABLE profile_history RENAME TO profile_history_away"_s);
        cache.db->notifyChanged(tgic::store::Topic::Mappings, { 6023456789 });
        QCOMPARE(changed.size(), 1);
        QVERIFY(details.snapshot().readFailed);
        QCOMPARE(details.snapshot().email, u"sam@example.com"_s);
        QCOMPARE(details.snapshot().username, u"sam_the_builder"_s);
        QCOMPARE(details.history()->rowCount(), 2);

        // Readable again: the next change shows current data, without the flag.
        cache.exec(u"ALTER TABLE profile_history_away RENAME TO profile_history"_s);
        cache.db->notifyChanged(tgic::store::Topic::Mappings, { 6023456789 });
        QCOMPARE(changed.size(), 2);
        QVERIFY(!details.snapshot().readFailed);
        QCOMPARE(details.history()->rowCount(), 2);
    }

    void showsTheConversationAsIntercomLastShowedIt()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(6023456789, u"Sam"_s, {}, u"sam_the_builder"_s, 1000);
        cache.link(6023456789, u"c-sam"_s, u"Sam"_s, u"sam@example.com"_s);
        cache.exec(
            u"INSERT INTO conversations (intercom_conversation_id, chat_id, telegram_user_id,"
            " intercom_contact_id, opened_at, last_activity_at) VALUES ('conv1', ?, ?, 'c-sam', 1, 2)"_s,
            { 6023456789LL, 6023456789LL });
        ContactDetails details(*cache.db);
        details.setChatId(6023456789);
        // Not read from Intercom yet: nothing to claim.
        QVERIFY(details.snapshot().intercomState.isEmpty());
        QVERIFY(!details.snapshot().intercomReadAt.isValid());

        // What the reply poller stores: the state, the assignees' ids, the tag names, the snooze
        // (ms) and when it read them; one admin has a name, the other id none yet.
        const qint64 until = 1767300000000;
        const qint64 readAt = 1767290000000;
        cache.exec(u"UPDATE conversations SET intercom_state = 'snoozed', admin_assignee_id = '991267460',"
                   " team_assignee_id = '5017691', intercom_tags = '[\"telegram\",\"vip\"]',"
                   " snoozed_until = ?, intercom_read_at = ? WHERE intercom_conversation_id = 'conv1'"_s,
            { until, readAt });
        cache.exec(u"INSERT INTO intercom_teammates (kind, id, name, fetched_at) VALUES"
                   " ('admin', '991267460', 'Alex Agent', 1), ('team', '5017691', 'Support', 1),"
                   " ('team', '991267460', 'Not the admin', 1)"_s);
        QSignalSpy changed(&details, &ContactDetails::changed);
        cache.db->notifyChanged(tgic::store::Topic::Conversations, { 6023456789 });
        QCOMPARE(changed.size(), 1);
        const auto &s = details.snapshot();
        QCOMPARE(s.intercomState, u"snoozed"_s);
        QCOMPARE(s.snoozedUntil.toMSecsSinceEpoch(), until);
        QCOMPARE(s.adminAssigneeId, u"991267460"_s);
        QCOMPARE(s.adminAssignee, u"Alex Agent"_s);
        QCOMPARE(s.teamAssignee, u"Support"_s); // names are per kind
        QCOMPARE(s.intercomTags, (QStringList { u"telegram"_s, u"vip"_s }));
        QCOMPARE(s.intercomReadAt.toMSecsSinceEpoch(), readAt);
        QCOMPARE(s.conversationState, u"open"_s); // the local state is another thing

        // Assigned to someone GET /admins has not named (yet): the id stands in.
        cache.exec(
            u"UPDATE conversations SET intercom_state = 'open', admin_assignee_id = '42',"
            " team_assignee_id = NULL, snoozed_until = NULL WHERE intercom_conversation_id = 'conv1'"_s);
        cache.db->notifyChanged(tgic::store::Topic::Conversations, { 6023456789 });
        QCOMPARE(changed.size(), 2);
        QCOMPARE(details.snapshot().intercomState, u"open"_s);
        QVERIFY(!details.snapshot().snoozedUntil.isValid());
        QCOMPARE(details.snapshot().adminAssignee, u"Admin 42"_s);
        QVERIFY(details.snapshot().teamAssignee.isEmpty());

        // Names arriving (announced for every chat) and other chats' news.
        cache.exec(
            u"INSERT INTO intercom_teammates (kind, id, name, fetched_at) VALUES ('admin', '42', 'Noor', 2)"_s);
        cache.db->notifyChanged(tgic::store::Topic::Conversations);
        QCOMPARE(details.snapshot().adminAssignee, u"Noor"_s);
        cache.db->notifyChanged(tgic::store::Topic::Conversations, { 777 });
        QCOMPARE(changed.size(), 3);
    }

    void groupChatHasNoContact()
    {
        tgic::test::CacheFixture cache;
        cache.exec(u"INSERT INTO chats (chat_id, type, title) VALUES (-100123, 'supergroup', 'Team')"_s);
        ContactDetails details(*cache.db);
        details.setChatId(-100123);
        QCOMPARE(details.snapshot().telegramUserId, 0);
        QCOMPARE(details.history()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContactDetails)
#include "tst_contactdetails.moc"
