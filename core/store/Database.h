// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace tgic::store {

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
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    bool isSqlite() const { return !m_postgres; }

    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int latestSchemaVersion();

    //! The default file: dataFolder()/tgic.sqlite3 (see DataFolder.h).
    static QString defaultPath();

    bool transaction();
    bool commit();
    void rollback();

Q_SIGNALS:
    //! Something changed; the models re-read the affected rows. `topic` is a table group name
    //! (chats, messages, mappings, outbox, quarantine, audit), `ids` optional row keys.
    void changed(const QString &topic, const QList<qint64> &ids);

public:
    void notifyChanged(const QString &topic, const QList<qint64> &ids = {}) { Q_EMIT changed(topic, ids); }

private:
    bool migrate();
    bool setSchemaVersion(int version);
    bool exec(const QString &sql);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_postgres = false;
};

} // namespace tgic::store
