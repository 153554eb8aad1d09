// SPDX-License-Identifier: MIT
#include "IntercomContactEndpoints.h"

#include "IntercomJson.h"
#include "IntercomWorld.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

constexpr int kDefaultPerPage = 50;
constexpr int kMaxPerPage = 150;

// Only 2.16 answers 410 Gone for merged-away contacts; older versions say 404.
bool mergedIsGone(const QString &version)
{
    const int major = version.section(u'.', 0, 0).toInt();
    const int minor = version.section(u'.', 1, 1).toInt();
    return major > 2 || (major == 2 && minor >= 16);
}

// Orders search results by a field's value; unset values sort last, ties by id.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const bool aUnset = a.isNull() || a.isUndefined();
    const bool bUnset = b.isNull() || b.isUndefined();
    if (aUnset || bUnset)
        return aUnset == bUnset ? 0 : (aUnset ? 1 : -1);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return a.toVariant().toString().compare(b.toVariant().toString(), Qt::CaseInsensitive);
}

} // namespace

IntercomContactEndpoints::IntercomContactEndpoints(
    IntercomWorld &world, const IntercomJson &json, std::function<QString()> requestId)
    : m_world(world)
    , m_json(json)
    , m_requestId(std::move(requestId))
{ }

QList<IntercomRoute> IntercomContactEndpoints::routes()
{
    using R = const IntercomRequest &;
    // Literal segments come before placeholders: the router takes the first match.
    return {
        { u"GET"_s, u"/contacts"_s, [this](R r) { return listContacts(r); } },
        { u"POST"_s, u"/contacts"_s, [this](R r) { return createContact(r); } },
        { u"POST"_s, u"/contacts/search"_s, [this](R r) { return searchContacts(r); } },
        { u"POST"_s, u"/contacts/merge"_s, [this](R r) { return mergeContacts(r); } },
        { u"GET"_s, u"/contacts/find_by_external_id/{id}"_s, [this](R r) { return getContact(r, true); } },
        { u"GET"_s, u"/contacts/{id}"_s, [this](R r) { return getContact(r, false); } },
        { u"PUT"_s, u"/contacts/{id}"_s, [this](R r) { return updateContact(r); } },
        { u"DELETE"_s, u"/contacts/{id}"_s, [this](R r) { return deleteContact(r); } },
        { u"POST"_s, u"/contacts/{id}/archive"_s, [this](R r) { return setArchived(r, true); } },
        { u"POST"_s, u"/contacts/{id}/unarchive"_s, [this](R r) { return setArchived(r, false); } },
        { u"GET"_s, u"/contacts/{id}/merge_history"_s, [this](R r) { return mergeHistory(r); } },
        { u"GET"_s, u"/contacts/{id}/notes"_s, [this](R r) { return listNotes(r); } },
        { u"POST"_s, u"/contacts/{id}/notes"_s, [this](R r) { return addNote(r); } },
        { u"GET"_s, u"/contacts/{id}/tags"_s, [this](R r) { return listTags(r); } },
        { u"POST"_s, u"/contacts/{id}/tags"_s, [this](R r) { return tag(r); } },
        { u"DELETE"_s, u"/contacts/{id}/tags/{id}"_s, [this](R r) { return untag(r); } },
    };
}

IntercomReply IntercomContactEndpoints::error(int status, const QString &code, const QString &message) const
{
    return IntercomJson::errorReply(IntercomError { status, code, message, {} }, m_requestId());
}

IntercomReply IntercomContactEndpoints::error(const IntercomError &e) const
{
    return IntercomJson::errorReply(e, m_requestId());
}

QJsonObject IntercomContactEndpoints::contactJson(
    const IntercomContact &contact, const IntercomRequest &request) const
{
    return m_json.contact(contact, request.query.queryItemValue(u"include_merge_history"_s) == u"true"_s);
}

IntercomReply IntercomContactEndpoints::createContact(const IntercomRequest &r)
{
    IntercomError e;
    const QString id = m_world.createContact(r.body, &e);
    return id.isEmpty() ? error(e) : IntercomJson::reply(contactJson(*m_world.contact(id), r));
}

bool IntercomContactEndpoints::archivedAndRefused(const QString &id, bool allowed) const
{
    const IntercomContact *c = m_world.contact(id);
    return !allowed && c && c->isLive() && c->archived;
}

