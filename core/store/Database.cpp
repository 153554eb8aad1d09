// SPDX-License-Identifier: MIT
#include "Database.h"

#include "DataFolder.h"
#include "Logging.h"
#include "Migrations.h"
#include "Sql.h"
#include "SqlSession.h"
#include "Transaction.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
// Lower case: Qt quotes channel names, and PostgreSQL's are case-sensitive once quoted.
const QString kChannel = u"tgic_changes"_s;
// Any constant both sides agree on; it only has to differ from other applications' locks.
constexpr qint64 kMigrationLock = 0x7467'6963'0001; // "tgic" 1
// Change notices wait this long for more of a burst, and ride along with any statement sent
// meanwhile (SqlSession): a busy leader rarely pays a round trip of their own for them.
constexpr int kNoticeCoalesceMs = 10;
// NOTIFY payloads are capped at 8000 bytes; beyond this many ids say "any row" instead.
constexpr int kMaxPayloadIds = 400;

// libpq options a team database should have unless the URL says otherwise: fail fast when the
// server is away, and notice a dead peer in seconds rather than at the next TCP timeout (a
// leader must stop polling before its lease can expire).
const QList<std::pair<QString, QString>> kDefaultPgOptions {
    { u"connect_timeout"_s, u"5"_s },
    { u"keepalives"_s, u"1"_s },
    { u"keepalives_idle"_s, u"5"_s },
    { u"keepalives_interval"_s, u"1"_s },
    { u"keepalives_count"_s, u"3"_s },
    { u"tcp_user_timeout"_s, u"2000"_s },
};
} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"tgic-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_flushTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_workstation(QSysInfo::machineHostName())
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kNoticeCoalesceMs);
    connect(m_flushTimer, &QTimer::timeout, this, &Database::flushNotifications);
    m_reconnectTimer->setInterval(2000);
    connect(m_reconnectTimer, &QTimer::timeout, this, &Database::tryReconnect);
}

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

QString Database::displayPath() const
{
    if (!m_postgres)
        return m_path;
    QUrl url(m_path);
    url.setPassword({});
    return url.toString();
}

bool Database::open(const QString &path, const OpenOptions &options)
{
    close();
    m_path = path;
    m_options = options;
    m_postgres = path.startsWith(u"postgresql://"_s) || path.startsWith(u"postgres://"_s);
    QSqlDatabase db;
    if (m_postgres) {
        const QUrl url(path);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password().isEmpty() ? options.password : url.password());
        db.setDatabaseName(url.path().mid(1));
        // libpq options: the URL's own (sslmode, sslrootcert, …) win over the defaults.
        QUrlQuery query(url);
        QStringList connectOptions;
        // libpq's key = 'value' syntax: quoted, with quotes and backslashes escaped.
        auto option = [](const QString &key, QString value) -> QString {
            value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
            return key + u"='"_s + value + u'\'';
        };
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            connectOptions << option(key, value);
        for (const auto &[key, value] : kDefaultPgOptions)
            if (!query.hasQueryItem(key))
                connectOptions << option(key, value);
        if (!query.hasQueryItem(u"application_name"_s))
            connectOptions << option(u"application_name"_s, options.applicationName);
        db.setConnectOptions(connectOptions.join(u';'));
    } else {
        const QFileInfo info(path);
        const bool folderExisted = QFileInfo::exists(info.absolutePath());
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = tr("Cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
        // The folder the cache lives in is its owner's alone (0700): one this app made, and the
        // app's own data folder. A folder someone chose with --db keeps its permissions.
        if (!folderExisted || QDir(info.absolutePath()) == QDir(dataFolder()))
            QFile::setPermissions(info.absolutePath(),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
        m_error = tr("Cannot open the database %1: %2").arg(displayPath(), db.lastError().text());
        return false;
    }
    attachSession();
    if (!m_postgres) {
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        const QString mode = q.next() ? q.value(0).toString() : QString();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            qCWarning(lcStore) << "SQLite refused WAL mode, running with" << mode;
        exec(u"PRAGMA foreign_keys=ON"_s);
        // Deleted rows are overwritten with zeros, not just unlinked: an erased customer's or an
        // expired message's text does not linger in free pages of the file.
        exec(u"PRAGMA secure_delete=ON"_s);
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
    if (m_postgres)
        subscribe();
    m_reachable = true;
    return true;
}

void Database::attachSession()
{
    const std::shared_ptr<SqlSession> session = SqlSession::of(connection());
    session->setNoticeSource([this] { return takeNotices(); });
    session->setNotificationSink([this](const QList<PgNotification> &notifications) {
        // Read along with an answer: Qt's driver will not see them. Handled on the next turn
        // of the event loop, never in the middle of the store's work.
        QMetaObject::invokeMethod(
            this,
            [this, notifications] {
                for (const PgNotification &n : notifications)
                    onNotification(n.channel, n.payload, n.fromSelf);
            },
            Qt::QueuedConnection);
    });
}

int Database::batchWindowMs() const
{
    if (!m_postgres || !isOpen())
        return 0;
    return int(std::clamp(SqlSession::of(connection())->roundTripMs() / 2.0, 0.0, 15.0));
}

qint64 Database::roundTrips() const
{
    return isOpen() ? SqlSession::of(connection())->roundTrips() : 0;
}

void Database::subscribe()
{
    QSqlDriver *driver = connection().driver();
    if (!driver)
        return;
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            onNotification(name, payload, source == QSqlDriver::SelfSource);
        });
    if (!driver->subscribedToNotifications().contains(kChannel) && !driver->subscribeToNotification(kChannel))
        qCWarning(lcStore).noquote() << "cannot LISTEN for changes from other workstations:"
                                     << driver->lastError().text();
}

