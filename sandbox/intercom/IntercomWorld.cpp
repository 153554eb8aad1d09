// SPDX-License-Identifier: MIT
#include "IntercomWorld.h"

#include "Clock.h"

#include "IntercomJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

const QStringList &knownDataTypes()
{
    static const QStringList types { u"string"_s, u"integer"_s, u"float"_s, u"boolean"_s, u"datetime"_s,
        u"date"_s, u"options"_s };
    return types;
}

IntercomAttribute builtin(const QString &name, const QString &type, const QString &label, bool apiWritable,
    const QString &model = u"contact"_s)
{
    IntercomAttribute a;
    a.name = name;
    a.dataType = type;
    a.description = label;
    a.model = model;
    a.messengerWritable = apiWritable;
    a.archived = false;
    return a;
}

bool valueMatchesType(const QJsonValue &v, const IntercomAttribute &attribute)
{
    const QString &t = attribute.dataType;
    if (t == u"string"_s)
        return v.isString();
    if (t == u"options"_s)
        return v.isString();
    if (t == u"integer"_s || t == u"date"_s || t == u"datetime"_s)
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    if (t == u"float"_s)
        return v.isDouble();
    if (t == u"boolean"_s)
        return v.isBool();
    return false;
}

IntercomError makeError(int status, const QString &code, const QString &message)
{
    return IntercomError { status, code, message, {} };
}

void setError(IntercomError *error, int status, const QString &code, const QString &message)
{
    if (error)
        *error = makeError(status, code, message);
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

} // namespace

IntercomWorld::IntercomWorld()
    : m_index(*this)
    , m_conversations(*this)
{
    m_admins.append({ u"991267459"_s, u"Sandbox Owner"_s, u"owner@tgic-sandbox.example.com"_s });
    m_admins.append({ u"991267460"_s, u"Alex Agent"_s, u"alex.agent@tgic-sandbox.example.com"_s });
    m_teams.append({ u"5017691"_s, u"Support"_s, { m_admins.at(0).id, m_admins.at(1).id } });
}

qint64 IntercomWorld::nowMs() const
{
    return tgic::nowMs() + m_clockOffsetMs;
}

QString IntercomWorld::nextContactId()
{
    // 24 lowercase hex digits like real ids; a fixed prefix keeps them deterministic.
    return u"6762f0d0"_s
        + QString::number(0x1bb69f9f21930000ULL + ++m_contactCounter, 16).rightJustified(16, u'0');
}

QString IntercomWorld::nextNumericId(const QString &kind)
{
    static const QHash<QString, quint64> bases { { u"conversation"_s, 1000 }, { u"part"_s, 30000 },
        { u"message"_s, 403918330 }, { u"tag"_s, 100 }, { u"note"_s, 20 }, { u"attribute"_s, 10 },
        { u"file"_s, 0 } };
    const quint64 n = ++m_counters[kind];
    return QString::number(bases.value(kind) + n);
}

QString IntercomWorld::nextRequestId()
{
    return u"7a1c0de0-0000-4000-8000-"_s + QString::number(++m_requestCounter, 16).rightJustified(12, u'0');
}

