// SPDX-License-Identifier: MIT
#pragma once

#include "SqlResult.h"

#include <QList>
#include <QMap>
#include <QString>

namespace tgic::store {

//! Where the database's round trips and the time waiting on them go, by kind of statement: for
//! tuning and benchmarks (bench_pipeline --tally), off unless enabled. A statement's kind is its
//! first words (its verb and the table it names); a round trip's is the kinds it carried.
//! Every connection of the process counts into one tally.
namespace tally {

struct Entry
{
    qint64 count = 0;
    double waitMs = 0; //!< time the caller was blocked on the round trips (0 for statements)
};

struct Snapshot
{
    QMap<QString, Entry> statements; //!< by statement kind
    QMap<QString, Entry> roundTrips; //!< by the kinds a round trip carried, joined by " + "
    double waitMs = 0; //!< all round trips together
};

void setEnabled(bool enabled);
bool isEnabled();
//! One round trip (PostgreSQL) or one statement run (SQLite) that took `elapsedNs`.
void note(const QList<QList<SqlStatement>> &segments, qint64 elapsedNs);
//! What was counted since the last reset, and start again.
Snapshot take();

//! A statement's kind: its verb and the first table it names, e.g. "SELECT outbox".
QString kindOf(const QString &sql);

} // namespace tally

} // namespace tgic::store
