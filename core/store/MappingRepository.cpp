// SPDX-License-Identifier: MIT
#include "MappingRepository.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace tgic::store {

std::optional<Mapping> MappingRepository::find(qint64 telegramUserId) const
{
    SqlResult q = runSql(m_db.connection(),
        u"SELECT intercom_contact_id, state, resolved_via, name_written, username_written,"
        " create_started_at, duplicate_count, last_error FROM mappings WHERE telegram_user_id = ?"_s,
        { telegramUserId });
    if (!q.next())
        return std::nullopt;
    Mapping m;
    m.telegramUserId = telegramUserId;
    m.contactId = q.value(0).toString();
    m.state = mappingStateFromName(q.value(1).toString());
    m.resolvedVia = q.value(2).toString();
    m.nameWritten = q.value(3).toString();
    m.usernameWritten = q.value(4).toString();
    if (!q.value(5).isNull())
        m.createStartedAt = q.value(5).toLongLong();
    m.duplicateCount = q.value(6).toInt();
    m.lastError = q.value(7).toString();
    return m;
}

namespace {
// The primary Telegram ID the contact carries, as the contacts cache keeps it.
QString anchorOf(const intercom::Contact &contact)
{
    return contact.attribute(intercom::attr::kTelegramUserId).toString();
}
} // namespace

bool MappingRepository::cacheContact(const intercom::Contact &contact)
{
    const QString &id = contact.id;
    if (id.isEmpty())
        return false;
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO contacts (intercom_contact_id, role, name, email, phone, anchor, fetched_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (intercom_contact_id) DO UPDATE SET role = excluded.role,"
        " name = excluded.name, email = excluded.email, phone = excluded.phone, anchor = excluded.anchor,"
        " fetched_at = excluded.fetched_at"_s,
        { id, intercom::contactRoleName(contact.role), textOrNull(contact.name), textOrNull(contact.email),
            textOrNull(contact.phone), textOrNull(anchorOf(contact)), nowMs() },
        &ok);
    return ok;
}

namespace {
std::optional<SqlStatement> cacheContactStatement(const intercom::Contact &contact)
{
    const QString &id = contact.id;
    if (id.isEmpty())
        return std::nullopt;
    return SqlStatement {
        u"INSERT INTO contacts (intercom_contact_id, role, name, email, phone, anchor, fetched_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (intercom_contact_id) DO UPDATE SET role = excluded.role,"
        " name = excluded.name, email = excluded.email, phone = excluded.phone, anchor = excluded.anchor,"
        " fetched_at = excluded.fetched_at"_s,
        { id, intercom::contactRoleName(contact.role), textOrNull(contact.name), textOrNull(contact.email),
            textOrNull(contact.phone), textOrNull(anchorOf(contact)), nowMs() }
    };
}

SqlStatement auditStatement(const QString &actor, const QString &action, qint64 telegramUserId,
    const QString &contactId, const QString &before, const QString &after, const QString &detail,
    const QString &workstation)
{
    return { u"INSERT INTO audit_log (at, actor, action, telegram_user_id, intercom_contact_id, before_value,"
             " after_value, detail, workstation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { nowMs(), actor, action, telegramUserId, textOrNull(contactId), textOrNull(before),
            textOrNull(after), textOrNull(detail), textOrNull(workstation) } };
}
} // namespace

bool MappingRepository::link(qint64 telegramUserId, const intercom::Contact &contact, MappingState state,
    const QString &via, int duplicateCount, const QString &actor, const QString &detail)
{
    return link(telegramUserId, contact, state, via, duplicateCount, actor, detail, LinkOptions {});
}

bool MappingRepository::link(qint64 telegramUserId, const intercom::Contact &contact, MappingState state,
    const QString &via, int duplicateCount, const QString &actor, const QString &detail,
    const LinkOptions &options)
{
    return linkMany({ Link { telegramUserId, contact, state, via, duplicateCount, actor, detail, options } });
}

