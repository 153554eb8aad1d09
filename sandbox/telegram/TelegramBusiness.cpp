// SPDX-License-Identifier: MIT
#include "TelegramBusiness.h"

#include "core/telegram/BusinessReplyWindow.h"

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

QJsonObject TelegramBusiness::connect(
    const QString &id, const TelegramUser &owner, bool canReply, qint64 date)
{
    QJsonObject rights { { u"can_read_messages"_s, true } };
    // BusinessBotRights lists only the rights granted: an absent can_reply is a refusal.
    if (canReply)
        rights.insert(u"can_reply"_s, true);
    // user_chat_id: the owner's private chat with the bot, which shares the owner's id.
    QJsonObject json { { u"id"_s, id }, { u"user"_s, owner.toJson() }, { u"user_chat_id"_s, owner.id },
        { u"date"_s, date }, { u"rights"_s, rights }, { u"is_enabled"_s, true } };
    m_connections.insert(id, Connection { json, owner });
    return json;
}

std::optional<QJsonObject> TelegramBusiness::setEnabled(const QString &id, bool enabled)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return std::nullopt;
    it->json.insert(u"is_enabled"_s, enabled);
    return it->json;
}

std::optional<QJsonObject> TelegramBusiness::setCanReply(const QString &id, bool canReply)
{
    return setRight(id, u"can_reply"_s, canReply);
}

std::optional<QJsonObject> TelegramBusiness::setRight(const QString &id, const QString &right, bool granted)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return std::nullopt;
    QJsonObject rights = it->json.value(u"rights"_s).toObject();
    if (granted)
        rights.insert(right, true);
    else
        rights.remove(right); // BusinessBotRights lists only the rights granted
    it->json.insert(u"rights"_s, rights);
    return it->json;
}

std::optional<QJsonObject> TelegramBusiness::connection(const QString &id) const
{
    const auto it = m_connections.constFind(id);
    if (it == m_connections.constEnd())
        return std::nullopt;
    return it->json;
}

QJsonObject TelegramBusiness::message(const QString &id, const TelegramUser &customer,
    const TelegramUser &author, const QJsonObject &content, qint64 date)
{
    Chat &chat = m_chats[chatKey(id, customer.id)];
    chat.chat = customer.privateChatJson();
    QJsonObject m { { u"message_id"_s, ++chat.lastMessageId }, { u"from"_s, author.toJson() },
        { u"chat"_s, chat.chat }, { u"date"_s, date }, { u"business_connection_id"_s, id } };
    for (auto it = content.begin(); it != content.end(); ++it)
        m.insert(it.key(), it.value());
    if (author.id == customer.id)
        chat.lastIncoming = qMax(chat.lastIncoming, date);
    chat.messages.insert(chat.lastMessageId, m);
    return m;
}

QJsonObject TelegramBusiness::knownMessage(const QString &id, qint64 chatId, qint64 messageId) const
{
    return m_chats.value(chatKey(id, chatId)).messages.value(messageId);
}

void TelegramBusiness::rememberMessage(const QString &id, const QJsonObject &message)
{
    const qint64 chatId = message.value(u"chat"_s).toObject().value(u"id"_s).toInteger();
    Chat &chat = m_chats[chatKey(id, chatId)];
    chat.messages.insert(message.value(u"message_id"_s).toInteger(), message);
}

void TelegramBusiness::age(const QString &id, qint64 chatId, qint64 seconds)
{
    const auto it = m_chats.find(chatKey(id, chatId));
    if (it != m_chats.end())
        it->lastIncoming -= seconds;
}

bool TelegramBusiness::isBusinessChat(qint64 chatId) const
{
    for (const Chat &chat : m_chats) {
        if (chat.chat.value(u"id"_s).toInteger() == chatId)
            return true;
    }
    return false;
}

std::variant<TelegramResult, TelegramBusiness::Target> TelegramBusiness::admitSend(
    const QString &id, qint64 chatId, qint64 now) const
{
    const auto connection = m_connections.constFind(id);
    if (connection == m_connections.constEnd())
        return TelegramResult::error(400, u"Bad Request: business connection not found"_s);
    if (!connection->json.value(u"is_enabled"_s).toBool())
        return TelegramResult::error(403, u"Forbidden: the business connection is disabled"_s);
    if (!connection->json.value(u"rights"_s).toObject().value(u"can_reply"_s).toBool())
        return TelegramResult::error(
            403, u"Forbidden: not enough rights to send messages on behalf of the business account"_s);
    const auto chat = m_chats.constFind(chatKey(id, chatId));
    if (chat == m_chats.constEnd())
        return TelegramResult::error(400, u"Bad Request: chat not found"_s);
    // can_reply covers "the private chats that had incoming messages in the last 24 hours".
    if (!telegram::BusinessReplyWindow::isOpen(chat->lastIncoming * 1000, now * 1000))
        return TelegramResult::error(
            403, u"Forbidden: the chat had no incoming messages in the last 24 hours"_s);
    return Target { chat->chat, connection->owner.toJson() };
}

TelegramResult TelegramBusiness::read(const QString &id, qint64 chatId, qint64 messageId, qint64 now)
{
    const auto connection = m_connections.constFind(id);
    if (connection == m_connections.constEnd())
        return TelegramResult::error(400, u"Bad Request: business connection not found"_s);
    if (!connection->json.value(u"is_enabled"_s).toBool())
        return TelegramResult::error(403, u"Forbidden: the business connection is disabled"_s);
    if (!connection->json.value(u"rights"_s).toObject().value(u"can_read_messages"_s).toBool())
        return TelegramResult::error(403, u"Forbidden: not enough rights to read business messages"_s);
    const auto chat = m_chats.constFind(chatKey(id, chatId));
    if (chat == m_chats.constEnd())
        return TelegramResult::error(400, u"Bad Request: chat not found"_s);
    // "The chat must have been active in the last 24 hours."
    if (!telegram::BusinessReplyWindow::isOpen(chat->lastIncoming * 1000, now * 1000))
        return TelegramResult::error(400, u"Bad Request: the chat was not active in the last 24 hours"_s);
    const QJsonObject message = chat->messages.value(messageId);
    // Only what the customer wrote is "incoming"; the account's own messages are not read marks.
    if (message.isEmpty() || message.value(u"from"_s).toObject().value(u"id"_s).toInteger() != chatId)
        return TelegramResult::error(400, u"Bad Request: message not found"_s);
    m_readMarks[id].append({ chatId, messageId });
    return TelegramResult::ok(true);
}

qint64 TelegramBusiness::nextMessageId(const QString &id, qint64 chatId)
{
    return ++m_chats[chatKey(id, chatId)].lastMessageId;
}

} // namespace tgic::sandbox