void Database::notifyChanged(Topic topic, const QList<qint64> &ids)
{
    Q_EMIT changed(topic, ids);
    if (!m_postgres)
        return;
    // Coalesce: a batch emits several topics; one NOTIFY round trip carries them all.
    auto it = m_pendingNotify.find(int(topic));
    if (it == m_pendingNotify.end())
        m_pendingNotify.insert(int(topic), ids);
    else if (!it->isEmpty()) {
        if (ids.isEmpty())
            it->clear();
        else
            for (qint64 id : ids)
                if (!it->contains(id))
                    it->append(id);
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void Database::flushNotifications()
{
    if (m_pendingNotify.isEmpty() || !isOpen())
        return;
    const QList<SqlStatement> notices = takeNotices();
    SqlSession::of(connection())->run(notices);
}

namespace {
//! One statement that sends a NOTIFY per topic (ids empty: any row).
SqlStatement noticeStatement(const QList<std::pair<Topic, QList<qint64>>> &changes)
{
    QStringList calls;
    QVariantList payloads;
    for (const auto &[topic, ids] : changes) {
        QString payload = topicName(topic);
        if (!ids.isEmpty() && ids.size() <= kMaxPayloadIds) {
            QStringList numbers;
            for (qint64 id : ids)
                numbers << QString::number(id);
            payload += u':' + numbers.join(u',');
        }
        calls << u"pg_notify(?, ?)"_s;
        payloads << kChannel << payload;
    }
    return SqlStatement { u"SELECT "_s + calls.join(u", "_s), payloads };
}
} // namespace

QList<SqlStatement> Database::takeNotices()
{
    if (m_pendingNotify.isEmpty())
        return {};
    QList<std::pair<Topic, QList<qint64>>> changes;
    for (auto it = m_pendingNotify.cbegin(); it != m_pendingNotify.cend(); ++it)
        changes.append({ Topic(it.key()), *it });
    m_pendingNotify.clear();
    return { noticeStatement(changes) };
}

QList<SqlStatement> Database::noticesWith(const QList<std::pair<Topic, QList<qint64>>> &changes) const
{
    if (!m_postgres || changes.isEmpty())
        return {};
    return { noticeStatement(changes) };
}

void Database::announceLocally(Topic topic, const QList<qint64> &ids)
{
    Q_EMIT changed(topic, ids);
}

void Database::onNotification(const QString &name, const QVariant &payload, bool fromSelf)
{
    if (name != kChannel || fromSelf)
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(u':');
    const std::optional<Topic> topic = topicFromName(colon < 0 ? text : text.left(colon));
    if (!topic) {
        qCDebug(lcStore).noquote() << "ignoring a change notice of an unknown kind:" << text.left(40);
        return;
    }
    QList<qint64> ids;
    if (colon >= 0) {
        const auto parts = QStringView(text).mid(colon + 1).split(u',', Qt::SkipEmptyParts);
        for (const auto &part : parts) {
            bool ok = false;
            const qint64 id = part.toLongLong(&ok);
            if (ok)
                ids << id;
        }
    }
    // Announced on the next turn of the event loop, together with whatever else was heard by
    // then: a backlog of notices (a burst on the leader, a window busy reading across a slow
    // link) costs the listeners one re-read per topic, not one per notice.
    const bool first = m_heard.isEmpty();
    auto it = std::find_if(m_heard.begin(), m_heard.end(), [&](const auto &h) { return h.first == *topic; });
    if (it == m_heard.end())
        m_heard.append({ *topic, ids });
    else if (ids.isEmpty())
        it->second.clear(); // any row
    else if (!it->second.isEmpty())
        it->second += ids;
    if (first)
        QMetaObject::invokeMethod(this, &Database::announceHeard, Qt::QueuedConnection);
}

void Database::announceHeard()
{
    const QList<std::pair<Topic, QList<qint64>>> heard = std::exchange(m_heard, {});
    for (const auto &[topic, ids] : heard) {
        QList<qint64> once; // in the order heard, each once
        QSet<qint64> seen;
        for (qint64 id : ids)
            if (!seen.contains(id)) {
                seen.insert(id);
                once << id;
            }
        Q_EMIT changed(topic, once);
    }
}

void Database::setLeaseToken(const QString &holder, qint64 epoch)
{
    m_leaseHolder = holder;
    m_leaseEpoch = epoch;
}

void Database::clearLeaseToken()
{
    m_leaseHolder.clear();
    m_leaseEpoch = 0;
}

bool Database::leaseHeld() const
{
    if (!m_postgres)
        return true;
    if (m_leaseHolder.isEmpty())
        return false;
    const SqlStatement check = leaseCheck();
    bool ok = false;
    SqlResult q = runSql(connection(), check.sql, check.values, &ok);
    if (!ok) {
        qCWarning(lcStore).noquote() << "cannot check the poller lease:" << q.errorText();
        return false;
    }
    return q.next();
}

SqlStatement Database::leaseCheck() const
{
    if (!m_postgres)
        return { u"SELECT 1"_s, {} };
    // FOR SHARE: a takeover (an UPDATE of this row) waits until our transaction is written.
    return {
        u"SELECT 1 FROM team_lease WHERE name = 'poller' AND holder = ? AND epoch = ? AND expires_at > "_s
            + serverNowSql() + u" FOR SHARE"_s,
        { m_leaseHolder.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m_leaseHolder),
            m_leaseEpoch }
    };
}

QString Database::serverNowSql()
{
    return u"(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT"_s;
}

Database::Fence Database::fence() const
{
    if (!m_postgres)
        return { u"1 = 1"_s, {} };
    return {
        u"EXISTS (SELECT 1 FROM team_lease WHERE name = 'poller' AND holder = ? AND epoch = ? AND expires_at > "_s
            + serverNowSql() + u')',
        { m_leaseHolder.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m_leaseHolder),
            m_leaseEpoch }
    };
}