IntercomReply IntercomContactEndpoints::updateContact(const IntercomRequest &r)
{
    if (archivedAndRefused(r.args.value(0), m_world.erasure.archivedWritable))
        return error(404, u"not_found"_s, u"User Not Found"_s);
    IntercomError e;
    if (!m_world.updateContact(r.args.value(0), r.body, &e))
        return error(e);
    return IntercomJson::reply(contactJson(*m_world.contact(r.args.value(0)), r));
}

IntercomReply IntercomContactEndpoints::deleteContact(const IntercomRequest &r)
{
    if (archivedAndRefused(r.args.value(0), m_world.erasure.archivedDeletable))
        return error(404, u"not_found"_s, u"User Not Found"_s);
    IntercomError e;
    const IntercomContact *c = m_world.liveContact(r.args.value(0), &e, false);
    if (!c)
        return error(e);
    QJsonObject body = m_json.contactReference(*c);
    m_world.deleteContact(c->id);
    body.insert(u"deleted"_s, true);
    return IntercomJson::reply(body);
}

IntercomReply IntercomContactEndpoints::setArchived(const IntercomRequest &r, bool archive)
{
    IntercomError e;
    const IntercomContact *c = m_world.liveContact(r.args.value(0), &e, false);
    if (!c)
        return error(e);
    m_world.setArchived(c->id, archive);
    QJsonObject body = m_json.contactReference(*c);
    body.insert(u"archived"_s, archive);
    return IntercomJson::reply(body);
}

IntercomReply IntercomContactEndpoints::listContacts(const IntercomRequest &r)
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
    const QList<const IntercomContact *> all = m_world.liveContacts();
    QJsonArray data;
    for (qsizetype i = offset; i < all.size() && data.size() < perPage; ++i)
        data.append(contactJson(*all.at(i), r));
    const int total = int(all.size());
    const QString next = offset + perPage < total ? IntercomJson::cursorFor(offset + perPage) : QString();
    return IntercomJson::reply(
        QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, data }, { u"total_count"_s, total },
            { u"pages"_s, IntercomJson::pages(offset / perPage + 1, perPage, total, next) } });
}

IntercomReply IntercomContactEndpoints::searchContacts(const IntercomRequest &r)
{
    IntercomError e;
    const auto types = [this](const QString &field) { return m_world.index().fieldType(field); };
    std::optional<IntercomSearchQuery> query = IntercomSearchQuery::parse(r.body.value(u"query"_s), types,
        IntercomSearchQuery::Endpoint::Contacts, m_world.contactDateMode, &e);
    if (!query)
        return error(e);
    query->setTextMode(m_world.contactTextMode);

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
        if (!sortField.isEmpty() && !m_world.index().fieldType(sortField))
            return error(400, u"parameter_invalid"_s, u"'%1' is not a sortable field"_s.arg(sortField));
    }

    QList<IntercomContact> hits;
    const QList<IntercomContact> indexed = m_world.index().visible();
    for (const IntercomContact &c : indexed) {
        if (query->matches([this, &c](const QString &field) { return m_world.index().fieldValue(c, field); }))
            hits.append(c);
    }
    if (!sortField.isEmpty()) {
        std::stable_sort(hits.begin(), hits.end(), [&](const IntercomContact &a, const IntercomContact &b) {
            int cmp = compareValues(
                m_world.index().fieldValue(a, sortField), m_world.index().fieldValue(b, sortField));
            if (cmp == 0)
                cmp = a.id.compare(b.id);
            return descending ? cmp > 0 : cmp < 0;
        });
    }
    QJsonArray data;
    for (qsizetype i = offset; i < hits.size() && data.size() < perPage; ++i)
        data.append(contactJson(hits.at(i), r));
    const int total = int(hits.size());
    const QString next = offset + perPage < total ? IntercomJson::cursorFor(offset + perPage) : QString();
    return IntercomJson::reply(
        QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, data }, { u"total_count"_s, total },
            { u"pages"_s, IntercomJson::pages(offset / perPage + 1, perPage, total, next) } });
}

IntercomReply IntercomContactEndpoints::getContact(const IntercomRequest &r, bool byExternalId)
{
    IntercomError e;
    QString id = r.args.value(0);
    if (byExternalId) {
        const IntercomContact *found = m_world.findByExternalId(id);
        // This lookup serves users only, not leads.
        if (!found || found->role != u"user"_s)
            return error(404, u"not_found"_s, u"User Not Found"_s);
        id = found->id;
    }
    if (archivedAndRefused(id, m_world.erasure.archivedReadable))
        return error(404, u"not_found"_s, u"User Not Found"_s);
    const IntercomContact *c = m_world.liveContact(id, &e, mergedIsGone(r.version));
    return c ? IntercomJson::reply(contactJson(*c, r)) : error(e);
}

