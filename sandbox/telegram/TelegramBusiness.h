// SPDX-License-Identifier: MIT
#pragma once

#include "TelegramResult.h"
#include "TelegramUser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace tgic::sandbox {

// Telegram Business as the Bot API describes it: business accounts connected to the bot (several
// at once), each with its own rights and switch, and the chats of each account. A business chat
// is not the bot's chat with the same person: same chat id, but its own messages and ids, and
// the bot writes there only on behalf of the account (business_connection_id), only while the
// connection is enabled with can_reply, and only if the customer wrote in the last 24 hours.
class TelegramBusiness
{
public:
    // A new connection (the owner connects the bot under Settings → Telegram Business), or a
    // change to one; each returns the BusinessConnection object for the update.
    QJsonObject connect(const QString &id, const TelegramUser &owner, bool canReply, qint64 date);
    std::optional<QJsonObject> setEnabled(const QString &id, bool enabled);
    std::optional<QJsonObject> setCanReply(const QString &id, bool canReply);
    // Grants or takes one BusinessBotRights right ("can_reply", "can_read_messages", …).
    std::optional<QJsonObject> setRight(const QString &id, const QString &right, bool granted);
    std::optional<QJsonObject> connection(const QString &id) const;
    bool isEmpty() const { return m_connections.isEmpty(); }

    // A message in a business chat, from the customer (fromCustomer) or the owner; remembers it
    // and, for the customer's, opens the 24-hour reply window.
    QJsonObject message(const QString &id, const TelegramUser &customer, const TelegramUser &author,
        const QJsonObject &content, qint64 date);
    // The message as the business chat knows it (for edits); empty when unknown.
    QJsonObject knownMessage(const QString &id, qint64 chatId, qint64 messageId) const;
    void rememberMessage(const QString &id, const QJsonObject &message);
    // The customer's last message is `seconds` further in the past (time passes for the window).
    void age(const QString &id, qint64 chatId, qint64 seconds);
    bool isBusinessChat(qint64 chatId) const;

    // The checks a send on behalf of a business account passes, in the server's order; returns
    // the chat and the owner, or the error the real server gives.
    struct Target
    {
        QJsonObject chat;
        QJsonObject owner;
    };
    std::variant<TelegramResult, Target> admitSend(const QString &id, qint64 chatId, qint64 now) const;
    qint64 nextMessageId(const QString &id, qint64 chatId);

    // readBusinessMessage: the customer's message `messageId` shows as read to them. The server's
    // checks in its order (connection, its can_read_messages right, the chat active in the last
    // 24 hours, an incoming message of that chat); what passes is recorded.
    TelegramResult read(const QString &id, qint64 chatId, qint64 messageId, qint64 now);
    struct ReadMark
    {
        qint64 chatId = 0;
        qint64 messageId = 0;
    };
    // Every read mark set through `id`, in order (the same message twice is recorded twice).
    QList<ReadMark> readMarks(const QString &id) const { return m_readMarks.value(id); }

private:
    struct Connection
    {
        QJsonObject json; // the BusinessConnection object
        TelegramUser owner;
    };
    struct Chat
    {
        QJsonObject chat;
        qint64 lastIncoming = 0; // UNIX seconds of the customer's last message
        qint64 lastMessageId = 0;
        QHash<qint64, QJsonObject> messages;
    };
    static QString chatKey(const QString &id, qint64 chatId) { return id + u'/' + QString::number(chatId); }

    QHash<QString, Connection> m_connections;
    QHash<QString, Chat> m_chats; // "connection/chat id"
    QHash<QString, QList<ReadMark>> m_readMarks; // by connection
};

} // namespace tgic::sandbox
