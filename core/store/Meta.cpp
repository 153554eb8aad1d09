// SPDX-License-Identifier: MIT
#include "Meta.h"

#include "Database.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace tgic::store::meta {

QString get(const Database &db, const QString &key, const QString &fallback)
{
    return scalar(db.connection(), u"SELECT value FROM meta WHERE key = ?"_s, { key }, fallback).toString();
}

QString setSql()
{
    return u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
}

bool set(const Database &db, const QString &key, const QString &value)
{
    bool ok = false;
    runSql(db.connection(), setSql(), { key, value }, &ok);
    return ok;
}

} // namespace tgic::store::meta
