// SPDX-License-Identifier: MIT
#include "IdentityEvidence.h"

#include "Database.h"
#include "Logging.h"
#include "MappingRepository.h"
#include "Sql.h"
#include "Transaction.h"
#include "telegram/TelegramTypes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace evidence {

QString normalizedPhone(const QString &phone)
{
    QString digits;
    const QString trimmed = phone.trimmed();
    for (const QChar c : trimmed)
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    // "00" is the international prefix typed where "+" is not at hand.
    if (!trimmed.startsWith(u'+') && digits.startsWith(u"00"_s))
        digits.remove(0, 2);
    // E.164 allows at most 15 digits; fewer than 6 is not a reachable number anywhere.
    if (digits.size() < 6 || digits.size() > 15)
        return {};
    return u'+' + digits;
}

QStringList emailsIn(const QString &text)
{
    // Deliberately plain: the local part and a dotted domain with a letter-only top level.
    // Trailing dots of a sentence ("write to anna@example.com.") are not part of the address.
    static const QRegularExpression address(
        u"(?<![\\w.+-])([\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,24})(?![\\w@-])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    QStringList seen;
    auto it = address.globalMatch(text);
    while (it.hasNext()) {
        const QString match = it.next().captured(1);
        if (match.startsWith(u'.') || match.contains(u".."_s))
            continue;
        const QString key = match.toLower();
        if (!seen.contains(key)) {
            seen << key;
            found << match;
        }
    }
    return found;
}

} // namespace evidence

namespace {
QString normalized(const QString &kind, const QString &shownAs)
{
    if (kind == QLatin1StringView(evidence::kPhone))
        return evidence::normalizedPhone(shownAs);
    return shownAs.trimmed().toLower();
}

int strengthRank(const QString &strength)
{
    return strength == u"strong"_s ? 2 : strength == u"medium"_s ? 1 : 0;
}
} // namespace

bool EvidenceRepository::record(qint64 telegramUserId, const QString &kind, const QString &shownAs,
    std::optional<qint64> messageId, qint64 now)
{
    const QString value = normalized(kind, shownAs);
    if (value.isEmpty())
        return true; // not usable evidence; nothing to keep
    bool ok = false;
    SqlResult insert = runSql(m_db.connection(),
        u"INSERT INTO identity_evidence (telegram_user_id, kind, value, shown_as, message_id, found_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (telegram_user_id, kind, value) DO NOTHING"_s,
        { telegramUserId, kind, value, shownAs.trimmed(),
            messageId ? QVariant(*messageId) : QVariant(QMetaType(QMetaType::LongLong)), now },
        &ok);
    if (ok && insert.numRowsAffected() == 1) {
        qCInfo(lcStore).noquote() << "new" << kind << "evidence from Telegram user" << telegramUserId;
        m_db.notifyChanged(Topic::Suggestions, { telegramUserId });
    }
    return ok;
}

namespace {
const QString kDue
    = u"SELECT e.id, e.telegram_user_id, e.kind, e.value, e.shown_as, e.message_id, e.found_at,"
      " e.attempts, m.intercom_contact_id, k.role"
      " FROM identity_evidence e JOIN mappings m ON m.telegram_user_id = e.telegram_user_id"
      " LEFT JOIN contacts k ON k.intercom_contact_id = m.intercom_contact_id"
      " WHERE e.checked_at IS NULL AND e.next_attempt_at <= ? AND m.intercom_contact_id IS NOT NULL"
      " AND m.state IN ('linked', 'conflict') ORDER BY e.id LIMIT ?"_s;
const QString kNextDue = u"SELECT MIN(e.next_attempt_at) FROM identity_evidence e"
                         " JOIN mappings m ON m.telegram_user_id = e.telegram_user_id"
                         " WHERE e.checked_at IS NULL AND m.intercom_contact_id IS NOT NULL"
                         " AND m.state IN ('linked', 'conflict')"_s;
const QString kAwaitingContact
    = u"SELECT 1 FROM identity_evidence e LEFT JOIN mappings m ON m.telegram_user_id = e.telegram_user_id"
      " WHERE e.checked_at IS NULL AND (m.intercom_contact_id IS NULL"
      " OR m.state NOT IN ('linked', 'conflict')) LIMIT 1"_s;

QList<Evidence> evidenceFrom(SqlResult &q)
{
    QList<Evidence> out;
    while (q.next()) {
        Evidence e;
        e.id = q.value(0).toLongLong();
        e.telegramUserId = q.value(1).toLongLong();
        e.kind = q.value(2).toString();
        e.value = q.value(3).toString();
        e.shownAs = q.value(4).toString();
        if (!q.value(5).isNull())
            e.messageId = q.value(5).toLongLong();
        e.foundAt = q.value(6).toLongLong();
        e.attempts = q.value(7).toInt();
        e.contactId = q.value(8).toString();
        e.contactRole = q.value(9).toString();
        out << e;
    }
    return out;
}
} // namespace

QList<Evidence> EvidenceRepository::due(qint64 now, int limit) const
{
    SqlResult q = runSql(m_db.connection(), kDue, { now, limit });
    return evidenceFrom(q);
}

