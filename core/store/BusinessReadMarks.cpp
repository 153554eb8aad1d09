// SPDX-License-Identifier: MIT
#include "BusinessReadMarks.h"

#include "BusinessRepository.h"
#include "Change.h"
#include "Database.h"
#include "Meta.h"
#include "OutboxKind.h"
#include "OutboxRepository.h"
#include "Sql.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
const QString kOn = u"on"_s;
const QString kOff = u"off"_s;
} // namespace

bool BusinessReadMarks::enabled() const
{
    return meta::get(m_db, QString::fromLatin1(meta::kBusinessReadMarks)) == kOn;
}

bool BusinessReadMarks::setEnabled(bool on, const QString &actor)
{
    const bool before = enabled();
    if (before == on)
        return true;
    Transaction tx(m_db);
    bool ok
        = tx.isActive() && meta::set(m_db, QString::fromLatin1(meta::kBusinessReadMarks), on ? kOn : kOff);
    if (ok)
        runSql(m_db.connection(),
            u"INSERT INTO audit_log (at, actor, action, before_value, after_value, workstation)"
            " VALUES (?, ?, 'business read marks', ?, ?, ?)"_s,
            { nowMs(), actor, before ? kOn : kOff, on ? kOn : kOff, textOrNull(m_db.workstation()) }, &ok);
    ok = ok && tx.commit();
    if (ok)
        m_db.notifyChanged(Topic::Audit);
    return ok;
}

bool BusinessReadMarks::queueAfterReply(const OutboxItem &reply, qint64 now)
{
    if (reply.kind != OutboxKind::AgentPart || !BusinessRepository::isBusinessChat(reply.chatId))
        return true;
    const QSqlDatabase db = m_db.connection();
    bool ok = false;
    // One read: the option, the account's switch and right, what is marked so far, and the
    // customer's latest message from before the reply was queued (a later one is not answered).
    SqlResult q = runSql(db,
        u"SELECT (SELECT value FROM meta WHERE key = ?), c.rights, c.is_enabled, b.read_up_to,"
        " (SELECT MAX(m.telegram_message_id) FROM messages m WHERE m.chat_id = b.chat_id"
        "  AND m.direction = 'in' AND m.sent_at <= ?)"
        " FROM business_chats b JOIN business_connections c"
        " ON c.business_connection_id = b.business_connection_id WHERE b.chat_id = ?"_s,
        { QString::fromLatin1(meta::kBusinessReadMarks), reply.createdAt, reply.chatId }, &ok,
        Rows::ForwardOnly);
    if (!ok)
        return false;
    if (!q.next() || q.value(0).toString() != kOn || q.value(2).toInt() == 0 || q.value(4).isNull())
        return true;
    const QJsonObject rights = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    const qint64 latest = q.value(4).toLongLong();
    if (!rights.value(u"can_read_messages"_s).toBool() || latest <= q.value(3).toLongLong())
        return true;
    runSql(db,
        u"INSERT INTO outbox (direction, chat_id, telegram_user_id, kind, payload, state, created_at)"
        " VALUES ('to_telegram', ?, ?, ?, ?, 'pending', ?)"_s,
        { reply.chatId, reply.telegramUserId, outboxKindText(OutboxKind::ReadMark),
            QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"message_id"_s, latest } }).toJson(QJsonDocument::Compact)),
            now },
        &ok);
    if (ok)
        runSql(db, u"UPDATE business_chats SET read_up_to = ? WHERE chat_id = ? AND read_up_to < ?"_s,
            { latest, reply.chatId, latest }, &ok);
    return ok;
}

qint64 BusinessReadMarks::messageIdOf(const QString &payload)
{
    return QJsonDocument::fromJson(payload.toUtf8()).object().value(u"message_id"_s).toInteger();
}

} // namespace tgic::store
