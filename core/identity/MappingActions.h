// SPDX-License-Identifier: MIT
#pragma once

#include "intercom/IntercomTypes.h"
#include "net/ApiResult.h"
#include "store/MappingRepository.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::store {
class Database;
}

namespace tgic::identity {

class IdentityResolver;

struct ActionResult
{
    bool ok = false;
    QString message; //!< what happened, or why not — for the agent, in words
    QString contactId; //!< the contact the Telegram user ends up on, if any
};

//! Runs a repair holding the team-wide locks for `keys` (store::RepairLocks); the locks go when
//! `done` is called. A second agent at the same contact or Telegram ID is told, in words, who is
//! already at it, and nothing is changed.
void underRepairLock(store::Database &db, const QStringList &keys, const QString &action,
    const QString &actor, std::function<void(const ActionResult &)> done,
    const std::function<void(std::function<void(const ActionResult &)>)> &body);

//! What an agent does to repair who-is-who: relink a Telegram user to another contact, unlink,
//! re-resolve from scratch, re-write the anchor. Each keeps Intercom's attributes and the local
//! mapping in step (so the link survives a lost cache), leaves a note on the contact, and writes
//! an audit entry naming the agent.
class MappingActions final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ActionResult &)>;

    MappingActions(store::Database &db, intercom::IntercomClient *client, IdentityResolver *resolver,
        QObject *parent = nullptr);

    void relink(qint64 telegramUserId, const QString &contactId, const QString &actor, Done done);
    void unlink(qint64 telegramUserId, const QString &actor, Done done);
    void reresolve(qint64 telegramUserId, const QString &actor, Done done);
    void rewriteAnchor(qint64 telegramUserId, const QString &actor, const Done &done);

Q_SIGNALS:
    //! A mapping changed: waiting messages may go out now.
    void mappingChanged(qint64 telegramUserId);

private:
    void relinkLocked(
        qint64 telegramUserId, const QString &contactId, const QString &actor, const Done &done);
    void unlinkLocked(qint64 telegramUserId, const QString &actor, const Done &done);
    void reresolveLocked(qint64 telegramUserId, const QString &actor, const Done &done);
    //! GET a contact, following a merge (410 + Link) to its survivor.
    void fetchLive(
        const QString &contactId, int hops, const std::function<void(const net::ApiResult &)> &done);
    //! Put `telegramUserId` on (add = true) or off the contact's anchor, then read it back.
    void editAnchor(const intercom::Contact &contact, qint64 telegramUserId, bool add,
        const std::function<void(const net::ApiResult &, const intercom::Contact &after)> &done);
    void note(const QString &contactId, const QString &text);
    QString describeUser(qint64 telegramUserId) const;

    store::Database &m_db;
    store::MappingRepository m_mappings;
    intercom::IntercomClient *m_client;
    IdentityResolver *m_resolver;
};

} // namespace tgic::identity
