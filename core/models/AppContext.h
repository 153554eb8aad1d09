// SPDX-License-Identifier: MIT
#pragma once

#include "AppContextOptions.h"
#include "sync/SyncEngine.h"

#include <QDeadlineTimer>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace tgic::health {
class SyncMonitor;
}

namespace tgic::models {

class ChangeRelay;
class MappingTools;
class SyncHost;

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
//! GUI's) and everything it composes lives on its worker thread (a SyncHost): views only connect
//! to their signals (queued) and call MappingTools, which answers on the caller's thread.
//! Opening the worker's connection, building, dropping and changing whether this process may
//! lead are queued to it, and the new engine, monitor and tools are announced by syncChanged()
//! once they exist; start() waits for them without blocking. stop() and the destructor wait for the worker at
//! most AppContextOptions::stopTimeout: a database that does not answer then keeps the lease until it expires
//! on its own, never the app from quitting. On SQLite a ChangeRelay passes each connection's change notices
//! to the other. Without ownThread (tgic-cli) everything runs at once on the caller's thread, and
//! syncChanged() comes before setSyncConfig() returns.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    AppContext(store::Database &db, AppContextOptions options, QObject *parent = nullptr);
    //! stop(), then everything goes in order: the tools and the monitor before the engine; with
    //! its own thread, that thread's database closes and the thread ends. With ownThread it
    //! waits at most AppContextOptions::stopTimeout for the stop and as long again for the rest
    //! (not at all once stop() gave up); a thread stuck in a round trip is left to end on its own.
    ~AppContext() override;

    //! Build the engine, its monitor and its tools from `config`, replacing any there were; the
    //! election is kept, and the new engine leads only if it does. Nothing runs until start().
    //! The old engine is gone from engine() at once (syncChanged()); the new one comes with the
    //! next syncChanged() (with ownThread, once the worker built it).
    void setSyncConfig(const sync::SyncConfig &config);
    //! No engine on this process (no tokens): the tools, the monitor and the engine go; the
    //! election stays. engine(), monitor() and tools() are null at once (syncChanged()).
    void dropSync();
    //! Whether this process may lead (it has the bot token); followers say why not. Queued to
    //! the election's thread: election().me() says so once it ran there.
    void setCanLead(bool canLead, const QString &whyNot = {});

    //! Start the engine (if there is one), the election, the monitor (with the engine); with a
    //! build under way, as soon as its engine is announced.
    void start();
    //! As start(), with the engine's `sync --until-idle` run (SyncEngine::finished at idle).
    void runUntilIdle();
    //! The monitor's last figures (while still leading), the lease handed over, the engine
    //! stopped. Safe to call more than once. With ownThread, waits at most
    //! AppContextOptions::stopTimeout for that; returns whether it was done in time.
    bool stop();

    //! The database the context was given (with ownThread, the window's; the engine has its own).
    store::Database &database() const { return m_db; }
    //! The engine the last syncChanged() announced, or null (none yet, or dropped).
    sync::SyncEngine *engine() const { return m_engine; }
    team::LeaderElection &election() const { return *m_election; }
    health::SyncMonitor *monitor() const { return m_monitor; }
    MappingTools *tools() const { return m_tools; }
    //! The engine (and so this process) runs the leader's work now.
    bool isLeading() const;
    //! With ownThread: the worker's connection did not open and is tried again every 2 s, so
    //! nothing is built or started until it opens (syncWaitingChanged()).
    bool isSyncWaiting() const { return m_syncWaiting; }

Q_SIGNALS:
    //! engine(), monitor() and tools() changed: dropped (all null), or a new engine was built.
    //! Views hand the new ones to their models here, before the engine starts.
    void syncChanged();
    //! isSyncWaiting() changed: the worker's connection did not open, or opened at last.
    void syncWaitingChanged(bool waiting);

private:
    //! Run `work` on the host's thread, queued, once its connection is open (at once without
    //! ownThread).
    void post(const std::function<void()> &work);
    void startWith(bool untilIdle);
    void publish(quint64 generation, QObject *engine, QObject *monitor, QObject *tools);
    void unpublish();

    store::Database &m_db;
    AppContextOptions m_options;
    std::unique_ptr<QThread> m_thread; //!< with ownThread; left running if it does not end in time
    SyncHost *m_host = nullptr; //!< on m_thread (it deletes it as it ends), else owned here
    std::unique_ptr<ChangeRelay> m_relay; //!< with ownThread on SQLite
    team::LeaderElection *m_election = nullptr; //!< the host's, on its thread
    // What syncChanged() announced; read and written on the context's thread only.
    sync::SyncEngine *m_engine = nullptr;
    health::SyncMonitor *m_monitor = nullptr;
    MappingTools *m_tools = nullptr;
    quint64 m_generation = 0; //!< of the last build or drop asked for
    bool m_building = false; //!< the build m_generation names is not announced yet
    enum class StartWanted { No, Start, UntilIdle };
    StartWanted m_startWanted = StartWanted::No; //!< start() waits for the build
    QDeadlineTimer m_stopDeadline { QDeadlineTimer::Forever }; //!< set by the first stop()
    bool m_gaveUp = false; //!< the worker did not stop in time: it is not waited for again
    bool m_syncWaiting = false; //!< what the host last said of its own connection
};

} // namespace tgic::models
