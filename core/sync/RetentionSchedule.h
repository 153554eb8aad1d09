// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace tgic::store {
class Database;
}

namespace tgic::sync {

//! Runs the data retention policy (store::Retention) once a day, on the process that runs the
//! sync: the single seat, or in a team the leader (the run itself is fenced on the lease). It
//! looks when started and then every `checkEvery`; the day is counted from the last run recorded
//! in the database, so a restart or a new leader does not run it twice.
class RetentionSchedule final : public QObject
{
    Q_OBJECT

public:
    explicit RetentionSchedule(store::Database &db, QObject *parent = nullptr,
        std::chrono::milliseconds checkEvery = std::chrono::hours(1));

    void start();
    void stop();
    //! Run now if due; returns true when a run happened.
    bool runIfDue();

Q_SIGNALS:
    void ran(int removed);

private:
    store::Database &m_db;
    QTimer *m_timer;
};

} // namespace tgic::sync
