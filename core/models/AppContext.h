// SPDX-License-Identifier: MIT
#pragma once

#include "store/Database.h"
#include "store/TeamRepository.h"
#include "sync/SyncEngine.h"
#include "team/LeaderElection.h"

#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

class QThread;
class QNetworkAccessManager;

namespace tgic::intercom {
class IntercomApi;
class IntercomClient;
} // namespace tgic::intercom
namespace tgic::health {
class SyncMonitor;
}

namespace tgic::models {

class ChangeRelay;
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
    //! The desktop app: the engine, the election, the monitor and the tools run on a thread of
    //! their own, on a connection of their own to the same database (opened with its path and
    //! `databaseOptions`), so that the window's thread never waits for the engine's round trips;
    //! the given database stays the window's. tgic-cli, which has no window, leaves it off. If
    //! that connection does not open, the context runs on its caller's thread (and warns).
    bool ownThread = false;
    store::OpenOptions databaseOptions;
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
//!
//! With AppContextOptions::ownThread the context is used from the thread that made it (the
//! GUI's) and everything it composes lives on its worker thread: views only connect to their
//! signals (queued) and call MappingTools, which answers on the caller's thread. Building,
//! dropping and stopping wait for the worker; start() does not. On SQLite a ChangeRelay passes
//! each connection's change notices to the other.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    AppContext(store::Database &db, AppContextOptions options, QObject *parent = nullptr);
    //! stop(), then everything goes in order: the tools and the monitor before the engine; with
    //! its own thread, that thread's database closes and the thread ends.
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

    //! The database the context was given (with ownThread, the window's; the engine has its own).
    store::Database &database() const { return m_db; }
    sync::SyncEngine *engine() const { return m_engine.get(); }
    team::LeaderElection &election() const { return *m_election; }
    health::SyncMonitor *monitor() const { return m_monitor.get(); }
    MappingTools *tools() const { return m_tools.get(); }
    //! The engine (and so this process) runs the leader's work now.
    bool isLeading() const { return m_options.ownThread ? m_leading.load() : m_election->isLeading(); }

private:
    void startWith(void (sync::SyncEngine::*run)());
    //! Run `work` where the engine lives and wait for it (at once without ownThread).
    void onEngineThread(const std::function<void()> &work);
    store::Database &engineDb() const { return m_ownDb ? *m_ownDb : m_db; }
    void makeSearchClient(const sync::SyncConfig &config);

    store::Database &m_db;
    AppContextOptions m_options;
    std::unique_ptr<QThread> m_thread; //!< with ownThread
    std::unique_ptr<QObject> m_threadAnchor; //!< lives on m_thread: what work is queued to
    std::unique_ptr<store::Database> m_ownDb; //!< the engine's connection, with ownThread
    std::unique_ptr<ChangeRelay> m_relay; //!< with ownThread on SQLite
    std::unique_ptr<QNetworkAccessManager> m_searchNam; //!< the views' Intercom searches,
    std::unique_ptr<intercom::IntercomApi> m_searchApi; //!< on their thread (with ownThread)
    std::unique_ptr<intercom::IntercomClient> m_searchClient;
    std::atomic<bool> m_leading { false };
    std::unique_ptr<team::LeaderElection> m_election;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<health::SyncMonitor> m_monitor;
    std::unique_ptr<MappingTools> m_tools;
};

} // namespace tgic::models
