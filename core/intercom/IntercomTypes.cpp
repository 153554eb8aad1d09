// SPDX-License-Identifier: MIT
#include "IntercomTypes.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tgic::intercom {

namespace {

// Text where Intercom may send null (body, name, app_package_code, …): null reads as empty.
QString textOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

bool refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// Every object the app keeps needs its id: without one nothing can refer to it again.
bool hasId(const QString &id, const char *type, QString *error)
{
    return !id.isEmpty() || refuse(error, u"%1 without an id"_s.arg(QLatin1StringView(type)));
}

// `{"type": "…list", "<key>": [ … ] }` wrapped around the items, as lists and searches are.
QJsonArray listIn(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue inner = json.value(key);
    return inner.isObject() ? inner.toObject().value(key).toArray() : inner.toArray();
}

// A JSON number as an integer; none when it has no qint64 value (1e300, NaN from a broken proxy).
std::optional<qint64> integerOf(double number)
{
    constexpr double kLimit = 9.2e18; // just inside qint64's range
    if (!std::isfinite(number) || number >= kLimit || number <= -kLimit)
        return std::nullopt;
    return qint64(number);
}

std::optional<qint64> countOf(const QJsonValue &value)
{
    if (value.isDouble())
        return integerOf(value.toDouble());
    bool ok = false;
    const qint64 n = value.toString().toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

// Intercom writes an unassigned conversation's assignee as null, 0 or "0".
QString assigneeOf(const QJsonValue &value)
{
    const QString id = idOf(value).trimmed();
    return id == u"0"_s ? QString() : id;
}

template <typename T, typename Parse>
SearchPage<T> pageOf(const QJsonObject &json, QLatin1StringView key, Parse parse)
{
    SearchPage<T> page;
    for (const QJsonValue v : listIn(json, key)) {
        if (auto item = parse(v.toObject(), nullptr))
            page.items.append(*item);
        else
            ++page.skipped;
    }
    page.nextCursor
        = textOf(json.value("pages"_L1).toObject().value("next"_L1).toObject().value("starting_after"_L1));
    page.totalCount = countOf(json.value("total_count"_L1));
    return page;
}

} // namespace

ContactRole contactRoleOf(QStringView name)
{
    if (name == "user"_L1)
        return ContactRole::User;
    if (name == "lead"_L1)
        return ContactRole::Lead;
    return ContactRole::Unknown;
}

QString contactRoleName(ContactRole role)
{
    switch (role) {
    case ContactRole::User:
        return u"user"_s;
    case ContactRole::Lead:
        return u"lead"_s;
    case ContactRole::Unknown:
        return {};
    }
    return {};
}

AuthorType authorTypeOf(QStringView name)
{
    if (name == "admin"_L1)
        return AuthorType::Admin;
    if (name == "user"_L1)
        return AuthorType::User;
    if (name == "lead"_L1)
        return AuthorType::Lead;
    if (name == "bot"_L1)
        return AuthorType::Bot;
    if (name == "team"_L1)
        return AuthorType::Team;
    return AuthorType::Unknown;
}

QString authorTypeName(AuthorType type)
{
    switch (type) {
    case AuthorType::Admin:
        return u"admin"_s;
    case AuthorType::User:
        return u"user"_s;
    case AuthorType::Lead:
        return u"lead"_s;
    case AuthorType::Bot:
        return u"bot"_s;
    case AuthorType::Team:
        return u"team"_s;
    case AuthorType::Unknown:
        return {};
    }
    return {};
}

QJsonValue Contact::attribute(const char *name) const
{
    return customAttributes.value(QLatin1StringView(name));
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const auto number = value.isDouble() ? integerOf(value.toDouble()) : std::nullopt)
        return QString::number(*number);
    return {};
}

qint64 secondsOf(const QJsonValue &value)
{
    return countOf(value).value_or(0);
}

std::optional<Contact> parseContact(const QJsonObject &json, QString *error)
{
    Contact c;
    c.id = idOf(json.value("id"_L1));
    if (!hasId(c.id, "contact", error))
        return std::nullopt;
    c.role = contactRoleOf(textOf(json.value("role"_L1)));
    c.name = textOf(json.value("name"_L1));
    c.email = textOf(json.value("email"_L1));
    c.phone = textOf(json.value("phone"_L1));
    c.ownerId = idOf(json.value("owner_id"_L1));
    c.createdAt = secondsOf(json.value("created_at"_L1));
    c.customAttributes = json.value("custom_attributes"_L1).toObject();
    return c;
}

Author parseAuthor(const QJsonObject &json)
{
    return { authorTypeOf(textOf(json.value("type"_L1))), idOf(json.value("id"_L1)),
        textOf(json.value("name"_L1)) };
}

Attachment parseAttachment(const QJsonObject &json)
{
    Attachment a;
    a.name = textOf(json.value("name"_L1));
    a.contentType = textOf(json.value("content_type"_L1));
    a.url = textOf(json.value("url"_L1));
    a.fileSize = countOf(json.value("filesize"_L1)).value_or(0);
    return a;
}