const IntercomAdmin *IntercomWorld::admin(const QString &id) const
{
    for (const IntercomAdmin &a : m_admins) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString IntercomWorld::addAdmin(const QString &name, const QString &email)
{
    QString id = QString::number(991267459 + m_admins.size()); // after the two built in
    m_admins.append({ id, name, email });
    return id;
}

const IntercomTeam *IntercomWorld::team(const QString &id) const
{
    for (const IntercomTeam &t : m_teams) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString IntercomWorld::addTeam(const QString &name, const QStringList &adminIds)
{
    QString id = QString::number(5017691 + m_teams.size());
    m_teams.append({ id, name, adminIds });
    return id;
}

QStringList IntercomWorld::teamIdsOf(const QString &adminId) const
{
    QStringList ids;
    for (const IntercomTeam &t : m_teams)
        if (t.adminIds.contains(adminId))
            ids << t.id;
    return ids;
}

QList<IntercomAttribute> IntercomWorld::builtinAttributes(const QString &model) const
{
    if (model == u"company"_s) {
        return { builtin(u"name"_s, u"string"_s, u"Company name"_s, true, model),
            builtin(u"company_id"_s, u"string"_s, u"Company ID"_s, false, model),
            builtin(u"monthly_spend"_s, u"float"_s, u"Monthly Spend"_s, true, model),
            builtin(u"user_count"_s, u"integer"_s, u"People"_s, false, model) };
    }
    return { builtin(u"name"_s, u"string"_s, u"Name"_s, true),
        builtin(u"email"_s, u"string"_s, u"Email"_s, true),
        builtin(u"phone"_s, u"string"_s, u"Phone"_s, true),
        builtin(u"external_id"_s, u"string"_s, u"User ID"_s, true),
        builtin(u"role"_s, u"string"_s, u"Role"_s, true),
        builtin(u"owner_id"_s, u"integer"_s, u"Owner"_s, true),
        builtin(u"language_override"_s, u"string"_s, u"Language override"_s, true),
        builtin(u"unsubscribed_from_emails"_s, u"boolean"_s, u"Unsubscribed from emails"_s, true),
        builtin(u"created_at"_s, u"date"_s, u"First seen"_s, false),
        builtin(u"signed_up_at"_s, u"date"_s, u"Signed up"_s, true),
        builtin(u"updated_at"_s, u"date"_s, u"Updated"_s, false),
        builtin(u"last_seen_at"_s, u"date"_s, u"Last seen"_s, true),
        builtin(u"last_replied_at"_s, u"date"_s, u"Last replied"_s, false),
        builtin(u"last_contacted_at"_s, u"date"_s, u"Last contacted"_s, false) };
}

QList<IntercomAttribute> IntercomWorld::customAttributes(const QString &model, bool includeArchived) const
{
    QList<IntercomAttribute> out;
    for (const IntercomAttribute &a : m_attributes) {
        if (a.model == model && (includeArchived || !a.archived))
            out.append(a);
    }
    return out;
}

const IntercomAttribute *IntercomWorld::customAttribute(const QString &name, const QString &model) const
{
    for (const IntercomAttribute &a : m_attributes) {
        if (a.model == model && a.name == name && !a.archived)
            return &a;
    }
    return nullptr;
}

std::optional<IntercomAttribute> IntercomWorld::defineAttribute(const QJsonObject &body, IntercomError *error)
{
    const QString name = body.value(u"name"_s).toString();
    const QString model = body.value(u"model"_s).toString();
    const QString dataType = body.value(u"data_type"_s).toString();
    if (model != u"contact"_s && model != u"company"_s) {
        setError(error, 400, u"parameter_invalid"_s,
            u"The Data Attribute model field must be either contact or company"_s);
        return std::nullopt;
    }
    if (name.trimmed().isEmpty()) {
        setError(error, 400, u"parameter_invalid"_s, u"Name can't be blank"_s);
        return std::nullopt;
    }
    static const QRegularExpression allowed(u"^[\\p{L}\\p{N}\\p{Sc} _-]+$"_s);
    if (!allowed.match(name).hasMatch()) {
        setError(error, 400, u"parameter_invalid"_s,
            u"Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens"_s);
        return std::nullopt;
    }
    if (!knownDataTypes().contains(dataType)) {
        setError(error, 400, u"parameter_invalid"_s, u"Data Type isn't an option"_s);
        return std::nullopt;
    }
    bool taken = false;
    const QList<IntercomAttribute> existing = builtinAttributes(model) + customAttributes(model, true);
    for (const IntercomAttribute &a : existing)
        taken = taken || a.name.compare(name, Qt::CaseInsensitive) == 0;
    if (taken) {
        const QString noun = model == u"contact"_s ? u"people"_s : u"company"_s;
        setError(error, 400, u"parameter_invalid"_s,
            u"You already have '%1' in your %2 data. To save this as new %3 data, use a different name."_s
                .arg(name, model, noun));
        return std::nullopt;
    }
    IntercomAttribute a;
    if (dataType == u"options"_s) {
        const QJsonArray options = body.value(u"options"_s).toArray();
        for (const QJsonValue o : options) {
            const QString value = o.isObject() ? o.toObject().value(u"value"_s).toString() : o.toString();
            if (!value.isEmpty())
                a.options.append(value);
        }
        if (a.options.size() < 2) {
            setError(error, 400, u"parameter_invalid"_s, u"A list attribute needs at least two options"_s);
            return std::nullopt;
        }
    }
    a.id = nextNumericId(u"attribute"_s).toInt();
    a.name = name;
    a.model = model;
    a.dataType = dataType;
    a.description = body.value(u"description"_s).toString();
    a.messengerWritable = body.value(u"messenger_writable"_s).toBool(false);
    a.createdAt = a.updatedAt = now();
    a.adminId = owner().id;
    m_attributes.append(a);
    return m_attributes.last();
}

const IntercomContact *IntercomWorld::contact(const QString &id) const
{
    const auto it = m_contacts.constFind(id);
    return it == m_contacts.cend() ? nullptr : &it.value();
}

QList<const IntercomContact *> IntercomWorld::liveContacts(bool includeArchived) const
{
    QList<const IntercomContact *> out;
    for (const IntercomContact &c : m_contacts) {
        if (c.isLive() && (includeArchived || !c.archived))
            out.append(&c);
    }
    return out;
}

const IntercomContact *IntercomWorld::findByExternalId(const QString &externalId) const
{
    for (const IntercomContact &c : m_contacts) {
        if (!c.deleted && !externalId.isEmpty() && c.externalId == externalId)
            return &c;
    }
    return nullptr;
}

bool IntercomWorld::validateCustomAttributes(const QJsonObject &attributes, IntercomError *error) const
{
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const IntercomAttribute *a = customAttribute(it.key());
        if (!a) {
            setError(
                error, 400, u"parameter_invalid"_s, u"Custom attribute '%1' does not exist"_s.arg(it.key()));
            return false;
        }
        if (!it.value().isNull() && !valueMatchesType(it.value(), *a)) {
            setError(error, 400, u"parameter_invalid"_s,
                u"Custom attribute '%1' must be of type %2"_s.arg(it.key(), a->dataType));
            return false;
        }
        if (a->dataType == u"options"_s && it.value().isString()
            && !a->options.contains(it.value().toString())) {
            setError(error, 400, u"parameter_invalid"_s,
                u"'%1' is not an option of custom attribute '%2'"_s.arg(it.value().toString(), it.key()));
            return false;
        }
    }
    return true;
}

bool IntercomWorld::applyFields(IntercomContact &c, const QJsonObject &body, IntercomError *error) const
{
    auto stringField = [&](const QString &key, QString *target) {
        if (!body.contains(key))
            return true;
        const QJsonValue v = body.value(key);
        if (v.isNull()) {
            target->clear();
            return true;
        }
        if (v.isDouble() && key == u"external_id"_s) { // the service coerces numeric external ids
            *target = QString::number(v.toDouble(), 'f', 0);
            return true;
        }
        if (!v.isString()) {
            setError(error, 400, u"parameter_invalid"_s, u"%1 must be a string"_s.arg(key));
            return false;
        }
        *target = v.toString();
        return true;
    };
    auto timeField = [&](const QString &key, std::optional<qint64> *target) {
        if (!body.contains(key))
            return true;
        const QJsonValue v = body.value(key);
        if (v.isNull()) {
            target->reset();
            return true;
        }
        if (!v.isDouble()) {
            setError(error, 400, u"parameter_invalid"_s, u"%1 must be a UNIX timestamp"_s.arg(key));
            return false;
        }
        *target = static_cast<qint64>(v.toDouble());
        return true;
    };
    if (body.contains(u"role"_s)) {
        const QString role = body.value(u"role"_s).toString();
        if (role != u"user"_s && role != u"lead"_s) {
            setError(error, 400, u"parameter_invalid"_s, u"Role must be either user or lead"_s);
            return false;
        }
        if (c.role == u"user"_s && role == u"lead"_s) {
            setError(error, 400, u"parameter_invalid"_s, u"A user cannot be converted into a lead"_s);
            return false;
        }
        c.role = role;
    }
    if (body.contains(u"email_verified"_s) && !body.contains(u"email"_s)) {
        setError(
            error, 400, u"parameter_invalid"_s, u"email_verified can only be supplied together with email"_s);
        return false;
    }
    if (!stringField(u"external_id"_s, &c.externalId) || !stringField(u"email"_s, &c.email)
        || !stringField(u"phone"_s, &c.phone) || !stringField(u"name"_s, &c.name)
        || !stringField(u"avatar"_s, &c.avatar) || !stringField(u"owner_id"_s, &c.ownerId)
        || !stringField(u"language_override"_s, &c.languageOverride)
        || !timeField(u"signed_up_at"_s, &c.signedUpAt) || !timeField(u"last_seen_at"_s, &c.lastSeenAt))
        return false;
    if (!c.email.isEmpty() && !c.email.contains(u'@')) {
        setError(error, 400, u"parameter_invalid"_s, u"Email is invalid"_s);
        return false;
    }
    if (body.contains(u"unsubscribed_from_emails"_s))
        c.unsubscribedFromEmails = body.value(u"unsubscribed_from_emails"_s).toBool();
    const QJsonValue custom = body.value(u"custom_attributes"_s);
    if (custom.isObject()) {
        const QJsonObject attributes = custom.toObject();
        if (!validateCustomAttributes(attributes, error))
            return false;
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it.value().isNull())
                c.customAttributes.remove(it.key());
            else
                c.customAttributes.insert(it.key(), it.value());
        }
    } else if (!custom.isUndefined() && !custom.isNull()) {
        setError(error, 400, u"parameter_invalid"_s, u"custom_attributes must be an object"_s);
        return false;
    }
    return true;
}