bool MappingRepository::linkMany(const QList<Link> &links)
{
    if (links.isEmpty())
        return true;
    SqlBatch writes(m_db.connection());
    QList<qint64> linked, audited;
    for (const Link &l : links) {
        const QString &contactId = l.contact.id;
        const auto cache = cacheContactStatement(l.contact);
        if (!cache)
            return false;
        const auto before = l.options.beforeKnown ? l.options.before : find(l.telegramUserId);
        writes.add(cache->sql, cache->values);
        writes.add(u"INSERT INTO mappings (telegram_user_id, intercom_contact_id, state, resolved_via, "
                   u"duplicate_count,"
                   " create_started_at, last_error, updated_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, ?)"
                   " ON CONFLICT (telegram_user_id) DO UPDATE SET intercom_contact_id = "
                   "excluded.intercom_contact_id,"
                   " state = excluded.state, resolved_via = excluded.resolved_via,"
                   " duplicate_count = excluded.duplicate_count, create_started_at = NULL, last_error = NULL,"
                   " updated_at = excluded.updated_at"_s,
            { l.telegramUserId, contactId, mappingStateName(l.state), l.via, l.duplicateCount, nowMs() });
        if (!before || before->contactId != contactId || before->state != l.state) {
            const SqlStatement entry = auditStatement(l.actor, u"link"_s, l.telegramUserId, contactId,
                before ? before->contactId + u" ("_s + mappingStateName(before->state) + u')' : QString(),
                contactId + u" ("_s + mappingStateName(l.state) + u')', l.detail, m_db.workstation());
            writes.add(entry.sql, entry.values);
            audited << l.telegramUserId;
        }
        if (l.options.recordWritten)
            writes.add(u"UPDATE mappings SET name_written = ?, username_written = ?, updated_at = ?"
                       " WHERE telegram_user_id = ?"_s,
                { l.options.nameWritten, l.options.usernameWritten, nowMs(), l.telegramUserId });
        linked << l.telegramUserId;
    }
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    if (!transaction.commit(writes))
        return false;
    if (!audited.isEmpty())
        m_db.notifyChanged(store::Topic::Audit, audited);
    m_db.notifyChanged(store::Topic::Mappings, linked);
    return true;
}

bool MappingRepository::detach(qint64 telegramUserId, const QString &actor, const QString &detail)
{
    const auto before = find(telegramUserId);
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO mappings (telegram_user_id, intercom_contact_id, state, resolved_via, updated_at)"
        " VALUES (?, NULL, 'detached', 'agent', ?) ON CONFLICT (telegram_user_id) DO UPDATE SET"
        " intercom_contact_id = NULL, state = 'detached', resolved_via = 'agent', create_started_at = NULL,"
        " duplicate_count = 0, updated_at = excluded.updated_at"_s,
        { telegramUserId, nowMs() }, &ok);
    if (ok)
        ok = audit(actor, u"unlink"_s, telegramUserId, before ? before->contactId : QString(),
            before ? before->contactId : QString(), u"(detached)"_s, detail);
    if (!ok || !transaction.commit())
        return false;
    m_db.notifyChanged(store::Topic::Mappings, { telegramUserId });
    return true;
}

bool MappingRepository::reset(qint64 telegramUserId, const QString &actor, const QString &detail)
{
    const auto before = find(telegramUserId);
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE mappings SET intercom_contact_id = NULL, state = 'pending', resolved_via = NULL,"
        " create_started_at = NULL, duplicate_count = 0, last_error = NULL, updated_at = ?"
        " WHERE telegram_user_id = ?"_s,
        { nowMs(), telegramUserId }, &ok);
    if (ok)
        ok = audit(actor, u"reresolve"_s, telegramUserId, before ? before->contactId : QString(),
            before ? before->contactId : QString(), u"(pending)"_s, detail);
    if (!ok || !transaction.commit())
        return false;
    m_db.notifyChanged(store::Topic::Mappings, { telegramUserId });
    return true;
}

