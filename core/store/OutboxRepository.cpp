// SPDX-License-Identifier: MIT
#include "OutboxRepository.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
bool upsertConversation(const QSqlDatabase &db, const OutboxItem &item, const QString &contactId,
    const QString &conversationId, qint64 now)
{
    bool ok = false;
    runSql(db,
        u"INSERT INTO conversations (intercom_conversation_id, chat_id, telegram_user_id, "
        u"intercom_contact_id,"
        " opened_at, last_activity_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (intercom_conversation_id)"
        " DO UPDATE SET last_activity_at = excluded.last_activity_at, state = 'open'"_s,
        { conversationId, item.chatId, item.telegramUserId, contactId, now, now }, &ok);
    return ok;
}
} // namespace

QList<OutboxItem> OutboxRepository::dueHeads(
    const QString &direction, const QSet<qint64> &busyChats, int limit)
{
    QList<OutboxItem> items;
    QList<QPair<OutboxItem, QString>> unknown;
    SqlResult q = runSql(m_db.connection(),
        u"SELECT o.id, o.chat_id, o.telegram_user_id, o.message_id, o.kind, o.payload, o.attempts,"
        " o.attempt_started_at FROM outbox o"
        " WHERE o.id IN (SELECT MIN(id) FROM outbox WHERE state = 'pending' AND direction = ?"
        "   GROUP BY chat_id)"
        " AND o.next_attempt_at <= ? ORDER BY o.id"_s,
        { direction, nowMs() });
    while (q.next() && items.size() < limit) {
        OutboxItem item;
        item.chatId = q.value(1).toLongLong();
        if (busyChats.contains(item.chatId))
            continue;
        item.id = q.value(0).toLongLong();
        item.telegramUserId = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            item.messageId = q.value(3).toLongLong();
        item.kind = outboxKindFromText(q.value(4).toString());
        item.payload = q.value(5).toString();
        item.attempts = q.value(6).toInt();
        if (!q.value(7).isNull())
            item.attemptStartedAt = q.value(7).toLongLong();
        if (item.kind == OutboxKind::Unknown) {
            unknown.append({ item, q.value(4).toString() });
            continue;
        }
        items.append(item);
    }
    q.finish();
    // Written by a newer version, or damaged: delivering it as anything else could send the
    // wrong thing, so it fails visibly and the chat's later rows move on.
    for (const auto &[item, text] : std::as_const(unknown)) {
        qCWarning(lcStore).noquote() << "outbox row" << item.id << "for chat" << item.chatId
                                     << "has an unknown kind" << text.left(40) << "- marking it failed";
        markFailed(item,
            QCoreApplication::translate("tgic::store::OutboxRepository",
                "this version of the app does not know how to deliver a \"%1\" item")
                .arg(text.left(40)));
    }
    return items;
}

