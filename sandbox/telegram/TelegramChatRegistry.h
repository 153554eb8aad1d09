// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace tgic::sandbox {

// What the emulated server knows about chats: the chats that appeared in updates (the bot can
// only write to those), the messages in them (for replies), per-chat message ids, and which users
// blocked the bot or deleted their account.
class TelegramChatRegistry
{
public:
    // Walks an update and remembers every Chat and Message in it.
    void learnFrom(const QJsonValue &value);
    void rememberChat(const QJsonObject &chat);
    void rememberMessage(const QJsonObject &message);

    // chat_id as given by a client: a number, or "@username" for public chats.
    std::optional<qint64> resolve(const QString &chatIdParam) const;
    std::optional<QJsonObject> chat(qint64 chatId) const;
    std::optional<QJsonObject> message(qint64 chatId, qint64 messageId) const;

    // Message ids are per chat and shared by both directions, as in private chats on Telegram.
    qint64 nextMessageId(qint64 chatId);

    void setBlocked(qint64 userId, bool blocked);
    bool isBlocked(qint64 userId) const { return m_blocked.contains(userId); }
    void setDeactivated(qint64 userId) { m_deactivated.insert(userId); }
    bool isDeactivated(qint64 userId) const { return m_deactivated.contains(userId); }

private:
    QHash<qint64, QJsonObject> m_chats;
    QHash<QString, qint64> m_byUsername; // lower-case, without '@'
    QHash<qint64, QHash<qint64, QJsonObject>> m_messages;
    QHash<qint64, qint64> m_lastMessageId;
    QSet<qint64> m_blocked;
    QSet<qint64> m_deactivated;
};

} // namespace tgic::sandbox
