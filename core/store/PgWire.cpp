// SPDX-License-Identifier: MIT
#include "PgWire.h"

#include "Utf8.h"

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {

// Type OIDs from PostgreSQL's pg_type.dat: stable across versions.
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;
constexpr Oid kUnknown = 0; // let the server infer it from the statement, as for a quoted literal

QMetaType metaTypeOf(Oid type)
{
    switch (type) {
    case kBool:
        return QMetaType(QMetaType::Bool);
    case kBytea:
        return QMetaType(QMetaType::QByteArray);
    case kInt8:
        return QMetaType(QMetaType::LongLong);
    case kInt2:
    case kInt4:
        return QMetaType(QMetaType::Int);
    case kOid:
        return QMetaType(QMetaType::UInt);
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QMetaType(QMetaType::Double);
    default:
        return QMetaType(QMetaType::QString);
    }
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

//! A statement ready for libpq: text with $n placeholders and the parameters in wire form.
struct Encoded
{
    QByteArray sql;
    std::vector<QByteArray> storage;
    std::vector<Oid> types;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    QString error;
};

// Diagnostics for the log and the caller's error text, like the server's own messages.
QString diagnostic(const char *text)
{
    return QString::fromLatin1(text);
}

Encoded encode(const SqlStatement &statement)
{
    Encoded e;
    int placeholders = 0;
    e.sql = pgStatementText(statement.sql, &placeholders);
    if (placeholders != statement.values.size()) {
        e.error = diagnostic("the statement has %1 placeholders but %2 values")
                      .arg(placeholders)
                      .arg(statement.values.size());
        return e;
    }
    const size_t n = size_t(statement.values.size());
    e.storage.resize(n);
    e.types.resize(n, kUnknown);
    e.values.resize(n, nullptr);
    e.lengths.resize(n, 0);
    e.formats.resize(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const QVariant &v = statement.values.at(qsizetype(i));
        const int type = v.metaType().id();
        switch (type) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Long:
        case QMetaType::Short:
        case QMetaType::UInt:
        case QMetaType::ULong:
        case QMetaType::UShort:
            e.types[i] = kInt8;
            if (!v.isNull())
                e.storage[i] = QByteArray::number(v.toLongLong());
            break;
        case QMetaType::ULongLong:
            e.types[i] = kInt8;
            if (!v.isNull())
                e.storage[i] = QByteArray::number(v.toULongLong());
            break;
        case QMetaType::Bool:
            // The schema keeps flags in INTEGER columns.
            e.types[i] = kInt4;
            if (!v.isNull())
                e.storage[i] = v.toBool() ? "1" : "0";
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            e.types[i] = kFloat8;
            if (!v.isNull())
                e.storage[i] = QByteArray::number(v.toDouble(), 'g', 17);
            break;
        case QMetaType::QByteArray:
            // Bytes travel in binary: no escaping, any byte allowed.
            e.types[i] = kBytea;
            e.formats[i] = 1;
            if (!v.isNull())
                e.storage[i] = v.toByteArray();
            break;
        default: {
            if (v.isNull())
                break;
            const QString text = v.toString();
            // PostgreSQL text cannot hold U+0000, and libpq would cut the value there without a
            // word: refuse the statement instead of storing something else.
            if (text.contains(QChar(u'\0'))) {
                e.error = diagnostic("value %1 holds a NUL character, which PostgreSQL text cannot store")
                              .arg(i + 1);
                return e;
            }
            e.storage[i] = text.toUtf8();
            break;
        }
        }
        if (!v.isNull()) {
            e.values[i] = e.storage[i].constData();
            e.lengths[i] = int(e.storage[i].size());
        }
    }
    return e;
}

SqlResult toResult(PGresult *result)
{
    if (!result)
        return SqlResult::failure(diagnostic("no answer from the database"));
    switch (PQresultStatus(result)) {
    case PGRES_TUPLES_OK:
    case PGRES_COMMAND_OK:
    case PGRES_EMPTY_QUERY:
        return SqlResult::fromPg(std::make_shared<const PgRows>(result));
    case PGRES_PIPELINE_ABORTED: {
        PQclear(result);
        return SqlResult::failure(diagnostic("not run: an earlier statement of the batch failed"));
    }
    default: {
        const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        PQclear(result);
        return SqlResult::failure(message, state);
    }
    }
}

QString connectionError(PGconn *conn)
{
    const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return message.isEmpty() ? diagnostic("the connection to the database failed") : message;
}

//! The next result of the pipeline; tolerates one empty read between items.
PGresult *nextResult(PGconn *conn)
{
    PGresult *r = PQgetResult(conn);
    return r ? r : PQgetResult(conn);
}

//! Read what is left after a broken exchange, so the connection can leave pipeline mode.
void drain(PGconn *conn)
{
    for (int empty = 0; empty < 2 && PQstatus(conn) == CONNECTION_OK;) {
        PGresult *r = PQgetResult(conn);
        if (r) {
            empty = 0;
            PQclear(r);
        } else {
            ++empty;
        }
    }
}

} // namespace