std::optional<qint64> OutboxRepository::nextDueAt(const QString &direction) const
{
    const QVariant v = scalar(m_db.connection(),
        u"SELECT MIN(next_attempt_at) FROM outbox WHERE id IN (SELECT MIN(id) FROM outbox"
        " WHERE state = 'pending' AND direction = ? GROUP BY chat_id)"_s,
        { direction });
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

int OutboxRepository::pendingCount(const QString &direction) const
{
    return scalar(m_db.connection(),
        u"SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND direction = ?"_s, { direction }, 0)
        .toInt();
}

int OutboxRepository::failedCount(const QString &direction) const
{
    return scalar(m_db.connection(),
        u"SELECT COUNT(*) FROM outbox WHERE state = 'failed' AND direction = ?"_s, { direction }, 0)
        .toInt();
}

bool OutboxRepository::markAttemptStarted(qint64 id)
{
    // Fenced: in team mode only the process holding the poller lease may start a delivery, and
    // the check is part of the same statement that records the attempt.
    const Database::Fence fence = m_db.fence();
    bool ok = false;
    SqlResult q = runSql(m_db.connection(),
        u"UPDATE outbox SET attempt_started_at = ?, attempts = attempts + 1 WHERE id = ? AND "_s
            + fence.condition,
        QVariantList { nowMs(), id } + fence.binds, &ok);
    return ok && q.numRowsAffected() == 1;
}

bool OutboxRepository::reschedule(qint64 id, qint64 delayMs, const QString &error, bool mayHaveLanded)
{
    bool ok = false;
    runSql(m_db.connection(),
        mayHaveLanded ? u"UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?"_s
                      : u"UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempt_started_at = NULL"
                        " WHERE id = ?"_s,
        { nowMs() + delayMs, error, id }, &ok);
    return ok;
}

bool OutboxRepository::markFailed(const OutboxItem &item, const QString &error)
{
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = false;
    runSql(m_db.connection(), u"UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?"_s,
        { error, item.id }, &ok);
    if (ok && item.messageId && failureFailsMessage(item.kind))
        runSql(m_db.connection(),
            u"UPDATE messages SET delivery = 'failed', delivery_error = ? WHERE id = ?"_s,
            { error, *item.messageId }, &ok);
    if (!ok || !transaction.commit())
        return false;
    m_db.notifyChanged(store::Topic::Messages, { item.chatId });
    m_db.notifyChanged(store::Topic::Outbox);
    return true;
}

bool OutboxRepository::markDone(qint64 id)
{
    bool ok = false;
    runSql(m_db.connection(), u"UPDATE outbox SET state = 'done', last_error = NULL WHERE id = ?"_s, { id },
        &ok);
    if (ok)
        m_db.notifyChanged(store::Topic::Outbox);
    return ok;
}

bool OutboxRepository::enqueueNote(qint64 chatId, qint64 telegramUserId, const QString &body)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO outbox (direction, chat_id, telegram_user_id, message_id, kind, payload, state, "
        u"created_at)"
        " VALUES ('to_intercom', ?, ?, NULL, ?, ?, 'pending', ?)"_s,
        { chatId, telegramUserId, outboxKindText(OutboxKind::Note),
            QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"body"_s, body } }).toJson(QJsonDocument::Compact)),
            nowMs() },
        &ok);
    if (ok)
        m_db.notifyChanged(store::Topic::Outbox);
    return ok;
}

bool OutboxRepository::completeToIntercom(const OutboxItem &item, const QString &contactId,
    const QString &conversationId, const QString &partId, bool newConversation)
{
    const QSqlDatabase db = m_db.connection();
    const qint64 now = nowMs();
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = false;
    runSql(db, u"UPDATE outbox SET state = 'done', last_error = NULL WHERE id = ?"_s, { item.id }, &ok);
    if (ok && newConversation)
        ok = upsertConversation(db, item, contactId, conversationId, now);
    else if (ok)
        runSql(db,
            u"UPDATE conversations SET last_activity_at = ?, intercom_contact_id = ?"
            " WHERE intercom_conversation_id = ?"_s,
            { now, contactId, conversationId }, &ok);
    if (ok && item.messageId && item.kind == OutboxKind::Message)
        runSql(db,
            u"UPDATE messages SET delivery = 'delivered', delivery_error = NULL, intercom_conversation_id = "
            u"?,"
            " intercom_part_id = ? WHERE id = ?"_s,
            { conversationId, partId, *item.messageId }, &ok);
    if (!ok || !transaction.commit())
        return false;
    m_db.notifyChanged(store::Topic::Messages, { item.chatId });
    m_db.notifyChanged(store::Topic::Outbox);
    return true;
}

bool OutboxRepository::recordOpenedConversation(
    const OutboxItem &item, const QString &contactId, const QString &conversationId)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = upsertConversation(db, item, contactId, conversationId, nowMs());
    if (ok)
        runSql(db, u"UPDATE outbox SET attempt_started_at = NULL WHERE id = ?"_s, { item.id }, &ok);
    return ok && transaction.commit();
}

bool OutboxRepository::markConversationsMissing(
    qint64 chatId, qint64 telegramUserId, const QString &contactId)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE conversations SET state = 'missing' WHERE chat_id = ? AND telegram_user_id = ?"
        " AND intercom_contact_id = ?"_s,
        { chatId, telegramUserId, contactId }, &ok);
    return ok;
}

} // namespace tgic::store
