// SPDX-License-Identifier: MIT
#pragma once

#include "Change.h"
#include "SqlResult.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QTimer;

namespace tgic::store {

class SqlBatch;

//! How to reach a team database beyond its URL. The password comes from the keychain or the
//! environment, never from QSettings; the URL may carry libpq options as query items
//! (`?sslmode=verify-full&sslrootcert=/path/ca.pem`).
struct OpenOptions
{
    QString password; //!< used when the URL has none
    QString applicationName = QStringLiteral("tgic"); //!< shown in pg_stat_activity
};

//! The local cache and work queue. SQLite by default (one file, mode 0600); the SQL is kept
//! portable to PostgreSQL (QPSQL) for a team database.
//!
//! The schema grows through a ladder of migrations (PRAGMA user_version on SQLite, a meta row on
//! PostgreSQL); each step runs in its own transaction with its version bump.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    //! Open (creating if needed) and migrate. `path` is a file for SQLite; for PostgreSQL pass
    //! a `postgresql://user@host:port/dbname` URL. On failure returns false and sets error().
    //! On PostgreSQL any number of processes may open an empty or older database at once: one
    //! migrates (under an advisory lock), the others wait for it and find the schema current.
    bool open(const QString &path, const OpenOptions &options = {});
    void close();
    bool isOpen() const;
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    bool isSqlite() const { return !m_postgres; }
    //! A shared team database (PostgreSQL): several processes, one truth.
    bool isTeam() const { return m_postgres; }
    //! The URL without its password, for showing to people.
    QString displayPath() const;
    //! The machine this process runs on, as recorded in the audit log (the host name).
    QString workstation() const { return m_workstation; }
    //! Unique to this process's connection: who holds a repair lock.
    QString processId() const { return m_connectionName; }

    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    //! The default file: dataFolder()/tgic.sqlite3 (see DataFolder.h).
    static QString defaultPath();

    //! Through the connection's SqlSession: on PostgreSQL the BEGIN waits for the first statement.
    bool transaction();
    bool commit();
    //! `last` and COMMIT in one round trip.
    bool commit(SqlBatch &last);
    void rollback();
    bool inTransaction() const;
    //! Why a statement since the last transaction() was refused for the values it carried (a
    //! constraint, a value the database cannot take); empty when the failure, if any, was the
    //! connection's or may pass on a retry. See SqlResult::isRefusal.
    QString refusal() const;
    //! Round trips to the team database so far on this connection (0 on SQLite).
    qint64 roundTrips() const;
    //! How long to gather work before writing it, so that what finishes at about the same time
    //! shares one round trip: half a recent round trip, at most 15 ms; 0 on SQLite.
    int batchWindowMs() const;

    //! Tell every listener, in this process and (team database) in every other one, that rows
    //! changed. Empty `ids` means "any row of this topic". Other processes hear it through
    //! LISTEN/NOTIFY after the change committed; bursts are coalesced into one round trip.
    void notifyChanged(Topic topic, const QList<qint64> &ids = {});
    //! Send the coalesced notices now (normally within 10 ms, or with the next statement).
    void flushNotifications();
    //! A change whose writes are about to go in one batch of statements: its NOTIFY as a
    //! statement for that batch (none on SQLite), so that it costs no round trip of its own and
    //! other processes hear of it only if the batch commits. Once it did, announceLocally().
    QList<SqlStatement> noticesWith(const QList<std::pair<Topic, QList<qint64>>> &changes) const;
    //! Tell this process's listeners of a change whose NOTIFY went with its writes (noticesWith).
    void announceLocally(Topic topic, const QList<qint64> &ids = {});

    // ---- Fencing (team database) ----
    //! The lease this process holds as the one poller (set by the leader election). Work that
    //! only the poller may do checks leaseHeld() inside its own transaction.
    void setLeaseToken(const QString &holder, qint64 epoch);
    void clearLeaseToken();
    //! True on SQLite (one seat, one poller). On PostgreSQL: this process holds an unexpired
    //! lease; inside a transaction the lease row is share-locked until COMMIT, so no other
    //! process can take it over while this transaction's work is being written.
    bool leaseHeld() const;
    //! The same check as a condition for one statement's WHERE clause ("1 = 1" on SQLite), so
    //! that recording an attempt and checking the lease are one atomic step and one round trip.
    struct Fence
    {
        QString condition;
        QVariantList binds;
    };
    Fence fence() const;
    //! The lease check as a statement of its own (a row when held; FOR SHARE as leaseHeld()),
    //! to send in the same batch as a transaction's first reads: `SELECT 1` on SQLite.
    SqlStatement leaseCheck() const;
    //! The database server's clock in milliseconds, as SQL (PostgreSQL): the lease never trusts
    //! a workstation's own clock.
    static QString serverNowSql();

    // ---- Reachability (team database) ----
    bool isReachable() const { return m_reachable; }
    //! Run a trivial query; on failure mark the database unreachable and keep reconnecting
    //! (every couple of seconds) until it answers again. Returns the current reachability.
    bool checkReachable();
    //! For a connection that does not check on its own, beside one that does (the window's and
    //! its reader's, beside the sync's, which its election checks every heartbeat): told whether
    //! the database answers. Not answering: marked unreachable at once, without a round trip (the
    //! views say so). Answering again: a connection that was marked, or whose own trivial query
    //! fails, reconnects at once (and every couple of seconds if that fails), and every topic is
    //! announced, so that what changed meanwhile is read again and LISTEN is back.
    void followReachability(bool reachable);

Q_SIGNALS:
    //! Something changed; the models re-read the affected rows (`ids` empty: any row).
    void changed(tgic::store::Topic topic, const QList<qint64> &ids);
    //! The team database stopped or started answering. On `true` every topic was re-announced
    //! with empty ids, so views re-read what they show.
    void reachableChanged(bool reachable);

private:
    bool migrate();
    bool migrateLocked();
    bool setSchemaVersion(int version);
    bool exec(const QString &sql);
    void subscribe();
    void attachSession();
    QList<SqlStatement> takeNotices();
    void onNotification(const QString &name, const QVariant &payload, bool fromSelf);
    void announceHeard();
    void setReachable(bool reachable);
    void tryReconnect();

    QString m_connectionName;
    QString m_path;
    QString m_error;
    OpenOptions m_options;
    bool m_postgres = false;
    bool m_reachable = true;
    QTimer *m_flushTimer;
    QTimer *m_reconnectTimer;
    QHash<int, QList<qint64>> m_pendingNotify; //!< topic → ids; an empty list means "all"
    //! Notices heard from other connections and not yet announced: topic → ids (empty: all), in
    //! the order first heard.
    QList<std::pair<Topic, QList<qint64>>> m_heard;
    QString m_workstation;
    QString m_leaseHolder;
    qint64 m_leaseEpoch = 0;
};

} // namespace tgic::store
