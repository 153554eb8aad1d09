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
        bool canReadMessages = false; //!< the bot may mark their customers' messages read
    };

    explicit BusinessAccounts(store::Database &db)
        : m_db(db)
    { }

    QList<Account> accounts() const;

    //! The team's option: a customer's business message is marked read for them once an agent
    //! answered it (where the account allows the bot to).
    bool readMarks() const;
    //! Saves it for the whole team (audited as `actor`); false when the database refused.
    bool setReadMarks(bool on, const QString &actor);

private:
    store::Database &m_db;
};

} // namespace tgic::models
