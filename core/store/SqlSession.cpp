// SPDX-License-Identifier: MIT
#include "SqlSession.h"

#include "Logging.h"
#include "StatementTally.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
struct Registry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<SqlSession>> sessions;
};

Registry &registry()
{
    static Registry r;
    return r;
}

const QString kNotRun = u"not run: an earlier statement of the batch failed"_s;
const QString kLost = u"the connection to the database was lost during the transaction"_s;

//! A text value as QSQLITE must bind it. The driver hands SQLite UTF-16, and SQLite reads a
//! leading U+FEFF or U+FFFE there as a byte-order mark: it drops the first and byte-swaps the
//! whole text after the second. One U+FEFF more in front is the mark SQLite takes away, and the
//! customer's own first character is stored as typed.
QVariant sqliteBindable(const QVariant &value)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    const QString text = value.toString();
    if (text.isEmpty() || (text.front() != QChar(0xFEFF) && text.front() != QChar(0xFFFE)))
        return value;
    return QVariant(QChar(0xFEFF) + text);
}

bool sqliteExec(QSqlQuery &query, const SqlStatement &statement)
{
    if (!query.prepare(statement.sql))
        return false;
    for (const QVariant &value : statement.values)
        query.addBindValue(sqliteBindable(value));
    return query.exec();
}

SqlResult sqliteRun(const QSqlDatabase &db, const SqlStatement &statement, Rows rows)
{
    QSqlQuery query(db);
    query.setForwardOnly(rows == Rows::ForwardOnly);
    const bool ok = sqliteExec(query, statement);
    return SqlResult::fromQuery(std::move(query), ok);
}

//! A SQLite result read into memory, its statement closed.
SqlResult materialized(const QSqlDatabase &db, const SqlStatement &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sqliteExec(query, statement))
        return SqlResult::fromQuery(std::move(query), false);
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(query.value(c));
        rows.append(std::move(row));
    }
    const int affected = query.numRowsAffected();
    query.finish();
    return SqlResult::fromRows(std::move(rows), affected);
}
} // namespace

std::shared_ptr<SqlSession> SqlSession::of(const QSqlDatabase &db)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto it = r.sessions.find(db.connectionName());
    if (it == r.sessions.end())
        it = r.sessions.insert(db.connectionName(), std::make_shared<SqlSession>(db.connectionName()));
    return *it;
}

void SqlSession::forget(const QString &connectionName)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.sessions.remove(connectionName);
}

SqlSession::SqlSession(const QString &connectionName)
    : m_connectionName(connectionName)
{ }

QSqlDatabase SqlSession::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqlSession::isPostgres() const
{
    return connection().driverName() == u"QPSQL"_s;
}

pg_conn *SqlSession::pgConnection()
{
    const QSqlDatabase db = connection();
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // The driver names the type by its typedef or by the struct, depending on how it was built.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    auto *conn = *static_cast<PGconn *const *>(handle.constData());
    if (conn != m_conn) {
        // A reconnect: whatever transaction this session had is gone with the old connection.
        if (m_transaction == Transaction::Open)
            m_transaction = Transaction::Lost;
        m_conn = conn;
    }
    return conn;
}

void SqlSession::afterExchange(pg_conn *conn, qint64 elapsedNs)
{
    ++m_roundTrips;
    const double ms = double(elapsedNs) / 1e6;
    m_roundTripMs = m_roundTrips == 1 ? ms : 0.9 * m_roundTripMs + 0.1 * ms;
    const QList<PgNotification> notifications = pgwire::takeNotifications(conn);
    if (!notifications.isEmpty() && m_notificationSink)
        m_notificationSink(notifications);
}

QList<SqlResult> SqlSession::exchange(QList<QList<SqlStatement>> segments, bool beginsTransaction)
{
    pg_conn *conn = pgConnection();
    qsizetype total = 0;
    for (const auto &segment : segments)
        total += segment.size();
    if (m_transaction == Transaction::Lost) {
        QList<SqlResult> failed;
        for (qsizetype i = 0; i < total; ++i)
            failed.append(SqlResult::failure(kLost));
        return failed;
    }
    // Notices of committed work go first, in a segment of their own, never inside a transaction.
    qsizetype skip = 0;
    if (m_transaction != Transaction::Open && m_noticeSource) {
        QList<SqlStatement> notices = m_noticeSource();
        if (!notices.isEmpty()) {
            skip = notices.size();
            segments.prepend(notices);
        }
    }
    if (lcStore().isDebugEnabled()) {
        // Which statements cost a round trip, for tuning (QT_LOGGING_RULES=tgic.store.debug=true).
        QStringList heads;
        for (const auto &segment : std::as_const(segments))
            for (const SqlStatement &st : segment)
                heads << st.sql.left(48).simplified();
        qCDebug(lcStore).noquote() << "round trip:" << heads.join(u" | "_s);
    }
    QList<SqlResult> results;
    QElapsedTimer timer;
    timer.start();
    if (segments.size() == 1 && segments.first().size() == 1)
        results.append(pgwire::exec(conn, segments.first().first()));
    else
        results = pgwire::pipeline(conn, segments);
    const qint64 elapsed = timer.nsecsElapsed();
    tally::note(segments, elapsed);
    afterExchange(conn, elapsed);
    for (qsizetype i = 0; i < skip; ++i) {
        if (!results.at(i).isOk())
            qCWarning(lcStore).noquote()
                << "cannot tell other workstations about a change:" << results.at(i).errorText();
    }
    results.remove(0, skip);
    if (beginsTransaction) {
        // The first result is the BEGIN's.
        m_transaction = results.value(0).isOk() ? Transaction::Open : Transaction::None;
    }
    if (m_transaction == Transaction::Open) {
        for (const SqlResult &r : std::as_const(results))
            m_failedInTransaction = m_failedInTransaction || !r.isOk();
    }
    if (!pgwire::isUsable(conn) && m_transaction == Transaction::Open)
        m_transaction = Transaction::Lost;
    for (const SqlResult &r : std::as_const(results))
        noteRefusal(r);
    return results;
}

