// SPDX-License-Identifier: MIT
#include "HealthRepository.h"

#include "Database.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

bool HealthRepository::writeMinute(const HealthMinuteRow &row)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO sync_health (minute_at, written_at, leader, figures) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (minute_at) DO UPDATE SET written_at = excluded.written_at,"
        " leader = excluded.leader, figures = excluded.figures"_s,
        { row.minuteAt, row.writtenAt, row.leader, row.figures }, &ok);
    return ok;
}

bool HealthRepository::pruneBefore(qint64 minuteAt)
{
    bool ok = false;
    runSql(m_db.connection(), u"DELETE FROM sync_health WHERE minute_at < ?"_s, { minuteAt }, &ok);
    return ok;
}

std::optional<QList<std::pair<QString, OutboxBacklog>>> HealthRepository::outboxBacklog()
{
    bool ok = false;
    auto q = runSql(m_db.connection(),
        u"SELECT direction, COUNT(*), COUNT(DISTINCT chat_id), MIN(created_at) FROM outbox"
        " WHERE state = 'pending' GROUP BY direction"_s,
        {}, &ok);
    if (!ok)
        return std::nullopt;
    QList<std::pair<QString, OutboxBacklog>> out;
    while (q.next())
        out.append({ q.value(0).toString(),
            OutboxBacklog { q.value(1).toInt(), q.value(2).toInt(), q.value(3).toLongLong() } });
    return out;
}

std::optional<QList<HealthMinuteRow>> HealthRepository::minutesFrom(const QSqlDatabase &db, qint64 minuteAt)
{
    bool ok = false;
    auto q = runSql(db,
        u"SELECT minute_at, written_at, leader, figures FROM sync_health WHERE minute_at >= ?"
        " ORDER BY minute_at"_s,
        { minuteAt }, &ok, Rows::ForwardOnly);
    if (!ok)
        return std::nullopt;
    QList<HealthMinuteRow> rows;
    while (q.next())
        rows.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString() });
    return rows;
}

} // namespace tgic::store
