// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomContactIndex.h"
#include "IntercomConversations.h"
#include "IntercomExchange.h"
#include "IntercomModel.h"
#include "IntercomSearchQuery.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <optional>

namespace tgic::sandbox {

// The emulated workspace: admins, data attributes, contacts, tags, notes and merges; it owns
// the contact search index and the conversations. In memory only, and
// deterministic: ids come from counters.
class IntercomWorld
{
public:
    IntercomWorld();

    // Clock: wall time that tests may move forward; search lag uses the same clock.
    qint64 nowMs() const;
    qint64 now() const { return nowMs() / 1000; }
    void advanceClock(std::chrono::milliseconds by) { m_clockOffsetMs += by.count(); }
    void setSearchLag(std::chrono::milliseconds lag) { m_index.setLag(lag.count()); }

    // How the two searches match dates, and whether conversation search honours `sort` (its
    // 2.16 request schema has none): readings of the documentation a client must survive.
    IntercomSearchQuery::DateMode contactDateMode = IntercomSearchQuery::DateMode::CalendarDay;
    IntercomSearchQuery::DateMode conversationDateMode = IntercomSearchQuery::DateMode::Inclusive;
    bool conversationSortHonoured = true;
    bool searchHitsHaveStatistics = true;
    IntercomSearchQuery::TextMode contactTextMode = IntercomSearchQuery::TextMode::IgnoreCase;
    IntercomErasureReadings erasure;
    static constexpr qint64 kDeleteGraceMs = qint64(7) * 24 * 60 * 60 * 1000;

    // Ids
    QString nextContactId();
    QString nextNumericId(const QString &kind);
    QString nextRequestId();

    // Admins
    const IntercomAdmin &owner() const { return m_admins.first(); }
    const IntercomAdmin &agent() const { return m_admins.at(1); }
    const IntercomAdmin *admin(const QString &id) const;
    QList<IntercomAdmin> admins() const { return m_admins; }
    // A teammate joins the workspace (as in Settings → Teammates); returns the new id.
    QString addAdmin(const QString &name, const QString &email);

    // Teams (team inboxes); the workspace starts with one, "Support", of both admins.
    const IntercomTeam *team(const QString &id) const;
    QList<IntercomTeam> teams() const { return m_teams; }
    QString addTeam(const QString &name, const QStringList &adminIds);
    QStringList teamIdsOf(const QString &adminId) const;

    // Data attributes
    QList<IntercomAttribute> builtinAttributes(const QString &model) const;
    QList<IntercomAttribute> customAttributes(const QString &model, bool includeArchived) const;
    const IntercomAttribute *customAttribute(
        const QString &name, const QString &model = QStringLiteral("contact")) const;
    // The mutators return copies: a pointer into m_attributes/m_tags/m_notes would dangle as
    // soon as the next append reallocates the list.
    std::optional<IntercomAttribute> defineAttribute(const QJsonObject &body, IntercomError *error);

    // Contacts
    const IntercomContact *contact(const QString &id) const; // any state, including merged/deleted
    QList<const IntercomContact *> liveContacts(bool includeArchived = false) const;
    // What contact search may still show: live unarchived contacts, and (when deletions reach
    // the index with its lag) contacts deleted less than the lag ago.
    QList<const IntercomContact *> searchableContacts(qint64 lagMs) const;
    // Whether the API still shows a conversation: not when its contact was deleted (at once or
    // after the grace period) or archived (by the readings above).
    bool conversationVisible(const IntercomConversation &conversation) const;
    const IntercomContact *findByExternalId(const QString &externalId) const;
    QString createContact(const QJsonObject &body, IntercomError *error);
    bool updateContact(const QString &id, const QJsonObject &body, IntercomError *error);
    bool deleteContact(const QString &id);
    bool setArchived(const QString &id, bool archived);
    void setConflictOnEmail(bool on) { m_conflictOnEmail = on; }
    // Follows merged-away ids (at most `maxHops`) to the contact that absorbed them.
    QString mergeTarget(const QString &id, int maxHops = 3) const;
    // Looks an id up for an API call: live contact, or the error the service gives (404 / 410).
    const IntercomContact *liveContact(const QString &id, IntercomError *error, bool goneForMerged) const;
    bool merge(
        const QString &fromId, const QString &intoId, bool skipDuplicateValidation, IntercomError *error);
    void touchContact(const QString &id); // an edit happened (index it again after the lag)

    const IntercomContactIndex &index() const { return m_index; }

    // Tags and notes
    const IntercomTag *tag(const QString &id) const;
    QList<IntercomTag> tags() const { return m_tags; }
    std::optional<IntercomTag> createOrUpdateTag(
        const QString &name, const QString &id, IntercomError *error);
    std::optional<IntercomTagging> tagContact(
        const QString &contactId, const QString &tagId, IntercomError *error);
    std::optional<IntercomTagging> untagContact(
        const QString &contactId, const QString &tagId, IntercomError *error);
    std::optional<IntercomNote> addNote(
        const QString &contactId, const QString &adminId, const QString &body, IntercomError *error);
    QList<IntercomNote> notesOf(const QString &contactId) const; // newest first

    IntercomConversations &conversations() { return m_conversations; }
    const IntercomConversations &conversations() const { return m_conversations; }

private:
    bool validateCustomAttributes(const QJsonObject &attributes, IntercomError *error) const;
    bool applyFields(IntercomContact &contact, const QJsonObject &body, IntercomError *error) const;
    QString conflictingContact(
        const IntercomContact &candidate, const QString &ignoreId, bool *archived) const;

    qint64 m_clockOffsetMs = 0;
    QMap<QString, quint64> m_counters;
    quint64 m_contactCounter = 0;
    quint64 m_requestCounter = 0;
    bool m_conflictOnEmail = true;

    QList<IntercomAdmin> m_admins;
    QList<IntercomTeam> m_teams;
    QList<IntercomAttribute> m_attributes; // custom ones only
    QMap<QString, IntercomContact> m_contacts; // ordered by id = creation order
    IntercomContactIndex m_index;
    QList<IntercomTag> m_tags;
    QList<IntercomNote> m_notes;
    IntercomConversations m_conversations;
};

} // namespace tgic::sandbox
