// SPDX-License-Identifier: MIT
#pragma once

#include "store/TeamRepository.h"
#include "sync/SyncEngine.h"
#include "team/LeaderElection.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace tgic::store {
class Database;
}
namespace tgic::health {
class SyncMonitor;
}

namespace tgic::models {

class MappingTools;

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
};

//! \brief The one composition of a running sync, as both apps and the tests build it: on one open
//! database, the sync::SyncEngine made from a SyncConfig, the team's team::LeaderElection (the
//! engine leads while the election says so; a single-seat SQLite database leads at once), the
//! health::SyncMonitor watching both, and the MappingTools on that engine.
//!
//! The election lives as long as the context: the engine can be rebuilt (the tokens changed) or
//! dropped (no tokens: the process follows, is seen in the team and repairs, but never polls)
//! while it keeps its place in the team. The monitor and the tools are made with the engine and
//! go before it. start() and runUntilIdle() start the engine, then the election, then the
//! monitor; stop() writes the monitor's last figures, hands the lease over, then stops the
//! engine.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    AppContext(store::Database &db, AppContextOptions options, QObject *parent = nullptr);
    //! stop(), then everything goes in order: the tools and the monitor before the engine.
    ~AppContext() override;

    //! Build the engine, its monitor and its tools from `config`, replacing any there were; the
    //! election is kept, and the new engine leads only if it does. Nothing runs until start().
    void setSyncConfig(const sync::SyncConfig &config);
    //! No engine on this process (no tokens): the tools, the monitor and the engine go; the
    //! election stays.
    void dropSync();
    //! Whether this process may lead (it has the bot token); followers say why not.
    void setCanLead(bool canLead, const QString &whyNot = {});

    //! Start the engine (if there is one), the election, the monitor (with the engine).
    void start();
    //! As start(), with the engine's `sync --until-idle` run (SyncEngine::finished at idle).
    void runUntilIdle();
    //! The monitor's last figures (while still leading), the lease handed over, the engine
    //! stopped. Safe to call more than once.
    void stop();

    store::Database &database() const { return m_db; }
    sync::SyncEngine *engine() const { return m_engine.get(); }
    team::LeaderElection &election() const { return *m_election; }
    health::SyncMonitor *monitor() const { return m_monitor.get(); }
    MappingTools *tools() const { return m_tools.get(); }
    //! The engine (and so this process) runs the leader's work now.
    bool isLeading() const { return m_election->isLeading(); }

private:
    void startWith(void (sync::SyncEngine::*run)());

    store::Database &m_db;
    AppContextOptions m_options;
    std::unique_ptr<team::LeaderElection> m_election;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<health::SyncMonitor> m_monitor;
    std::unique_ptr<MappingTools> m_tools;
};

} // namespace tgic::models
