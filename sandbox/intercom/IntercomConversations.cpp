// SPDX-License-Identifier: MIT
#include "IntercomConversations.h"

#include "IntercomJson.h"
#include "IntercomWorld.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

void setError(IntercomError *error, int status, const QString &code, const QString &message)
{
    if (error)
        *error = IntercomError { status, code, message, {} };
}

QJsonValue optionalTime(const std::optional<qint64> &t)
{
    return t ? QJsonValue(double(*t)) : QJsonValue();
}

QJsonValue optionalNumber(const QString &id)
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    return ok ? QJsonValue(double(n)) : QJsonValue();
}

} // namespace

IntercomConversations::IntercomConversations(IntercomWorld &world)
    : m_world(world)
{ }

const IntercomConversation *IntercomConversations::conversation(const QString &id) const
{
    bool ok = false;
    const qint64 key = id.toLongLong(&ok);
    if (!ok)
        return nullptr;
    const auto it = m_conversations.constFind(key);
    return it == m_conversations.cend() || !m_world.conversationVisible(it.value()) ? nullptr : &it.value();
}

QList<const IntercomConversation *> IntercomConversations::all() const
{
    QList<const IntercomConversation *> out;
    for (const IntercomConversation &c : m_conversations)
        if (m_world.conversationVisible(c))
            out.append(&c);
    return out;
}

QList<const IntercomConversation *> IntercomConversations::ofContact(const QString &contactId) const
{
    QList<const IntercomConversation *> out;
    for (const IntercomConversation &c : m_conversations) {
        if (c.contactIds.contains(contactId) && m_world.conversationVisible(c))
            out.append(&c);
    }
    return out;
}

QString IntercomConversations::latestOf(const QString &contactId) const
{
    const IntercomConversation *best = nullptr;
    for (const IntercomConversation &c : m_conversations) {
        if (c.contactIds.contains(contactId) && m_world.conversationVisible(c)
            && (!best || c.updatedAt >= best->updatedAt))
            best = &c;
    }
    return best ? best->id : QString();
}

QString IntercomConversations::latest() const
{
    const IntercomConversation *best = nullptr;
    for (const IntercomConversation &c : m_conversations) {
        if (m_world.conversationVisible(c) && (!best || c.updatedAt >= best->updatedAt))
            best = &c;
    }
    return best ? best->id : QString();
}

IntercomPart &IntercomConversations::appendPart(IntercomConversation &conversation, const QString &partType,
    const IntercomAuthor &author, const IntercomPartInput &input)
{
    IntercomPart part;
    part.id = m_world.nextNumericId(u"part"_s);
    part.partType = partType;
    part.body = input.body.isEmpty() ? QString() : IntercomJson::htmlBody(input.body);
    part.received = input.received;
    part.createdAt = input.createdAt.value_or(m_world.now());
    part.author = author;
    part.attachments = input.attachments;
    part.appPackageCode = input.appPackageCode;
    part.stateAfter = conversation.state;
    conversation.parts.append(part);
    conversation.updatedAt = m_world.now();
    return conversation.parts.last();
}

QString IntercomConversations::create(
    const IntercomContact &from, const IntercomPartInput &input, QString *messageId)
{
    IntercomConversation c;
    c.id = m_world.nextNumericId(u"conversation"_s);
    *messageId = m_world.nextNumericId(u"message"_s);
    c.createdAt = input.createdAt.value_or(m_world.now());
    c.updatedAt = m_world.now();
    c.contactIds = { from.id };
    c.sourceId = *messageId;
    c.sourceBody = IntercomJson::htmlBody(input.body);
    c.sourceReceived = input.received;
    c.deliveredAs = u"customer_initiated"_s;
    c.sourceAuthor = { from.role, from.id };
    c.sourceAttachments = input.attachments;
    c.waitingSince = c.createdAt;
    c.firstContactReplyAt = c.createdAt;
    c.lastContactReplyAt = c.createdAt;
    m_conversations.insert(c.id.toLongLong(), c);
    return c.id;
}

QString IntercomConversations::contactReply(
    const QString &conversationId, const IntercomContact &contact, const IntercomPartInput &input)
{
    IntercomConversation &c = m_conversations[conversationId.toLongLong()];
    QString partType = u"comment"_s;
    if (c.state != u"open"_s) {
        // A contact writing into a closed or snoozed conversation reopens it.
        partType = u"open"_s;
        c.state = u"open"_s;
        c.snoozedUntil.reset();
        ++c.countReopens;
    }
    const IntercomPart &part = appendPart(c, partType, { contact.role, contact.id }, input);
    c.read = false;
    if (!c.waitingSince)
        c.waitingSince = part.createdAt;
    if (!c.firstContactReplyAt)
        c.firstContactReplyAt = part.createdAt;
    c.lastContactReplyAt = part.createdAt;
    return part.id;
}