void SqlSession::noteRefusal(const SqlResult &result)
{
    if (m_refusal.isEmpty() && result.isRefusal())
        m_refusal = result.errorText().section(u'\n', 0, 0);
}

SqlResult SqlSession::run(const SqlStatement &statement, Rows rows)
{
    if (!isPostgres()) {
        const QSqlDatabase db = connection();
        SqlResult result = sqliteRun(db, statement, rows);
        noteRefusal(result);
        return result;
    }
    pgConnection();
    if (m_transaction == Transaction::Pending) {
        QList<SqlResult> results = exchange({ { SqlStatement { u"BEGIN"_s, {} }, statement } }, true);
        if (!results.at(0).isOk())
            return results.at(0);
        return results.value(1);
    }
    return exchange({ { statement } }, false).value(0);
}

QList<SqlResult> SqlSession::run(const QList<SqlStatement> &statements)
{
    if (statements.isEmpty())
        return {};
    if (!isPostgres())
        return runSqlite(statements, m_transaction == Transaction::None);
    pgConnection();
    if (m_transaction == Transaction::Pending) {
        QList<SqlStatement> segment { SqlStatement { u"BEGIN"_s, {} } };
        segment += statements;
        QList<SqlResult> results = exchange({ segment }, true);
        results.removeFirst();
        return results;
    }
    return exchange({ statements }, false);
}

QList<SqlResult> SqlSession::runSqlite(const QList<SqlStatement> &statements, bool atomic)
{
    QSqlDatabase db = connection();
    QList<SqlResult> results;
    results.reserve(statements.size());
    const bool wrap = atomic && statements.size() > 1 && db.transaction();
    bool failed = false;
    for (const SqlStatement &statement : statements) {
        if (failed) {
            results.append(SqlResult::failure(kNotRun));
            continue;
        }
        results.append(materialized(db, statement));
        noteRefusal(results.last());
        failed = !results.last().isOk();
    }
    if (wrap) {
        if (failed)
            db.rollback();
        else if (!db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            for (SqlResult &r : results)
                r = SqlResult::failure(error);
        }
    }
    return results;
}

bool SqlSession::begin()
{
    m_refusal.clear();
    if (!isPostgres()) {
        QSqlDatabase db = connection();
        return db.transaction();
    }
    if (m_transaction != Transaction::None || !pgwire::isUsable(pgConnection()))
        return false;
    m_transaction = Transaction::Pending;
    m_failedInTransaction = false;
    return true;
}

bool SqlSession::commit(const QList<SqlStatement> &last, QList<SqlResult> *results, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        rollback();
        return false;
    };
    if (!isPostgres()) {
        QSqlDatabase db = connection();
        QList<SqlResult> mine = runSqlite(last, false);
        if (results)
            *results = mine;
        for (const SqlResult &r : std::as_const(mine)) {
            if (!r.isOk())
                return fail(r.errorText());
        }
        if (db.commit())
            return true;
        return fail(db.lastError().text());
    }
    pgConnection();
    switch (m_transaction) {
    case Transaction::None:
        return fail(u"no transaction is open"_s);
    case Transaction::Lost:
        return fail(kLost);
    case Transaction::Pending:
        if (last.isEmpty()) {
            // Nothing was written: there is nothing to send.
            m_transaction = Transaction::None;
            return true;
        }
        break;
    case Transaction::Open:
        if (m_failedInTransaction)
            return fail(u"a statement of the transaction failed"_s);
        break;
    }
    const bool begins = m_transaction == Transaction::Pending;
    QList<SqlStatement> segment;
    if (begins)
        segment.append(SqlStatement { u"BEGIN"_s, {} });
    segment += last;
    segment.append(SqlStatement { u"COMMIT"_s, {} });
    QList<SqlResult> all = exchange({ segment }, begins);
    if (begins)
        all.removeFirst();
    const SqlResult committed = all.takeLast();
    if (results)
        *results = all;
    for (const SqlResult &r : std::as_const(all)) {
        if (!r.isOk())
            return fail(r.errorText());
    }
    if (!committed.isOk())
        return fail(committed.errorText());
    m_transaction = Transaction::None;
    return true;
}

void SqlSession::rollback()
{
    if (!isPostgres()) {
        QSqlDatabase db = connection();
        db.rollback();
        return;
    }
    pgConnection();
    const Transaction state = m_transaction;
    m_transaction = Transaction::None;
    m_failedInTransaction = false;
    if (state != Transaction::Open)
        return; // nothing reached the server (or the connection that had it is gone)
    pg_conn *conn = pgConnection();
    QElapsedTimer timer;
    timer.start();
    const SqlStatement statement { u"ROLLBACK"_s, {} };
    const SqlResult r = pgwire::exec(conn, statement);
    const qint64 elapsed = timer.nsecsElapsed();
    tally::note({ { statement } }, elapsed);
    afterExchange(conn, elapsed);
    if (!r.isOk())
        qCWarning(lcStore).noquote() << "rollback failed:" << r.errorText();
}

} // namespace tgic::store
