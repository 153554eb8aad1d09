// SPDX-License-Identifier: MIT
#include "IntercomJson.h"

#include "IntercomWorld.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

constexpr int kEmbeddedListLimit = 10; // contacts embed at most 10 tags/notes, with has_more
constexpr int kMaxParts = 500; // GET /conversations/{id} returns the 500 most recent parts

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue nullableTime(const std::optional<qint64> &t)
{
    return t ? QJsonValue(double(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject addressableList(const QString &url, const QJsonArray &data, int total)
{
    return QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, data }, { u"url"_s, url },
        { u"total_count"_s, total }, { u"has_more"_s, total > data.size() } };
}

} // namespace

IntercomJson::IntercomJson(const IntercomWorld &world, const QString &baseUrl)
    : m_world(world)
    , m_baseUrl(baseUrl)
{ }

QJsonObject IntercomJson::errorList(const QString &requestId, const QString &code, const QString &message)
{
    return QJsonObject { { u"type"_s, u"error.list"_s }, { u"request_id"_s, requestId },
        { u"errors"_s, QJsonArray { QJsonObject { { u"code"_s, code }, { u"message"_s, message } } } } };
}

IntercomReply IntercomJson::reply(const QJsonObject &body, int status)
{
    IntercomReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

IntercomReply IntercomJson::errorReply(const IntercomError &error, const QString &requestId)
{
    IntercomReply r = reply(errorList(requestId, error.code, error.message), error.status);
    if (!error.link.isEmpty())
        r.headers.append({ "Link", error.link });
    return r;
}

QString IntercomJson::cursorFor(int offset)
{
    // Opaque to clients, like the real base64 cursors.
    return QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<int> IntercomJson::offsetOf(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("offset:"))
        return std::nullopt;
    bool ok = false;
    const int offset = raw.mid(7).toInt(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

QString IntercomJson::htmlBody(const QString &text)
{
    return text.trimmed().startsWith(u'<') ? text : plainTextBody(text);
}

QString IntercomJson::plainTextBody(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', u"<br>"_s);
    return u"<p>"_s + escaped + u"</p>"_s;
}

QJsonObject IntercomJson::pages(int page, int perPage, int total, const QString &nextCursor)
{
    QJsonObject pages { { u"type"_s, u"pages"_s }, { u"page"_s, page }, { u"per_page"_s, perPage },
        { u"total_pages"_s, perPage > 0 ? (total + perPage - 1) / perPage : 0 } };
    if (!nextCursor.isEmpty())
        pages.insert(u"next"_s, QJsonObject { { u"page"_s, page + 1 }, { u"starting_after"_s, nextCursor } });
    return pages;
}

QJsonObject IntercomJson::admin(const IntercomAdmin &a) const
{
    return QJsonObject { { u"type"_s, u"admin"_s }, { u"id"_s, a.id }, { u"name"_s, a.name },
        { u"email"_s, a.email }, { u"away_mode_enabled"_s, false }, { u"away_mode_reassign"_s, false } };
}

QJsonObject IntercomJson::listedAdmin(const IntercomAdmin &a) const
{
    QJsonObject o = admin(a);
    o.insert(u"has_inbox_seat"_s, true);
    QJsonArray teamIds;
    for (const QString &id : m_world.teamIdsOf(a.id))
        teamIds.append(double(id.toLongLong()));
    o.insert(u"team_ids"_s, teamIds);
    return o;
}

QJsonObject IntercomJson::team(const IntercomTeam &t) const
{
    QJsonArray adminIds;
    for (const QString &id : t.adminIds)
        adminIds.append(double(id.toLongLong()));
    return QJsonObject { { u"type"_s, u"team"_s }, { u"id"_s, t.id }, { u"name"_s, t.name },
        { u"admin_ids"_s, adminIds } };
}

QJsonObject IntercomJson::adminWithApp(const IntercomAdmin &a) const
{
    QJsonObject o = admin(a);
    o.insert(u"email_verified"_s, true);
    o.insert(u"has_inbox_seat"_s, true);
    o.insert(u"team_ids"_s, QJsonArray());
    o.insert(u"avatar"_s, QJsonObject { { u"type"_s, u"avatar"_s }, { u"image_url"_s, QJsonValue::Null } });
    o.insert(u"app"_s,
        QJsonObject { { u"type"_s, u"app"_s }, { u"id_code"_s, u"tgicsandbox"_s },
            { u"name"_s, u"tgic sandbox workspace"_s }, { u"created_at"_s, 1700000000 },
            { u"secure"_s, false }, { u"identity_verification"_s, false }, { u"timezone"_s, u"Etc/UTC"_s },
            { u"region"_s, u"US"_s } });
    return o;
}

QJsonObject IntercomJson::dataAttribute(const IntercomAttribute &a, bool custom) const
{
    // The response enum knows only string/integer/float/boolean/date: datetime attributes are
    // reported as date and list attributes as string with their options.
    QString reported = a.dataType;
    if (reported == u"datetime"_s)
        reported = u"date"_s;
    else if (reported == u"options"_s)
        reported = u"string"_s;
    QJsonObject o { { u"type"_s, u"data_attribute"_s }, { u"name"_s, a.name },
        { u"full_name"_s, custom ? u"custom_attributes."_s + a.name : a.name },
        { u"label"_s, custom ? a.name : a.description }, { u"description"_s, a.description },
        { u"data_type"_s, reported }, { u"api_writable"_s, custom || a.messengerWritable },
        { u"ui_writable"_s, custom }, { u"messenger_writable"_s, custom ? a.messengerWritable : false },
        { u"custom"_s, custom }, { u"archived"_s, a.archived }, { u"model"_s, a.model } };
    if (custom) {
        o.insert(u"id"_s, a.id);
        o.insert(u"created_at"_s, double(a.createdAt));
        o.insert(u"updated_at"_s, double(a.updatedAt));
        o.insert(u"admin_id"_s, a.adminId);
    }
    if (!a.options.isEmpty())
        o.insert(u"options"_s, QJsonArray::fromStringList(a.options));
    return o;
}

QJsonObject IntercomJson::contactReference(const IntercomContact &c) const
{
    return QJsonObject { { u"type"_s, u"contact"_s }, { u"id"_s, c.id },
        { u"external_id"_s, nullable(c.externalId) } };
}

QJsonObject IntercomJson::contact(const IntercomContact &c, bool includeMergeHistory) const
{
    const QString base = u"/contacts/"_s + c.id;
    QJsonArray tagRefs;
    for (const IntercomTagging &t : c.tags) {
        if (tagRefs.size() < kEmbeddedListLimit)
            tagRefs.append(QJsonObject { { u"type"_s, u"tag"_s }, { u"id"_s, t.tagId },
                { u"url"_s, QString(u"/tags/"_s + t.tagId) } });
    }
    const QList<IntercomNote> notes = m_world.notesOf(c.id);
    QJsonArray noteRefs;
    for (const IntercomNote &n : notes) {
        if (noteRefs.size() < kEmbeddedListLimit)
            noteRefs.append(QJsonObject {
                { u"type"_s, u"note"_s }, { u"id"_s, n.id }, { u"url"_s, QString(u"/notes/"_s + n.id) } });
    }
    QJsonObject o {
        { u"type"_s, u"contact"_s },
        { u"id"_s, c.id },
        { u"workspace_id"_s, u"tgicsandbox"_s },
        { u"external_id"_s, nullable(c.externalId) },
        { u"role"_s, c.role },
        // email and email_domain are non-nullable strings in the spec: "" when the contact has none.
        { u"email"_s, c.email },
        { u"email_domain"_s, c.email.section(u'@', 1) },
        { u"phone"_s, nullable(c.phone) },
        { u"name"_s, nullable(c.name) },
        { u"avatar"_s,
            c.avatar.isEmpty()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(QJsonObject { { u"type"_s, u"avatar"_s }, { u"image_url"_s, c.avatar } }) },
        { u"owner_id"_s, nullable(c.ownerId) },
        { u"social_profiles"_s, QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, QJsonArray() } } },
        { u"has_hard_bounced"_s, false },
        { u"marked_email_as_spam"_s, false },
        { u"unsubscribed_from_emails"_s, c.unsubscribedFromEmails },
        { u"created_at"_s, double(c.createdAt) },
        { u"updated_at"_s, double(c.updatedAt) },
        { u"signed_up_at"_s, nullableTime(c.signedUpAt) },
        { u"last_seen_at"_s, nullableTime(c.lastSeenAt) },
        { u"last_replied_at"_s, nullableTime(c.lastRepliedAt) },
        { u"last_contacted_at"_s, nullableTime(c.lastContactedAt) },
        { u"last_email_opened_at"_s, QJsonValue::Null },
        { u"last_email_clicked_at"_s, QJsonValue::Null },
        { u"language_override"_s, nullable(c.languageOverride) },
        { u"browser"_s, QJsonValue::Null },
        { u"browser_version"_s, QJsonValue::Null },
        { u"browser_language"_s, QJsonValue::Null },
        { u"os"_s, QJsonValue::Null },
        { u"location"_s,
            QJsonObject { { u"type"_s, u"location"_s }, { u"country"_s, QJsonValue::Null },
                { u"region"_s, QJsonValue::Null }, { u"city"_s, QJsonValue::Null },
                { u"country_code"_s, QJsonValue::Null }, { u"continent_code"_s, QJsonValue::Null } } },
        { u"android_app_name"_s, QJsonValue::Null },
        { u"android_app_version"_s, QJsonValue::Null },
        { u"android_device"_s, QJsonValue::Null },
        { u"android_os_version"_s, QJsonValue::Null },
        { u"android_sdk_version"_s, QJsonValue::Null },
        { u"android_last_seen_at"_s, QJsonValue::Null },
        { u"ios_app_name"_s, QJsonValue::Null },
        { u"ios_app_version"_s, QJsonValue::Null },
        { u"ios_device"_s, QJsonValue::Null },
        { u"ios_os_version"_s, QJsonValue::Null },
        { u"ios_sdk_version"_s, QJsonValue::Null },
        { u"ios_last_seen_at"_s, QJsonValue::Null },
        { u"custom_attributes"_s, c.customAttributes },
        { u"tags"_s, addressableList(base + u"/tags"_s, tagRefs, int(c.tags.size())) },
        { u"notes"_s, addressableList(base + u"/notes"_s, noteRefs, int(notes.size())) },
        { u"companies"_s, addressableList(base + u"/companies"_s, {}, 0) },
        { u"opted_out_subscription_types"_s, addressableList(base + u"/subscriptions"_s, {}, 0) },
        { u"opted_in_subscription_types"_s, addressableList(base + u"/subscriptions"_s, {}, 0) },
        { u"utm_campaign"_s, QJsonValue::Null },
        { u"utm_content"_s, QJsonValue::Null },
        { u"utm_medium"_s, QJsonValue::Null },
        { u"utm_source"_s, QJsonValue::Null },
        { u"utm_term"_s, QJsonValue::Null },
        { u"referrer"_s, QJsonValue::Null },
        { u"enabled_push_messaging"_s, QJsonValue::Null },
    };
    if (includeMergeHistory && c.role == u"user"_s) {
        QJsonArray history;
        for (const IntercomMerge &m : c.mergeHistory)
            history.append(mergeHistoryItem(m));
        o.insert(u"merge_history"_s, history);
    }
    return o;
}

QJsonObject IntercomJson::mergeHistoryItem(const IntercomMerge &m) const
{
    return QJsonObject { { u"type"_s, u"merge_history"_s }, { u"source_contact_id"_s, m.sourceId },
        { u"source_contact_role"_s, m.sourceRole }, { u"merged_at"_s, double(m.mergedAt) } };
}

QJsonObject IntercomJson::tag(const IntercomTag &t) const
{
    return QJsonObject { { u"type"_s, u"tag"_s }, { u"id"_s, t.id }, { u"name"_s, t.name } };
}

QJsonObject IntercomJson::tagging(const IntercomTagging &t) const
{
    const IntercomTag *known = m_world.tag(t.tagId);
    QJsonObject o = tag(known ? *known : IntercomTag { t.tagId, QString() });
    o.insert(u"applied_at"_s, double(t.appliedAt));
    o.insert(u"applied_by"_s, QJsonObject { { u"type"_s, u"admin"_s }, { u"id"_s, t.appliedBy } });
    return o;
}

QJsonObject IntercomJson::note(const IntercomNote &n) const
{
    const IntercomAdmin *a = m_world.admin(n.adminId);
    return QJsonObject { { u"type"_s, u"note"_s }, { u"id"_s, n.id },
        { u"created_at"_s, double(n.createdAt) },
        { u"contact"_s, QJsonObject { { u"type"_s, u"contact"_s }, { u"id"_s, n.contactId } } },
        { u"author"_s, a ? QJsonValue(admin(*a)) : QJsonValue(QJsonValue::Null) }, { u"body"_s, n.body } };
}

QJsonObject IntercomJson::author(const IntercomAuthor &au, bool sourceAuthor) const
{
    QJsonObject o { { u"type"_s, au.type }, { u"id"_s, au.id } };
    QString name;
    QString email;
    if (au.type == u"admin"_s) {
        if (const IntercomAdmin *a = m_world.admin(au.id)) {
            name = a->name;
            email = a->email;
        }
    } else if (const IntercomContact *c = m_world.contact(au.id)) {
        name = c->name;
        email = c->email;
    }
    o.insert(u"name"_s, nullable(name));
    // A part author's email is a non-nullable string with format email: left out when unknown.
    if (!email.isEmpty())
        o.insert(u"email"_s, email);
    else if (sourceAuthor)
        o.insert(u"email"_s, QJsonValue::Null);
    if (!sourceAuthor) {
        o.insert(u"from_ai_agent"_s, false);
        o.insert(u"is_ai_answer"_s, false);
    }
    return o;
}

QJsonObject IntercomJson::attachment(const IntercomAttachment &a) const
{
    const QString url = a.url.startsWith(u'/') ? m_baseUrl + a.url : a.url;
    QJsonObject o { { u"type"_s, u"upload"_s }, { u"name"_s, a.name }, { u"url"_s, url },
        { u"content_type"_s, a.contentType } };
    if (a.size > 0)
        o.insert(u"filesize"_s, double(a.size));
    return o;
}

QJsonObject IntercomJson::part(const IntercomPart &p) const
{
    QJsonArray attachments;
    for (const IntercomAttachment &a : p.attachments)
        attachments.append(attachment(a));
    QJsonValue assignedTo = QJsonValue::Null;
    if (!p.assignedToType.isEmpty())
        assignedTo = QJsonObject { { u"type"_s, p.assignedToType },
            { u"id"_s,
                p.assignedToId == u"0"_s ? QJsonValue(QJsonValue::Null) : QJsonValue(p.assignedToId) } };
    return QJsonObject { { u"type"_s, u"conversation_part"_s }, { u"id"_s, p.id },
        { u"part_type"_s, p.partType }, { u"body"_s, nullable(p.body) },
        { u"created_at"_s, double(p.createdAt) }, { u"updated_at"_s, double(p.createdAt) },
        { u"notified_at"_s, double(p.createdAt) }, { u"assigned_to"_s, assignedTo },
        { u"author"_s, author(p.author, false) }, { u"attachments"_s, attachments },
        { u"external_id"_s, QJsonValue::Null }, { u"redacted"_s, false },
        { u"email_message_metadata"_s, QJsonValue::Null }, { u"state"_s, p.stateAfter },
        { u"tags"_s, QJsonArray() }, { u"event_details"_s, QJsonValue::Null },
        { u"app_package_code"_s, nullable(p.appPackageCode) } };
}

QJsonObject IntercomJson::conversation(const IntercomConversation &c, bool withParts) const
{
    QJsonArray contacts;
    for (const QString &id : c.contactIds) {
        if (const IntercomContact *contact = m_world.contact(id))
            contacts.append(contactReference(*contact));
    }
    QJsonArray tags;
    for (const IntercomTagging &t : c.tags)
        tags.append(tagging(t));
    QJsonArray sourceAttachments;
    for (const IntercomAttachment &a : c.sourceAttachments)
        sourceAttachments.append(attachment(a));
    QJsonArray teammates;
    for (const QString &id : c.teammateIds)
        teammates.append(QJsonObject { { u"type"_s, u"admin"_s }, { u"id"_s, id } });

    // Statistics: the spec declares these integers non-nullable, so only known ones are sent.
    QJsonObject statistics { { u"type"_s, u"conversation_statistics"_s },
        { u"count_reopens"_s, c.countReopens }, { u"count_assignments"_s, c.countAssignments },
        { u"count_conversation_parts"_s, int(c.parts.size()) } };
    auto stat = [&statistics](const QString &key, const std::optional<qint64> &t) {
        if (t)
            statistics.insert(key, double(*t));
    };
    stat(u"first_contact_reply_at"_s, c.firstContactReplyAt);
    stat(u"last_contact_reply_at"_s, c.lastContactReplyAt);
    stat(u"first_admin_reply_at"_s, c.firstAdminReplyAt);
    stat(u"last_admin_reply_at"_s, c.lastAdminReplyAt);
    stat(u"last_close_at"_s, c.lastCloseAt);
    if (!c.lastClosedById.isEmpty())
        statistics.insert(u"last_closed_by_id"_s, c.lastClosedById);

    QJsonObject o {
        { u"type"_s, u"conversation"_s },
        { u"id"_s, c.id },
        { u"title"_s, QJsonValue::Null },
        { u"created_at"_s, double(c.createdAt) },
        { u"updated_at"_s, double(c.updatedAt) },
        { u"waiting_since"_s, nullableTime(c.waitingSince) },
        { u"snoozed_until"_s, nullableTime(c.snoozedUntil) },
        { u"open"_s, c.state != u"closed"_s },
        { u"state"_s, c.state },
        { u"read"_s, c.read },
        { u"priority"_s, u"none"_s },
        { u"tags"_s, QJsonObject { { u"type"_s, u"tag.list"_s }, { u"tags"_s, tags } } },
        { u"conversation_rating"_s, QJsonValue::Null },
        { u"source"_s,
            QJsonObject { { u"type"_s, u"conversation"_s }, { u"id"_s, c.sourceId },
                { u"delivered_as"_s, c.deliveredAs }, { u"subject"_s, u""_s }, { u"body"_s, c.sourceBody },
                { u"author"_s, author(c.sourceAuthor, true) }, { u"attachments"_s, sourceAttachments },
                { u"url"_s, QJsonValue::Null }, { u"redacted"_s, false } } },
        { u"contacts"_s, QJsonObject { { u"type"_s, u"contact.list"_s }, { u"contacts"_s, contacts } } },
        { u"teammates"_s, QJsonObject { { u"type"_s, u"admin.list"_s }, { u"teammates"_s, teammates } } },
        { u"custom_attributes"_s, c.customAttributes },
        { u"first_contact_reply"_s,
            c.firstContactReplyAt
                ? QJsonValue(QJsonObject { { u"created_at"_s, double(*c.firstContactReplyAt) },
                    { u"type"_s, u"conversation"_s }, { u"url"_s, QJsonValue::Null } })
                : QJsonValue(QJsonValue::Null) },
        { u"sla_applied"_s, QJsonValue::Null },
        { u"statistics"_s, statistics },
        { u"linked_objects"_s,
            QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, QJsonArray() }, { u"total_count"_s, 0 },
                { u"has_more"_s, false } } },
        { u"ai_agent_participated"_s, false },
        { u"ai_agent"_s, QJsonValue::Null },
    };
    // admin_assignee_id / team_assignee_id are non-nullable integers: "If it's not assigned to an
    // admin it will return 0" (the 2.16 conversation schema).
    o.insert(u"admin_assignee_id"_s, double(c.adminAssigneeId.toLongLong()));
    o.insert(u"team_assignee_id"_s, double(c.teamAssigneeId.toLongLong()));
    if (withParts) {
        QJsonArray parts;
        const qsizetype first = std::max<qsizetype>(0, c.parts.size() - kMaxParts);
        for (qsizetype i = first; i < c.parts.size(); ++i)
            parts.append(part(c.parts.at(i)));
        o.insert(u"conversation_parts"_s,
            QJsonObject { { u"type"_s, u"conversation_part.list"_s }, { u"conversation_parts"_s, parts },
                { u"total_count"_s, int(c.parts.size()) } });
    }
    return o;
}

} // namespace tgic::sandbox
