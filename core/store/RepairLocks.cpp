// SPDX-License-Identifier: MIT
#include "RepairLocks.h"

#include "Database.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
// Long enough for a merge through a slow Intercom; short enough that a crashed agent's lock
// does not keep a contact frozen for the rest of the day.
constexpr qint64 kLockTtlMs = qint64(3) * 60 * 1000;
} // namespace

bool RepairLocks::take(
    const QStringList &keys, const QString &action, const QString &agent, LockHolder *heldBy)
{
    const QString now = m_db.isTeam() ? Database::serverNowSql() : QString::number(nowMs());
    QStringList taken;
    for (const QString &key : keys) {
        bool ok = false;
        // Insert, or take over an expired lock; a live one held by someone else stays theirs.
        SqlResult q = runSql(m_db.connection(),
            u"INSERT INTO repair_locks (lock_key, holder, host, agent, action, started_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, "_s
                + now + u", "_s + now
                + u" + ?) ON CONFLICT (lock_key) DO UPDATE SET holder = excluded.holder, host = "
                  u"excluded.host,"
                  " agent = excluded.agent, action = excluded.action, started_at = excluded.started_at,"
                  " expires_at = excluded.expires_at WHERE repair_locks.expires_at < "_s
                + now + u" OR repair_locks.holder = excluded.holder"_s,
            { key, m_db.processId(), m_db.workstation(), agent, action, kLockTtlMs }, &ok);
        if (ok && q.numRowsAffected() == 1) {
            taken << key;
            continue;
        }
        if (heldBy) {
            SqlResult who = runSql(m_db.connection(),
                u"SELECT agent, host, action, started_at FROM repair_locks WHERE lock_key = ?"_s, { key });
            if (who.next())
                *heldBy = { who.value(0).toString(), who.value(1).toString(), who.value(2).toString(),
                    who.value(3).toLongLong() };
        }
        release(taken);
        return false;
    }
    return true;
}

void RepairLocks::release(const QStringList &keys)
{
    for (const QString &key : keys)
        runSql(m_db.connection(), u"DELETE FROM repair_locks WHERE lock_key = ? AND holder = ?"_s,
            { key, m_db.processId() });
}

} // namespace tgic::store
