// SPDX-License-Identifier: MIT
#pragma once

#include "store/TeamRepository.h"

#include <QMutex>
#include <QObject>

#include <chrono>

class QTimer;

namespace tgic::store {
class Database;
}

namespace tgic::team {

struct LeaseTiming
{
    //! How long a lease lasts without renewal: the failover time after a crash.
    std::chrono::milliseconds ttl { 4000 };
    //! How often the holder renews (and followers look for a lapsed lease).
    std::chrono::milliseconds renewEvery { 1000 };
    //! A holder stops this long before its lease could expire at the database, measured on
    //! its own monotonic clock from the moment it *sent* the last successful renewal.
    std::chrono::milliseconds safetyMargin { 1000 };
};

//! Elects the one process that polls a bot, through the team database.
//!
//! A lease row with a fencing epoch (store::TeamRepository): the holder renews it every second;
//! a follower takes it only once it has expired at the database's clock, or at once when the
//! holder gave it up on quitting. A holder that cannot renew — the database is unreachable, the
//! connection was cut, or the row says someone else — stops *before* the lease can expire:
//! it steps down at the first failed renewal, and in any case when its own deadline passes.
//! Writes that only the poller may make are fenced on the epoch (Database::leaseHeld()), so
//! even a holder that was frozen past its deadline cannot store a batch or start a send.
//!
//! On SQLite (one seat) this process is the leader from start() on.
class LeaderElection final : public QObject
{
    Q_OBJECT

public:
    LeaderElection(
        store::Database &db, store::TeamMember me, LeaseTiming timing = {}, QObject *parent = nullptr);
    ~LeaderElection() override;

    void start();
    //! Stop: a leader steps down and releases the lease, so another workstation takes over now.
    void stop();

    bool isLeading() const { return m_leading; }
    //! The fencing epoch of the lease this process holds (0 while it does not lead, or one seat).
    qint64 epoch() const { return m_leading ? m_epoch : 0; }
    //! This process in the team; may be read from another thread than the election's (the
    //! window's, while the election runs on the sync's thread).
    store::TeamMember me() const;
    //! Whether this process may lead (it has the bot token); followers without one say why.
    void setCanLead(bool canLead, const QString &whyNot = {});

    //! Run one election step now (also run by the timer). Public for tests.
    void tick();

Q_SIGNALS:
    //! Emitted synchronously: on `false` the receiver must stop all leader-only network work
    //! before this returns (the lease is released only afterwards).
    void leadingChanged(bool leading);
    //! Something about the team changed (leader, members) or could not be read.
    void teamChanged();

private:
    void becomeLeader(qint64 epoch);
    void stepDown(const QString &why, bool release);
    void armDeadline();

    store::Database &m_db;
    store::TeamRepository m_repo;
    store::TeamMember m_me; //!< written on the election's thread only, under m_meLock
    mutable QMutex m_meLock;
    LeaseTiming m_timing;
    QTimer *m_tick;
    QTimer *m_deadline;
    bool m_running = false;
    bool m_leading = false;
    qint64 m_epoch = 0;
    qint64 m_deadlineAt = 0; //!< monotonic ms after which we must no longer act as leader
};

} // namespace tgic::team
