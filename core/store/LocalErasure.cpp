// SPDX-License-Identifier: MIT
#include "LocalErasure.h"

#include "Change.h"
#include "Database.h"
#include "Logging.h"
#include "Meta.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {

const QString kKeyName = u"privacy.erasure_key"_s;
// Needles shorter than this are not scrubbed from other customers' audit texts: "Al" would
// mangle every entry that spells "Alias". The customer's own entries lose their details whole.
constexpr int kMinNeedle = 3;

//! A piece of SQL with its bound values in order, so fragments can be nested.
struct Fragment
{
    QString sql;
    QVariantList binds;
};

Fragment chatsOf(qint64 id)
{
    return { u"SELECT chat_id FROM chats WHERE telegram_user_id = ? OR chat_id = ?"_s, { id, id } };
}

Fragment messagesOf(qint64 id)
{
    const Fragment chats = chatsOf(id);
    return { u"SELECT id FROM messages WHERE chat_id IN ("_s + chats.sql + u") OR sender_id = ?"_s,
        chats.binds + QVariantList { id } };
}

Fragment outboxOf(qint64 id)
{
    const Fragment chats = chatsOf(id);
    const Fragment messages = messagesOf(id);
    return { u"SELECT id FROM outbox WHERE telegram_user_id = ? OR chat_id IN ("_s + chats.sql
            + u") OR message_id IN ("_s + messages.sql + u')',
        QVariantList { id } + chats.binds + messages.binds };
}

Fragment conversationsOf(qint64 id)
{
    const Fragment chats = chatsOf(id);
    return {
        u"SELECT intercom_conversation_id FROM conversations WHERE telegram_user_id = ? OR chat_id IN ("_s
            + chats.sql + u')',
        QVariantList { id } + chats.binds
    };
}

//! Raw Bot API JSON (stored compact) names a user as `"id":N` followed by `,` or `}`; so does
//! a shared contact's `"user_id":N`. Digits, ':' ',' '}' are no LIKE wildcards.
Fragment namesId(qint64 id)
{
    const QString n = QString::number(id);
    return { u"(payload LIKE ? OR payload LIKE ?)"_s,
        { QString(u"%:"_s + n + u",%"_s), QString(u"%:"_s + n + u"}%"_s) } };
}

QString likeEscaped(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

} // namespace

