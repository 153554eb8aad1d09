// SPDX-License-Identifier: MIT
#pragma once

#include "MappingState.h"
#include "intercom/IntercomTypes.h"

#include <QString>

#include <QList>

#include <optional>

namespace tgic::store {

class Database;

struct Mapping
{
    qint64 telegramUserId = 0;
    QString contactId; //!< empty: none yet
    MappingState state = MappingState::Pending;
    QString resolvedVia;
    QString nameWritten; //!< the Intercom `name` this app last wrote (to spot agents' edits)
    QString usernameWritten;
    std::optional<qint64> createStartedAt;
    int duplicateCount = 0;
    QString lastError;
};

//! What link() may do besides: take the mapping as the caller read it (no read of its own) and
//! record what was written to the contact, in the same round trip.
struct LinkOptions
{
    bool beforeKnown = false;
    std::optional<Mapping> before; //!< with beforeKnown: the mapping before (nullopt: none)
    bool recordWritten = false;
    QString nameWritten;
    QString usernameWritten;
};

//! One link() of several (MappingRepository::linkMany).
struct Link
{
    qint64 telegramUserId = 0;
    intercom::Contact contact;
    MappingState state = MappingState::Linked;
    QString via;
    int duplicateCount = 0;
    QString actor;
    QString detail;
    LinkOptions options;
};

//! The Telegram profile a new lead is created from.
struct LeadProfile
{
    QString firstName;
    QString lastName;
    QString username;
};

//! Mapping rows and the audit trail of every change to them.
class MappingRepository
{
public:
    explicit MappingRepository(Database &db)
        : m_db(db)
    { }

    std::optional<Mapping> find(qint64 telegramUserId) const;

    //! Anchor `telegramUserId` on `contactId`; writes the mapping, the contact snapshot and an
    //! audit entry in one transaction. `actor` is "sync" or the agent's name.
    bool link(qint64 telegramUserId, const intercom::Contact &contact, MappingState state, const QString &via,
        int duplicateCount, const QString &actor, const QString &detail);
    //! The same, one round trip (BEGIN, the writes and COMMIT in one batch).
    bool link(qint64 telegramUserId, const intercom::Contact &contact, MappingState state, const QString &via,
        int duplicateCount, const QString &actor, const QString &detail, const LinkOptions &options);
    //! link() for several people in one transaction and one round trip: all or none.
    bool linkMany(const QList<Link> &links);
    //! An agent unlinked the user: no contact, state detached; their messages wait.
    bool detach(qint64 telegramUserId, const QString &actor, const QString &detail);
    //! Forget the mapping so the next resolution starts from scratch (search, then create).
    bool reset(qint64 telegramUserId, const QString &actor, const QString &detail);
    //! After a merge: every Telegram user mapped to `fromContactId` now maps to `survivor`, and
    //! the conversations follow. Returns the Telegram IDs that moved.
    QList<qint64> moveContact(const QString &fromContactId, const intercom::Contact &survivor,
        const QString &actor, const QString &detail, bool *ok = nullptr);
    //! Telegram IDs mapped to a contact, locally.
    QList<qint64> telegramIdsOf(const QString &contactId) const;
    //! Wake the user's waiting outbox rows (after a relink, for example).
    bool wakeOutbox(qint64 telegramUserId);
    enum class CreateClaim { Claimed, Busy, Failed };
    //! Record that this process is about to create the contact — a compare-and-set, so across
    //! every process on a team database only one creates: Busy when another create started
    //! less than `reconcileWindowMs` ago or the mapping was linked meanwhile.
    CreateClaim claimCreate(qint64 telegramUserId, qint64 reconcileWindowMs);
    //! The same, reading the profile to create the lead from in the same round trip.
    CreateClaim claimCreate(qint64 telegramUserId, qint64 reconcileWindowMs, LeadProfile *profile);
    //! claimCreate() for several people in one round trip, each claim guarded on its own; one
    //! answer and one profile per id, in order. If the batch fails, one at a time.
    QList<CreateClaim> claimCreates(
        const QList<qint64> &telegramUserIds, qint64 reconcileWindowMs, QList<LeadProfile> *profiles);
    bool clearCreateStarted(qint64 telegramUserId, const QString &error);
    bool setState(qint64 telegramUserId, MappingState state, const QString &actor, const QString &detail);
    bool recordWritten(qint64 telegramUserId, const std::optional<QString> &name, const QString &username);
    bool setLastError(qint64 telegramUserId, const QString &error);
    bool cacheContact(const intercom::Contact &contact);

    bool audit(const QString &actor, const QString &action, qint64 telegramUserId, const QString &contactId,
        const QString &before, const QString &after, const QString &detail);

private:
    Database &m_db;
};

} // namespace tgic::store
