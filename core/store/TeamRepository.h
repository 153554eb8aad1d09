// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tgic::store {

class Database;

//! Who is in the team and who polls, as the team database records it. Every time here is the
//! database server's clock (milliseconds), never a workstation's.
struct TeamMember
{
    QString memberId;
    QString host;
    QString agent;
    QString program; //!< "tgic" or "tgic-cli"
    QString version;
    bool canLead = false; //!< has the bot token
    QString note; //!< why it cannot lead, if it cannot
    qint64 startedAt = 0;
    qint64 seenAt = 0;
};

struct LeaseState
{
    QString holder; //!< member id; empty when nobody polls
    QString host;
    QString agent;
    qint64 epoch = 0;
    qint64 acquiredAt = 0;
    qint64 renewedAt = 0;
    qint64 expiresAt = 0;
    qint64 serverNow = 0;

    bool held() const { return !holder.isEmpty() && expiresAt > serverNow; }
};

struct TeamSnapshot
{
    LeaseState lease;
    QList<TeamMember> members; //!< seen in the last minute, most recent first
};

//! The SQL of team mode: the poller lease (one row, compare-and-set updates) and the members'
//! heartbeats. The timing and the decisions live in team::LeaderElection.
class TeamRepository
{
public:
    explicit TeamRepository(Database &db)
        : m_db(db)
    { }

    //! Take the lease if nobody holds an unexpired one. Returns the new epoch, or nullopt.
    std::optional<qint64> tryAcquire(const TeamMember &me, qint64 ttlMs, bool *failed = nullptr);
    //! Extend our own lease. False when it is no longer ours (or the database failed: `failed`).
    bool renew(const QString &memberId, qint64 epoch, qint64 ttlMs, bool *failed = nullptr);
    //! Give the lease up at once (a clean quit): a follower can take over without waiting.
    bool release(const QString &memberId, qint64 epoch);

    bool heartbeat(const TeamMember &me);
    bool leave(const QString &memberId);

    std::optional<TeamSnapshot> snapshot(qint64 recentMs = 60'000) const;

private:
    Database &m_db;
};

} // namespace tgic::store