QList<qint64> MappingRepository::telegramIdsOf(const QString &contactId) const
{
    QList<qint64> ids;
    SqlResult q = runSql(m_db.connection(),
        u"SELECT telegram_user_id FROM mappings WHERE intercom_contact_id = ? ORDER BY telegram_user_id"_s,
        { contactId });
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<qint64> MappingRepository::moveContact(const QString &fromContactId, const intercom::Contact &survivor,
    const QString &actor, const QString &detail, bool *ok)
{
    const QString &into = survivor.id;
    QList<qint64> moved = telegramIdsOf(fromContactId); // not const: returned by move
    Transaction transaction(m_db);
    bool fine = transaction.isActive();
    if (fine)
        fine = cacheContact(survivor);
    if (fine)
        runSql(m_db.connection(),
            u"UPDATE mappings SET intercom_contact_id = ?, state = CASE WHEN state IN ('stale', 'conflict')"
            " THEN 'linked' ELSE state END, resolved_via = 'merge', updated_at = ? WHERE intercom_contact_id = ?"_s,
            { into, nowMs(), fromContactId }, &fine);
    if (fine)
        runSql(m_db.connection(),
            u"UPDATE conversations SET intercom_contact_id = ? WHERE intercom_contact_id = ?"_s,
            { into, fromContactId }, &fine);
    for (qint64 id : moved) {
        if (fine)
            fine = audit(actor, u"merge"_s, id, into, fromContactId, into, detail);
    }
    if (!fine || !transaction.commit()) {
        if (ok)
            *ok = false;
        return {};
    }
    if (ok)
        *ok = true;
    m_db.notifyChanged(store::Topic::Mappings, moved);
    return moved;
}

bool MappingRepository::wakeOutbox(qint64 telegramUserId)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE outbox SET next_attempt_at = 0 WHERE telegram_user_id = ? AND state = 'pending'"_s,
        { telegramUserId }, &ok);
    return ok;
}

MappingRepository::CreateClaim MappingRepository::claimCreate(qint64 telegramUserId, qint64 reconcileWindowMs)
{
    return claimCreate(telegramUserId, reconcileWindowMs, nullptr);
}

MappingRepository::CreateClaim MappingRepository::claimCreate(
    qint64 telegramUserId, qint64 reconcileWindowMs, LeadProfile *profile)
{
    const qint64 now = nowMs();
    SqlBatch batch(m_db.connection());
    const int claim
        = batch.add(u"UPDATE mappings SET create_started_at = ?, updated_at = ? WHERE telegram_user_id = ?"
                    " AND (create_started_at IS NULL OR create_started_at < ?)"
                    " AND (intercom_contact_id IS NULL OR state = 'stale')"_s,
            { now, now, telegramUserId, now - reconcileWindowMs });
    const int read = profile ? batch.add(u"SELECT first_name, last_name, username FROM telegram_users"
                                         " WHERE telegram_user_id = ?"_s,
                         { telegramUserId })
                             : -1;
    if (!batch.exec())
        return CreateClaim::Failed;
    if (profile && batch.result(read).next()) {
        SqlResult &r = batch.result(read);
        *profile = LeadProfile { r.value(0).toString(), r.value(1).toString(), r.value(2).toString() };
    }
    return batch.result(claim).numRowsAffected() == 1 ? CreateClaim::Claimed : CreateClaim::Busy;
}

