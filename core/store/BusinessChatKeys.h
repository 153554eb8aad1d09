// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>

namespace tgic::telegram {
struct ParsedUpdate;
}

namespace tgic::store {

class Database;
class SqlBatch;

//! The business chats one getUpdates batch speaks of, resolved to their keys for the whole batch
//! at once (BusinessRepository explains the keys): one round trip, and one more when some chats
//! are new. The customers' business messages and edits are then rewritten to their chat's key
//! and take the same set-based way as any message (UpdateInbox). What the business account
//! itself says stays as it came, for the per-update way.
class BusinessChatKeys
{
public:
    explicit BusinessChatKeys(Database &db)
        : m_db(db)
    { }

    //! Rewrites every customer's business message and edit in `updates`: chat.id becomes the
    //! chat's key and the connection id goes (it is an ordinary message of that chat now).
    //! Inside the batch's transaction; false on a database error.
    bool resolve(QList<telegram::ParsedUpdate> &updates);
    //! The reply windows of the chats the customers wrote in: one statement per chat.
    void write(SqlBatch &writes) const;

private:
    Database &m_db;
    QHash<qint64, qint64> m_lastCustomerMessage; //!< chat key → ms
};

} // namespace tgic::store
