// SPDX-License-Identifier: MIT
#pragma once

// The PostgreSQL wire, through libpq on the connection Qt's QPSQL driver opened: statements with
// bound parameters (the extended query protocol, one round trip each) and pipelines (several
// statements, one round trip). Only core/store uses it, through SqlSession.

#include "SqlResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

struct pg_conn;
struct pg_result;

namespace tgic::store {

//! The rows of one PostgreSQL result (owned; freed with the last reference), converted on read
//! by column type: int8 → qlonglong, int2/int4 → int, bool → bool, float/numeric → double,
//! bytea → QByteArray, everything else → QString; NULL → a null QVariant of that type.
class PgRows
{
    Q_DISABLE_COPY_MOVE(PgRows)

public:
    explicit PgRows(pg_result *result);
    ~PgRows();
    int rowCount() const;
    int rowsAffected() const;
    QVariant value(int row, int column) const;

private:
    pg_result *m_result;
    int m_rows = 0;
    int m_affected = -1;
};

//! `?` placeholders → `$1, $2, …`; a `?` inside a quoted string, a quoted identifier, a
//! dollar-quoted string or a comment is text and stays. `count` receives the number replaced.
QByteArray pgStatementText(const QString &sql, int *count);

//! A notification that arrived with an answer: channel, payload, and whether it was our own.
struct PgNotification
{
    QString channel;
    QString payload;
    bool fromSelf = false;
};

namespace pgwire {

//! One statement, one round trip (PQexecParams).
SqlResult exec(pg_conn *conn, const SqlStatement &statement);

//! Segments of statements in one round trip (pipeline mode). Each segment ends with a sync
//! point: outside an explicit transaction it is its own implicit transaction, and after a
//! failure the rest of that segment is skipped (reported as failed). Later segments still run.
//! Returns one result per statement, segment after segment.
QList<SqlResult> pipeline(pg_conn *conn, const QList<QList<SqlStatement>> &segments);

//! Notifications libpq read along with the answers (the driver's socket notifier will not fire
//! for data already read).
QList<PgNotification> takeNotifications(pg_conn *conn);

//! False when the connection is gone (CONNECTION_BAD).
bool isUsable(pg_conn *conn);

} // namespace pgwire

} // namespace tgic::store