QString IntercomWorld::conflictingContact(
    const IntercomContact &candidate, const QString &ignoreId, bool *archived) const
{
    for (const IntercomContact &c : m_contacts) {
        if (!c.isLive() || c.id == ignoreId)
            continue;
        const bool sameExternal = !candidate.externalId.isEmpty() && c.externalId == candidate.externalId;
        // A lead may share an email with a user (that is what merging is for); two contacts of
        // the same role may not.
        const bool sameEmail = m_conflictOnEmail && !candidate.email.isEmpty() && c.role == candidate.role
            && c.email.compare(candidate.email, Qt::CaseInsensitive) == 0;
        if (sameExternal || sameEmail) {
            *archived = c.archived;
            return c.id;
        }
    }
    return {};
}

QString IntercomWorld::createContact(const QJsonObject &body, IntercomError *error)
{
    if (!body.contains(u"email"_s) && !body.contains(u"external_id"_s) && !body.contains(u"role"_s)) {
        setError(error, 400, u"parameter_invalid"_s, u"An email, external_id or role is required"_s);
        return {};
    }
    IntercomContact c;
    c.role = u"user"_s;
    if (body.value(u"role"_s).toString() == u"lead"_s)
        c.role = u"lead"_s; // set before applyFields so that "lead" is not read as a user→lead change
    if (!applyFields(c, body, error))
        return {};
    bool archived = false;
    const QString existing = conflictingContact(c, {}, &archived);
    if (!existing.isEmpty()) {
        setError(error, 409, u"conflict"_s,
            (archived ? u"An archived contact matching those details already exists with id="_s
                      : u"A contact matching those details already exists with id="_s)
                + existing);
        return {};
    }
    c.id = nextContactId();
    c.createdAt = c.updatedAt = now();
    m_contacts.insert(c.id, c);
    m_index.record(c);
    return c.id;
}