QString IntercomConversations::adminReply(const QString &conversationId, const QString &adminId,
    const QString &messageType, const IntercomPartInput &input)
{
    IntercomConversation &c = m_conversations[conversationId.toLongLong()];
    const IntercomPart &part = appendPart(c, messageType, { u"admin"_s, adminId }, input);
    if (messageType != u"note"_s) {
        c.waitingSince.reset();
        if (!c.firstAdminReplyAt)
            c.firstAdminReplyAt = part.createdAt;
        c.lastAdminReplyAt = part.createdAt;
    }
    if (!c.teammateIds.contains(adminId))
        c.teammateIds.append(adminId);
    return part.id;
}

QString IntercomConversations::manage(const QString &conversationId, const QJsonObject &request,
    const QString &appPackageCode, IntercomError *error)
{
    IntercomConversation &c = m_conversations[conversationId.toLongLong()];
    const QString messageType = request.value(u"message_type"_s).toString();
    const QString adminId = request.value(u"admin_id"_s).toString();
    if (adminId.isEmpty()) {
        setError(error, 400, u"parameter_invalid"_s, u"admin_id is required"_s);
        return {};
    }
    if (!m_world.admin(adminId)) {
        setError(error, 404, u"not_found"_s, u"Resource Not Found"_s);
        return {};
    }
    IntercomPartInput input;
    input.body = request.value(u"body"_s).toString();
    input.appPackageCode = appPackageCode;
    const IntercomAuthor author { u"admin"_s, adminId };
    if (messageType == u"close"_s) {
        if (request.value(u"type"_s).toString() != u"admin"_s) {
            setError(error, 400, u"parameter_invalid"_s, u"type must be admin"_s);
            return {};
        }
        c.state = u"closed"_s;
        c.snoozedUntil.reset();
        c.waitingSince.reset();
        c.lastCloseAt = m_world.now();
        c.lastClosedById = adminId;
        return appendPart(c, u"close"_s, author, input).id;
    }
    if (messageType == u"open"_s) {
        if (c.state != u"open"_s)
            ++c.countReopens;
        c.state = u"open"_s;
        c.snoozedUntil.reset();
        return appendPart(c, u"open"_s, author, input).id;
    }
    if (messageType == u"snoozed"_s) {
        const QJsonValue until = request.value(u"snoozed_until"_s);
        if (!until.isDouble()) {
            setError(error, 400, u"parameter_invalid"_s, u"snoozed_until is required"_s);
            return {};
        }
        c.state = u"snoozed"_s;
        c.snoozedUntil = static_cast<qint64>(until.toDouble());
        c.snoozedById = adminId;
        return appendPart(c, u"snoozed"_s, author, input).id;
    }
    if (messageType == u"assignment"_s) {
        const QString type = request.value(u"type"_s).toString();
        const QString assignee = request.value(u"assignee_id"_s).toVariant().toString();
        if ((type != u"admin"_s && type != u"team"_s) || assignee.isEmpty()) {
            setError(error, 400, u"parameter_invalid"_s,
                u"An assignment needs type (admin or team) and assignee_id"_s);
            return {};
        }
        if (assignee != u"0"_s
            && (type == u"admin"_s ? m_world.admin(assignee) == nullptr
                                   : m_world.team(assignee) == nullptr)) {
            setError(error, 404, u"not_found"_s, u"Resource Not Found"_s);
            return {};
        }
        // "0" unassigns, as in the web app.
        QString &slot = type == u"admin"_s ? c.adminAssigneeId : c.teamAssigneeId;
        slot = assignee == u"0"_s ? QString() : assignee;
        ++c.countAssignments;
        // Assigning a closed or snoozed conversation opens it again (the spec's example:
        // part_type assign_and_reopen, state open).
        const bool reopen = c.state != u"open"_s;
        if (reopen) {
            c.state = u"open"_s;
            c.snoozedUntil.reset();
            ++c.countReopens;
        }
        IntercomPart &part = appendPart(c, reopen ? u"assign_and_reopen"_s : u"assignment"_s, author, input);
        part.assignedToType = type;
        part.assignedToId = assignee;
        return part.id;
    }
    setError(error, 400, u"parameter_invalid"_s,
        u"message_type must be one of close, open, snoozed, assignment"_s);
    return {};
}

