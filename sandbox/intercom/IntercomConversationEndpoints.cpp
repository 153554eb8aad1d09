// SPDX-License-Identifier: MIT
#include "IntercomConversationEndpoints.h"

#include "IntercomJson.h"
#include "IntercomWorld.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

constexpr int kDefaultPerPage = 20;
constexpr int kMaxPerPage = 150;
constexpr int kMaxAttachments = 10;

QString appPackageCode()
{
    return QString::fromLatin1(IntercomConversationEndpoints::kAppPackageCode);
}

} // namespace

IntercomConversationEndpoints::IntercomConversationEndpoints(
    IntercomWorld &world, const IntercomJson &json, std::function<QString()> requestId)
    : m_world(world)
    , m_json(json)
    , m_requestId(std::move(requestId))
{ }

QList<IntercomRoute> IntercomConversationEndpoints::routes()
{
    using R = const IntercomRequest &;
    // Literal segments come before placeholders: the router takes the first match.
    return {
        { u"GET"_s, u"/conversations"_s, [this](R r) { return list(r); } },
        { u"POST"_s, u"/conversations"_s, [this](R r) { return create(r); } },
        { u"POST"_s, u"/conversations/search"_s, [this](R r) { return search(r); } },
        { u"GET"_s, u"/conversations/{id}"_s, [this](R r) { return get(r); } },
        { u"PUT"_s, u"/conversations/{id}"_s, [this](R r) { return update(r); } },
        { u"POST"_s, u"/conversations/{id}/reply"_s, [this](R r) { return reply(r); } },
        { u"POST"_s, u"/conversations/{id}/parts"_s, [this](R r) { return manage(r); } },
        { u"POST"_s, u"/conversations/{id}/tags"_s, [this](R r) { return tag(r); } },
        { u"DELETE"_s, u"/conversations/{id}/tags/{id}"_s, [this](R r) { return untag(r); } },
    };
}

IntercomReply IntercomConversationEndpoints::error(
    int status, const QString &code, const QString &message) const
{
    return IntercomJson::errorReply(IntercomError { status, code, message, {} }, m_requestId());
}

IntercomReply IntercomConversationEndpoints::error(const IntercomError &e) const
{
    return IntercomJson::errorReply(e, m_requestId());
}

IntercomReply IntercomConversationEndpoints::notFound() const
{
    return error(404, u"not_found"_s, u"Resource Not Found"_s);
}

IntercomReply IntercomConversationEndpoints::get(const IntercomRequest &r)
{
    const IntercomConversation *c = m_world.conversations().conversation(r.args.value(0));
    return c ? IntercomJson::reply(m_json.conversation(*c, true)) : notFound();
}

// Marks it read or unread, and sets its custom attributes.
IntercomReply IntercomConversationEndpoints::update(const IntercomRequest &r)
{
    IntercomConversations &store = m_world.conversations();
    const QString id = r.args.value(0);
    if (!store.conversation(id))
        return notFound();
    if (r.body.contains(u"read"_s)) {
        if (!r.body.value(u"read"_s).isBool())
            return error(400, u"parameter_invalid"_s, u"read must be a boolean"_s);
        store.setRead(id, r.body.value(u"read"_s).toBool());
    }
    if (r.body.value(u"custom_attributes"_s).isObject())
        store.setCustomAttributes(id, r.body.value(u"custom_attributes"_s).toObject());
    return IntercomJson::reply(m_json.conversation(*store.conversation(id), true));
}

// Close, open, snooze or assign (POST /conversations/{id}/parts).
IntercomReply IntercomConversationEndpoints::manage(const IntercomRequest &r)
{
    IntercomConversations &store = m_world.conversations();
    const QString id = r.args.value(0);
    if (!store.conversation(id))
        return notFound();
    IntercomError e;
    if (store.manage(id, r.body, appPackageCode(), &e).isEmpty())
        return error(e);
    return IntercomJson::reply(m_json.conversation(*store.conversation(id), true));
}

