// SPDX-License-Identifier: MIT
#include "Database.h"

#include "DataFolder.h"
#include "Logging.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tgic::store {

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"tgic-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return defaultDatabaseFile();
}

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_postgres = path.startsWith(u"postgresql://"_s) || path.startsWith(u"postgres://"_s);
    QSqlDatabase db;
    if (m_postgres) {
        const QUrl url(path);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = tr("Cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
        // Create the file before SQLite does, so it is never readable by others, not even briefly.
        if (!info.exists()) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                m_error = tr("Cannot create the database %1: %2").arg(path, file.errorString());
                return false;
            }
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        m_error = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    if (!m_postgres) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        const QString mode = q.next() ? q.value(0).toString() : QString();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            qCWarning(lcStore) << "SQLite refused WAL mode, running with" << mode;
        exec(u"PRAGMA foreign_keys=ON"_s);
        exec(u"PRAGMA synchronous=NORMAL"_s);
    }
    if (!migrate()) {
        db.close();
        return false;
    }
    if (!m_postgres) {
        // WAL side files appear later; keep them private too.
        for (const QString &side : QStringList { path + u"-wal"_s, path + u"-shm"_s })
            if (QFile::exists(side))
                QFile::setPermissions(side, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::transaction()
{
    return connection().transaction();
}

bool Database::commit()
{
    if (connection().commit())
        return true;
    m_error = connection().lastError().text();
    qCWarning(lcStore) << "commit failed:" << m_error;
    return false;
}

void Database::rollback()
{
    connection().rollback();
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return true;
    m_error = tr("SQL failed: %1 (%2)").arg(q.lastError().text(), sql.left(120));
    qCWarning(lcStore).noquote() << m_error;
    return false;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!m_postgres) {
        q.exec(u"PRAGMA user_version"_s);
        return q.next() ? q.value(0).toInt() : 0;
    }
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s))
        return 0;
    return q.next() ? q.value(0).toInt() : 0;
}

bool Database::setSchemaVersion(int version)
{
    if (!m_postgres)
        return exec(u"PRAGMA user_version = %1"_s.arg(version));
    return exec(u"INSERT INTO meta (key, value) VALUES ('schema_version', '%1') "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s.arg(version));
}

bool Database::migrate()
{
    const int current = schemaVersion();
    const auto &ladder = migrations();
    if (current > int(ladder.size())) {
        m_error
            = tr("The database %1 was written by a newer version of this app (schema %2, this app knows %3).")
                  .arg(m_path)
                  .arg(current)
                  .arg(ladder.size());
        return false;
    }
    for (int version = current; version < int(ladder.size()); ++version) {
        if (!transaction()) {
            m_error = connection().lastError().text();
            return false;
        }
        bool ok = true;
        for (const QString &statement : ladder[size_t(version)].statements) {
            if (!exec(dialect(statement, m_postgres))) {
                ok = false;
                break;
            }
        }
        ok = ok && setSchemaVersion(version + 1) && commit();
        if (!ok) {
            const QString failure = m_error;
            rollback();
            m_error = tr("Upgrading the database to schema %1 failed: %2").arg(version + 1).arg(failure);
            return false;
        }
        qCInfo(lcStore) << "database migrated to schema" << version + 1;
    }
    return true;
}

} // namespace tgic::store