void IntercomConversations::setRead(const QString &conversationId, bool read)
{
    IntercomConversation &c = m_conversations[conversationId.toLongLong()];
    c.read = read;
    c.updatedAt = m_world.now();
}

void IntercomConversations::setCustomAttributes(const QString &conversationId, const QJsonObject &attributes)
{
    IntercomConversation &c = m_conversations[conversationId.toLongLong()];
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        c.customAttributes.insert(it.key(), it.value());
    c.updatedAt = m_world.now();
}

void IntercomConversations::wakeSnoozed()
{
    const qint64 now = m_world.now();
    for (IntercomConversation &c : m_conversations) {
        if (c.state != u"snoozed"_s || !c.snoozedUntil || *c.snoozedUntil > now)
            continue;
        // At snoozed_until the conversation is open again, in the snoozing admin's name.
        const qint64 at = *c.snoozedUntil;
        const qint64 before = c.updatedAt;
        IntercomPartInput input;
        input.createdAt = at;
        c.state = u"open"_s;
        c.snoozedUntil.reset();
        const QString by = c.snoozedById.isEmpty() ? m_world.owner().id : c.snoozedById;
        appendPart(c, u"timer_unsnooze"_s, { u"admin"_s, by }, input);
        c.updatedAt = std::max(before, at); // when it happened, not when the emulator noticed
    }
}

std::optional<IntercomTagging> IntercomConversations::tag(
    const QString &conversationId, const QString &tagId, const QString &adminId)
{
    IntercomConversation &c = m_conversations[conversationId.toLongLong()];
    for (const IntercomTagging &t : std::as_const(c.tags)) {
        if (t.tagId == tagId)
            return t;
    }
    c.tags.append({ tagId, m_world.now(), adminId });
    return c.tags.last();
}

bool IntercomConversations::untag(const QString &conversationId, const QString &tagId)
{
    IntercomConversation &c = m_conversations[conversationId.toLongLong()];
    for (qsizetype i = 0; i < c.tags.size(); ++i) {
        if (c.tags.at(i).tagId == tagId) {
            c.tags.removeAt(i);
            return true;
        }
    }
    return false;
}

void IntercomConversations::reassignContact(
    const QString &fromId, const QString &intoId, const QString &intoRole)
{
    // The conversation keeps its id and now belongs to the surviving user, parts included.
    for (IntercomConversation &c : m_conversations) {
        if (!c.contactIds.contains(fromId))
            continue;
        c.contactIds.removeAll(fromId);
        if (!c.contactIds.contains(intoId))
            c.contactIds.append(intoId);
        if (c.sourceAuthor.id == fromId)
            c.sourceAuthor = { intoRole, intoId };
        for (IntercomPart &p : c.parts) {
            if (p.author.id == fromId && p.author.type != u"admin"_s)
                p.author = { intoRole, intoId };
        }
    }
}

IntercomAttachment IntercomConversations::storeFile(
    const QString &name, const QString &contentType, const QByteArray &data)
{
    const QString safeName = name.isEmpty() ? u"file"_s : name;
    const QString path = u"/sandbox-files/"_s + m_world.nextNumericId(u"file"_s) + u'/'
        + QString::fromUtf8(QUrl::toPercentEncoding(safeName));
    m_files.insert(path, { contentType.toUtf8(), data });
    return IntercomAttachment { safeName, contentType, path, data.size() };
}

std::optional<QPair<QByteArray, QByteArray>> IntercomConversations::file(const QString &path) const
{
    const auto it = m_files.constFind(path);
    if (it == m_files.cend())
        return std::nullopt;
    return it.value();
}