bool IntercomConversationEndpoints::readAttachments(
    const QJsonObject &body, IntercomPartInput *input, IntercomError *error)
{
    auto fail = [error](const QString &message) {
        *error = IntercomError { 400, u"parameter_invalid"_s, message, {} };
        return false;
    };
    const QJsonArray urls = body.value(u"attachment_urls"_s).toArray();
    const QJsonArray files = body.value(u"attachment_files"_s).toArray();
    if (urls.size() > kMaxAttachments)
        return fail(u"attachment_urls can contain at most 10 items"_s);
    if (files.size() > kMaxAttachments)
        return fail(u"attachment_files can contain at most 10 items"_s);
    for (const QJsonValue v : urls) {
        const QUrl url(v.toString());
        if (!url.isValid() || url.scheme().isEmpty())
            return fail(u"attachment_urls must contain URLs"_s);
        input->attachments.append({ url.fileName(), u"application/octet-stream"_s, v.toString(), 0 });
    }
    for (const QJsonValue v : files) {
        const QJsonObject f = v.toObject();
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            f.value(u"data"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || f.value(u"name"_s).toString().isEmpty()
            || f.value(u"content_type"_s).toString().isEmpty())
            return fail(u"Each attachment file needs content_type, name and base64 data"_s);
        input->attachments.append(m_world.conversations().storeFile(
            f.value(u"name"_s).toString(), f.value(u"content_type"_s).toString(), *decoded));
    }
    return true;
}

IntercomReply IntercomConversationEndpoints::create(const IntercomRequest &r)
{
    const QJsonObject from = r.body.value(u"from"_s).toObject();
    const QString type = from.value(u"type"_s).toString();
    if (type != u"lead"_s && type != u"user"_s && type != u"contact"_s)
        return error(400, u"parameter_invalid"_s, u"from.type must be lead, user or contact"_s);
    const QJsonValue body = r.body.value(u"body"_s);
    if (!body.isString() || body.toString().trimmed().isEmpty())
        return error(400, u"parameter_invalid"_s, u"Body is required"_s);
    const IntercomContact *contact = m_world.liveContact(from.value(u"id"_s).toString(), nullptr, false);
    if (!contact)
        return error(404, u"not_found"_s, u"User Not Found"_s);
    IntercomPartInput input;
    IntercomError e;
    // HTML is not supported here: the body is taken as plain text.
    input.body = IntercomJson::plainTextBody(body.toString());
    input.received = body.toString();
    if (r.body.value(u"created_at"_s).isDouble())
        input.createdAt = static_cast<qint64>(r.body.value(u"created_at"_s).toDouble());
    if (!readAttachments(
            QJsonObject { { u"attachment_urls"_s, r.body.value(u"attachment_urls"_s) } }, &input, &e))
        return error(e);
    QString messageId;
    const QString conversationId = m_world.conversations().create(*contact, input, &messageId);
    const IntercomConversation *c = m_world.conversations().conversation(conversationId);
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"user_message"_s }, { u"id"_s, messageId },
        { u"created_at"_s, double(c->createdAt) }, { u"body"_s, body.toString() },
        { u"message_type"_s, u"inapp"_s }, { u"conversation_id"_s, conversationId } });
}

IntercomReply IntercomConversationEndpoints::list(const IntercomRequest &r)
{
    const QString perPageText = r.query.queryItemValue(u"per_page"_s);
    const int perPage = perPageText.isEmpty() ? kDefaultPerPage : perPageText.toInt();
    if (perPage < 1 || perPage > kMaxPerPage)
        return error(400, u"parameter_invalid"_s, u"per_page must be between 1 and 150"_s);
    int offset = 0;
    const QString cursor = r.query.queryItemValue(u"starting_after"_s);
    if (!cursor.isEmpty()) {
        const std::optional<int> o = IntercomJson::offsetOf(cursor);
        if (!o)
            return error(400, u"parameter_invalid"_s, u"starting_after is invalid"_s);
        offset = *o;
    }
    QList<const IntercomConversation *> all = m_world.conversations().all();
    // Most recently updated first, like the inbox.
    std::stable_sort(
        all.begin(), all.end(), [](const IntercomConversation *a, const IntercomConversation *b) {
            return a->updatedAt > b->updatedAt;
        });
    QJsonArray data;
    for (qsizetype i = offset; i < all.size() && data.size() < perPage; ++i)
        data.append(m_json.conversation(*all.at(i), false));
    const int total = int(all.size());
    const QString next = offset + perPage < total ? IntercomJson::cursorFor(offset + perPage) : QString();
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"conversation.list"_s },
        { u"conversations"_s, data }, { u"total_count"_s, total },
        { u"pages"_s, IntercomJson::pages(offset / perPage + 1, perPage, total, next) } });
}

