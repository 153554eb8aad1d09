// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace tgic::store {

class Database;
class SqlBatch;

//! One transaction on `db`, begun on construction and rolled back on destruction unless
//! commit() succeeded: every early return of a multi-statement write leaves nothing behind.
//!
//! On PostgreSQL the BEGIN travels with the transaction's first statement and commit(batch)
//! sends the batch and the COMMIT together: BEGIN, a batch and COMMIT are one round trip.
//!
//! A begin that fails (the connection is gone, or a transaction is already open on it) leaves
//! the guard inactive, and it then never rolls back: it must not undo a caller's transaction.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();

    //! The transaction began and is still open.
    bool isActive() const { return m_active; }
    explicit operator bool() const { return m_active; }

    //! Make the work permanent. False (logged) when the transaction never began or the database
    //! refused the commit; the destructor then rolls back what is left.
    bool commit();
    //! Run `last` and commit in one round trip; false (rolled back) when any of it failed.
    bool commit(SqlBatch &last);
    //! Undo the work now, e.g. before logging or reporting a refusal.
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace tgic::store
