// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tgic::store {
class Database;
}

namespace tgic::models {

//! Settings → Business accounts: the Telegram Business accounts connected to the bot, as the
//! sync last heard of them (read-only: the owner connects, switches off and grants rights in
//! Telegram itself).
class BusinessAccounts
{
public:
    struct Account
    {
        QString owner; //!< the account's name
        QString username; //!< without the @; empty if none
        QDateTime since;
        bool enabled = false;
        bool canReply = false; //!< the bot may answer their customers (within 24 h)
    };

    explicit BusinessAccounts(store::Database &db)
        : m_db(db)
    { }

    QList<Account> accounts() const;

private:
    store::Database &m_db;
};

} // namespace tgic::models