LocalErasurePlan LocalErasure::plan(qint64 id) const
{
    LocalErasurePlan p;
    p.telegramUserId = id;
    const QSqlDatabase db = m_db.connection();
    const Fragment messages = messagesOf(id);
    const Fragment outbox = outboxOf(id);
    const Fragment conversations = conversationsOf(id);
    const Fragment raw = namesId(id);
    // Every count in one statement: one round trip to a team database.
    QString sql = u"SELECT (SELECT COUNT(*) FROM messages WHERE id IN ("_s + messages.sql + u")),"_s
        + u" (SELECT COUNT(*) FROM message_edits WHERE message_id IN ("_s + messages.sql + u")),"_s
        + u" (SELECT COUNT(*) FROM profile_history WHERE telegram_user_id = ?),"_s
        + u" (SELECT COUNT(*) FROM identity_evidence WHERE telegram_user_id = ?),"_s
        + u" (SELECT COUNT(*) FROM merge_suggestions WHERE telegram_user_id = ?),"_s
        + u" (SELECT COUNT(*) FROM outbox WHERE kind = 'phone_request' AND id IN ("_s + outbox.sql + u")),"_s
        + u" (SELECT COUNT(*) FROM outbox WHERE id IN ("_s + outbox.sql + u")),"_s
        + u" (SELECT COUNT(*) FROM outbox_files WHERE outbox_id IN ("_s + outbox.sql + u")),"_s
        + u" (SELECT COUNT(*) FROM conversations WHERE intercom_conversation_id IN ("_s + conversations.sql
        + u")),"_s + u" (SELECT COUNT(*) FROM telegram_updates WHERE kind <> 'erased' AND "_s + raw.sql
        + u"),"_s + u" (SELECT COUNT(*) FROM quarantine WHERE "_s + raw.sql + u"),"_s
        + u" (SELECT COUNT(*) FROM audit_log WHERE telegram_user_id = ?),"_s
        + u" (SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND id IN ("_s + outbox.sql + u")),"_s
        + u" (SELECT COUNT(*) FROM telegram_users WHERE telegram_user_id = ?)"_s
        + u" + (SELECT COUNT(*) FROM mappings WHERE telegram_user_id = ?),"_s
        + u" (SELECT first_name FROM telegram_users WHERE telegram_user_id = ?),"_s
        + u" (SELECT last_name FROM telegram_users WHERE telegram_user_id = ?),"_s
        + u" (SELECT username FROM telegram_users WHERE telegram_user_id = ?)"_s;
    const QVariantList binds = messages.binds + messages.binds + QVariantList { id, id, id } + outbox.binds
        + outbox.binds + outbox.binds + conversations.binds + raw.binds + raw.binds + QVariantList { id }
        + outbox.binds + QVariantList { id, id, id, id, id };
    auto counts = runSql(db, sql, binds);
    if (counts.next()) {
        int *fields[] = { &p.messages, &p.edits, &p.profileHistory, &p.evidence, &p.suggestions,
            &p.phoneRequests, &p.outbox, &p.outboxFiles, &p.conversations, &p.rawUpdates, &p.quarantined,
            &p.auditEntries, &p.inFlight };
        int column = 0;
        for (int *field : fields)
            *field = counts.value(column++).toInt();
        p.known = counts.value(column++).toInt() > 0;
        QStringList parts { counts.value(column).toString(), counts.value(column + 1).toString() };
        parts.removeAll(QString());
        p.displayName = parts.join(u' ');
        const QString username = counts.value(column + 2).toString();
        if (!username.isEmpty())
            p.displayName = p.displayName.isEmpty() ? QString(u'@' + username)
                                                    : QString(p.displayName + u" (@"_s + username + u')');
    }

    // The chats, the contacts (and whether another Telegram user maps to each), and the personal
    // details themselves (to scrub from text that only mentions them): one more round trip.
    const Fragment chats = chatsOf(id);
    auto rows = runSql(db,
        u"SELECT 'chat', CAST(chat_id AS TEXT), 0 FROM chats WHERE telegram_user_id = ? OR chat_id = ?"
        " UNION ALL SELECT 'contact', m.intercom_contact_id, (SELECT COUNT(*) FROM mappings o WHERE"
        " o.intercom_contact_id = m.intercom_contact_id AND o.telegram_user_id <> m.telegram_user_id)"
        " FROM mappings m WHERE m.telegram_user_id = ? AND m.intercom_contact_id IS NOT NULL"
        " UNION ALL SELECT 'needle', v, 0 FROM ("
        " SELECT first_name AS v FROM telegram_users WHERE telegram_user_id = ?"
        " UNION ALL SELECT last_name FROM telegram_users WHERE telegram_user_id = ?"
        " UNION ALL SELECT username FROM telegram_users WHERE telegram_user_id = ?"
        " UNION ALL SELECT phone FROM telegram_users WHERE telegram_user_id = ?"
        " UNION ALL SELECT old_value FROM profile_history WHERE telegram_user_id = ?"
        " UNION ALL SELECT new_value FROM profile_history WHERE telegram_user_id = ?"
        " UNION ALL SELECT value FROM identity_evidence WHERE telegram_user_id = ?"
        " UNION ALL SELECT shown_as FROM identity_evidence WHERE telegram_user_id = ?"
        " UNION ALL SELECT user_name FROM merge_suggestions WHERE telegram_user_id = ?"
        " UNION ALL SELECT user_email FROM merge_suggestions WHERE telegram_user_id = ?"
        " UNION ALL SELECT user_phone FROM merge_suggestions WHERE telegram_user_id = ?"
        " UNION ALL SELECT name FROM contacts WHERE intercom_contact_id IN"
        " (SELECT intercom_contact_id FROM mappings WHERE telegram_user_id = ?)"
        " UNION ALL SELECT email FROM contacts WHERE intercom_contact_id IN"
        " (SELECT intercom_contact_id FROM mappings WHERE telegram_user_id = ?)"
        " UNION ALL SELECT phone FROM contacts WHERE intercom_contact_id IN"
        " (SELECT intercom_contact_id FROM mappings WHERE telegram_user_id = ?)"
        " UNION ALL SELECT title FROM chats WHERE chat_id IN ("_s
            + chats.sql + u")) x WHERE v IS NOT NULL"_s,
        QVariantList(17, id) + chats.binds, nullptr, Rows::ForwardOnly);
    while (rows.next()) {
        const QString kind = rows.value(0).toString();
        const QString value = rows.value(1).toString();
        if (kind == u"chat"_s) {
            p.chatIds << value.toLongLong();
        } else if (kind == u"contact"_s) {
            p.contactIds << value;
            if (rows.value(2).toInt() > 0)
                p.sharedContactIds << value;
        } else {
            const QString v = value.trimmed();
            if (v.size() >= kMinNeedle && !p.needles.contains(v))
                p.needles << v;
        }
    }
    p.known = p.known || !p.chatIds.isEmpty();
    return p;
}