IntercomReply IntercomConversationEndpoints::search(const IntercomRequest &r)
{
    IntercomError e;
    const IntercomConversations &store = m_world.conversations();
    const auto types = [&store](const QString &field) { return store.fieldType(field); };
    const std::optional<IntercomSearchQuery> query = IntercomSearchQuery::parse(r.body.value(u"query"_s),
        types, IntercomSearchQuery::Endpoint::Conversations, m_world.conversationDateMode, &e);
    if (!query)
        return error(e);
    // The 2.16 search_request has no `sort`; the contact search's form is accepted, and honoured
    // unless the emulator plays a service that ignores it (results then come in creation order).
    QString sortField;
    bool descending = true;
    if (r.body.contains(u"sort"_s)) {
        const QJsonObject sort = r.body.value(u"sort"_s).toObject();
        const QJsonValue order = sort.value(u"order"_s);
        if (!order.isUndefined()) {
            const QString o = order.toString();
            if (o != u"ascending"_s && o != u"descending"_s)
                return error(400, u"invalid_sort_order"_s,
                    u"Invalid sort order '%1'. Must be one of: ascending, descending"_s.arg(
                        order.toVariant().toString()));
            descending = o == u"descending"_s;
        }
        sortField = sort.value(u"field"_s).toString();
        if (!sortField.isEmpty() && store.fieldType(sortField) != IntercomSearchQuery::FieldType::Date)
            return error(400, u"parameter_invalid"_s, u"'%1' is not a sortable field"_s.arg(sortField));
    }
    const QJsonObject pagination = r.body.value(u"pagination"_s).toObject();
    const int perPage = pagination.value(u"per_page"_s).toInt(kDefaultPerPage);
    if (perPage < 1 || perPage > kMaxPerPage)
        return error(400, u"parameter_invalid"_s, u"per_page must be between 1 and 150"_s);
    int offset = 0;
    const QString cursor = pagination.value(u"starting_after"_s).toString();
    if (!cursor.isEmpty()) {
        const std::optional<int> o = IntercomJson::offsetOf(cursor);
        if (!o)
            return error(400, u"parameter_invalid"_s, u"starting_after is invalid"_s);
        offset = *o;
    }
    QList<const IntercomConversation *> hits;
    const QList<const IntercomConversation *> all = store.all();
    for (const IntercomConversation *c : all) {
        if (query->matches([&store, c](const QString &field) { return store.fieldValue(*c, field); }))
            hits.append(c);
    }
    if (!sortField.isEmpty() && m_world.conversationSortHonoured) {
        std::stable_sort(
            hits.begin(), hits.end(), [&](const IntercomConversation *a, const IntercomConversation *b) {
                const qint64 va = qint64(store.fieldValue(*a, sortField).toDouble());
                const qint64 vb = qint64(store.fieldValue(*b, sortField).toDouble());
                if (va != vb)
                    return descending ? va > vb : va < vb;
                return descending ? a->id.toLongLong() > b->id.toLongLong()
                                  : a->id.toLongLong() < b->id.toLongLong();
            });
    }
    QJsonArray data;
    for (qsizetype i = offset; i < hits.size() && data.size() < perPage; ++i) {
        QJsonObject hit = m_json.conversation(*hits.at(i), false);
        if (!m_world.searchHitsHaveStatistics)
            hit.remove(u"statistics"_s);
        data.append(hit);
    }
    const int total = int(hits.size());
    const QString next = offset + perPage < total ? IntercomJson::cursorFor(offset + perPage) : QString();
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"conversation.list"_s },
        { u"conversations"_s, data }, { u"total_count"_s, total },
        { u"pages"_s, IntercomJson::pages(offset / perPage + 1, perPage, total, next) } });
}

