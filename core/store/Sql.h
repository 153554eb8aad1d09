// SPDX-License-Identifier: MIT
#pragma once

#include "Clock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace tgic::store {

//! How the rows of a result are read. ForwardOnly is one pass, row by row: SQLite then keeps
//! no copy of the rows already read, which matters for long lists.
enum class Rows { Seekable, ForwardOnly };

//! Prepare, bind positionally and run one statement; failures are logged with the SQL (never
//! with bound values, which can hold customer text) and reported through `ok`.
QSqlQuery runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
    bool *ok = nullptr, Rows rows = Rows::Seekable);

//! The first column of the first row, or `fallback`.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {},
    const QVariant &fallback = {});

//! A text column's value: SQL NULL for an empty string (absent, not "").
QVariant textOrNull(const QString &text);

//! "Now" comes from the one clock seam (Clock.h), so tests can advance it.
using tgic::nowMs;

} // namespace tgic::store
