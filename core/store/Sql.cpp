// SPDX-License-Identifier: MIT
#include "Sql.h"

#include "Logging.h"

#include <QDateTime>
#include <QSqlError>

namespace tgic::store {

QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values, bool *ok)
{
    QSqlQuery query(db);
    bool success = query.prepare(sql);
    if (success) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        success = query.exec();
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

} // namespace tgic::store
