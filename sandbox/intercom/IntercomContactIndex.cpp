// SPDX-License-Identifier: MIT
#include "IntercomContactIndex.h"

#include "IntercomWorld.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

IntercomContactIndex::IntercomContactIndex(const IntercomWorld &world)
    : m_world(world)
{ }

void IntercomContactIndex::remove(const QString &id)
{
    m_versions.remove(id);
}

void IntercomContactIndex::record(const IntercomContact &contact)
{
    QList<Version> &versions = m_versions[contact.id];
    const qint64 t = m_world.nowMs();
    versions.append({ t + m_lagMs, contact });
    // Drop versions that a newer, already visible version supersedes.
    while (versions.size() > 1 && versions.at(1).visibleFromMs <= t)
        versions.removeFirst();
}

QList<IntercomContact> IntercomContactIndex::visible() const
{
    QList<IntercomContact> out;
    const qint64 t = m_world.nowMs();
    // Merged-away and archived contacts leave the results at once; only writes lag (and, by one
    // reading of the documentation, deletions: IntercomErasureReadings).
    const QList<const IntercomContact *> live = m_world.searchableContacts(m_lagMs);
    for (const IntercomContact *c : live) {
        const QList<Version> versions = m_versions.value(c->id);
        const IntercomContact *visible = nullptr;
        for (const Version &v : versions) {
            if (v.visibleFromMs <= t)
                visible = &v.state;
        }
        if (visible) {
            IntercomContact snapshot = *visible;
            snapshot.tags = c->tags; // tagging is not what the lag is about
            out.append(snapshot);
        }
    }
    return out;
}

std::optional<IntercomSearchQuery::FieldType> IntercomContactIndex::fieldType(const QString &field) const
{
    using T = IntercomSearchQuery::FieldType;
    static const QHash<QString, T> fixed {
        { u"id"_s, T::String },
        { u"role"_s, T::String },
        { u"name"_s, T::String },
        { u"email"_s, T::String },
        { u"email_domain"_s, T::String },
        { u"phone"_s, T::String },
        { u"external_id"_s, T::String },
        { u"owner_id"_s, T::String },
        { u"avatar"_s, T::String },
        { u"language_override"_s, T::String },
        { u"created_at"_s, T::Date },
        { u"updated_at"_s, T::Date },
        { u"signed_up_at"_s, T::Date },
        { u"last_seen_at"_s, T::Date },
        { u"last_replied_at"_s, T::Date },
        { u"last_contacted_at"_s, T::Date },
        { u"last_email_opened_at"_s, T::Date },
        { u"last_email_clicked_at"_s, T::Date },
        { u"unsubscribed_from_emails"_s, T::Boolean },
        { u"marked_email_as_spam"_s, T::Boolean },
        { u"has_hard_bounced"_s, T::Boolean },
        { u"tag_id"_s, T::TagId },
    };
    if (fixed.contains(field))
        return fixed.value(field);
    static const QString prefix = u"custom_attributes."_s;
    if (!field.startsWith(prefix))
        return std::nullopt;
    const IntercomAttribute *a = m_world.customAttribute(field.mid(prefix.size()));
    if (!a)
        return std::nullopt;
    if (a->dataType == u"integer"_s)
        return T::Integer;
    if (a->dataType == u"float"_s)
        return T::Float;
    if (a->dataType == u"boolean"_s)
        return T::Boolean;
    if (a->dataType == u"date"_s || a->dataType == u"datetime"_s)
        return T::Date;
    return T::String;
}

QJsonValue IntercomContactIndex::fieldValue(const IntercomContact &c, const QString &field) const
{
    auto time = [](const std::optional<qint64> &t) { return t ? QJsonValue(double(*t)) : QJsonValue(); };
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    if (field == u"id"_s)
        return c.id;
    if (field == u"role"_s)
        return c.role;
    if (field == u"name"_s)
        return text(c.name);
    if (field == u"email"_s)
        return text(c.email);
    if (field == u"email_domain"_s)
        return c.email.contains(u'@') ? QJsonValue(c.email.section(u'@', 1)) : QJsonValue();
    if (field == u"phone"_s)
        return text(c.phone);
    if (field == u"external_id"_s)
        return text(c.externalId);
    if (field == u"owner_id"_s)
        return text(c.ownerId);
    if (field == u"avatar"_s)
        return text(c.avatar);
    if (field == u"language_override"_s)
        return text(c.languageOverride);
    if (field == u"created_at"_s)
        return double(c.createdAt);
    if (field == u"updated_at"_s)
        return double(c.updatedAt);
    if (field == u"signed_up_at"_s)
        return time(c.signedUpAt);
    if (field == u"last_seen_at"_s)
        return time(c.lastSeenAt);
    if (field == u"last_replied_at"_s)
        return time(c.lastRepliedAt);
    if (field == u"last_contacted_at"_s)
        return time(c.lastContactedAt);
    if (field == u"unsubscribed_from_emails"_s)
        return c.unsubscribedFromEmails;
    if (field == u"marked_email_as_spam"_s || field == u"has_hard_bounced"_s)
        return false;
    if (field == u"tag_id"_s) {
        QJsonArray ids;
        for (const IntercomTagging &t : c.tags)
            ids.append(t.tagId);
        return ids;
    }
    static const QString prefix = u"custom_attributes."_s;
    if (field.startsWith(prefix))
        return c.customAttributes.value(field.mid(prefix.size()));
    return {};
}

} // namespace tgic::sandbox
