// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace tgic::store {

class PgRows;

//! One statement: SQL with `?` placeholders and the values bound to them, in order.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

//! One statement's answer, read the same way on both engines: `while (r.next()) r.value(0)`.
//!
//! SQLite serves it from a QSqlQuery (a cursor; ForwardOnly keeps no copy of the rows read).
//! PostgreSQL serves it from the rows libpq received with the statement's one round trip, so
//! reading them costs nothing more. A batch's results on SQLite are read into memory at once
//! (a statement still open would keep SQLite from committing).
//!
//! Values: integers as qlonglong (BIGINT) or int, text as QString, BLOB/BYTEA as QByteArray;
//! SQL NULL is a null QVariant of the column's type (valid, isNull()), as QSqlQuery gives it.
class SqlResult
{
public:
    SqlResult() = default;
    //! SQLite: the executed query, read as a cursor.
    static SqlResult fromQuery(QSqlQuery &&query, bool ok);
    //! Rows already in memory (a SQLite batch).
    static SqlResult fromRows(QList<QVariantList> rows, int rowsAffected);
    //! PostgreSQL: the rows libpq received.
    static SqlResult fromPg(std::shared_ptr<const PgRows> rows);
    //! The statement failed, or never ran (`error` says which). PostgreSQL's `sqlState` tells
    //! whether it was refused for what it carries (isRefusal()).
    static SqlResult failure(QString error, QString sqlState = {});
    //! Not sent: a value of the statement can never be stored (a NUL in a PostgreSQL text).
    static SqlResult refused(QString error);

    bool isOk() const { return m_ok; }
    //! Why it failed (empty when it did not); never holds a bound value.
    QString errorText() const { return m_error; }
    //! PostgreSQL's SQLSTATE of the failure (e.g. "40001"), empty on SQLite.
    QString sqlState() const { return m_sqlState; }
    //! The database refused the statement for the values it carries: a constraint, a value out
    //! of range or of the wrong kind, an error the schema raises. Running it again fails the
    //! same way. False for everything that may pass next time (the connection lost, a
    //! serialization failure, a lock timeout, a busy file) and for a statement never run.
    bool isRefusal() const { return m_refusal; }

    //! Step to the next row; false after the last one (and on a failed statement).
    bool next();
    QVariant value(int column) const;
    bool isNull(int column) const { return value(column).isNull(); }
    //! Rows changed by an INSERT/UPDATE/DELETE; -1 when unknown.
    int numRowsAffected() const;
    //! Rows returned, when known (-1 for a SQLite cursor).
    int size() const;
    //! Let go of the rows (closes SQLite's statement).
    void finish();

private:
    enum class Source { None, Query, Rows, Pg };
    Source m_source = Source::None;
    bool m_ok = false;
    QString m_error;
    QString m_sqlState;
    bool m_refusal = false;
    std::shared_ptr<QSqlQuery> m_query; //!< shared: results are copied around, the cursor is one
    std::shared_ptr<const QList<QVariantList>> m_rows;
    std::shared_ptr<const PgRows> m_pg;
    int m_row = -1;
    int m_affected = -1;
};

} // namespace tgic::store
