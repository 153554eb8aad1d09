// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::store {

class Database;
struct OutboxItem;

//! \brief Read marks in business chats: once an agent's reply reached the customer, their
//! message shows as read to them (readBusinessMessage), when the team asked for it and the
//! account lets the bot (can_read_messages).
//!
//! The option is the team's, so it lives in the database (meta), audited like the retention
//! policy. A mark is queued as an outbox row (OutboxKind::ReadMark) in the same transaction that
//! records the reply as delivered, and business_chats.read_up_to remembers the customer's latest
//! message marked or queued: one call per answered message, across restarts and workstations.
class BusinessReadMarks
{
public:
    explicit BusinessReadMarks(Database &db)
        : m_db(db)
    { }

    bool enabled() const;
    //! Saves the team's option (audited as `actor`); false when the database refused.
    bool setEnabled(bool on, const QString &actor);

    //! Inside the transaction that records `reply` (an agent's part) as delivered: queues a read
    //! mark for the customer's latest message in that business chat from before the reply was
    //! written, unless it is marked already, the option is off, or the account does not allow
    //! it. Nothing for other chats or kinds. False on a database error.
    bool queueAfterReply(const OutboxItem &reply, qint64 now);

    //! The Telegram message id a read-mark row carries; 0 for a damaged payload.
    static qint64 messageIdOf(const QString &payload);

private:
    Database &m_db;
};

} // namespace tgic::store
