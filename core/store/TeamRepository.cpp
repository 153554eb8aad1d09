// SPDX-License-Identifier: MIT
#include "TeamRepository.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
// NOT NULL text columns: a null QString would be bound as NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}
} // namespace

std::optional<qint64> TeamRepository::tryAcquire(const TeamMember &me, qint64 ttlMs, bool *failed)
{
    // One statement: of any number of workstations asking at once exactly one sees a row come
    // back. An expired lease is taken over; a released one (holder NULL) at once.
    const QString now = Database::serverNowSql();
    bool ok = false;
    SqlResult q = runSql(m_db.connection(),
        u"UPDATE team_lease SET holder = ?, holder_host = ?, holder_agent = ?, epoch = epoch + 1,"
        " acquired_at = "_s
            + now + u", renewed_at = "_s + now + u", expires_at = "_s + now
            + u" + ? WHERE name = 'poller' AND (holder IS NULL OR expires_at <= "_s + now
            + u") RETURNING epoch"_s,
        { me.memberId, text(me.host), text(me.agent), ttlMs }, &ok);
    if (failed)
        *failed = !ok;
    if (!ok || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool TeamRepository::renew(const QString &memberId, qint64 epoch, qint64 ttlMs, bool *failed)
{
    const QString now = Database::serverNowSql();
    bool ok = false;
    // A lease that has already run out is not renewed: someone may have been told they can take
    // it, and a holder that could not renew in time must have stopped already.
    SqlResult q = runSql(m_db.connection(),
        u"UPDATE team_lease SET renewed_at = "_s + now + u", expires_at = "_s + now
            + u" + ? WHERE name = 'poller' AND holder = ? AND epoch = ? AND expires_at > "_s + now,
        { ttlMs, memberId, epoch }, &ok);
    if (failed)
        *failed = !ok;
    return ok && q.numRowsAffected() == 1;
}

bool TeamRepository::release(const QString &memberId, qint64 epoch)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE team_lease SET holder = NULL, holder_host = NULL, holder_agent = NULL, expires_at = 0"
        " WHERE name = 'poller' AND holder = ? AND epoch = ?"_s,
        { memberId, epoch }, &ok);
    return ok;
}

bool TeamRepository::heartbeat(const TeamMember &me)
{
    const QString now = Database::serverNowSql();
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO team_members (member_id, host, agent, program, version, can_lead, note, started_at, "
        u"seen_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, "_s
            + now + u", "_s + now
            + u") ON CONFLICT (member_id) DO UPDATE SET seen_at = excluded.seen_at,"
              " can_lead = excluded.can_lead, note = excluded.note"_s,
        { me.memberId, text(me.host), text(me.agent), text(me.program), text(me.version), me.canLead ? 1 : 0,
            me.note },
        &ok);
    return ok;
}

bool TeamRepository::leave(const QString &memberId)
{
    bool ok = false;
    runSql(m_db.connection(), u"DELETE FROM team_members WHERE member_id = ?"_s, { memberId }, &ok);
    return ok;
}

std::optional<TeamSnapshot> TeamRepository::snapshot(qint64 recentMs) const
{
    TeamSnapshot snap;
    bool ok = false;
    SqlResult lease = runSql(m_db.connection(),
        u"SELECT holder, holder_host, holder_agent, epoch, acquired_at, renewed_at, expires_at, "_s
            + (m_db.isTeam() ? Database::serverNowSql() : QString::number(nowMs()))
            + u" FROM team_lease WHERE name = 'poller'"_s,
        {}, &ok);
    if (!ok)
        return std::nullopt;
    if (lease.next()) {
        snap.lease.holder = lease.value(0).toString();
        snap.lease.host = lease.value(1).toString();
        snap.lease.agent = lease.value(2).toString();
        snap.lease.epoch = lease.value(3).toLongLong();
        snap.lease.acquiredAt = lease.value(4).toLongLong();
        snap.lease.renewedAt = lease.value(5).toLongLong();
        snap.lease.expiresAt = lease.value(6).toLongLong();
        snap.lease.serverNow = lease.value(7).toLongLong();
    }
    SqlResult members = runSql(m_db.connection(),
        u"SELECT member_id, host, agent, program, version, can_lead, note, started_at, seen_at"
        " FROM team_members WHERE seen_at >= ? ORDER BY seen_at DESC, member_id"_s,
        { snap.lease.serverNow - recentMs }, &ok);
    if (!ok)
        return std::nullopt;
    while (members.next()) {
        TeamMember m;
        m.memberId = members.value(0).toString();
        m.host = members.value(1).toString();
        m.agent = members.value(2).toString();
        m.program = members.value(3).toString();
        m.version = members.value(4).toString();
        m.canLead = members.value(5).toInt() != 0;
        m.note = members.value(6).toString();
        m.startedAt = members.value(7).toLongLong();
        m.seenAt = members.value(8).toLongLong();
        snap.members << m;
    }
    return snap;
}

} // namespace tgic::store