bool IntercomWorld::updateContact(const QString &id, const QJsonObject &body, IntercomError *error)
{
    if (!liveContact(id, error, false))
        return false;
    IntercomContact c = m_contacts.value(id);
    if (!applyFields(c, body, error))
        return false;
    bool archived = false;
    const QString existing = conflictingContact(c, id, &archived);
    if (!existing.isEmpty()) {
        setError(error, 409, u"conflict"_s,
            u"A contact matching those details already exists with id="_s + existing);
        return false;
    }
    c.updatedAt = now();
    m_contacts.insert(id, c);
    m_index.record(c);
    return true;
}

bool IntercomWorld::deleteContact(const QString &id)
{
    auto it = m_contacts.find(id);
    if (it == m_contacts.end() || !it->isLive())
        return false;
    it->deleted = true;
    it->deletedAtMs = nowMs();
    if (erasure.deletedLeaveSearchAtOnce)
        m_index.remove(id);
    return true;
}

QList<const IntercomContact *> IntercomWorld::searchableContacts(qint64 lagMs) const
{
    QList<const IntercomContact *> out;
    const qint64 t = nowMs();
    for (const IntercomContact &c : m_contacts) {
        const bool recentlyDeleted
            = c.deleted && !erasure.deletedLeaveSearchAtOnce && c.deletedAtMs + lagMs > t;
        if ((c.isLive() && !c.archived) || recentlyDeleted)
            out.append(&c);
    }
    return out;
}

