// SPDX-License-Identifier: MIT
#include "TelegramOutbox.h"

#include "BusinessReadMarks.h"
#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tgic::store {

TelegramWork TelegramWork::fromPayload(const QString &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    TelegramWork w;
    for (const auto &v : o.value(u"texts"_s).toArray())
        w.texts << v.toString();
    w.fileCount = o.value(u"files"_s).toInt();
    w.done = o.value(u"done"_s).toInt();
    for (const auto &v : o.value(u"sent_ids"_s).toArray())
        w.sentIds << v.toInteger();
    if (o.value(u"reply_to"_s).isDouble())
        w.replyTo = o.value(u"reply_to"_s).toInteger();
    w.replyMarkup = o.value(u"reply_markup"_s).toObject();
    return w;
}

QString TelegramWork::toPayload() const
{
    QJsonArray texts;
    for (const QString &t : this->texts)
        texts.append(t);
    QJsonArray ids;
    for (qint64 id : sentIds)
        ids.append(double(id));
    QJsonObject o { { u"texts"_s, texts }, { u"files"_s, fileCount }, { u"done"_s, done },
        { u"sent_ids"_s, ids } };
    if (replyTo)
        o.insert(u"reply_to"_s, double(*replyTo));
    if (!replyMarkup.isEmpty())
        o.insert(u"reply_markup"_s, replyMarkup);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool TelegramOutbox::isRelayed(const QString &partId) const
{
    return scalar(m_db.connection(), u"SELECT 1 FROM relayed_parts WHERE intercom_part_id = ?"_s, { partId })
        .isValid();
}

bool TelegramOutbox::enqueuePart(const AgentPart &part)
{
    const QSqlDatabase db = m_db.connection();
    const qint64 now = nowMs();
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = true;
    if (isRelayed(part.partId))
        return true; // already relayed: nothing to write
    QString preview = part.texts.join(u"\n\n"_s);
    if (preview.isEmpty() && !part.files.isEmpty())
        preview = u"📎 "_s + part.files.first().name;
    TelegramWork work;
    work.texts = part.texts;
    work.fileCount = int(part.files.size());
    work.replyTo = part.replyTo;
    runSql(db,
        u"INSERT INTO messages (chat_id, sender_id, direction, kind, text, sent_at, intercom_conversation_id,"
        " intercom_part_id, delivery) VALUES (?, NULL, 'out', ?, ?, ?, ?, ?, 'queued')"_s,
        { part.chatId, part.files.isEmpty() ? u"text"_s : u"document"_s, preview, part.createdAt * 1000,
            part.conversationId, part.partId },
        &ok);
    const qint64 messageId = ok
        ? scalar(db, u"SELECT MAX(id) FROM messages WHERE intercom_part_id = ?"_s, { part.partId })
              .toLongLong()
        : 0;
    if (ok)
        runSql(db,
            u"INSERT INTO outbox (direction, chat_id, telegram_user_id, message_id, kind, payload, state, "
            u"created_at)"
            " VALUES ('to_telegram', ?, ?, ?, ?, ?, 'pending', ?)"_s,
            { part.chatId, part.telegramUserId, messageId, outboxKindText(OutboxKind::AgentPart),
                work.toPayload(), now },
            &ok);
    const qint64 outboxId = ok
        ? scalar(db, u"SELECT MAX(id) FROM outbox WHERE message_id = ?"_s, { messageId }).toLongLong()
        : 0;
    for (qsizetype i = 0; ok && i < part.files.size(); ++i) {
        const PartFile &f = part.files.at(i);
        runSql(db,
            u"INSERT INTO outbox_files (outbox_id, position, name, content_type, size, data, link, error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { outboxId, int(i), f.name, f.contentType, f.size,
                f.data.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(f.data),
                f.link.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(f.link),
                f.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(f.error) },
            &ok);
    }
    if (ok)
        runSql(db,
            u"INSERT INTO relayed_parts (intercom_part_id, intercom_conversation_id, outbox_id, relayed_at)"
            " VALUES (?, ?, ?, ?)"_s,
            { part.partId, part.conversationId, outboxId, now }, &ok);
    if (ok)
        runSql(db,
            u"UPDATE chats SET last_message_at = CASE WHEN ? > last_message_at THEN ? ELSE last_message_at "
            u"END,"
            " last_message_preview = ? WHERE chat_id = ?"_s,
            { part.createdAt * 1000, part.createdAt * 1000, preview.simplified().left(140), part.chatId },
            &ok);
    if (!ok || !transaction.commit())
        return false;
    m_db.notifyChanged(store::Topic::Messages, { part.chatId });
    m_db.notifyChanged(store::Topic::Outbox);
    return true;
}