std::optional<IntercomSearchQuery::FieldType> IntercomConversations::fieldType(const QString &field) const
{
    using T = IntercomSearchQuery::FieldType;
    static const QHash<QString, T> fields {
        { u"id"_s, T::String },
        { u"state"_s, T::String },
        { u"priority"_s, T::String },
        { u"contact_ids"_s, T::String },
        { u"tag_ids"_s, T::String },
        { u"teammate_ids"_s, T::String },
        { u"source.type"_s, T::String },
        { u"source.id"_s, T::String },
        { u"source.delivered_as"_s, T::String },
        { u"source.body"_s, T::String },
        { u"source.author.id"_s, T::String },
        { u"source.author.type"_s, T::String },
        { u"statistics.last_closed_by_id"_s, T::String },
        { u"admin_assignee_id"_s, T::Integer },
        { u"team_assignee_id"_s, T::Integer },
        { u"statistics.count_reopens"_s, T::Integer },
        { u"statistics.count_assignments"_s, T::Integer },
        { u"statistics.count_conversation_parts"_s, T::Integer },
        { u"open"_s, T::Boolean },
        { u"read"_s, T::Boolean },
        { u"ai_agent_participated"_s, T::Boolean },
        { u"created_at"_s, T::Date },
        { u"updated_at"_s, T::Date },
        { u"waiting_since"_s, T::Date },
        { u"snoozed_until"_s, T::Date },
        { u"statistics.first_contact_reply_at"_s, T::Date },
        { u"statistics.last_contact_reply_at"_s, T::Date },
        { u"statistics.first_admin_reply_at"_s, T::Date },
        { u"statistics.last_admin_reply_at"_s, T::Date },
        { u"statistics.last_close_at"_s, T::Date },
    };
    if (!fields.contains(field))
        return std::nullopt;
    return fields.value(field);
}

QJsonValue IntercomConversations::fieldValue(const IntercomConversation &c, const QString &field) const
{
    auto list = [](const QStringList &items) {
        QJsonArray a;
        for (const QString &s : items)
            a.append(s);
        return a;
    };
    if (field == u"id"_s)
        return c.id;
    if (field == u"state"_s)
        return c.state;
    if (field == u"priority"_s)
        return u"none"_s;
    if (field == u"contact_ids"_s)
        return list(c.contactIds);
    if (field == u"teammate_ids"_s)
        return list(c.teammateIds);
    if (field == u"tag_ids"_s) {
        QStringList ids;
        for (const IntercomTagging &t : c.tags)
            ids.append(t.tagId);
        return list(ids);
    }
    if (field == u"source.type"_s)
        return u"conversation"_s;
    if (field == u"source.id"_s)
        return c.sourceId;
    if (field == u"source.delivered_as"_s)
        return c.deliveredAs;
    if (field == u"source.body"_s) {
        // Matched per word, not against the whole text.
        static const QRegularExpression tags(u"<[^>]*>"_s);
        static const QRegularExpression separators(u"[^\\p{L}\\p{N}_@.-]+"_s);
        QString text = c.sourceBody;
        text.replace(tags, u" "_s);
        return list(text.split(separators, Qt::SkipEmptyParts));
    }
    if (field == u"source.author.id"_s)
        return c.sourceAuthor.id;
    if (field == u"source.author.type"_s)
        return c.sourceAuthor.type;
    if (field == u"statistics.last_closed_by_id"_s)
        return c.lastClosedById.isEmpty() ? QJsonValue() : QJsonValue(c.lastClosedById);
    if (field == u"admin_assignee_id"_s)
        return optionalNumber(c.adminAssigneeId);
    if (field == u"team_assignee_id"_s)
        return optionalNumber(c.teamAssigneeId);
    if (field == u"statistics.count_reopens"_s)
        return c.countReopens;
    if (field == u"statistics.count_assignments"_s)
        return c.countAssignments;
    if (field == u"statistics.count_conversation_parts"_s)
        return int(c.parts.size());
    if (field == u"open"_s)
        return c.state != u"closed"_s;
    if (field == u"read"_s)
        return c.read;
    if (field == u"ai_agent_participated"_s)
        return false;
    if (field == u"created_at"_s)
        return double(c.createdAt);
    if (field == u"updated_at"_s)
        return double(c.updatedAt);
    if (field == u"waiting_since"_s)
        return optionalTime(c.waitingSince);
    if (field == u"snoozed_until"_s)
        return optionalTime(c.snoozedUntil);
    if (field == u"statistics.first_contact_reply_at"_s)
        return optionalTime(c.firstContactReplyAt);
    if (field == u"statistics.last_contact_reply_at"_s)
        return optionalTime(c.lastContactReplyAt);
    if (field == u"statistics.first_admin_reply_at"_s)
        return optionalTime(c.firstAdminReplyAt);
    if (field == u"statistics.last_admin_reply_at"_s)
        return optionalTime(c.lastAdminReplyAt);
    if (field == u"statistics.last_close_at"_s)
        return optionalTime(c.lastCloseAt);
    return {};
}

} // namespace tgic::sandbox