bool IntercomWorld::conversationVisible(const IntercomConversation &conversation) const
{
    // The contact who started it: their deletion takes it along.
    const IntercomContact *c
        = conversation.contactIds.isEmpty() ? nullptr : contact(conversation.contactIds.first());
    if (!c)
        return true;
    if (c->deleted)
        return !erasure.deletedConversationsGoAtOnce && nowMs() < c->deletedAtMs + kDeleteGraceMs;
    return !(c->archived && erasure.archivedConversationsHidden);
}

bool IntercomWorld::setArchived(const QString &id, bool archived)
{
    auto it = m_contacts.find(id);
    if (it == m_contacts.end() || !it->isLive())
        return false;
    it->archived = archived;
    return true;
}

void IntercomWorld::touchContact(const QString &id)
{
    auto it = m_contacts.find(id);
    if (it == m_contacts.end())
        return;
    it->updatedAt = now();
    m_index.record(*it);
}

QString IntercomWorld::mergeTarget(const QString &id, int maxHops) const
{
    QString current = id;
    for (int hop = 0; hop < maxHops; ++hop) {
        const IntercomContact *c = contact(current);
        if (!c || c->mergedInto.isEmpty())
            break;
        current = c->mergedInto;
    }
    return current;
}

const IntercomContact *IntercomWorld::liveContact(
    const QString &id, IntercomError *error, bool goneForMerged) const
{
    const IntercomContact *c = contact(id);
    if (c && c->isLive())
        return c;
    if (c && !c->mergedInto.isEmpty() && goneForMerged) {
        if (error) {
            *error = makeError(410, u"contact_merged"_s,
                u"This contact has been merged. See the 'Link' header for the canonical contact."_s);
            error->link = "</contacts/" + mergeTarget(id).toUtf8() + ">; rel=\"canonical\"";
        }
        return nullptr;
    }
    setError(error, 404, u"not_found"_s, u"User Not Found"_s);
    return nullptr;
}

