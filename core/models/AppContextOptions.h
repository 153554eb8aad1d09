// SPDX-License-Identifier: MIT
#pragma once

#include "store/Database.h"
#include "store/TeamRepository.h"
#include "team/LeaderElection.h"

#include <chrono>

namespace tgic::models {

//! How one process composes its sync: who it is in the team, and how its health monitor runs.
struct AppContextOptions
{
    //! This process in the team (team::thisWorkstation). Its canLead is the start value;
    //! AppContext::setCanLead changes it.
    store::TeamMember member;
    team::LeaseTiming leaseTiming;
    //! The monitor also reads the leader's rows on NOTIFY (tgic-cli's /readyz). The desktop app
    //! leaves it off: its GUI thread must not wait for the database.
    bool watchLeader = false;
    //! How often the monitor writes the minute's figures and turns; zero: its defaults.
    std::chrono::milliseconds healthWriteEvery { 0 };
    std::chrono::milliseconds healthTurnEvery { 0 };
    //! The desktop app: the engine, the election, the monitor and the tools run on a thread of
    //! their own, on a connection of their own to the same database (opened with its path and
    //! `databaseOptions`), so that the window's thread never waits for the engine's round trips;
    //! the given database stays the window's. tgic-cli, which has no window, leaves it off. That
    //! connection opens on the sync's thread; if it does not, it is tried again every two
    //! seconds (with a warning), and the sync waits for it.
    bool ownThread = false;
    store::OpenOptions databaseOptions;
    //! With ownThread: how long stop() and the destructor wait for the sync's thread (the
    //! monitor's last figures, the lease handed over, the engine stopped) before they give up
    //! on it. A database that does not answer must not keep the app from quitting; the lease
    //! then expires on its own, and nothing is lost, since everything is stored before it is
    //! confirmed.
    std::chrono::milliseconds stopTimeout { 5000 };
};

} // namespace tgic::models
