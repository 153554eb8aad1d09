// SPDX-License-Identifier: MIT
// The typed Intercom layer: what each parser hands the app for the shapes the OpenAPI 2.16
// examples show, and for the shapes the real service (or a broken proxy) also sends.

#include "intercom/IntercomTypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::intercom;

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}
} // namespace

class TestIntercomTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactAsTheSpecShowsIt()
    {
        // GET /contacts/{id} (the OpenAPI example), carrying this app's anchor.
        const auto c = parseContact(json(R"({"type": "contact", "id": "6762f0d01bb69f9f2193bb7d",
            "workspace_id": "this_is_an_id283_that_should_be_at_least_", "external_id": "70", "role": "user",
            "email": "joe@bloggs.com", "phone": null, "name": "Joe Bloggs", "avatar": null, "owner_id": null,
            "created_at": 1734537424, "updated_at": 1734537424,
            "custom_attributes": {"telegram_user_id": "5012345678", "telegram_user_ids": ",5012345678,",
                "telegram_phone_verified": true},
            "tags": {"type": "list", "data": [], "total_count": 0, "has_more": false}})"));
        QVERIFY(c);
        QCOMPARE(c->id, u"6762f0d01bb69f9f2193bb7d"_s);
        QCOMPARE(c->role, ContactRole::User);
        QVERIFY(c->isUser());
        QVERIFY(!c->isLead());
        QCOMPARE(c->name, u"Joe Bloggs"_s);
        QCOMPARE(c->email, u"joe@bloggs.com"_s);
        QVERIFY(c->phone.isEmpty()); // null
        QVERIFY(c->ownerId.isEmpty()); // null
        QCOMPARE(c->createdAt, qint64(1734537424));
        QCOMPARE(c->attribute(attr::kTelegramUserId).toString(), u"5012345678"_s);
        QCOMPARE(c->attribute(attr::kTelegramUserIds).toString(), u",5012345678,"_s);
        QCOMPARE(c->attribute(attr::kTelegramPhoneVerified).toBool(), true);
        QVERIFY(c->attribute(attr::kTelegramUsername).isUndefined());
    }

    void contactTolerance()
    {
        // A lead whose numbers came as strings, an owner as a number, an attribute of any type.
        const auto lead
            = parseContact(json(R"({"id": 42, "role": "lead", "name": 7, "created_at": "1734537424",
            "owner_id": 991267460, "custom_attributes": {"plan": {"tier": 2}, "telegram_user_id": 5012345678}})"));
        QVERIFY(lead);
        QCOMPARE(lead->id, u"42"_s);
        QVERIFY(lead->isLead());
        QVERIFY(lead->name.isEmpty()); // not text: nothing, rather than "7"
        QCOMPARE(lead->createdAt, qint64(1734537424));
        QCOMPARE(lead->ownerId, u"991267460"_s);
        QCOMPARE(lead->attribute("plan").toObject().value("tier"_L1).toInt(), 2);
        // A role this app does not know, and no custom attributes at all.
        const auto visitor
            = parseContact(json(R"({"id": "v1", "role": "visitor", "custom_attributes": null})"));
        QVERIFY(visitor);
        QCOMPARE(visitor->role, ContactRole::Unknown);
        QVERIFY(!visitor->isUser() && !visitor->isLead());
        QVERIFY(visitor->customAttributes.isEmpty());
        // Without an id it is no contact, and the reason says so.
        QString error;
        QVERIFY(!parseContact(json(R"({"type": "contact", "role": "user", "id": null})"), &error));
        QCOMPARE(error, u"contact without an id"_s);
        QVERIFY(!parseContact(QJsonObject(), &error));
        QVERIFY(!parseContact(json(R"({"id": ""})")));
    }

    void conversationAsTheSpecShowsIt()
    {
        // GET /conversations/{id}, the OpenAPI example (trimmed): part ids are integers there. (The
        // URL's slashes are escaped, as JSON allows: moc reads a "//" in a raw string as a comment.)
        const auto c
            = parseConversation(json(R"({"type": "conversation", "id": "1295", "created_at": 1663597223,
            "updated_at": 1663597260, "source": {"type": "conversation", "id": "403918396",
                "delivered_as": "admin_initiated", "body": "<p>Hey there!</p>",
                "author": {"type": "admin", "id": "991267645", "name": "Ciaran176 Lee"}},
            "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": "6762f1261bb69f9f2193bba7",
                "external_id": "70"}]},
            "admin_assignee_id": 991267715, "team_assignee_id": 5017691, "open": false, "state": "closed",
            "tags": {"type": "tag.list", "tags": [{"type": "tag", "id": "123456", "name": "Test tag"}]},
            "statistics": null,
            "conversation_parts": {"type": "conversation_part.list", "total_count": 3, "conversation_parts": [
                {"type": "conversation_part", "id": 1, "part_type": "comment", "body": "<p>Okay!</p>",
                 "created_at": 1663597223, "author": {"type": "admin", "id": "274", "name": "Operator",
                 "email": "operator+abcd1234@intercom.io"}, "attachments": [], "app_package_code": null},
                {"type": "conversation_part", "id": 2, "part_type": "custom_action_started", "body": null,
                 "created_at": 1740141842, "author": {"type": "admin", "id": "274", "name": "Jamie Oliver"},
                 "attachments": [], "app_package_code": "test-integration"},
                {"type": "conversation_part", "id": 3, "part_type": "conversation_attribute_updated_by_admin",
                 "created_at": 1740141851, "author": {"type": "bot", "id": "278", "name": "Fin"},
                 "attachments": [{"type": "upload", "name": "example.png", "url": "https:\/\/picsum.photos\/200\/300",
                   "content_type": "image/png", "filesize": 100, "width": 100, "height": 100}]}]}})"));
        QVERIFY(c);
        QCOMPARE(c->id, u"1295"_s);
        QCOMPARE(c->createdAt, qint64(1663597223));
        QCOMPARE(c->updatedAt, qint64(1663597260));
        QCOMPARE(c->state, u"closed"_s);
        QCOMPARE(c->open, std::optional(false));
        QCOMPARE(c->adminAssigneeId, u"991267715"_s);
        QCOMPARE(c->teamAssigneeId, u"5017691"_s);
        QVERIFY(c->tags);
        QCOMPARE(c->tags->size(), 1);
        QCOMPARE(c->tags->first().name, u"Test tag"_s);
        QVERIFY(!c->partCount); // statistics: null
        QCOMPARE(c->totalParts, std::optional<qint64>(3));
        QCOMPARE(c->contactIds, QStringList { u"6762f1261bb69f9f2193bba7"_s });
        QCOMPARE(c->source.id, u"403918396"_s);
        QCOMPARE(c->source.body, u"<p>Hey there!</p>"_s);
        QCOMPARE(c->source.author.type, AuthorType::Admin);
        QCOMPARE(c->source.author.id, u"991267645"_s);

        QCOMPARE(c->parts.size(), 3);
        const ConversationPart &comment = c->parts.at(0);
        QCOMPARE(comment.id, u"1"_s);
        QCOMPARE(comment.partType, u"comment"_s);
        QCOMPARE(comment.body, u"<p>Okay!</p>"_s);
        QCOMPARE(comment.createdAt, qint64(1663597223));
        QCOMPARE(comment.author.type, AuthorType::Admin);
        QCOMPARE(comment.author.id, u"274"_s);
        QCOMPARE(comment.author.name, u"Operator"_s);
        QVERIFY(comment.appPackageCode.isEmpty()); // null
        QVERIFY(comment.attachments.isEmpty());
        QVERIFY(c->parts.at(1).body.isEmpty()); // null
        QCOMPARE(c->parts.at(1).appPackageCode, u"test-integration"_s);
        const ConversationPart &fin = c->parts.at(2);
        QCOMPARE(fin.author.type, AuthorType::Bot);
        QCOMPARE(fin.attachments.size(), 1);
        QCOMPARE(fin.attachments.first().name, u"example.png"_s);
        QCOMPARE(fin.attachments.first().contentType, u"image/png"_s);
        QCOMPARE(fin.attachments.first().url, u"https://picsum.photos/200/300"_s);
        QCOMPARE(fin.attachments.first().fileSize, qint64(100));
    }

    void conversationTolerance()
    {
        // A search hit: statistics but no parts, unassigned as 0 and null, no tag list at all.
        const auto hit = parseConversation(json(R"({"id": 1296, "updated_at": "1663597300", "state": "open",
            "admin_assignee_id": 0, "team_assignee_id": null, "statistics": {"count_conversation_parts": 4},
            "conversation_parts": null, "contacts": null, "source": null})"));
        QVERIFY(hit);
        QCOMPARE(hit->id, u"1296"_s);
        QCOMPARE(hit->updatedAt, qint64(1663597300));
        QVERIFY(hit->adminAssigneeId.isEmpty());
        QVERIFY(hit->teamAssigneeId.isEmpty());
        QCOMPARE(hit->partCount, std::optional<qint64>(4));
        QVERIFY(!hit->totalParts);
        QVERIFY(hit->parts.isEmpty());
        QVERIFY(hit->contactIds.isEmpty());
        QVERIFY(!hit->tags); // not said: the stored tags stay
        QVERIFY(hit->source.id.isEmpty());
        // An empty tag list is a statement (no tags); a tag without a name says nothing.
        const auto untagged = parseConversation(json(R"({"id": "7", "tags": {"type": "tag.list",
            "tags": [{"type": "tag", "id": "1", "name": null}]}, "open": true, "snoozed_until": 1767300000,
            "team_assignee_id": " 5017691 "})"));
        QVERIFY(untagged && untagged->tags);
        QVERIFY(untagged->tags->isEmpty());
        QCOMPARE(untagged->open, std::optional(true)); // an older shape: only `open`
        QVERIFY(untagged->state.isEmpty());
        QCOMPARE(untagged->snoozedUntil, qint64(1767300000));
        QCOMPARE(untagged->teamAssigneeId, u"5017691"_s);
        // A part without an id is dropped (nothing could remember it was relayed); the rest stay.
        const auto parts
            = parseConversation(json(R"({"id": "8", "conversation_parts": {"conversation_parts": [
            {"part_type": "comment", "body": "lost"}, "not a part",
            {"id": "9", "author": {"type": "user", "id": "c1"}, "attachments": [{"filesize": "2048"}, 5]}]}})"));
        QVERIFY(parts);
        QCOMPARE(parts->parts.size(), 1);
        QCOMPARE(parts->parts.first().id, u"9"_s);
        QCOMPARE(parts->parts.first().author.type, AuthorType::User);
        QCOMPARE(parts->parts.first().attachments.size(), 1);
        QCOMPARE(parts->parts.first().attachments.first().fileSize, qint64(2048));
        QVERIFY(parts->parts.first().attachments.first().name.isEmpty());
        QString error;
        QVERIFY(!parseConversation(json(R"({"type": "conversation"})"), &error));
        QCOMPARE(error, u"conversation without an id"_s);
    }

    void authorTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<AuthorType>("type");
        QTest::newRow("admin") << u"admin"_s << AuthorType::Admin;
        QTest::newRow("user") << u"user"_s << AuthorType::User;
        QTest::newRow("lead") << u"lead"_s << AuthorType::Lead;
        QTest::newRow("bot") << u"bot"_s << AuthorType::Bot;
        QTest::newRow("team") << u"team"_s << AuthorType::Team;
        QTest::newRow("newer") << u"campaign"_s << AuthorType::Unknown;
        QTest::newRow("missing") << QString() << AuthorType::Unknown;
    }

    void authorTypes()
    {
        QFETCH(QString, name);
        QFETCH(AuthorType, type);
        QJsonObject author { { u"id"_s, u"274"_s } };
        if (!name.isNull())
            author.insert(u"type"_s, name);
        QCOMPARE(parseAuthor(author).type, type);
        QCOMPARE(authorTypeOf(authorTypeName(type)), type); // the two conversions agree
        if (type != AuthorType::Unknown)
            QCOMPARE(authorTypeName(type), name);
    }

    void roleNames()
    {
        for (ContactRole role : { ContactRole::Unknown, ContactRole::User, ContactRole::Lead })
            QCOMPARE(contactRoleOf(contactRoleName(role)), role);
        QCOMPARE(contactRoleName(ContactRole::Lead), u"lead"_s);
        QVERIFY(contactRoleName(ContactRole::Unknown).isEmpty());
    }

    void message()
    {
        // POST /conversations answers a message naming the conversation it opened.
        const auto m = parseMessage(json(R"({"type": "user_message", "id": "403918330",
            "created_at": 1734537460, "body": "Hello there", "message_type": "inapp",
            "conversation_id": "363"})"));
        QVERIFY(m);
        QCOMPARE(m->id, u"403918330"_s);
        QCOMPARE(m->conversationId, u"363"_s);
        QCOMPARE(parseMessage(json(R"({"id": "1", "conversation_id": 363})"))->conversationId, u"363"_s);
        QString error;
        QVERIFY(!parseMessage(json(R"({"type": "user_message", "id": "403918330"})"), &error));
        QVERIFY(error.contains(u"conversation"_s));
    }

    void adminsTeamsTags()
    {
        // GET /me: the admin with its workspace.
        const auto me = parseAdmin(json(R"({"type": "admin", "id": "991267464", "email": "admin@email.com",
            "name": "Ciaran Lee", "email_verified": true, "app": {"type": "app", "id_code": "this_is_an_id",
            "name": "MyApp 1", "created_at": 1734537243, "secure": false, "identity_verification": false,
            "timezone": "America/Los_Angeles", "region": "US"}, "avatar": {"type": "avatar", "image_url": null},
            "has_inbox_seat": true})"));
        QVERIFY(me);
        QCOMPARE(me->id, u"991267464"_s);
        QCOMPARE(me->name, u"Ciaran Lee"_s);
        QCOMPARE(me->email, u"admin@email.com"_s);
        QCOMPARE(me->app.name, u"MyApp 1"_s);
        QCOMPARE(me->app.idCode, u"this_is_an_id"_s);
        // GET /admins: ids as numbers in older answers; one without an id is skipped, not fatal.
        const auto admins = parseAdminList(json(R"({"type": "admin.list", "admins": [
            {"type": "admin", "id": 991267466, "name": "Ciaran Lee"}, {"type": "admin", "name": "Nobody"},
            {"type": "admin", "id": "991267467", "name": null}]})"));
        QCOMPARE(admins.items.size(), 2);
        QCOMPARE(admins.skipped, 1);
        QCOMPARE(admins.items.at(0).id, u"991267466"_s);
        QVERIFY(admins.items.at(0).app.name.isEmpty()); // only /me names the workspace
        QVERIFY(admins.items.at(1).name.isEmpty());
        // GET /teams.
        const auto teams = parseTeamList(json(R"({"type": "team.list", "teams": [{"type": "team",
            "id": "991267902", "name": "team 1", "admin_ids": []}]})"));
        QCOMPARE(teams.items.size(), 1);
        QCOMPARE(teams.items.first().id, u"991267902"_s);
        QCOMPARE(teams.items.first().name, u"team 1"_s);
        // POST /tags.
        const auto tag = parseTag(json(R"({"type": "tag", "id": "102", "name": "telegram"})"));
        QVERIFY(tag);
        QCOMPARE(tag->id, u"102"_s);
        QCOMPARE(tag->name, u"telegram"_s);
        QString error;
        QVERIFY(!parseTag(json(R"({"type": "tag", "name": "telegram"})"), &error));
        QCOMPARE(error, u"tag without an id"_s);
        QVERIFY(!parseTeam(QJsonObject()));
    }

    void searchPages()
    {
        // POST /contacts/search: a page with the next cursor and the total.
        const auto contacts = parseContactPage(json(R"({"type": "list", "data": [
            {"type": "contact", "id": "c1", "role": "lead"}, {"type": "contact", "role": "user"}, 17],
            "total_count": 151, "pages": {"type": "pages", "page": 1, "per_page": 150, "total_pages": 2,
            "next": {"per_page": 150, "starting_after": "WzE3MzQ1Mzc0MjQwMDAsIjY3NjJmIl0="}}})"));
        QCOMPARE(contacts.items.size(), 1);
        QCOMPARE(contacts.skipped, 2);
        QCOMPARE(contacts.items.first().id, u"c1"_s);
        QCOMPARE(contacts.nextCursor, u"WzE3MzQ1Mzc0MjQwMDAsIjY3NjJmIl0="_s);
        QCOMPARE(contacts.totalCount, std::optional<qint64>(151));
        // The last page: no next (null or missing), no total.
        const auto last = parseContactPage(json(R"({"type": "list", "data": [], "pages": {"next": null}})"));
        QVERIFY(last.items.isEmpty());
        QVERIFY(last.nextCursor.isEmpty());
        QVERIFY(!last.totalCount);
        // POST /conversations/search.
        const auto conversations = parseConversationPage(json(R"({"type": "conversation.list",
            "conversations": [{"type": "conversation", "id": "1", "updated_at": 1663597300}],
            "total_count": "1", "pages": {"type": "pages", "page": 1, "per_page": 150, "total_pages": 1}})"));
        QCOMPARE(conversations.items.size(), 1);
        QCOMPARE(conversations.items.first().updatedAt, qint64(1663597300));
        QCOMPARE(conversations.totalCount, std::optional<qint64>(1));
        QVERIFY(conversations.nextCursor.isEmpty());
        // Not a list at all: an empty page.
        const auto wrong = parseConversationPage(json(R"({"conversations": {"id": "1"}, "pages": "x"})"));
        QVERIFY(wrong.items.isEmpty());
        QVERIFY(wrong.nextCursor.isEmpty());
    }

    void idsAndSeconds()
    {
        QCOMPARE(idOf(QJsonValue(u"abc"_s)), u"abc"_s);
        QCOMPARE(idOf(QJsonValue(991267460.0)), u"991267460"_s);
        QVERIFY(idOf(QJsonValue(true)).isEmpty());
        QVERIFY(idOf(QJsonValue()).isEmpty());
        QCOMPARE(secondsOf(QJsonValue(1734537424)), qint64(1734537424));
        QCOMPARE(secondsOf(QJsonValue(u"1734537424"_s)), qint64(1734537424));
        QCOMPARE(secondsOf(QJsonValue(u"yesterday"_s)), qint64(0));
        QCOMPARE(secondsOf(QJsonValue(QJsonValue::Null)), qint64(0));
        // A number with no qint64 value (a broken proxy, a hostile answer) is no id and no time.
        QVERIFY(idOf(QJsonValue(1e300)).isEmpty());
        QCOMPARE(secondsOf(QJsonValue(-1e300)), qint64(0));
        QVERIFY(!parseContact(json(R"({"id": 1e300, "role": "lead"})")));
    }
};

QTEST_GUILESS_MAIN(TestIntercomTypes)
#include "tst_intercomtypes.moc"