IntercomReply IntercomConversationEndpoints::reply(const IntercomRequest &r)
{
    IntercomConversations &store = m_world.conversations();
    const QString type = r.body.value(u"type"_s).toString();
    const QString messageType = r.body.value(u"message_type"_s).toString();
    IntercomPartInput input;
    IntercomError e;
    input.appPackageCode = appPackageCode();
    input.body = r.body.value(u"body"_s).toString();
    if (r.body.value(u"created_at"_s).isDouble())
        input.createdAt = static_cast<qint64>(r.body.value(u"created_at"_s).toDouble());
    if (!readAttachments(r.body, &input, &e))
        return error(e);
    QString id = r.args.value(0);

    if (type == u"user"_s) {
        if (messageType != u"comment"_s)
            return error(400, u"parameter_invalid"_s, u"message_type must be comment for user replies"_s);
        const IntercomContact *contact = nullptr;
        if (r.body.contains(u"intercom_user_id"_s)) {
            contact = m_world.liveContact(r.body.value(u"intercom_user_id"_s).toString(), nullptr, false);
        } else if (r.body.contains(u"user_id"_s)) {
            const IntercomContact *byExternal
                = m_world.findByExternalId(r.body.value(u"user_id"_s).toString());
            contact = byExternal && byExternal->isLive() ? byExternal : nullptr;
        } else if (r.body.contains(u"email"_s)) {
            const QList<const IntercomContact *> live = m_world.liveContacts(true);
            for (const IntercomContact *c : live) {
                if (!contact
                    && c->email.compare(r.body.value(u"email"_s).toString(), Qt::CaseInsensitive) == 0)
                    contact = c;
            }
        } else {
            return error(400, u"parameter_invalid"_s, u"intercom_user_id, user_id or email is required"_s);
        }
        if (!contact)
            return error(404, u"not_found"_s, u"User Not Found"_s);
        if (id == u"last"_s)
            id = store.latestOf(contact->id);
        const IntercomConversation *c = store.conversation(id);
        if (!c)
            return notFound();
        if (!c->contactIds.contains(contact->id))
            return error(400, u"parameter_invalid"_s, u"User is not a participant of this conversation"_s);
        if (input.body.trimmed().isEmpty() && input.attachments.isEmpty())
            return error(400, u"parameter_invalid"_s, u"Body is required"_s);
        // "The text body of the comment": what a contact writes is text, as in POST
        // /conversations ("HTML is not supported"), even when it looks like markup.
        input.received = input.body;
        if (!input.body.isEmpty())
            input.body = IntercomJson::plainTextBody(input.body);
        store.contactReply(id, *contact, input);
        return IntercomJson::reply(m_json.conversation(*store.conversation(id), true));
    }
    if (type == u"admin"_s) {
        const QString adminId = r.body.value(u"admin_id"_s).toVariant().toString();
        if (adminId.isEmpty())
            return error(400, u"parameter_invalid"_s, u"admin_id is required"_s);
        if (!m_world.admin(adminId))
            return notFound();
        if (messageType != u"comment"_s && messageType != u"note"_s && messageType != u"quick_reply"_s)
            return error(
                400, u"parameter_invalid"_s, u"message_type must be one of comment, note, quick_reply"_s);
        if (messageType != u"quick_reply"_s && input.body.trimmed().isEmpty() && input.attachments.isEmpty())
            return error(400, u"parameter_invalid"_s, u"Body is required"_s);
        if (id == u"last"_s)
            id = store.latest();
        if (!store.conversation(id))
            return notFound();
        store.adminReply(id, adminId, messageType, input);
        return IntercomJson::reply(m_json.conversation(*store.conversation(id), true));
    }
    return error(400, u"parameter_invalid"_s, u"type must be user or admin"_s);
}

IntercomReply IntercomConversationEndpoints::tag(const IntercomRequest &r)
{
    IntercomConversations &store = m_world.conversations();
    const QString id = r.args.value(0);
    if (std::optional<IntercomReply> refused = checkTagging(r))
        return *refused;
    const QString tagId = r.body.value(u"id"_s).toVariant().toString();
    if (!m_world.tag(tagId))
        return notFound();
    const std::optional<IntercomTagging> t
        = store.tag(id, tagId, r.body.value(u"admin_id"_s).toVariant().toString());
    return IntercomJson::reply(m_json.tagging(*t));
}

IntercomReply IntercomConversationEndpoints::untag(const IntercomRequest &r)
{
    if (std::optional<IntercomReply> refused = checkTagging(r))
        return *refused;
    const IntercomTag *t = m_world.tag(r.args.value(1));
    if (!t || !m_world.conversations().untag(r.args.value(0), t->id))
        return notFound();
    return IntercomJson::reply(m_json.tag(*t));
}

std::optional<IntercomReply> IntercomConversationEndpoints::checkTagging(const IntercomRequest &r) const
{
    if (!m_world.conversations().conversation(r.args.value(0)))
        return notFound();
    const QString adminId = r.body.value(u"admin_id"_s).toVariant().toString();
    if (adminId.isEmpty())
        return error(400, u"parameter_invalid"_s, u"admin_id is required"_s);
    if (!m_world.admin(adminId))
        return notFound();
    return std::nullopt;
}

} // namespace tgic::sandbox