PgRows::PgRows(pg_result *result)
    : m_result(result)
    , m_rows(PQntuples(result))
{
    const char *affected = PQcmdTuples(result);
    if (affected && *affected)
        m_affected = QByteArray(affected).toInt();
}

PgRows::~PgRows()
{
    PQclear(m_result);
}

int PgRows::rowCount() const
{
    return m_rows;
}

int PgRows::rowsAffected() const
{
    return m_affected;
}

QVariant PgRows::value(int row, int column) const
{
    if (row < 0 || row >= m_rows || column < 0 || column >= PQnfields(m_result))
        return {};
    const Oid type = PQftype(m_result, column);
    if (PQgetisnull(m_result, row, column))
        return QVariant(metaTypeOf(type));
    const char *text = PQgetvalue(m_result, row, column);
    const int length = PQgetlength(m_result, row, column);
    switch (type) {
    case kBool:
        return QVariant(text[0] == 't');
    case kInt8:
        return QVariant(QByteArray::fromRawData(text, length).toLongLong());
    case kInt2:
    case kInt4:
        return QVariant(QByteArray::fromRawData(text, length).toInt());
    case kOid:
        return QVariant(QByteArray::fromRawData(text, length).toUInt());
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QVariant(QByteArray::fromRawData(text, length).toDouble());
    case kBytea: {
        size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        if (!bytes)
            return QVariant(QMetaType(QMetaType::QByteArray));
        QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(data);
    }
    default:
        return QVariant(decodeUtf8(QByteArrayView(text, length)));
    }
}

QByteArray pgStatementText(const QString &sql, int *count)
{
    QString out;
    out.reserve(sql.size() + 16);
    int next = 0;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto copyUntil = [&](qsizetype end) {
        out += QStringView(sql).mid(i, end - i);
        i = end;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar after = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == u'\'') {
            // A string literal; '' is a quote inside it. E'…' also takes backslash escapes.
            const bool escapes = i > 0 && (sql.at(i - 1) == u'E' || sql.at(i - 1) == u'e')
                && (i < 2 || !isIdentifierChar(sql.at(i - 2)));
            qsizetype j = i + 1;
            while (j < n) {
                if (escapes && sql.at(j) == u'\\') {
                    j += 2;
                    continue;
                }
                if (sql.at(j) == u'\'') {
                    if (j + 1 < n && sql.at(j + 1) == u'\'') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            copyUntil(qMin(n, j + 1));
        } else if (c == u'"') {
            const qsizetype close = sql.indexOf(u'"', i + 1);
            copyUntil(close < 0 ? n : close + 1);
        } else if (c == u'-' && after == u'-') {
            const qsizetype eol = sql.indexOf(u'\n', i);
            copyUntil(eol < 0 ? n : eol + 1);
        } else if (c == u'/' && after == u'*') {
            // Block comments nest in PostgreSQL.
            int depth = 0;
            qsizetype j = i;
            while (j < n) {
                if (sql.at(j) == u'/' && j + 1 < n && sql.at(j + 1) == u'*') {
                    ++depth;
                    j += 2;
                } else if (sql.at(j) == u'*' && j + 1 < n && sql.at(j + 1) == u'/') {
                    j += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++j;
                }
            }
            copyUntil(j);
        } else if (c == u'$' && (i == 0 || !isIdentifierChar(sql.at(i - 1))) && !after.isDigit()) {
            // $$…$$ or $tag$…$tag$: a dollar-quoted string, unless it is no tag at all.
            qsizetype j = i + 1;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == u'_'))
                ++j;
            if (j < n && sql.at(j) == u'$') {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype close = sql.indexOf(tag, j + 1);
                copyUntil(close < 0 ? n : close + tag.size());
            } else {
                copyUntil(i + 1);
            }
        } else if (c == u'?') {
            out += u'$' + QString::number(++next);
            ++i;
        } else if (isIdentifierChar(c)) {
            qsizetype j = i + 1;
            while (j < n && isIdentifierChar(sql.at(j)))
                ++j;
            copyUntil(j);
        } else {
            out += c;
            ++i;
        }
    }
    if (count)
        *count = next;
    return out.toUtf8();
}

