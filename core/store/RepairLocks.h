// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace tgic::store {

class Database;

//! Who holds a repair lock, for telling the agent who came second.
struct LockHolder
{
    QString agent;
    QString host;
    QString action;
    qint64 startedAt = 0;
};

//! Repairs (relink, unlink, re-resolve, merge) serialized across every process on the database:
//! one row per contact or Telegram ID being repaired. Two agents merging the same lead at once:
//! the first takes the lock, the second is told who is at it. A lock left by a crashed process
//! expires after a few minutes.
class RepairLocks
{
public:
    explicit RepairLocks(Database &db)
        : m_db(db)
    { }

    //! Take every key or none. On failure `heldBy` says who has one of them.
    bool take(const QStringList &keys, const QString &action, const QString &agent, LockHolder *heldBy);
    void release(const QStringList &keys);

    static QString contactKey(const QString &contactId) { return QStringLiteral("contact:") + contactId; }
    static QString telegramKey(qint64 telegramUserId)
    {
        return QStringLiteral("telegram:") + QString::number(telegramUserId);
    }

private:
    Database &m_db;
};

} // namespace tgic::store