std::optional<ConversationPart> parseConversationPart(const QJsonObject &json, QString *error)
{
    ConversationPart p;
    p.id = idOf(json.value("id"_L1));
    if (!hasId(p.id, "conversation part", error))
        return std::nullopt;
    p.partType = textOf(json.value("part_type"_L1));
    p.body = textOf(json.value("body"_L1));
    p.createdAt = secondsOf(json.value("created_at"_L1));
    p.author = parseAuthor(json.value("author"_L1).toObject());
    p.appPackageCode = textOf(json.value("app_package_code"_L1));
    for (const QJsonValue v : json.value("attachments"_L1).toArray())
        if (v.isObject())
            p.attachments.append(parseAttachment(v.toObject()));
    return p;
}

std::optional<Conversation> parseConversation(const QJsonObject &json, QString *error)
{
    Conversation c;
    c.id = idOf(json.value("id"_L1));
    if (!hasId(c.id, "conversation", error))
        return std::nullopt;
    c.createdAt = secondsOf(json.value("created_at"_L1));
    c.updatedAt = secondsOf(json.value("updated_at"_L1));
    c.state = textOf(json.value("state"_L1));
    if (json.value("open"_L1).isBool())
        c.open = json.value("open"_L1).toBool();
    c.snoozedUntil = secondsOf(json.value("snoozed_until"_L1));
    c.adminAssigneeId = assigneeOf(json.value("admin_assignee_id"_L1));
    c.teamAssigneeId = assigneeOf(json.value("team_assignee_id"_L1));
    if (json.value("tags"_L1).isObject()) {
        QList<Tag> tags;
        // A conversation's tags are read for their names: one without an id still counts.
        for (const QJsonValue v : listIn(json, "tags"_L1)) {
            const QJsonObject tag = v.toObject();
            if (const QString name = textOf(tag.value("name"_L1)); !name.isEmpty())
                tags.append({ idOf(tag.value("id"_L1)), name });
        }
        c.tags = tags;
    }
    c.partCount = countOf(json.value("statistics"_L1).toObject().value("count_conversation_parts"_L1));
    const QJsonValue parts = json.value("conversation_parts"_L1);
    c.totalParts = countOf(parts.toObject().value("total_count"_L1));
    for (const QJsonValue v : listIn(json, "conversation_parts"_L1))
        if (auto part = parseConversationPart(v.toObject()))
            c.parts.append(*part);
    for (const QJsonValue v : listIn(json, "contacts"_L1))
        if (const QString id = idOf(v.toObject().value("id"_L1)); !id.isEmpty())
            c.contactIds.append(id);
    const QJsonObject source = json.value("source"_L1).toObject();
    c.source = { idOf(source.value("id"_L1)), textOf(source.value("body"_L1)),
        parseAuthor(source.value("author"_L1).toObject()) };
    return c;
}

std::optional<Message> parseMessage(const QJsonObject &json, QString *error)
{
    Message m { idOf(json.value("id"_L1)), idOf(json.value("conversation_id"_L1)) };
    if (m.conversationId.isEmpty()) {
        refuse(error, u"a message without the conversation it opened"_s);
        return std::nullopt;
    }
    return m;
}

std::optional<Admin> parseAdmin(const QJsonObject &json, QString *error)
{
    Admin a;
    a.id = idOf(json.value("id"_L1));
    if (!hasId(a.id, "admin", error))
        return std::nullopt;
    a.name = textOf(json.value("name"_L1));
    a.email = textOf(json.value("email"_L1));
    const QJsonObject app = json.value("app"_L1).toObject();
    a.app = { textOf(app.value("name"_L1)), textOf(app.value("id_code"_L1)) };
    return a;
}

std::optional<Team> parseTeam(const QJsonObject &json, QString *error)
{
    Team t { idOf(json.value("id"_L1)), textOf(json.value("name"_L1)) };
    if (!hasId(t.id, "team", error))
        return std::nullopt;
    return t;
}

std::optional<Tag> parseTag(const QJsonObject &json, QString *error)
{
    Tag t { idOf(json.value("id"_L1)), textOf(json.value("name"_L1)) };
    if (!hasId(t.id, "tag", error))
        return std::nullopt;
    return t;
}

SearchPage<Contact> parseContactPage(const QJsonObject &json)
{
    return pageOf<Contact>(json, "data"_L1, parseContact);
}

SearchPage<Conversation> parseConversationPage(const QJsonObject &json)
{
    return pageOf<Conversation>(json, "conversations"_L1, parseConversation);
}

SearchPage<Admin> parseAdminList(const QJsonObject &json)
{
    return pageOf<Admin>(json, "admins"_L1, parseAdmin);
}

SearchPage<Team> parseTeamList(const QJsonObject &json)
{
    return pageOf<Team>(json, "teams"_L1, parseTeam);
}

} // namespace tgic::intercom
