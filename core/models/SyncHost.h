// SPDX-License-Identifier: MIT
#pragma once

#include "AppContextOptions.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace tgic::sync {
class SyncEngine;
struct SyncConfig;
} // namespace tgic::sync
namespace tgic::health {
class SyncMonitor;
}

namespace tgic::models {

class MappingTools;

//! \brief What a models::AppContext composes, owned and driven on the thread it runs on: the
//! engine's own database connection (with AppContextOptions::ownThread), the team's election,
//! and the engine with its monitor and repair tools.
//!
//! Every method is called on the host's thread (queued there by the context); it answers by
//! signals, so that a context that has already gone (it gave up waiting for a database that
//! does not answer) is never called back. Nothing here refers to the context.
class SyncHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHost)

public:
    //! On `db` (the caller's connection) unless makeOwnDatabase() makes one of its own.
    SyncHost(store::Database &db, AppContextOptions options);
    ~SyncHost() override;

    //! A connection of the host's own, not open yet: made on the caller's thread, before
    //! moveAllTo(), so that the election can be made on it there too.
    void makeOwnDatabase();
    store::Database *ownDatabase() const { return m_ownDb.get(); }
    //! The election on the host's database; it lives until tearDown().
    team::LeaderElection *makeElection();
    //! The host, its own connection and its election to `thread`.
    void moveAllTo(QThread *thread);
    //! On the host's thread: open the connection makeOwnDatabase() made, to `path`. Until it
    //! opens, whenOpen() keeps the work it is given, and it is tried again every few seconds.
    void openOwnDatabase(const QString &path);
    //! `work` now, or once the host's own connection is open.
    void whenOpen(const std::function<void()> &work);

    //! The engine, its tools and its monitor from `config`, replacing any there were; then
    //! built(`generation`, …).
    void build(const sync::SyncConfig &config, quint64 generation);
    //! The tools, the monitor and the engine go (in that order); the election stays.
    void drop();
    void setCanLead(bool canLead, const QString &whyNot);
    //! The engine (if built since the last start), the election, the monitor. `untilIdle`:
    //! the engine's `sync --until-idle` run.
    void start(bool untilIdle);
    //! The monitor's last figures (while still leading), the lease handed over, the engine
    //! stopped.
    void stop();
    //! drop(), then the election and the host's own connection go.
    void tearDown();

    //! The election says this process leads; read from any thread.
    bool isLeading() const { return m_leading.load(); }

Q_SIGNALS:
    //! build(`generation`) is done. The pointers stay valid until the next drop() or build().
    void built(quint64 generation, QObject *engine, QObject *monitor, QObject *tools);
    //! The host's own connection did not open and is being tried again (true), or opened after
    //! that (false): meanwhile there is no sync on this process.
    void ownDatabaseWaiting(bool waiting);

private:
    store::Database &db() const { return m_ownDb ? *m_ownDb : m_db; }
    void tryOpen();

    store::Database &m_db;
    AppContextOptions m_options;
    std::unique_ptr<store::Database> m_ownDb;
    QString m_path; //!< of the own connection
    bool m_open = true; //!< false while the own connection is not open yet
    bool m_openFailed = false; //!< and it was said so (logged, ownDatabaseWaiting)
    QList<std::function<void()>> m_waiting; //!< for the own connection to open
    QTimer *m_retry;
    std::atomic<bool> m_leading { false };
    bool m_engineStarted = false;
    std::unique_ptr<team::LeaderElection> m_election;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<health::SyncMonitor> m_monitor;
    std::unique_ptr<MappingTools> m_tools;
};

} // namespace tgic::models
