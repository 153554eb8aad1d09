// SPDX-License-Identifier: MIT
#include "SqlResult.h"

#include "PgWire.h"

#include <QSqlError>

namespace tgic::store {

namespace {
// SQLSTATE classes of a refusal for the data (PostgreSQL's errcodes): 22 data exception (a value
// out of range, bad encoding), 23 integrity constraint violation, P0 an exception a trigger
// raised. Syntax and missing-object errors (42) are the program's, not the data's: retried.
bool isDataSqlState(const QString &sqlState)
{
    return sqlState.startsWith(u"22") || sqlState.startsWith(u"23") || sqlState.startsWith(u"P0");
}

// SQLite's primary result codes of a refusal for the data: SQLITE_TOOBIG (18), SQLITE_CONSTRAINT
// (19, a trigger's RAISE(ABORT) included), SQLITE_MISMATCH (20), SQLITE_RANGE (25). The driver
// gives the extended code, whose low byte is the primary one.
bool isDataSqliteCode(const QString &nativeCode)
{
    bool ok = false;
    const int primary = nativeCode.toInt(&ok) & 0xff;
    return ok && (primary == 18 || primary == 19 || primary == 20 || primary == 25);
}
} // namespace

SqlResult SqlResult::fromQuery(QSqlQuery &&query, bool ok)
{
    SqlResult r;
    r.m_source = Source::Query;
    r.m_ok = ok;
    if (!ok) {
        const QSqlError error = query.lastError();
        r.m_error = error.text();
        r.m_refusal = isDataSqliteCode(error.nativeErrorCode());
    }
    r.m_query = std::make_shared<QSqlQuery>(std::move(query));
    return r;
}

SqlResult SqlResult::fromRows(QList<QVariantList> rows, int rowsAffected)
{
    SqlResult r;
    r.m_source = Source::Rows;
    r.m_ok = true;
    r.m_rows = std::make_shared<const QList<QVariantList>>(std::move(rows));
    r.m_affected = rowsAffected;
    return r;
}

SqlResult SqlResult::fromPg(std::shared_ptr<const PgRows> rows)
{
    SqlResult r;
    r.m_source = Source::Pg;
    r.m_ok = true;
    r.m_affected = rows->rowsAffected();
    r.m_pg = std::move(rows);
    return r;
}

SqlResult SqlResult::failure(QString error, QString sqlState)
{
    SqlResult r;
    r.m_error = std::move(error);
    r.m_sqlState = std::move(sqlState);
    r.m_refusal = isDataSqlState(r.m_sqlState);
    return r;
}

SqlResult SqlResult::refused(QString error)
{
    SqlResult r;
    r.m_error = std::move(error);
    r.m_refusal = true;
    return r;
}

bool SqlResult::next()
{
    switch (m_source) {
    case Source::Query:
        return m_query->next();
    case Source::Rows:
        if (m_row + 1 >= int(m_rows->size()))
            return false;
        ++m_row;
        return true;
    case Source::Pg:
        if (m_row + 1 >= m_pg->rowCount())
            return false;
        ++m_row;
        return true;
    case Source::None:
        break;
    }
    return false;
}

QVariant SqlResult::value(int column) const
{
    switch (m_source) {
    case Source::Query:
        return m_query->value(column);
    case Source::Rows:
        if (m_row < 0 || m_row >= int(m_rows->size()) || column < 0
            || column >= int(m_rows->at(m_row).size()))
            return {};
        return m_rows->at(m_row).at(column);
    case Source::Pg:
        return m_pg->value(m_row, column);
    case Source::None:
        break;
    }
    return {};
}

int SqlResult::numRowsAffected() const
{
    if (m_source == Source::Query)
        return m_query->numRowsAffected();
    return m_affected;
}

int SqlResult::size() const
{
    switch (m_source) {
    case Source::Query:
        return m_query->size();
    case Source::Rows:
        return int(m_rows->size());
    case Source::Pg:
        return m_pg->rowCount();
    case Source::None:
        break;
    }
    return 0;
}

void SqlResult::finish()
{
    if (m_source == Source::Query)
        m_query->finish();
    m_query.reset();
    m_rows.reset();
    m_pg.reset();
    m_source = Source::None;
}

} // namespace tgic::store