bool Database::checkReachable()
{
    if (!m_postgres)
        return true;
    if (m_reconnectTimer->isActive())
        return false;
    if (isOpen()) {
        SqlResult q
            = SqlSession::of(connection())->run(SqlStatement { u"SELECT 1"_s, {} }, Rows::ForwardOnly);
        if (q.isOk() && q.next()) {
            setReachable(true);
            return true;
        }
        qCWarning(lcStore).noquote() << "the team database stopped answering:" << q.errorText();
    }
    setReachable(false);
    m_reconnectTimer->start();
    return false;
}

void Database::followReachability(bool reachable)
{
    if (!m_postgres)
        return;
    if (!reachable) {
        // The one that checks keeps trying; this connection follows when it answers again.
        m_reconnectTimer->stop();
        setReachable(false);
        return;
    }
    if (m_reachable && checkReachable())
        return;
    tryReconnect();
    if (!m_reachable)
        m_reconnectTimer->start();
}

void Database::tryReconnect()
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        qCDebug(lcStore).noquote() << "team database still unreachable:" << db.lastError().text();
        return;
    }
    m_reconnectTimer->stop();
    if (!migrate()) { // a newer workstation may have upgraded it meanwhile: fine, or say why
        qCWarning(lcStore).noquote() << m_error;
        db.close();
        m_reconnectTimer->start();
        return;
    }
    attachSession();
    subscribe();
    qCInfo(lcStore) << "the team database answers again";
    setReachable(true);
}

