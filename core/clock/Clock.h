// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace tgic {

//! The one source of "now" for the core and the emulators. Production uses the system clock; a
//! test may install a ManualClock and advance it instead of sleeping (tst_store does, for when a
//! conversation's stored state is written again). The lease, backoff and reconcile windows are
//! still tested with short real windows, and across processes (tests/team) they must be.
//!
//! Two readings: wall time for what is stored and shown (UNIX milliseconds), and a monotonic
//! reading for deadlines that must not jump with the wall clock (a leader's self-fencing).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 wallMs() const = 0;
    virtual qint64 monotonicMs() const = 0;

    //! The clock in force (the system clock unless a test installed another).
    static const Clock &current();
    //! Install `clock` (not owned) for the whole process; nullptr restores the system clock.
    static void install(const Clock *clock);
};

//! A clock that moves only when told to. Both readings advance together.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startWallMs = 1'767'225'600'000) // 2026-01-01T00:00:00Z
        : m_wall(startWallMs)
    { }
    qint64 wallMs() const override { return m_wall; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void advance(qint64 ms)
    {
        m_wall += ms;
        m_monotonic += ms;
    }

private:
    qint64 m_wall;
    qint64 m_monotonic = 1'000'000;
};

//! Shorthands for Clock::current().
inline qint64 nowMs()
{
    return Clock::current().wallMs();
}
inline qint64 monotonicMs()
{
    return Clock::current().monotonicMs();
}

//! Installs a clock for the lifetime of a scope (tests).
class ScopedClock
{
public:
    explicit ScopedClock(const Clock &clock) { Clock::install(&clock); }
    ~ScopedClock() { Clock::install(nullptr); }
    Q_DISABLE_COPY_MOVE(ScopedClock)
};

} // namespace tgic