namespace pgwire {

bool isUsable(pg_conn *conn)
{
    return conn && PQstatus(conn) == CONNECTION_OK;
}

SqlResult exec(pg_conn *conn, const SqlStatement &statement)
{
    if (!isUsable(conn))
        return SqlResult::failure(diagnostic("the database connection is not open"));
    Encoded e = encode(statement);
    if (!e.error.isEmpty())
        return SqlResult::refused(e.error);
    PGresult *result = PQexecParams(conn, e.sql.constData(), int(e.values.size()), e.types.data(),
        e.values.data(), e.lengths.data(), e.formats.data(), 0);
    if (!result)
        return SqlResult::failure(connectionError(conn));
    return toResult(result);
}

QList<SqlResult> pipeline(pg_conn *conn, const QList<QList<SqlStatement>> &segments)
{
    QList<SqlResult> results;
    qsizetype total = 0;
    for (const auto &segment : segments)
        total += segment.size();
    results.reserve(total);
    auto failRest = [&](const QString &why) {
        while (results.size() < total)
            results.append(SqlResult::failure(why));
    };
    if (!isUsable(conn) || PQenterPipelineMode(conn) != 1) {
        failRest(isUsable(conn) ? diagnostic("the database connection is busy")
                                : diagnostic("the database connection is not open"));
        return results;
    }
    // Send everything first: one burst out, one burst of answers back. A statement that cannot
    // be encoded is not sent; the rest of its segment is not sent either (it would not have run
    // after a failure).
    struct Sent
    {
        int statements = 0; //!< sent, from the start of the segment
        QString refusal; //!< why the next one was not sent
    };
    QList<Sent> sent;
    bool broken = false;
    QString brokenWhy;
    for (const auto &segment : segments) {
        Sent s;
        for (const SqlStatement &statement : segment) {
            if (broken)
                break;
            Encoded e = encode(statement);
            if (!e.error.isEmpty()) {
                s.refusal = e.error;
                break;
            }
            if (PQsendQueryParams(conn, e.sql.constData(), int(e.values.size()), e.types.data(),
                    e.values.data(), e.lengths.data(), e.formats.data(), 0)
                != 1) {
                broken = true;
                brokenWhy = connectionError(conn);
                break;
            }
            ++s.statements;
        }
        if (!broken && PQpipelineSync(conn) != 1) {
            broken = true;
            brokenWhy = connectionError(conn);
        }
        sent.append(s);
        if (broken)
            break;
    }
    // Read the answers in order.
    bool lost = false;
    for (qsizetype seg = 0; seg < segments.size(); ++seg) {
        const qsizetype size = segments.at(seg).size();
        const Sent s = seg < sent.size() ? sent.at(seg) : Sent {};
        qsizetype done = 0;
        bool failed = false;
        for (; done < s.statements && !lost; ++done) {
            PGresult *first = nextResult(conn);
            if (!first) {
                lost = true;
                break;
            }
            // Each statement's results end with an empty read.
            while (PGresult *extra = PQgetResult(conn))
                PQclear(extra);
            SqlResult r = toResult(first);
            failed = failed || !r.isOk();
            results.append(std::move(r));
        }
        if (lost)
            break;
        if (done < size) {
            results.append(
                s.refusal.isEmpty() ? SqlResult::failure(brokenWhy) : SqlResult::refused(s.refusal));
            ++done;
            failed = true;
        }
        for (; done < size; ++done)
            results.append(SqlResult::failure(
                failed ? diagnostic("not run: an earlier statement of the batch failed") : brokenWhy));
        if (seg < sent.size()) {
            PGresult *sync = nextResult(conn);
            if (!sync || PQresultStatus(sync) != PGRES_PIPELINE_SYNC)
                lost = true;
            PQclear(sync);
        }
        if (lost)
            break;
    }
    if (lost || broken) {
        failRest(broken ? brokenWhy : connectionError(conn));
        drain(conn);
    }
    if (PQexitPipelineMode(conn) != 1) {
        drain(conn);
        PQexitPipelineMode(conn);
    }
    return results;
}

QList<PgNotification> takeNotifications(pg_conn *conn)
{
    QList<PgNotification> out;
    if (!conn)
        return out;
    const int self = PQbackendPID(conn);
    while (PGnotify *n = PQnotifies(conn)) {
        out.append({ QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid == self });
        PQfreemem(n);
    }
    return out;
}

} // namespace pgwire

} // namespace tgic::store