IntercomReply IntercomContactEndpoints::mergeContacts(const IntercomRequest &r)
{
    const QString from = r.body.value(u"from"_s).toString();
    const QString into = r.body.value(u"into"_s).toString();
    if (from.isEmpty() || into.isEmpty())
        return error(400, u"parameter_invalid"_s, u"from and into are required"_s);
    IntercomError e;
    if (!m_world.merge(from, into, r.body.value(u"skip_duplicate_validation"_s).toBool(false), &e))
        return error(e);
    return IntercomJson::reply(contactJson(*m_world.contact(into), r));
}

IntercomReply IntercomContactEndpoints::mergeHistory(const IntercomRequest &r)
{
    const IntercomContact *c = m_world.contact(r.args.value(0));
    if (!c || !c->isLive() || c->role != u"user"_s)
        return error(404, u"not_found"_s, u"Contact not found"_s);
    const QString perPageText = r.query.queryItemValue(u"per_page"_s);
    const int perPage = perPageText.isEmpty() ? kDefaultPerPage : perPageText.toInt();
    if (perPage < 1 || perPage > kMaxPerPage)
        return error(400, u"parameter_invalid"_s, u"per_page must be between 1 and 150"_s);
    const QString order = r.query.queryItemValue(u"order"_s);
    if (!order.isEmpty() && order != u"asc"_s && order != u"desc"_s)
        return error(400, u"parameter_invalid"_s, u"order must be asc or desc"_s);
    int offset = 0;
    const QString cursor = r.query.queryItemValue(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const std::optional<int> o = IntercomJson::offsetOf(cursor);
        if (!o)
            return error(400, u"parameter_invalid"_s, u"cursor is invalid"_s);
        offset = *o;
    }
    QList<IntercomMerge> merges = c->mergeHistory;
    if (order != u"asc"_s)
        std::reverse(merges.begin(), merges.end());
    QJsonArray data;
    for (qsizetype i = offset; i < merges.size() && data.size() < perPage; ++i)
        data.append(m_json.mergeHistoryItem(merges.at(i)));
    const bool more = offset + perPage < merges.size();
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, data },
        { u"next_cursor"_s,
            more ? QJsonValue(IntercomJson::cursorFor(offset + perPage)) : QJsonValue(QJsonValue::Null) },
        { u"has_more"_s, more } });
}

IntercomReply IntercomContactEndpoints::listNotes(const IntercomRequest &r)
{
    IntercomError e;
    const QString contactId = r.args.value(0);
    if (!m_world.liveContact(contactId, &e, false))
        return error(e);
    const QList<IntercomNote> list = m_world.notesOf(contactId);
    QJsonArray data;
    for (const IntercomNote &n : list)
        data.append(m_json.note(n));
    const int total = int(list.size());
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, data },
        { u"total_count"_s, total }, { u"pages"_s, IntercomJson::pages(1, std::max(total, 1), total, {}) } });
}

IntercomReply IntercomContactEndpoints::addNote(const IntercomRequest &r)
{
    IntercomError e;
    const std::optional<IntercomNote> n = m_world.addNote(r.args.value(0),
        r.body.value(u"admin_id"_s).toVariant().toString(), r.body.value(u"body"_s).toString(), &e);
    return n ? IntercomJson::reply(m_json.note(*n)) : error(e);
}

IntercomReply IntercomContactEndpoints::listTags(const IntercomRequest &r)
{
    IntercomError e;
    const IntercomContact *c = m_world.liveContact(r.args.value(0), &e, false);
    if (!c)
        return error(e);
    QJsonArray data;
    for (const IntercomTagging &t : c->tags) {
        if (const IntercomTag *tag = m_world.tag(t.tagId))
            data.append(m_json.tag(*tag));
    }
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, data } });
}

IntercomReply IntercomContactEndpoints::tag(const IntercomRequest &r)
{
    IntercomError e;
    const std::optional<IntercomTagging> t
        = m_world.tagContact(r.args.value(0), r.body.value(u"id"_s).toVariant().toString(), &e);
    return t ? IntercomJson::reply(m_json.tagging(*t)) : error(e);
}

IntercomReply IntercomContactEndpoints::untag(const IntercomRequest &r)
{
    IntercomError e;
    const std::optional<IntercomTagging> t = m_world.untagContact(r.args.value(0), r.args.value(1), &e);
    return t ? IntercomJson::reply(m_json.tagging(*t)) : error(e);
}

} // namespace tgic::sandbox