EvidenceRepository::Due EvidenceRepository::dueAndNext(qint64 now, int limit) const
{
    SqlBatch batch(m_db.connection());
    const int due = batch.add(kDue, { now, limit });
    const int next = batch.add(kNextDue);
    const int awaiting = batch.add(kAwaitingContact);
    Due out;
    if (!batch.exec())
        return out;
    out.awaitingContact = batch.result(awaiting).next();
    out.items = evidenceFrom(batch.result(due));
    SqlResult &at = batch.result(next);
    if (at.next() && !at.value(0).isNull())
        out.nextDueAt = at.value(0).toLongLong();
    return out;
}

std::optional<qint64> EvidenceRepository::nextDueAt() const
{
    const QVariant at = scalar(m_db.connection(), kNextDue);
    if (at.isNull() || !at.isValid())
        return std::nullopt;
    return at.toLongLong();
}

bool EvidenceRepository::markChecked(qint64 evidenceId, qint64 now)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE identity_evidence SET checked_at = ?, attempts = attempts + 1, last_error = NULL"
        " WHERE id = ?"_s,
        { now, evidenceId }, &ok);
    return ok;
}

bool EvidenceRepository::markFailed(qint64 evidenceId, const QString &error, qint64 retryAt)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE identity_evidence SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
        " WHERE id = ?"_s,
        { error, retryAt, evidenceId }, &ok);
    return ok;
}

bool EvidenceRepository::suggest(
    const Evidence &evidence, const QString &leadId, const SuggestedUser &user, qint64 now)
{
    const QString strength = evidence.kind == QLatin1StringView(evidence::kPhone) ? u"strong"_s : u"medium"_s;
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    const QSqlDatabase db = m_db.connection();
    bool ok = false;
    // One row per pair, whichever process or piece of evidence gets there first.
    runSql(db,
        u"INSERT INTO merge_suggestions (telegram_user_id, lead_contact_id, user_contact_id, user_name,"
        " user_email, user_phone, strength, state, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) ON CONFLICT (lead_contact_id, user_contact_id)"
        " DO UPDATE SET user_name = excluded.user_name, user_email = excluded.user_email,"
        " user_phone = excluded.user_phone, updated_at = excluded.updated_at"_s,
        { evidence.telegramUserId, leadId, user.id, textOrNull(user.name), textOrNull(user.email),
            textOrNull(user.phone), strength, now, now },
        &ok);
    SqlResult row = runSql(db,
        u"SELECT id, strength FROM merge_suggestions WHERE lead_contact_id = ? AND user_contact_id = ?"_s,
        { leadId, user.id });
    const bool found = ok && row.next();
    const qint64 suggestionId = found ? row.value(0).toLongLong() : 0;
    if (found && strengthRank(strength) > strengthRank(row.value(1).toString()))
        runSql(
            db, u"UPDATE merge_suggestions SET strength = ? WHERE id = ?"_s, { strength, suggestionId }, &ok);
    if (found && ok)
        runSql(db,
            u"INSERT INTO merge_suggestion_evidence (suggestion_id, evidence_id) VALUES (?, ?)"
            " ON CONFLICT (suggestion_id, evidence_id) DO NOTHING"_s,
            { suggestionId, evidence.id }, &ok);
    if (!found || !ok || !transaction.commit())
        return false;
    qCInfo(lcStore).noquote() << "suggested merge" << suggestionId << ":" << strength << evidence.kind
                              << "evidence of Telegram user" << evidence.telegramUserId;
    m_db.notifyChanged(Topic::Suggestions, { evidence.telegramUserId });
    return true;
}

