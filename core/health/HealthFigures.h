// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tgic::health {

//! A moment something went wrong, marked on the Sync Health time axis.
struct HealthEvent
{
    qint64 at = 0; //!< UNIX ms
    QString what; //!< "stall" or "quarantine"
    QString service; //!< stalls: "Telegram" or "Intercom"
    int seconds = 0; //!< stalls: how long nothing came back
};

//! Latencies of one minute: how many, and their median and 95th percentile (milliseconds).
struct LatencySummary
{
    int count = 0;
    qint64 p50 = 0;
    qint64 p95 = 0;

    //! From raw latencies (any order; nearest-rank percentiles).
    static LatencySummary of(QList<qint64> latencies);
};

//! The outbox of one direction at its fullest during the minute.
struct BacklogFigure
{
    int depth = 0;
    int chats = 0;
    int oldestAgeSeconds = 0;
};

//! One minute of the sync, as the process that runs it saw it: the row sync_health keeps (as
//! JSON, so that a newer writer may add figures an older reader skips) and what Sync Health plots.
struct HealthFigures
{
    qint64 minuteAt = 0; //!< UNIX ms, the minute's start
    int inbound = 0; //!< Telegram updates stored (messages, edits, members)
    int quarantined = 0;
    int textRepaired = 0;
    LatencySummary customerToIntercom;
    LatencySummary replyToTelegram;
    BacklogFigure toIntercom;
    BacklogFigure toTelegram;
    QList<HealthEvent> events; //!< stalls and quarantines, oldest first (at most 20 a minute)
    // The writer's state when it wrote the row.
    QString state; //!< "leading", or empty when not known
    qint64 epoch = 0;
    bool healthy = true;
    int pollAgeSeconds = -1; //!< since the last good getUpdates; -1: none yet
    int writeIntervalSeconds = 15; //!< how often the writer refreshes the row while the minute lasts

    QJsonObject toJson() const;
    static std::optional<HealthFigures> fromJson(qint64 minuteAt, const QByteArray &json);
};

//! The start of the minute `ms` falls in.
inline qint64 minuteOf(qint64 ms)
{
    return ms - ((ms % 60000) + 60000) % 60000;
}

} // namespace tgic::health
