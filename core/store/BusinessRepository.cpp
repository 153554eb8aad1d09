// SPDX-License-Identifier: MIT
#include "BusinessRepository.h"

#include "Database.h"
#include "OutboxKind.h"
#include "OutboxRepository.h"
#include "Sql.h"
#include "Transaction.h"
#include "telegram/TelegramTypes.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
const QString kColumns = u"business_connection_id, owner_user_id, owner_name, owner_username, user_chat_id,"
                         " can_reply, is_enabled, rights, connected_at, updated_at"_s;

BusinessConnection connectionFrom(const SqlResult &q)
{
    BusinessConnection c;
    c.id = q.value(0).toString();
    c.ownerUserId = q.value(1).toLongLong();
    c.ownerName = q.value(2).toString();
    c.ownerUsername = q.value(3).toString();
    c.userChatId = q.value(4).toLongLong();
    c.canReply = q.value(5).toInt() != 0;
    c.enabled = q.value(6).toInt() != 0;
    c.rights = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    c.connectedAt = q.value(8).toLongLong();
    c.updatedAt = q.value(9).toLongLong();
    return c;
}
} // namespace

bool BusinessRepository::saveConnection(const QJsonObject &connection, qint64 now)
{
    const QJsonObject user = connection.value(u"user"_s).toObject();
    const QJsonObject rights = connection.value(u"rights"_s).toObject();
    // can_reply moved into rights (Bot API 9.0); the old top-level field still counts if sent.
    const bool canReply = rights.value(u"can_reply"_s).toBool() || connection.value(u"can_reply"_s).toBool();
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO business_connections (business_connection_id, owner_user_id, owner_name, "
        u"owner_username,"
        " user_chat_id, can_reply, is_enabled, rights, connected_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (business_connection_id) DO UPDATE SET owner_user_id = excluded.owner_user_id,"
        " owner_name = excluded.owner_name, owner_username = excluded.owner_username,"
        " user_chat_id = excluded.user_chat_id, can_reply = excluded.can_reply,"
        " is_enabled = excluded.is_enabled, rights = excluded.rights, connected_at = excluded.connected_at,"
        " updated_at = excluded.updated_at"_s,
        { connection.value(u"id"_s).toString(), user.value(u"id"_s).toInteger(),
            telegram::displayName(
                user.value(u"first_name"_s).toString(), user.value(u"last_name"_s).toString()),
            textOrNull(user.value(u"username"_s).toString()), connection.value(u"user_chat_id"_s).toInteger(),
            int(canReply), int(connection.value(u"is_enabled"_s).toBool()),
            QString::fromUtf8(QJsonDocument(rights).toJson(QJsonDocument::Compact)),
            connection.value(u"date"_s).toInteger() * 1000, now },
        &ok);
    return ok;
}

std::optional<BusinessConnection> BusinessRepository::connection(const QString &id) const
{
    SqlResult q = runSql(m_db.connection(),
        u"SELECT "_s + kColumns + u" FROM business_connections WHERE business_connection_id = ?"_s, { id });
    if (!q.next())
        return std::nullopt;
    return connectionFrom(q);
}

QList<BusinessConnection> BusinessRepository::connections() const
{
    QList<BusinessConnection> out;
    SqlResult q = runSql(m_db.connection(),
        u"SELECT "_s + kColumns
            + u" FROM business_connections ORDER BY connected_at, business_connection_id"_s);
    while (q.next())
        out.append(connectionFrom(q));
    return out;
}

QStringList BusinessRepository::unknownConnections() const
{
    QStringList out;
    SqlResult q = runSql(m_db.connection(),
        u"SELECT DISTINCT business_connection_id FROM business_chats WHERE business_connection_id NOT IN"
        " (SELECT business_connection_id FROM business_connections) ORDER BY business_connection_id"_s);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<qint64> BusinessRepository::chatKey(const QString &connectionId, qint64 telegramChatId)
{
    const QSqlDatabase db = m_db.connection();
    const QString find
        = u"SELECT chat_id FROM business_chats WHERE business_connection_id = ? AND telegram_chat_id = ?"_s;
    if (const QVariant known = scalar(db, find, { connectionId, telegramChatId }); known.isValid())
        return known.toLongLong();
    // Only the poller stores updates (one process, fenced by the lease in a team), so the next
    // key cannot be taken between the read and the write; the primary key would refuse it if it were.
    bool ok = false;
    runSql(db,
        u"INSERT INTO business_chats (chat_id, business_connection_id, telegram_chat_id)"
        " SELECT COALESCE(MAX(chat_id) + 1, ?), ?, ? FROM business_chats WHERE 1 = 1"
        " ON CONFLICT (business_connection_id, telegram_chat_id) DO NOTHING"_s,
        { kFirstChatKey, connectionId, telegramChatId }, &ok);
    if (!ok)
        return std::nullopt;
    const QVariant key = scalar(db, find, { connectionId, telegramChatId });
    if (!key.isValid())
        return std::nullopt;
    return key.toLongLong();
}

std::optional<BusinessChat> BusinessRepository::chat(qint64 chatKey) const
{
    SqlResult q = runSql(m_db.connection(),
        u"SELECT business_connection_id, telegram_chat_id, last_customer_message_at FROM business_chats"
        " WHERE chat_id = ?"_s,
        { chatKey });
    if (!q.next())
        return std::nullopt;
    return BusinessChat { chatKey, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong() };
}

bool BusinessRepository::customerWrote(qint64 chatKey, qint64 at)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE business_chats SET last_customer_message_at = ? WHERE chat_id = ? AND last_customer_message_at < ?"_s,
        { at, chatKey, at }, &ok);
    return ok;
}

bool BusinessRepository::replyRefused(const OutboxItem &item, const QString &reason, const QString &replyText)
{
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    const qint64 now = nowMs();
    const QString note
        = u"⚠️ Not delivered to the customer on Telegram: %1.\nThe reply was:\n«%2»"_s.arg(
            reason, replyText.simplified().left(500));
    SqlBatch writes(m_db.connection());
    OutboxRepository::addFailure(writes, item, reason);
    writes.add(u"INSERT INTO outbox (direction, chat_id, telegram_user_id, kind, payload, state, created_at)"
               " VALUES ('to_intercom', ?, ?, ?, ?, 'pending', ?)"_s,
        { item.chatId, item.telegramUserId, outboxKindText(OutboxKind::ConversationNote),
            QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"body"_s, note } }).toJson(QJsonDocument::Compact)),
            now });
    writes.add(u"INSERT INTO audit_log (at, actor, action, telegram_user_id, after_value, detail)"
               " VALUES (?, 'sync', 'business_reply_refused', ?, ?, ?)"_s,
        { now, item.telegramUserId, replyText, reason });
    if (!transaction.commit(writes))
        return false;
    m_db.notifyChanged(Topic::Messages, { item.chatId });
    m_db.notifyChanged(Topic::Outbox);
    return true;
}

} // namespace tgic::store
