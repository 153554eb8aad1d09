// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"
#include "SqlResult.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace tgic::store {

//! How the rows of a result are read. ForwardOnly is one pass, row by row: SQLite then keeps
//! no copy of the rows already read, which matters for long lists.
enum class Rows { Seekable, ForwardOnly };

//! Run one statement with its values bound positionally (`?`); failures are logged with the SQL
//! (never with bound values, which can hold customer text) and reported through `ok`.
//! On PostgreSQL the values travel as parameters of the extended query protocol (libpq), one
//! round trip; quotes, backslashes, `?` or `$$` in a value are only ever data. A text value
//! holding U+0000 (which PostgreSQL text cannot store) fails the statement; nothing is cut.
SqlResult runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
    bool *ok = nullptr, Rows rows = Rows::Seekable);

//! The first column of the first row, or `fallback`.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
    const QVariant &fallback = {});

//! Several statements in one round trip (a PostgreSQL pipeline; SQLite runs them one after
//! another). They run in order and the first failure skips the rest; outside a transaction the
//! batch is atomic. Inside a Transaction whose BEGIN has not gone out yet, it goes with them.
//! Statements in one batch cannot use each other's results: read, decide, then write.
class SqlBatch
{
public:
    explicit SqlBatch(const QSqlDatabase &db)
        : m_db(db)
    { }

    //! Queue a statement; returns its index for result().
    int add(const QString &sql, const QVariantList &values = {});
    int size() const { return int(m_statements.size()); }
    bool isEmpty() const { return m_statements.isEmpty(); }
    const QList<SqlStatement> &statements() const;

    //! Send them; true when every statement succeeded (failures are logged).
    bool exec();
    //! A statement's answer (after exec, or after Transaction::commit(batch)).
    SqlResult &result(int index) { return m_results[index]; }
    //! Why the first failing statement failed.
    QString errorText() const;

    //! Used by Transaction::commit(SqlBatch&): the results arrive from elsewhere.
    void setResults(QList<SqlResult> results);

private:
    QSqlDatabase m_db;
    QList<SqlStatement> m_statements;
    QList<SqlResult> m_results;
};

//! A text column's value: SQL NULL for an empty string (absent, not "").
QVariant textOrNull(const QString &text);

//! `?, ?, ?` for an IN list or a VALUES row of `n` values.
QString placeholders(qsizetype n);

//! "Now" comes from the one clock seam (Clock.h), so tests can advance it.
using tgic::nowMs;

} // namespace tgic::store