bool IntercomWorld::merge(
    const QString &fromId, const QString &intoId, bool skipDuplicateValidation, IntercomError *error)
{
    const IntercomContact *from = liveContact(fromId, error, false);
    const IntercomContact *into = from ? liveContact(intoId, error, false) : nullptr;
    if (!from || !into)
        return false;
    if (from->role != u"lead"_s || into->role != u"user"_s) {
        setError(error, 400, u"invalid_merge"_s, u"Merging can only be performed on a lead into a user"_s);
        return false;
    }
    const bool duplicate
        = (!from->email.isEmpty() && from->email.compare(into->email, Qt::CaseInsensitive) == 0)
        || (!from->phone.isEmpty() && from->phone == into->phone)
        || (!from->externalId.isEmpty() && from->externalId == into->externalId);
    if (!skipDuplicateValidation && !duplicate) {
        setError(error, 400, u"invalid_merge"_s,
            u"Contacts can only be merged when they are duplicates (matching email or phone). "
            u"Pass skip_duplicate_validation=true to override this check."_s);
        return false;
    }
    IntercomContact &source = m_contacts[fromId];
    IntercomContact &target = m_contacts[intoId];
    // Attributes are adopted only where the user has nothing; identifiers (email, external_id) never move.
    auto adopt = [](QString &mine, const QString &theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    auto adoptTime = [](std::optional<qint64> &mine, const std::optional<qint64> &theirs) {
        if (!mine)
            mine = theirs;
    };
    adopt(target.name, source.name);
    adopt(target.phone, source.phone);
    adopt(target.avatar, source.avatar);
    adopt(target.ownerId, source.ownerId);
    adopt(target.languageOverride, source.languageOverride);
    adoptTime(target.signedUpAt, source.signedUpAt);
    adoptTime(target.lastSeenAt, source.lastSeenAt);
    adoptTime(target.lastRepliedAt, source.lastRepliedAt);
    adoptTime(target.lastContactedAt, source.lastContactedAt);
    for (auto it = source.customAttributes.begin(); it != source.customAttributes.end(); ++it) {
        if (isEmptyValue(target.customAttributes.value(it.key())))
            target.customAttributes.insert(it.key(), it.value());
    }
    for (const IntercomTagging &t : std::as_const(source.tags)) {
        bool has = false;
        for (const IntercomTagging &mine : std::as_const(target.tags))
            has = has || mine.tagId == t.tagId;
        if (!has)
            target.tags.append(t);
    }
    for (IntercomNote &n : m_notes) {
        if (n.contactId == fromId)
            n.contactId = intoId;
    }
    m_conversations.reassignContact(fromId, intoId, target.role);
    const qint64 t = now();
    target.mergeHistory.append({ fromId, source.role, t });
    target.updatedAt = t;
    source.mergedInto = intoId;
    m_index.remove(fromId);
    m_index.record(target);
    return true;
}

const IntercomTag *IntercomWorld::tag(const QString &id) const
{
    for (const IntercomTag &t : m_tags) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

std::optional<IntercomTag> IntercomWorld::createOrUpdateTag(
    const QString &name, const QString &id, IntercomError *error)
{
    if (name.trimmed().isEmpty()) {
        setError(error, 400, u"parameter_invalid"_s, u"invalid tag parameters"_s);
        return std::nullopt;
    }
    if (!id.isEmpty()) {
        for (IntercomTag &t : m_tags) {
            if (t.id == id) {
                t.name = name;
                return t;
            }
        }
        setError(error, 404, u"not_found"_s, u"Resource Not Found"_s);
        return std::nullopt;
    }
    for (const IntercomTag &t : m_tags) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return t;
    }
    m_tags.append({ nextNumericId(u"tag"_s), name });
    return m_tags.last();
}

std::optional<IntercomTagging> IntercomWorld::tagContact(
    const QString &contactId, const QString &tagId, IntercomError *error)
{
    if (!liveContact(contactId, error, false))
        return std::nullopt;
    if (!tag(tagId)) {
        setError(error, 404, u"not_found"_s, u"Resource Not Found"_s);
        return std::nullopt;
    }
    IntercomContact &c = m_contacts[contactId];
    for (const IntercomTagging &t : std::as_const(c.tags)) {
        if (t.tagId == tagId)
            return t;
    }
    c.tags.append({ tagId, now(), owner().id });
    return c.tags.last();
}

std::optional<IntercomTagging> IntercomWorld::untagContact(
    const QString &contactId, const QString &tagId, IntercomError *error)
{
    if (!liveContact(contactId, error, false))
        return std::nullopt;
    IntercomContact &c = m_contacts[contactId];
    for (qsizetype i = 0; i < c.tags.size(); ++i) {
        if (c.tags.at(i).tagId == tagId)
            return c.tags.takeAt(i);
    }
    setError(error, 404, u"not_found"_s, u"Resource Not Found"_s);
    return std::nullopt;
}

std::optional<IntercomNote> IntercomWorld::addNote(
    const QString &contactId, const QString &adminId, const QString &body, IntercomError *error)
{
    if (!liveContact(contactId, error, false))
        return std::nullopt;
    const QString author = adminId.isEmpty() ? owner().id : adminId;
    if (!admin(author)) {
        setError(error, 404, u"not_found"_s, u"Resource Not Found"_s);
        return std::nullopt;
    }
    if (body.trimmed().isEmpty()) {
        setError(error, 400, u"parameter_invalid"_s, u"Body is required"_s);
        return std::nullopt;
    }
    m_notes.append({ nextNumericId(u"note"_s), contactId, author, IntercomJson::htmlBody(body), now() });
    return m_notes.last();
}

QList<IntercomNote> IntercomWorld::notesOf(const QString &contactId) const
{
    QList<IntercomNote> out;
    for (auto it = m_notes.crbegin(); it != m_notes.crend(); ++it) {
        if (it->contactId == contactId)
            out.append(*it);
    }
    return out;
}

} // namespace tgic::sandbox