LocalErasure::Outcome LocalErasure::erase(
    qint64 id, const QString &actor, const QString &intercomAction, const QStringList &contactIds, bool force)
{
    Outcome out;
    const QString subject = subjectHash(m_db, id);
    if (subject.isEmpty()) {
        out.error = tr("Cannot create the key for the audit log's hashes");
        return out;
    }
    Transaction tx(m_db);
    if (!tx) {
        out.error = tr("Cannot start a transaction on the database");
        return out;
    }
    const QSqlDatabase db = m_db.connection();
    bool ok = true;
    auto run = [&](const QString &sql, const QVariantList &binds) {
        if (!ok)
            return 0;
        auto q = runSql(db, sql, binds, &ok);
        return ok ? q.numRowsAffected() : 0;
    };
    if (m_db.isTeam()) {
        // The customer's rows stay still until COMMIT: an update arriving for them meanwhile
        // (another process polls) waits, then starts a new chat, as a new contact would.
        run(u"SELECT 1 FROM telegram_users WHERE telegram_user_id = ? FOR UPDATE"_s, { id });
        run(u"SELECT 1 FROM chats WHERE telegram_user_id = ? OR chat_id = ? FOR UPDATE"_s, { id, id });
    }
    out.removed = plan(id);
    if (ok && out.removed.inFlight > 0 && !force) {
        tx.rollback();
        out.refusedInFlight = true;
        out.error = tr("%n message(s) to or from this customer are still on their way. Wait until they are "
                       "delivered, or force the erasure.",
            nullptr, out.removed.inFlight);
        return out;
    }
    const Fragment outbox = outboxOf(id);
    const Fragment messages = messagesOf(id);
    const Fragment conversations = conversationsOf(id);
    const Fragment raw = namesId(id);
    run(u"DELETE FROM merge_suggestion_evidence WHERE suggestion_id IN (SELECT id FROM merge_suggestions"
        " WHERE telegram_user_id = ?) OR evidence_id IN (SELECT id FROM identity_evidence WHERE telegram_user_id = ?)"_s,
        { id, id });
    run(u"DELETE FROM merge_suggestions WHERE telegram_user_id = ?"_s, { id });
    run(u"DELETE FROM identity_evidence WHERE telegram_user_id = ?"_s, { id });
    run(u"DELETE FROM outbox_files WHERE outbox_id IN ("_s + outbox.sql + u')', outbox.binds);
    run(u"DELETE FROM relayed_parts WHERE outbox_id IN ("_s + outbox.sql
            + u") OR intercom_conversation_id IN ("_s + conversations.sql + u')',
        outbox.binds + conversations.binds);
    run(u"DELETE FROM outbox WHERE id IN ("_s + outbox.sql + u')', outbox.binds);
    // A group chat they wrote in stays, but not the preview of their last message in it.
    run(u"UPDATE chats SET last_message_preview = NULL WHERE last_message_preview IS NOT NULL AND chat_id IN"
        " (SELECT chat_id FROM messages WHERE sender_id = ?)"_s,
        { id });
    run(u"DELETE FROM message_edits WHERE message_id IN ("_s + messages.sql + u')', messages.binds);
    run(u"DELETE FROM messages WHERE id IN ("_s + messages.sql + u')', messages.binds);
    run(u"DELETE FROM conversation_cursors WHERE intercom_conversation_id IN ("_s + conversations.sql + u')',
        conversations.binds);
    run(u"DELETE FROM conversations WHERE intercom_conversation_id IN ("_s + conversations.sql + u')',
        conversations.binds);
    run(u"DELETE FROM chats WHERE telegram_user_id = ? OR chat_id = ?"_s, { id, id });
    // Their business chats' keys: which business accounts they wrote to.
    run(u"DELETE FROM business_chats WHERE telegram_chat_id = ?"_s, { id });
    run(u"DELETE FROM profile_history WHERE telegram_user_id = ?"_s, { id });
    run(u"DELETE FROM mappings WHERE telegram_user_id = ?"_s, { id });
    // The contact snapshots, unless another Telegram user still maps to the contact.
    QStringList contacts = out.removed.contactIds;
    for (const QString &c : contactIds)
        if (!contacts.contains(c))
            contacts << c;
    if (!contacts.isEmpty()) {
        QVariantList binds;
        for (const QString &c : std::as_const(contacts))
            binds << c;
        // Suggested merges with a contact that goes (no other Telegram user maps to it) go too.
        const QString in = QStringList(contacts.size(), u"?"_s).join(u',');
        const QString unmapped
            = u" NOT IN (SELECT intercom_contact_id FROM mappings WHERE intercom_contact_id IS NOT NULL)"_s;
        const QString goes = u"(lead_contact_id IN ("_s + in + u") AND lead_contact_id"_s + unmapped
            + u") OR (user_contact_id IN ("_s + in + u") AND user_contact_id"_s + unmapped + u')';
        run(u"DELETE FROM merge_suggestion_evidence WHERE suggestion_id IN (SELECT id FROM merge_suggestions WHERE "_s
                + goes + u')',
            binds + binds);
        run(u"DELETE FROM merge_suggestions WHERE "_s + goes, binds + binds);
        run(u"DELETE FROM contacts WHERE intercom_contact_id IN ("_s
                + QStringList(contacts.size(), u"?"_s).join(u',')
                + u") AND intercom_contact_id NOT IN (SELECT intercom_contact_id FROM mappings"
                  " WHERE intercom_contact_id IS NOT NULL)"_s,
            binds);
    }
    run(u"DELETE FROM telegram_users WHERE telegram_user_id = ?"_s, { id });
    run(u"DELETE FROM quarantine WHERE "_s + raw.sql, raw.binds);
    // Telegram's update_id stays: it is the dedupe key should the update come again.
    run(u"UPDATE telegram_updates SET payload = '{}', kind = 'erased' WHERE "_s + raw.sql, raw.binds);
    // Earlier audit entries about the customer: who did what and when stays, the details go.
    run(u"UPDATE audit_log SET telegram_user_id = NULL, subject_hash = ?, before_value = NULL,"
        " after_value = NULL, detail = NULL WHERE telegram_user_id = ?"_s,
        { subject, id });
    // Other entries that mention the customer (a merge, an anchor list) keep all but the mention:
    // one statement for every needle (nested REPLACEs), not one round trip each.
    QStringList needles = out.removed.needles;
    needles << QString::number(id);
    QString detail = u"detail"_s, before = u"before_value"_s, after = u"after_value"_s;
    QStringList mentions;
    QVariantList replaceBinds[3];
    QVariantList likeBinds;
    for (const QString &needle : std::as_const(needles)) {
        detail = u"REPLACE("_s + detail + u", ?, '[erased]')"_s;
        before = u"REPLACE("_s + before + u", ?, '[erased]')"_s;
        after = u"REPLACE("_s + after + u", ?, '[erased]')"_s;
        for (QVariantList &binds : replaceBinds)
            binds << needle;
        mentions
            << u"detail LIKE ? ESCAPE '\\' OR before_value LIKE ? ESCAPE '\\' OR after_value LIKE ? ESCAPE '\\'"_s;
        const QString like = likeEscaped(needle);
        likeBinds << like << like << like;
    }
    run(u"UPDATE audit_log SET detail = "_s + detail + u", before_value = "_s + before + u", after_value = "_s
            + after + u" WHERE "_s + mentions.join(u" OR "_s),
        replaceBinds[0] + replaceBinds[1] + replaceBinds[2] + likeBinds);
    const LocalErasurePlan &r = out.removed;
    const QString summary
        = u"removed %1 messages, %2 earlier texts, %3 profile changes, %4 pieces of evidence, "
          "%5 suggested merges, %6 outbox rows, %7 files, %8 conversation links, %9 raw updates, "
          "%10 quarantined updates; %11 earlier audit entries kept without details"_s.arg(r.messages)
              .arg(r.edits)
              .arg(r.profileHistory)
              .arg(r.evidence)
              .arg(r.suggestions)
              .arg(r.outbox)
              .arg(r.outboxFiles)
              .arg(r.conversations)
              .arg(r.rawUpdates)
              .arg(r.quarantined)
              .arg(r.auditEntries);
    run(u"INSERT INTO audit_log (at, actor, action, telegram_user_id, intercom_contact_id, before_value,"
        " after_value, detail, workstation, subject_hash) VALUES (?, ?, 'erase', NULL, ?, NULL, ?, ?, ?, ?)"_s,
        { nowMs(), actor, textOrNull(contacts.join(u',')), textOrNull(intercomAction), summary,
            textOrNull(m_db.workstation()), subject });
    if (!ok || !tx.commit()) {
        tx.rollback();
        out.error = tr("The database refused the erasure; nothing was removed");
        return out;
    }
    out.ok = true;
    if (m_db.isSqlite())
        out.walTruncated = truncateWriteAheadLog(m_db);
    // Every window drops the customer: the chat list, the conversation, the contact panel, the
    // suggestions and the audit log re-read; Erasures tells them (and their logs) why.
    m_db.notifyChanged(Topic::Erasures, { id });
    m_db.notifyChanged(Topic::Chats, out.removed.chatIds);
    m_db.notifyChanged(Topic::Messages, out.removed.chatIds);
    m_db.notifyChanged(Topic::Mappings, { id });
    m_db.notifyChanged(Topic::Suggestions, { id });
    m_db.notifyChanged(Topic::Outbox);
    m_db.notifyChanged(Topic::Quarantine);
    m_db.notifyChanged(Topic::Audit);
    qCInfo(lcStore).noquote() << "a customer was erased by" << actor << "(audit subject" << subject.left(16)
                              << ")";
    return out;
}

