// SPDX-License-Identifier: MIT
// UpdateInbox, the Telegram Business part: business chats under their own keys, what the
// business account itself says there, and deletions.
#include "BusinessRepository.h"
#include "Database.h"
#include "Sql.h"
#include "UpdateInbox.h"
#include "telegram/TelegramTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::store {

using telegram::BusinessSender;

namespace {
QString quoted(const QString &text)
{
    QString q = text.simplified();
    return u"«"_s + (q.size() > 500 ? q.left(499) + u'…' : q) + u"»"_s;
}
} // namespace

bool UpdateInbox::applyOwnerMessage(const telegram::MessageInfo &message, qint64 now, IngestReport &report)
{
    BusinessRepository business(m_db);
    const auto key = business.chatKey(message.businessConnectionId, message.chat.id);
    if (!key)
        return false;
    ++report.stored;
    const QSqlDatabase db = m_db.connection();
    const qint64 customerId = message.chat.id; // the peer of a private chat
    const qint64 sentAt = message.date * 1000;
    bool ok = false;
    runSql(db,
        u"INSERT INTO chats (chat_id, type, title, username, telegram_user_id, last_message_at,"
        " last_message_preview) VALUES (?, 'private', ?, ?, ?, ?, ?)"
        " ON CONFLICT (chat_id) DO UPDATE SET"
        " last_message_preview = CASE WHEN excluded.last_message_at >= chats.last_message_at"
        "   THEN excluded.last_message_preview ELSE chats.last_message_preview END,"
        " last_message_at = CASE WHEN excluded.last_message_at >= chats.last_message_at"
        "   THEN excluded.last_message_at ELSE chats.last_message_at END"_s,
        { *key, textOrNull(message.chat.title), textOrNull(message.chat.username), customerId, sentAt,
            message.agentText().simplified().left(140) },
        &ok);
    if (!ok)
        return false;
    // The chat's outgoing side, already delivered: the customer read it in Telegram.
    SqlResult insert = runSql(db,
        u"INSERT INTO messages (chat_id, telegram_message_id, sender_id, direction, kind, text, sent_at,"
        " delivery) VALUES (?, ?, ?, 'out', ?, ?, ?, 'sent')"
        " ON CONFLICT (chat_id, direction, telegram_message_id) DO NOTHING"_s,
        { *key, message.messageId, message.from.id, message.kindName, message.agentText(), sentAt }, &ok);
    if (!ok)
        return false;
    if (!report.chats.contains(*key))
        report.chats.append(*key);
    if (insert.numRowsAffected() != 1)
        return true; // seen before under another update_id
    const qint64 id = scalar(db,
        u"SELECT id FROM messages WHERE chat_id = ? AND direction = 'out' AND telegram_message_id = ?"_s,
        { *key, message.messageId })
                          .toLongLong();
    const QString who = message.from.displayName();
    const QString body = message.byBusinessBot
        ? u"🤖 Sent by the bot %1 acting for the business account %2 on Telegram, not by an agent here;"
          " the customer has it already:\n%3"_s.arg(message.businessBotName, who, quoted(message.agentText()))
        : message.businessSender() == BusinessSender::Automatic
        ? u"🤖 Sent automatically by the business account %1 on Telegram (an away, greeting or scheduled"
          " message), not by an agent here:\n%2"_s.arg(who, quoted(message.agentText()))
        : u"📱 Written by %1 in the business account's Telegram app, not by an agent here; the customer"
          " has it already:\n%2"_s.arg(who, quoted(message.agentText()));
    return noteForAgents(*key, customerId, id, body, now);
}

