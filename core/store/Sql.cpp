// SPDX-License-Identifier: MIT
#include "Sql.h"

#include "Logging.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace tgic::store {

namespace {
// QPSQL sends every prepared query as PREPARE, EXECUTE and DEALLOCATE: three round trips to a
// team database that may sit across a network. For PostgreSQL the values are instead written
// into the statement as literals by the driver's own quoting (PQescapeStringConn, bytea
// escaping), which is one round trip. Placeholders inside quoted SQL text are left alone.
QString inlineValues(const QSqlDatabase &db, const QString &sql, const QVariantList &values, bool *ok)
{
    const QSqlDriver *driver = db.driver();
    QString out;
    out.reserve(sql.size() + values.size() * 8);
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c != u'?' || quoted) {
            out += c;
            continue;
        }
        if (next >= values.size()) {
            *ok = false;
            return {};
        }
        QVariant value = values.at(next++);
        if (value.typeId() == QMetaType::Bool)
            value = value.toBool() ? 1 : 0; // the schema keeps flags in INTEGER columns
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        out += driver->formatValue(field);
    }
    *ok = next == values.size();
    return out;
}
} // namespace

QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values, bool *ok, Rows rows)
{
    QSqlQuery query(db);
    query.setForwardOnly(rows == Rows::ForwardOnly);
    bool success = false;
    if (db.driverName() == QLatin1StringView("QPSQL") && !values.isEmpty()) {
        const QString statement = inlineValues(db, sql, values, &success);
        if (success)
            success = query.exec(statement);
        else
            qCWarning(lcStore).noquote()
                << "SQL has a different number of placeholders than values:" << sql.left(160);
    } else {
        success = query.prepare(sql);
        if (success) {
            for (const QVariant &value : values)
                query.addBindValue(value);
            success = query.exec();
        }
    }
    if (!success)
        qCWarning(lcStore).noquote() << "SQL failed:" << query.lastError().text() << "in" << sql.left(160);
    if (ok)
        *ok = success;
    return query;
}

QVariant scalar(
    const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QVariant &fallback)
{
    QSqlQuery query = runSql(db, sql, values);
    return query.next() ? query.value(0) : fallback;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace tgic::store