void Database::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachableChanged(reachable);
    if (reachable) {
        // What happened meanwhile was announced while we could not listen: re-read everything.
        for (Topic topic : allTopics())
            Q_EMIT changed(topic, {});
    }
}

void Database::close()
{
    if (m_postgres && isOpen())
        flushNotifications(); // what this process changed last must still reach the others
    m_reconnectTimer->stop();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    SqlSession::forget(m_connectionName);
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
    return SqlSession::of(connection())->begin();
}

bool Database::commit()
{
    QString error;
    if (SqlSession::of(connection())->commit({}, nullptr, &error))
        return true;
    m_error = error;
    qCWarning(lcStore).noquote() << "commit failed:" << m_error;
    return false;
}

bool Database::commit(SqlBatch &last)
{
    QString error;
    QList<SqlResult> results;
    const bool ok = SqlSession::of(connection())->commit(last.statements(), &results, &error);
    last.setResults(results);
    if (ok)
        return true;
    m_error = error;
    qCWarning(lcStore).noquote() << "commit failed:" << m_error;
    return false;
}

void Database::rollback()
{
    SqlSession::of(connection())->rollback();
}

bool Database::inTransaction() const
{
    return SqlSession::of(connection())->inTransaction();
}

QString Database::refusal() const
{
    return SqlSession::of(connection())->refusal();
}

bool Database::exec(const QString &sql)
{
    const SqlResult q = SqlSession::of(connection())->run(SqlStatement { sql, {} }, Rows::ForwardOnly);
    if (q.isOk())
        return true;
    m_error = tr("SQL failed: %1 (%2)").arg(q.errorText(), sql.left(120));
    qCWarning(lcStore).noquote() << m_error;
    return false;
}

int Database::schemaVersion() const
{
    SqlResult q
        = SqlSession::of(connection())
              ->run(SqlStatement { m_postgres ? u"SELECT value FROM meta WHERE key = 'schema_version'"_s
                                              : u"PRAGMA user_version"_s,
                        {} },
                  Rows::ForwardOnly);
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
    if (!m_postgres)
        return migrateLocked();
    // Several workstations may start at once on an empty or older team database: the first to
    // take this session lock migrates; the others wait here and then find nothing to do.
    if (!exec(u"SELECT pg_advisory_lock(%1)"_s.arg(kMigrationLock)))
        return false;
    const bool ok = migrateLocked();
    const QString error = m_error;
    exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(kMigrationLock));
    m_error = error;
    return ok;
}

bool Database::migrateLocked()
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
        Transaction step(*this);
        if (!step) {
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
        ok = ok && setSchemaVersion(version + 1) && step.commit();
        if (!ok) {
            const QString failure = m_error;
            step.rollback();
            m_error = tr("Upgrading the database to schema %1 failed: %2").arg(version + 1).arg(failure);
            return false;
        }
        qCInfo(lcStore) << "database migrated to schema" << version + 1;
    }
    return true;
}

} // namespace tgic::store