bool UpdateInbox::applyOwnerEdit(const telegram::MessageInfo &message, qint64 now, IngestReport &report)
{
    const auto key = BusinessRepository(m_db).chatKey(message.businessConnectionId, message.chat.id);
    if (!key)
        return false;
    const QSqlDatabase db = m_db.connection();
    SqlResult existing = runSql(db,
        u"SELECT id, text FROM messages WHERE chat_id = ? AND direction = 'out' AND telegram_message_id = ?"_s,
        { *key, message.messageId });
    if (!existing.next())
        return applyOwnerMessage(message, now, report); // never seen: the edited version is the message
    const qint64 id = existing.value(0).toLongLong();
    const QString oldText = existing.value(1).toString();
    const QString newText = message.agentText();
    // The same edit twice, or a change the bot cannot see (a reaction, a keyboard): nothing to say.
    if (oldText == newText)
        return true;
    ++report.stored;
    bool ok = false;
    const qint64 editedAt = message.editDate.value_or(message.date) * 1000;
    runSql(db, u"INSERT INTO message_edits (message_id, old_text, new_text, edited_at) VALUES (?, ?, ?, ?)"_s,
        { id, oldText, newText, editedAt }, &ok);
    if (ok)
        runSql(db, u"UPDATE messages SET text = ?, edited_at = ? WHERE id = ?"_s, { newText, editedAt, id },
            &ok);
    if (!ok)
        return false;
    if (!report.chats.contains(*key))
        report.chats.append(*key);
    const QString body
        = u"✏️ %1 edited a message of the business account on Telegram (not an agent here); the"
          " customer now reads:\n%2\n(before: %3)"_s.arg(
              message.byBusinessBot ? message.businessBotName : message.from.displayName(), quoted(newText),
              quoted(oldText));
    return noteForAgents(*key, message.chat.id, id, body, now);
}

bool UpdateInbox::applyBusinessDeletion(
    const telegram::BusinessDeletion &deletion, qint64 now, IngestReport &report)
{
    const auto key = BusinessRepository(m_db).chatKey(deletion.connectionId, deletion.chat.id);
    if (!key)
        return false;
    const QSqlDatabase db = m_db.connection();
    QVariantList values { *key };
    for (const qint64 id : deletion.messageIds)
        values.append(id);
    const QString which = u" WHERE chat_id = ? AND telegram_message_id IN ("_s
        + placeholders(deletion.messageIds.size()) + u") AND deleted_at IS NULL"_s;
    SqlResult gone
        = runSql(db, u"SELECT direction, text FROM messages"_s + which + u" ORDER BY sent_at, id"_s, values);
    QStringList texts;
    while (gone.next())
        texts.append((gone.value(0).toString() == u"in"_s ? u"customer: "_s : u"business account: "_s)
            + quoted(gone.value(1).toString()));
    if (texts.isEmpty())
        return true; // never seen here, or marked before
    bool ok = false;
    QVariantList update { now };
    update.append(values);
    runSql(db, u"UPDATE messages SET deleted_at = ?"_s + which, update, &ok);
    if (!ok)
        return false;
    if (!report.chats.contains(*key))
        report.chats.append(*key);
    // Telegram does not say who deleted them; the local copy stays for the audit.
    const QString body = u"🗑 Deleted in the Telegram business chat (%n message(s)):\n"_s.replace(
                             u"%n"_s, QString::number(texts.size()))
        + texts.join(u'\n');
    return noteForAgents(*key, deletion.chat.id, std::nullopt, body, now);
}

bool UpdateInbox::noteForAgents(
    qint64 chatKey, qint64 customerId, std::optional<qint64> messageId, const QString &body, qint64 now)
{
    // A note needs a contact to live on: someone who never wrote to the bot or the business
    // has none, and gets none for what the account said to them.
    if (!scalar(
            m_db.connection(), u"SELECT 1 FROM telegram_users WHERE telegram_user_id = ?"_s, { customerId })
             .isValid())
        return true;
    return enqueue(chatKey, customerId, messageId, OutboxKind::ConversationNote,
        QString::fromUtf8(QJsonDocument(QJsonObject { { u"body"_s, body } }).toJson(QJsonDocument::Compact)),
        now);
}

} // namespace tgic::store