bool TelegramOutbox::enqueueNotice(qint64 chatId, qint64 telegramUserId, const QString &text)
{
    TelegramWork work;
    work.texts = QStringList { text };
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO outbox (direction, chat_id, telegram_user_id, message_id, kind, payload, state, "
        u"created_at)"
        " VALUES ('to_telegram', ?, ?, NULL, ?, ?, 'pending', ?)"_s,
        { chatId, telegramUserId, outboxKindText(OutboxKind::Notice), work.toPayload(), nowMs() }, &ok);
    return ok;
}

std::optional<TelegramOutbox::Cursor> TelegramOutbox::cursor(const QString &conversationId) const
{
    SqlResult q = runSql(m_db.connection(),
        u"SELECT high_water_at, seen_updated_at, last_agent_part_at, checked_at FROM conversation_cursors"
        " WHERE intercom_conversation_id = ?"_s,
        { conversationId });
    if (!q.next())
        return std::nullopt;
    return Cursor { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
        q.value(3).toLongLong() };
}

QHash<QString, TelegramOutbox::Cursor> TelegramOutbox::cursors(const QStringList &conversationIds) const
{
    QHash<QString, Cursor> found;
    for (qsizetype from = 0; from < conversationIds.size(); from += 500) {
        const QStringList chunk = conversationIds.mid(from, 500);
        QVariantList binds;
        for (const QString &id : chunk)
            binds << id;
        SqlResult q = runSql(m_db.connection(),
            u"SELECT intercom_conversation_id, high_water_at, seen_updated_at, last_agent_part_at, checked_at"
            " FROM conversation_cursors WHERE intercom_conversation_id IN (%1)"_s.arg(
                placeholders(chunk.size())),
            binds);
        while (q.next())
            found.insert(q.value(0).toString(),
                Cursor { q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                    q.value(4).toLongLong() });
    }
    return found;
}

bool TelegramOutbox::saveCursor(const QString &conversationId, const Cursor &c)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO conversation_cursors (intercom_conversation_id, high_water_at, seen_updated_at,"
        " last_agent_part_at, checked_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (intercom_conversation_id) DO "
        "UPDATE"
        " SET high_water_at = excluded.high_water_at, seen_updated_at = excluded.seen_updated_at,"
        " last_agent_part_at = excluded.last_agent_part_at, checked_at = excluded.checked_at"_s,
        { conversationId, c.highWaterAt, c.seenUpdatedAt, c.lastAgentPartAt, nowMs() }, &ok);
    return ok;
}

void TelegramOutbox::addCursors(SqlBatch &batch, const QHash<QString, Cursor> &cursors)
{
    if (cursors.isEmpty())
        return;
    QStringList rows;
    QVariantList binds;
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it) {
        rows << u"(?, ?, ?, ?, ?)"_s;
        binds << it.key() << it->highWaterAt << it->seenUpdatedAt << it->lastAgentPartAt << it->checkedAt;
    }
    batch.add(u"INSERT INTO conversation_cursors (intercom_conversation_id, high_water_at, seen_updated_at,"
              " last_agent_part_at, checked_at) VALUES "_s
            + rows.join(u", "_s)
            + u" ON CONFLICT (intercom_conversation_id) DO UPDATE"
              " SET high_water_at = excluded.high_water_at, seen_updated_at = excluded.seen_updated_at,"
              " last_agent_part_at = excluded.last_agent_part_at, checked_at = excluded.checked_at"_s,
        binds);
}

std::optional<PartFile> TelegramOutbox::file(qint64 outboxId, int position) const
{
    SqlResult q = runSql(m_db.connection(),
        u"SELECT name, content_type, size, data, link, error FROM outbox_files WHERE outbox_id = ? AND position = ?"_s,
        { outboxId, position });
    if (!q.next())
        return std::nullopt;
    return PartFile { q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
        q.value(3).toByteArray(), q.value(4).toString(), q.value(5).toString() };
}

