// SPDX-License-Identifier: MIT
#include "StatementTally.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <atomic>

using namespace Qt::StringLiterals;

namespace tgic::store::tally {

namespace {
std::atomic_bool g_enabled { false };

struct State
{
    QMutex mutex;
    Snapshot counted;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

void setEnabled(bool enabled)
{
    g_enabled = enabled;
}

bool isEnabled()
{
    return g_enabled;
}

QString kindOf(const QString &sql)
{
    static const QRegularExpression table(u"\\b(?:FROM|INTO|UPDATE|JOIN)\\s+([A-Za-z_][A-Za-z0-9_]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString head = sql.simplified();
    QString verb = head.section(u' ', 0, 0).toUpper();
    const QRegularExpressionMatch m = table.match(head);
    if (!m.hasMatch())
        return verb;
    return verb + u' ' + m.captured(1);
}

void note(const QList<QList<SqlStatement>> &segments, qint64 elapsedNs)
{
    if (!g_enabled)
        return;
    QStringList kinds;
    for (const auto &segment : segments)
        for (const SqlStatement &st : segment)
            kinds << kindOf(st.sql);
    const double ms = double(elapsedNs) / 1e6;
    State &s = state();
    QMutexLocker lock(&s.mutex);
    for (const QString &k : std::as_const(kinds))
        ++s.counted.statements[k].count;
    Entry &trip = s.counted.roundTrips[kinds.join(u" + "_s)];
    ++trip.count;
    trip.waitMs += ms;
    s.counted.waitMs += ms;
}

Snapshot take()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return std::exchange(s.counted, {});
}

} // namespace tgic::store::tally
