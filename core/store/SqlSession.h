// SPDX-License-Identifier: MIT
#pragma once

#include "PgWire.h"
#include "Sql.h"
#include "SqlResult.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace tgic::store {

//! How statements reach one connection, and what it costs in round trips.
//!
//! On PostgreSQL every statement goes through libpq with bound parameters (one round trip), and
//! several statements go as one pipeline (one round trip). A transaction's BEGIN is not sent on
//! its own: it waits for the transaction's first statement and travels with it, so a short
//! transaction costs its statements plus the COMMIT, and a batch plus COMMIT costs one.
//! Change notices waiting to go out (noticeSource) ride along with the next exchange that is
//! not inside a transaction. SQLite runs the same calls through QSqlQuery, statement by statement.
//!
//! One session per connection name; the store reaches it through the QSqlDatabase it has.
class SqlSession
{
    Q_DISABLE_COPY_MOVE(SqlSession)

public:
    static std::shared_ptr<SqlSession> of(const QSqlDatabase &db);
    //! The connection is closed for good: drop its session.
    static void forget(const QString &connectionName);

    explicit SqlSession(const QString &connectionName);

    bool isPostgres() const;

    SqlResult run(const SqlStatement &statement, Rows rows);
    //! In order; the first failure skips the rest. Outside a transaction the batch is atomic.
    QList<SqlResult> run(const QList<SqlStatement> &statements);

    //! BEGIN (deferred on PostgreSQL). False when a transaction is already open.
    bool begin();
    //! COMMIT, after `last` (one round trip for both on PostgreSQL); `results` gets theirs.
    //! On failure the transaction is rolled back and `error` says why.
    bool commit(const QList<SqlStatement> &last, QList<SqlResult> *results, QString *error);
    void rollback();
    bool inTransaction() const { return m_transaction != Transaction::None; }
    //! Why the database refused a statement since the last begin() for the values it carried
    //! (SqlResult::isRefusal); empty when it refused none. Tells a batch that holds something
    //! unstorable from one that met a failing connection: the first is split, the second retried.
    QString refusal() const { return m_refusal; }

    //! Round trips to the server so far (PostgreSQL; 0 on SQLite).
    qint64 roundTrips() const { return m_roundTrips; }
    //! What a round trip has cost lately (ms, a moving average; 0 on SQLite).
    double roundTripMs() const { return m_roundTripMs; }
    //! Statements that want to go out with the next exchange outside a transaction.
    void setNoticeSource(std::function<QList<SqlStatement>()> source) { m_noticeSource = std::move(source); }
    //! Where notifications read along with answers go (the caller queues them).
    void setNotificationSink(std::function<void(const QList<PgNotification> &)> sink)
    {
        m_notificationSink = std::move(sink);
    }

private:
    //! Pending: begun here, BEGIN not sent yet. Lost: the connection dropped while it was open.
    enum class Transaction { None, Pending, Open, Lost };

    QSqlDatabase connection() const;
    pg_conn *pgConnection();
    QList<SqlResult> exchange(QList<QList<SqlStatement>> segments, bool beginsTransaction);
    QList<SqlResult> runSqlite(const QList<SqlStatement> &statements, bool atomic);
    void afterExchange(pg_conn *conn, qint64 elapsedNs);
    void noteRefusal(const SqlResult &result);

    QString m_connectionName;
    Transaction m_transaction = Transaction::None;
    bool m_failedInTransaction = false; //!< PostgreSQL then turns COMMIT into ROLLBACK
    QString m_refusal; //!< the first refusal since begin()
    void *m_conn = nullptr; //!< the PGconn the state belongs to (a reconnect makes a new one)
    qint64 m_roundTrips = 0;
    double m_roundTripMs = 0;
    std::function<QList<SqlStatement>()> m_noticeSource;
    std::function<void(const QList<PgNotification> &)> m_notificationSink;
};

} // namespace tgic::store
