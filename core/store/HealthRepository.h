// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tgic::store {

class Database;

//! One minute of the sync's figures as the process running the sync wrote it (sync_health).
struct HealthMinuteRow
{
    qint64 minuteAt = 0; //!< the minute's start, UNIX ms
    qint64 writtenAt = 0; //!< the writer's clock, UNIX ms
    QString leader; //!< who wrote it: "host (agent)"
    QString figures; //!< a JSON object (health/HealthFigures.h)
};

//! The outbox as it stands for one direction: what the health figures and STATUS= report.
struct OutboxBacklog
{
    int depth = 0; //!< rows waiting
    int chats = 0; //!< chats they belong to
    qint64 oldestCreatedAt = 0; //!< UNIX ms; 0 when nothing waits
};

//! The sync's figures for the last hour, one row per minute: written by whoever runs the sync,
//! read by every workstation. Each call is one statement (one round trip to a team database).
class HealthRepository
{
public:
    explicit HealthRepository(Database &db)
        : m_db(db)
    { }

    //! Write (or overwrite) the figures of the minute starting at `minuteAt`.
    bool writeMinute(const HealthMinuteRow &row);
    //! Forget the minutes before `minuteAt`.
    bool pruneBefore(qint64 minuteAt);
    //! Waiting rows per direction ("to_intercom", "to_telegram"); nullopt when the database did
    //! not answer.
    std::optional<QList<std::pair<QString, OutboxBacklog>>> outboxBacklog();

    //! The minutes from `minuteAt` on, oldest first. On any connection: the Sync Health model
    //! reads on a worker thread with a connection of its own.
    static std::optional<QList<HealthMinuteRow>> minutesFrom(const QSqlDatabase &db, qint64 minuteAt);

private:
    Database &m_db;
};

} // namespace tgic::store
