// SPDX-License-Identifier: MIT
#include "TelegramChatRegistry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

bool looksLikeChat(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return o.value(u"id"_s).isDouble() && o.value(u"type"_s).isString();
}

} // namespace

void TelegramChatRegistry::learnFrom(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue v : array)
            learnFrom(v);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (looksLikeChat(o.value(u"chat"_s))) {
        rememberChat(o.value(u"chat"_s).toObject());
        if (o.value(u"message_id"_s).isDouble() && o.value(u"date"_s).isDouble())
            rememberMessage(o);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            learnFrom(it.value());
    }
}

void TelegramChatRegistry::rememberChat(const QJsonObject &chat)
{
    const qint64 id = chat.value(u"id"_s).toInteger();
    m_chats.insert(id, chat);
    const QString username = chat.value(u"username"_s).toString();
    if (!username.isEmpty())
        m_byUsername.insert(username.toLower(), id);
}

void TelegramChatRegistry::rememberMessage(const QJsonObject &message)
{
    const qint64 chatId = message.value(u"chat"_s).toObject().value(u"id"_s).toInteger();
    const qint64 messageId = message.value(u"message_id"_s).toInteger();
    m_messages[chatId].insert(messageId, message);
    // Keep the counter ahead of scripted ids so the bot's messages never reuse one.
    qint64 &last = m_lastMessageId[chatId];
    last = qMax(last, messageId);
}

std::optional<qint64> TelegramChatRegistry::resolve(const QString &chatIdParam) const
{
    const QString s = chatIdParam.trimmed();
    if (s.startsWith(u'@')) {
        const auto it = m_byUsername.constFind(s.mid(1).toLower());
        if (it == m_byUsername.constEnd())
            return std::nullopt;
        return *it;
    }
    bool ok = false;
    const qint64 id = s.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return id;
}

std::optional<QJsonObject> TelegramChatRegistry::chat(qint64 chatId) const
{
    const auto it = m_chats.constFind(chatId);
    if (it == m_chats.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QJsonObject> TelegramChatRegistry::message(qint64 chatId, qint64 messageId) const
{
    const auto chatIt = m_messages.constFind(chatId);
    if (chatIt == m_messages.constEnd())
        return std::nullopt;
    const auto it = chatIt->constFind(messageId);
    if (it == chatIt->constEnd())
        return std::nullopt;
    return *it;
}

qint64 TelegramChatRegistry::nextMessageId(qint64 chatId)
{
    return ++m_lastMessageId[chatId];
}

void TelegramChatRegistry::setBlocked(qint64 userId, bool blocked)
{
    if (blocked)
        m_blocked.insert(userId);
    else
        m_blocked.remove(userId);
}

} // namespace tgic::sandbox