bool TelegramOutbox::markAttempt(const OutboxItem &item, qint64 knownMaxMessageId)
{
    bool ok = false;
    // The probe keeps the value of the first unanswered attempt: that is the one to test.
    // Fenced like every delivery start: only the lease holder sends (team mode).
    const Database::Fence fence = m_db.fence();
    SqlResult q = runSql(m_db.connection(),
        u"UPDATE outbox SET attempt_started_at = ?, attempts = attempts + 1,"
        " probe_message_id = CASE WHEN attempt_started_at IS NULL THEN ? ELSE probe_message_id END"
        " WHERE id = ? AND "_s
            + fence.condition,
        QVariantList { nowMs(), knownMaxMessageId, item.id } + fence.binds, &ok);
    return ok && q.numRowsAffected() == 1;
}

bool TelegramOutbox::recordPieceSent(
    const OutboxItem &item, TelegramWork work, qint64 telegramMessageId, const QString &note)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    work.done += 1;
    work.sentIds << telegramMessageId;
    const bool last = work.done >= work.pieces();
    bool ok = false;
    runSql(db,
        last
            ? u"UPDATE outbox SET payload = ?, state = 'done', attempt_started_at = NULL, probe_message_id = "
              u"NULL,"
              " last_error = NULL WHERE id = ?"_s
            : u"UPDATE outbox SET payload = ?, attempt_started_at = NULL, probe_message_id = NULL WHERE id = ?"_s,
        { work.toPayload(), item.id }, &ok);
    if (ok && item.messageId) {
        runSql(db,
            last ? u"UPDATE messages SET delivery = 'delivered', telegram_message_id = ?,"
                   " delivery_error = CASE WHEN ? = '' THEN delivery_error ELSE ? END WHERE id = ?"_s
                 : u"UPDATE messages SET delivery = 'sending', telegram_message_id = ?,"
                   " delivery_error = CASE WHEN ? = '' THEN delivery_error ELSE ? END WHERE id = ?"_s,
            { work.sentIds.first(), note, note, *item.messageId }, &ok);
    }
    // The bytes are not needed once sent.
    if (ok && last)
        runSql(db, u"UPDATE outbox_files SET data = NULL WHERE outbox_id = ?"_s, { item.id }, &ok);
    // A business customer's message shows as read once answered (when wanted): queued with the
    // delivery record, so a crash neither loses nor repeats it.
    if (ok && last)
        ok = BusinessReadMarks(m_db).queueAfterReply(item, nowMs());
    if (!ok || !transaction.commit())
        return false;
    m_db.notifyChanged(store::Topic::Messages, { item.chatId });
    if (last)
        m_db.notifyChanged(store::Topic::Outbox);
    return true;
}

qint64 TelegramOutbox::knownMaxMessageId(qint64 chatId) const
{
    return scalar(m_db.connection(), u"SELECT MAX(telegram_message_id) FROM messages WHERE chat_id = ?"_s,
        { chatId }, 0)
        .toLongLong();
}

int TelegramOutbox::knownMessagesBetween(qint64 chatId, qint64 after, qint64 before) const
{
    return scalar(m_db.connection(),
        u"SELECT COUNT(DISTINCT telegram_message_id) FROM messages WHERE chat_id = ?"
        " AND telegram_message_id > ? AND telegram_message_id < ?"_s,
        { chatId, after, before }, 0)
        .toInt();
}

bool TelegramOutbox::closeChat(qint64 chatId, const QString &state, const QString &reason)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = false;
    runSql(db, u"UPDATE chats SET state = ? WHERE chat_id = ?"_s, { state, chatId }, &ok);
    if (ok)
        runSql(db,
            u"UPDATE messages SET delivery = 'failed', delivery_error = ? WHERE id IN (SELECT message_id "
            u"FROM outbox"
            " WHERE direction = 'to_telegram' AND chat_id = ? AND state = 'pending' AND message_id IS NOT NULL)"_s,
            { reason, chatId }, &ok);
    if (ok)
        runSql(db,
            u"UPDATE outbox SET state = 'failed', last_error = ? WHERE direction = 'to_telegram' AND chat_id "
            u"= ?"
            " AND state = 'pending'"_s,
            { reason, chatId }, &ok);
    if (!ok || !transaction.commit())
        return false;
    m_db.notifyChanged(store::Topic::Chats, { chatId });
    m_db.notifyChanged(store::Topic::Messages, { chatId });
    m_db.notifyChanged(store::Topic::Outbox);
    return true;
}

QString TelegramOutbox::chatState(qint64 chatId) const
{
    return scalar(m_db.connection(), u"SELECT state FROM chats WHERE chat_id = ?"_s, { chatId }).toString();
}

} // namespace tgic::store