QList<Suggestion> EvidenceRepository::select(const QString &where, const QVariantList &values) const
{
    const QSqlDatabase db = m_db.connection();
    SqlResult q = runSql(db,
        u"SELECT s.id, s.telegram_user_id, s.lead_contact_id, s.user_contact_id, s.user_name, s.user_email,"
        " s.user_phone, s.strength, s.state, s.created_at, s.updated_at, s.closed_by, s.closed_at,"
        " u.first_name, u.last_name, k.name,"
        " CASE WHEN s.state = 'open' AND m.intercom_contact_id = s.lead_contact_id THEN 1 ELSE 0 END,"
        " u.username"
        " FROM merge_suggestions s"
        " LEFT JOIN telegram_users u ON u.telegram_user_id = s.telegram_user_id"
        " LEFT JOIN mappings m ON m.telegram_user_id = s.telegram_user_id"
        " LEFT JOIN contacts k ON k.intercom_contact_id = s.lead_contact_id "_s
            + where + u" ORDER BY s.updated_at DESC, s.id DESC"_s,
        values);
    QList<Suggestion> out;
    while (q.next()) {
        Suggestion s;
        s.id = q.value(0).toLongLong();
        s.telegramUserId = q.value(1).toLongLong();
        s.leadId = q.value(2).toString();
        s.user
            = { q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
        s.strength = q.value(7).toString();
        s.state = q.value(8).toString();
        s.createdAt = q.value(9).toLongLong();
        s.updatedAt = q.value(10).toLongLong();
        s.closedBy = q.value(11).toString();
        s.closedAt = q.value(12).toLongLong();
        s.customerName
            = telegram::displayName(q.value(13).toString(), q.value(14).toString(), q.value(17).toString());
        s.leadName = q.value(15).toString();
        s.isCurrent = q.value(16).toInt() == 1;
        out << s;
    }
    for (Suggestion &s : out) {
        SqlResult e = runSql(db,
            u"SELECT e.id, e.kind, e.value, e.shown_as, e.message_id, e.found_at, msg.text"
            " FROM merge_suggestion_evidence l JOIN identity_evidence e ON e.id = l.evidence_id"
            " LEFT JOIN messages msg ON msg.id = e.message_id WHERE l.suggestion_id = ? ORDER BY e.id"_s,
            { s.id });
        while (e.next()) {
            Evidence ev;
            ev.id = e.value(0).toLongLong();
            ev.telegramUserId = s.telegramUserId;
            ev.kind = e.value(1).toString();
            ev.value = e.value(2).toString();
            ev.shownAs = e.value(3).toString();
            if (!e.value(4).isNull())
                ev.messageId = e.value(4).toLongLong();
            ev.foundAt = e.value(5).toLongLong();
            ev.messageText = e.value(6).toString();
            s.evidence << ev;
        }
    }
    return out;
}

QList<Suggestion> EvidenceRepository::list(bool currentOnly) const
{
    return select(
        currentOnly ? u"WHERE s.state = 'open' AND m.intercom_contact_id = s.lead_contact_id"_s : QString(),
        {});
}

std::optional<Suggestion> EvidenceRepository::find(qint64 suggestionId) const
{
    const QList<Suggestion> found = select(u"WHERE s.id = ?"_s, { suggestionId });
    return found.isEmpty() ? std::nullopt : std::optional<Suggestion>(found.first());
}

int EvidenceRepository::currentCount() const
{
    return scalar(m_db.connection(),
        u"SELECT COUNT(*) FROM merge_suggestions s JOIN mappings m ON m.telegram_user_id = s.telegram_user_id"
        " WHERE s.state = 'open' AND m.intercom_contact_id = s.lead_contact_id"_s)
        .toInt();
}

QSet<qint64> EvidenceRepository::openSuggestionUsers() const
{
    QSet<qint64> users;
    SqlResult q = runSql(
        m_db.connection(), u"SELECT DISTINCT telegram_user_id FROM merge_suggestions WHERE state = 'open'"_s);
    while (q.next())
        users.insert(q.value(0).toLongLong());
    return users;
}

EvidenceRepository::Dismissal EvidenceRepository::dismiss(qint64 suggestionId, const QString &actor)
{
    const std::optional<Suggestion> s = find(suggestionId);
    if (!s)
        return Dismissal::NotFound;
    if (s->state != u"open"_s)
        return Dismissal::AlreadyClosed;
    Transaction transaction(m_db);
    if (!transaction)
        return Dismissal::Failed;
    bool ok = false;
    // The state in the WHERE makes it a compare-and-set: of two agents dismissing at once, one
    // writes the audit entry.
    SqlResult update = runSql(m_db.connection(),
        u"UPDATE merge_suggestions SET state = 'dismissed', closed_by = ?, closed_at = ?, updated_at = ?"
        " WHERE id = ? AND state = 'open'"_s,
        { actor, nowMs(), nowMs(), suggestionId }, &ok);
    const bool changed = ok && update.numRowsAffected() == 1;
    if (changed)
        ok = MappingRepository(m_db).audit(actor, u"suggestion dismissed"_s, s->telegramUserId, s->leadId,
            u"merge into %1"_s.arg(s->user.id), u"dismissed"_s,
            u"suggested merge %1 (%2 evidence) dismissed"_s.arg(QString::number(suggestionId), s->strength));
    if (!ok || !transaction.commit())
        return Dismissal::Failed;
    if (!changed)
        return Dismissal::AlreadyClosed;
    m_db.notifyChanged(Topic::Suggestions, { s->telegramUserId });
    return Dismissal::Dismissed;
}

bool EvidenceRepository::closeForMerge(const QString &leadId, const QString &intoId, const QString &actor)
{
    const QSqlDatabase db = m_db.connection();
    const QList<qint64> users = [&] {
        QList<qint64> ids;
        SqlResult q = runSql(db,
            u"SELECT DISTINCT telegram_user_id FROM merge_suggestions WHERE lead_contact_id = ?"
            " AND state = 'open'"_s,
            { leadId });
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }();
    if (users.isEmpty())
        return true;
    bool ok = false;
    runSql(db,
        u"UPDATE merge_suggestions SET state = CASE WHEN user_contact_id = ? THEN 'merged' ELSE 'stale' END,"
        " closed_by = ?, closed_at = ?, updated_at = ? WHERE lead_contact_id = ? AND state = 'open'"_s,
        { intoId, actor, nowMs(), nowMs(), leadId }, &ok);
    if (ok)
        m_db.notifyChanged(Topic::Suggestions, users);
    return ok;
}

} // namespace tgic::store
