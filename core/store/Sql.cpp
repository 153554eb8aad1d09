// SPDX-License-Identifier: MIT
#include "Sql.h"

#include "Logging.h"
#include "SqlSession.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
void logFailure(const SqlResult &result, const QString &sql)
{
    qCWarning(lcStore).noquote() << "SQL failed:" << result.errorText() << "in" << sql.left(160);
}
} // namespace

SqlResult runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values, bool *ok, Rows rows)
{
    SqlResult result = SqlSession::of(db)->run(SqlStatement { sql, values }, rows);
    if (!result.isOk())
        logFailure(result, sql);
    if (ok)
        *ok = result.isOk();
    return result;
}

QVariant scalar(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QVariant &fallback)
{
    SqlResult result = runSql(db, sql, values);
    return result.next() ? result.value(0) : fallback;
}

int SqlBatch::add(const QString &sql, const QVariantList &values)
{
    m_statements.append(SqlStatement { sql, values });
    return int(m_statements.size()) - 1;
}

const QList<SqlStatement> &SqlBatch::statements() const
{
    return m_statements;
}

bool SqlBatch::exec()
{
    setResults(SqlSession::of(m_db)->run(m_statements));
    for (const SqlResult &r : std::as_const(m_results)) {
        if (!r.isOk())
            return false;
    }
    return true;
}

void SqlBatch::setResults(QList<SqlResult> results)
{
    m_results = std::move(results);
    while (m_results.size() < m_statements.size())
        m_results.append(SqlResult::failure(u"not run"_s));
    // The first failure is the cause; the rest were skipped because of it.
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (!m_results.at(i).isOk()) {
            logFailure(m_results.at(i), m_statements.at(i).sql);
            break;
        }
    }
}

QString SqlBatch::errorText() const
{
    for (const SqlResult &r : m_results) {
        if (!r.isOk())
            return r.errorText();
    }
    return {};
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        out += i ? u", ?"_s : u"?"_s;
    return out;
}

} // namespace tgic::store