QString LocalErasure::subjectHash(const Database &db, qint64 telegramUserId, bool create)
{
    QString key = meta::get(db, kKeyName);
    if (key.isEmpty() && !create)
        return {};
    if (key.isEmpty()) {
        // 32 random bytes, made once per database; the first writer wins on a team database.
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        runSql(db.connection(), u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s,
            { kKeyName, QString::fromLatin1(bytes.toHex()) });
        key = meta::get(db, kKeyName);
        if (key.isEmpty())
            return {};
    }
    return QString::fromLatin1(QMessageAuthenticationCode::hash(
        QByteArray::number(telegramUserId), QByteArray::fromHex(key.toLatin1()), QCryptographicHash::Sha256)
                                   .toHex());
}

bool LocalErasure::truncateWriteAheadLog(Database &db, bool vacuum)
{
    if (!db.isSqlite())
        return true;
    const QSqlDatabase connection = db.connection();
    // VACUUM rewrites the file from its live rows: no free page or cell keeps old text, also
    // none freed before secure_delete was on. It needs every other connection to be idle.
    bool vacuumed = !vacuum;
    if (vacuum)
        runSql(connection, u"VACUUM"_s, {}, &vacuumed);
    auto q = runSql(connection, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const bool truncated = q.next() && q.value(0).toInt() == 0;
    if (!vacuumed || !truncated)
        qCWarning(lcStore) << "the database file could not be compacted now (another program reads it);"
                              " the next erasure or restart will";
    return vacuumed && truncated;
}

} // namespace tgic::store
