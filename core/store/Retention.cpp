// SPDX-License-Identifier: MIT
#include "Retention.h"

#include "Change.h"
#include "Database.h"
#include "Logging.h"
#include "Meta.h"
#include "Sql.h"
#include "Transaction.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
const QString kDaysKey = u"privacy.retention_days"_s;
const QString kLastRunKey = u"privacy.retention_last_run"_s;
constexpr qint64 kDayMs = qint64(24) * 60 * 60 * 1000;

// Messages older than the cut-off, except those still on their way (nothing is lost: a message
// waiting for its delivery keeps its text until it is delivered or has failed).
const QString kOldMessages
    = u"SELECT id FROM messages WHERE sent_at < ? AND id NOT IN (SELECT message_id FROM"
      " outbox WHERE state = 'pending' AND message_id IS NOT NULL)"_s;
// Outbox rows that are finished and old, or that belong to an old message that goes.
const QString kOldOutbox
    = u"SELECT id FROM outbox WHERE state <> 'pending' AND (created_at < ? OR message_id IN ("_s
    + kOldMessages + u"))"_s;
} // namespace

int Retention::days() const
{
    return qBound(0, meta::get(m_db, kDaysKey, u"0"_s).toInt(), kMaxDays);
}

bool Retention::setDays(int days, const QString &actor)
{
    days = qBound(0, days, kMaxDays);
    const int before = this->days();
    if (before == days)
        return true;
    Transaction tx(m_db);
    bool ok = tx.isActive() && meta::set(m_db, kDaysKey, QString::number(days));
    if (ok)
        runSql(m_db.connection(),
            u"INSERT INTO audit_log (at, actor, action, before_value, after_value, workstation)"
            " VALUES (?, ?, 'retention policy', ?, ?, ?)"_s,
            { nowMs(), actor, QString::number(before), QString::number(days),
                textOrNull(m_db.workstation()) },
            &ok);
    ok = ok && tx.commit();
    if (ok)
        m_db.notifyChanged(Topic::Audit);
    return ok;
}

qint64 Retention::lastRunAt() const
{
    return meta::get(m_db, kLastRunKey, u"0"_s).toLongLong();
}

bool Retention::due() const
{
    return days() > 0 && nowMs() - lastRunAt() >= kIntervalMs;
}

RetentionPlan Retention::plan(int days) const
{
    RetentionPlan p;
    p.days = qBound(0, days, kMaxDays);
    if (!p.enabled())
        return p;
    p.cutoffMs = nowMs() - p.days * kDayMs;
    const qint64 c = p.cutoffMs;
    auto q = runSql(m_db.connection(),
        u"SELECT (SELECT COUNT(*) FROM messages WHERE id IN ("_s + kOldMessages + u")),"_s
            + u" (SELECT COUNT(*) FROM message_edits WHERE edited_at < ? OR message_id IN ("_s + kOldMessages
            + u")), (SELECT COUNT(*) FROM outbox WHERE id IN ("_s + kOldOutbox + u")),"_s
            + u" (SELECT COUNT(*) FROM outbox_files WHERE data IS NOT NULL AND outbox_id IN ("_s + kOldOutbox
            + u")), (SELECT COUNT(*) FROM telegram_updates WHERE received_at < ? AND payload <> '{}'),"_s
              " (SELECT COUNT(*) FROM quarantine WHERE received_at < ?),"
              " (SELECT COUNT(*) FROM chats WHERE last_message_at < ? AND last_message_preview IS NOT NULL),"
              " (SELECT COUNT(*) FROM messages WHERE sent_at < ?) - (SELECT COUNT(*) FROM messages WHERE id IN ("_s
            + kOldMessages + u"))"_s,
        QVariantList(12, c));
    if (q.next()) {
        p.messages = q.value(0).toInt();
        p.edits = q.value(1).toInt();
        p.outboxRows = q.value(2).toInt();
        p.files = q.value(3).toInt();
        p.rawUpdates = q.value(4).toInt();
        p.quarantined = q.value(5).toInt();
        p.previews = q.value(6).toInt();
        p.heldBack = q.value(7).toInt();
    }
    return p;
}

RetentionPlan Retention::run(const QString &actor, bool *ok, QString *error)
{
    *ok = false;
    const int keep = days();
    if (keep <= 0) {
        if (error)
            *error = tr("Data retention is off: everything is kept");
        return {};
    }
    Transaction tx(m_db);
    if (!tx) {
        if (error)
            *error = tr("Cannot start a transaction on the database");
        return {};
    }
    // In a team only the leader removes data; the lease row stays share-locked until COMMIT.
    if (!m_db.leaseHeld()) {
        if (error)
            *error = tr("In a team only the workstation that runs the sync removes old data");
        return {};
    }
    RetentionPlan p = plan(keep);
    const qint64 c = p.cutoffMs;
    const QSqlDatabase db = m_db.connection();
    bool fine = true;
    auto exec = [&](const QString &sql, const QVariantList &binds) {
        if (fine)
            runSql(db, sql, binds, &fine);
    };
    exec(u"DELETE FROM outbox_files WHERE outbox_id IN ("_s + kOldOutbox + u')', { c, c });
    exec(u"DELETE FROM outbox WHERE id IN ("_s + kOldOutbox + u')', { c, c });
    exec(u"DELETE FROM message_edits WHERE edited_at < ? OR message_id IN ("_s + kOldMessages + u')',
        { c, c });
    exec(u"DELETE FROM messages WHERE id IN ("_s + kOldMessages + u')', { c });
    exec(u"UPDATE telegram_updates SET payload = '{}' WHERE received_at < ? AND payload <> '{}'"_s, { c });
    exec(u"DELETE FROM quarantine WHERE received_at < ?"_s, { c });
    exec(
        u"UPDATE chats SET last_message_preview = NULL WHERE last_message_at < ? AND last_message_preview IS NOT NULL"_s,
        { c });
    exec(u"INSERT INTO audit_log (at, actor, action, after_value, detail, workstation)"
         " VALUES (?, ?, 'retention', ?, ?, ?)"_s,
        { nowMs(), actor, QString::number(keep),
            u"removed %1 messages, %2 earlier texts, %3 outbox rows, %4 files, %5 raw updates, %6 "
            u"quarantined updates"
            " older than %7 days; %8 kept until delivered"_s.arg(p.messages)
                .arg(p.edits)
                .arg(p.outboxRows)
                .arg(p.files)
                .arg(p.rawUpdates)
                .arg(p.quarantined)
                .arg(keep)
                .arg(p.heldBack),
            textOrNull(m_db.workstation()) });
    fine = fine && meta::set(m_db, kLastRunKey, QString::number(nowMs()));
    if (!fine || !tx.commit()) {
        if (error)
            *error = tr("The database refused the removal; nothing was removed");
        return {};
    }
    *ok = true;
    if (m_db.isSqlite())
        runSql(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (p.total() > 0) {
        m_db.notifyChanged(Topic::Chats);
        m_db.notifyChanged(Topic::Messages);
        m_db.notifyChanged(Topic::Outbox);
        m_db.notifyChanged(Topic::Quarantine);
    }
    m_db.notifyChanged(Topic::Audit);
    qCInfo(lcStore).noquote() << "retention: removed" << p.total() << "rows older than" << keep << "days";
    return p;
}

} // namespace tgic::store