QList<MappingRepository::CreateClaim> MappingRepository::claimCreates(
    const QList<qint64> &telegramUserIds, qint64 reconcileWindowMs, QList<LeadProfile> *profiles)
{
    QList<CreateClaim> out;
    profiles->clear();
    const qint64 now = nowMs();
    SqlBatch batch(m_db.connection());
    for (qint64 id : telegramUserIds) {
        batch.add(u"UPDATE mappings SET create_started_at = ?, updated_at = ? WHERE telegram_user_id = ?"
                  " AND (create_started_at IS NULL OR create_started_at < ?)"
                  " AND (intercom_contact_id IS NULL OR state = 'stale')"_s,
            { now, now, id, now - reconcileWindowMs });
        batch.add(u"SELECT first_name, last_name, username FROM telegram_users WHERE telegram_user_id = ?"_s,
            { id });
    }
    if (!batch.exec()) {
        // The batch is atomic: nothing was claimed. One at a time, so one failure is its own.
        for (qint64 id : telegramUserIds) {
            LeadProfile profile;
            out << (telegramUserIds.size() > 1 ? claimCreate(id, reconcileWindowMs, &profile)
                                               : CreateClaim::Failed);
            *profiles << profile;
        }
        return out;
    }
    for (int i = 0; i < telegramUserIds.size(); ++i) {
        SqlResult &read = batch.result(2 * i + 1);
        *profiles << (read.next()
                ? LeadProfile { read.value(0).toString(), read.value(1).toString(), read.value(2).toString() }
                : LeadProfile {});
        out << (batch.result(2 * i).numRowsAffected() == 1 ? CreateClaim::Claimed : CreateClaim::Busy);
    }
    return out;
}

bool MappingRepository::clearCreateStarted(qint64 telegramUserId, const QString &error)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE mappings SET create_started_at = NULL, last_error = ?, updated_at = ? WHERE telegram_user_id = ?"_s,
        { textOrNull(error), nowMs(), telegramUserId }, &ok);
    return ok;
}

bool MappingRepository::setState(
    qint64 telegramUserId, MappingState state, const QString &actor, const QString &detail)
{
    const auto before = find(telegramUserId);
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = false;
    runSql(m_db.connection(), u"UPDATE mappings SET state = ?, updated_at = ? WHERE telegram_user_id = ?"_s,
        { mappingStateName(state), nowMs(), telegramUserId }, &ok);
    if (ok && before && before->state != state)
        ok = audit(actor, u"state"_s, telegramUserId, before->contactId, mappingStateName(before->state),
            mappingStateName(state), detail);
    if (!ok || !transaction.commit())
        return false;
    m_db.notifyChanged(store::Topic::Mappings, { telegramUserId });
    return true;
}

bool MappingRepository::recordWritten(
    qint64 telegramUserId, const std::optional<QString> &name, const QString &username)
{
    bool ok = false;
    if (name)
        runSql(m_db.connection(),
            u"UPDATE mappings SET name_written = ?, username_written = ?, updated_at = ? WHERE telegram_user_id = ?"_s,
            { *name, username, nowMs(), telegramUserId }, &ok);
    else
        runSql(m_db.connection(),
            u"UPDATE mappings SET username_written = ?, updated_at = ? WHERE telegram_user_id = ?"_s,
            { username, nowMs(), telegramUserId }, &ok);
    return ok;
}

bool MappingRepository::setLastError(qint64 telegramUserId, const QString &error)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE mappings SET last_error = ?, updated_at = ? WHERE telegram_user_id = ?"_s,
        { textOrNull(error), nowMs(), telegramUserId }, &ok);
    return ok;
}

bool MappingRepository::audit(const QString &actor, const QString &action, qint64 telegramUserId,
    const QString &contactId, const QString &before, const QString &after, const QString &detail)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO audit_log (at, actor, action, telegram_user_id, intercom_contact_id, before_value,"
        " after_value, detail, workstation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        { nowMs(), actor, action, telegramUserId, textOrNull(contactId), textOrNull(before),
            textOrNull(after), textOrNull(detail), textOrNull(m_db.workstation()) },
        &ok);
    if (ok)
        m_db.notifyChanged(store::Topic::Audit, { telegramUserId });
    return ok;
}

} // namespace tgic::store
