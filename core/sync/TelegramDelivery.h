// SPDX-License-Identifier: MIT
#pragma once

#include "OutboxDrain.h"
#include "net/ApiResult.h"
#include "store/MappingState.h"
#include "store/OutboxRepository.h"
#include "store/TelegramOutbox.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>

class QTimer;

namespace tgic::store {
class Database;
}
namespace tgic::telegram {
class TelegramApi;
}

namespace tgic::sync {

//! Drains the Intercom → Telegram outbox: each row is a relayed agent part (its text pieces,
//! then its files) or a notice, sent strictly in order per chat, paced to about one message per
//! second per chat and `globalPerSecond` overall (Telegram's flood limits; its `retry_after` is
//! honoured by the scheduler on top).
//!
//! Exactly once, as far as Telegram lets us see: every piece is recorded as attempted before it
//! goes out and recorded as sent in the same transaction that stores Telegram's message id. The
//! Bot API has no idempotency key and no way to list what the bot sent, so a send whose answer
//! was lost (timeout after the request left, 5xx, crash) is sent again — at least once. In a
//! private chat message ids are sequential per chat, so the id of that resend tells whether the
//! first had landed: a gap not explained by known messages flags the message "may have been
//! sent twice" for the agent instead of hiding it.
class TelegramDelivery final : public OutboxDrain
{
    Q_OBJECT

public:
    TelegramDelivery(store::Database &db, telegram::TelegramApi *api, QObject *parent = nullptr);

    void setPerChatInterval(std::chrono::milliseconds interval) { m_perChatInterval = interval; }
    void setGlobalPerSecond(int n) { m_globalPerSecond = qMax(1, n); }

Q_SIGNALS:
    //! A whole row reached Telegram; `conversationId` is set for relayed agent parts.
    void sent(qint64 chatId, const QString &conversationId);
    //! Telegram refused the chat for good. `state` is what that says of the person: Deactivated
    //! (their account was deleted) or Blocked (they blocked the bot; in a group, it was removed).
    void chatClosed(qint64 chatId, qint64 telegramUserId, tgic::store::MappingState state);

private:
    void process(const store::OutboxItem &item) override;
    void onResult(const store::OutboxItem &item, const store::TelegramWork &work,
        const net::ApiResult &result, bool resend);
    //! The reply_markup this piece carries: a phone request's keyboard, or its removal.
    QJsonObject replyMarkupFor(const store::OutboxItem &item, const store::TelegramWork &work) const;
    void keyboardDelivered(qint64 chatId, const QJsonObject &markup);
    //! A reply Telegram will never take into a business chat: failed, noted for the agents, audited.
    void refuseBusinessReply(
        const store::OutboxItem &item, const store::TelegramWork &work, const QString &description);
    static QString businessRefusalReason(const QString &description);
    //! A read mark (readBusinessMessage) for a customer's answered business message.
    void markRead(const store::OutboxItem &item);
    void giveUpReadMark(const store::OutboxItem &item, const QString &reason);
    //! When the next send may go out under both limits (UNIX ms).
    qint64 readyAt(qint64 chatId) const override;
    void willProcess(qint64 chatId) override;

    store::Database &m_db;
    store::TelegramOutbox m_telegramOutbox;
    telegram::TelegramApi *m_api;
    QHash<qint64, qint64> m_lastSendAt; //!< per chat, UNIX ms
    QList<qint64> m_recentSends; //!< every send of the last second
    std::chrono::milliseconds m_perChatInterval { 1000 };
    int m_globalPerSecond = 30;
};

} // namespace tgic::sync
