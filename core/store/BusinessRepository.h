// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgic::store {

class Database;
struct OutboxItem;

//! A business account connected to the bot (Telegram Business).
struct BusinessConnection
{
    QString id;
    qint64 ownerUserId = 0;
    QString ownerName;
    QString ownerUsername;
    qint64 userChatId = 0;
    bool canReply = false;
    bool enabled = false;
    QJsonObject rights; //!< BusinessBotRights as Telegram sent it
    qint64 connectedAt = 0; //!< ms
    qint64 updatedAt = 0; //!< ms
};

//! A chat of a business account: the Telegram chat it is, and the local key it is stored under.
struct BusinessChat
{
    qint64 chatKey = 0;
    QString connectionId;
    qint64 telegramChatId = 0;
    qint64 lastCustomerMessageAt = 0; //!< ms
};

//! The business accounts connected to the bot and their chats. A business chat and the bot's
//! chat with the same customer share a Telegram chat id but are two chats (the Bot API: "a chat
//! of the corresponding business account that is independent from any potential bot chat"), so
//! a business chat is stored under a key of its own, allocated here once per connection and
//! Telegram chat; the customer, and so the contact, is the same.
class BusinessRepository
{
public:
    //! Keys at or above this are business chats: Telegram ids have at most 52 significant bits.
    static constexpr qint64 kFirstChatKey = qint64(1) << 52;
    static bool isBusinessChat(qint64 chatKey) { return chatKey >= kFirstChatKey; }

    explicit BusinessRepository(Database &db)
        : m_db(db)
    { }

    //! Stores a BusinessConnection object (from an update or getBusinessConnection), replacing
    //! what was known of it. False on a database error.
    bool saveConnection(const QJsonObject &connection, qint64 now);
    std::optional<BusinessConnection> connection(const QString &id) const;
    QList<BusinessConnection> connections() const;
    //! Connections the business chats name that no business_connection update described.
    QStringList unknownConnections() const;

    //! The key of the connection's chat `telegramChatId`, allocated on first sight; nullopt on a
    //! database error.
    std::optional<qint64> chatKey(const QString &connectionId, qint64 telegramChatId);
    std::optional<BusinessChat> chat(qint64 chatKey) const;
    //! The customer wrote at `at` (ms): the reply window runs from the latest such time.
    bool customerWrote(qint64 chatKey, qint64 at);

    //! Telegram refused an agent's reply in a business chat for good (the 24-hour window, the
    //! connection off or without can_reply, the account gone). In one transaction: the outbox
    //! row and its message fail with `reason`, a note saying so waits for the chat's Intercom
    //! conversation, and the audit log keeps it. False on a database error.
    bool replyRefused(const OutboxItem &item, const QString &reason, const QString &replyText);

private:
    Database &m_db;
};

} // namespace tgic::store
