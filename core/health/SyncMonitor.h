// SPDX-License-Identifier: MIT
#pragma once

#include "HealthFigures.h"
#include "MetricsRegistry.h"
#include "store/HealthRepository.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QTimer;

namespace tgic::store {
class Database;
struct IngestReport;
struct OutboxItem;
} // namespace tgic::store
namespace tgic::net {
class RequestScheduler;
}
namespace tgic::sync {
class SyncEngine;
}
namespace tgic::team {
class LeaderElection;
}

namespace tgic::health {

//! Whether this process should be sent work (GET /readyz), and why not.
struct Readiness
{
    bool ready = false;
    QString reason; //!< "leading", "following a healthy leader", or what is missing
};

//! Watches the sync from outside: it never changes what the engine, its pollers, drains and
//! schedulers do, it listens to their signals. From them it keeps
//!  - the metrics (GET /metrics, MetricsRegistry),
//!  - whether the process is alive, ready and healthy (/healthz, /readyz, the systemd watchdog),
//!  - a short status line ("leading, 3 chats waiting"),
//!  - while this process runs the sync, one row per minute in sync_health, refreshed every
//!    writeInterval (default 15 s): the figures every workstation's Sync Health window plots.
//!    That is one statement for the outbox backlog and one upsert per interval, plus the NOTIFY
//!    the followers wake on — three round trips every 15 s, whatever the traffic.
class SyncMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncMonitor)

public:
    explicit SyncMonitor(store::Database &db, QObject *parent = nullptr);
    ~SyncMonitor() override;

    //! The engine to watch (not owned; may be replaced or null).
    void attach(sync::SyncEngine *engine);
    //! Who leads (not owned; may be null: then the engine's own isLeading() decides).
    void attachElection(team::LeaderElection *election);
    //! A follower also reads the leader's newest row when it changes (NOTIFY), to tell whether
    //! it follows a healthy leader (/readyz). Off by default: the desktop app has no /readyz and
    //! its GUI thread must not wait for the database.
    void setWatchLeader(bool watch);
    //! How often the minute's row is refreshed while leading, and how often the loop turns.
    void setIntervals(std::chrono::milliseconds writeEvery, std::chrono::milliseconds turnEvery);

    //! Start the timers (the loop's heartbeat, the writes).
    void start();
    //! Write the current minute one last time (if leading) and stop.
    void stop();

    //! The figures as GET /metrics serves them (gauges read fresh; the outbox at most every 2 s).
    QByteArray metricsText();
    const MetricsRegistry &metrics() const { return m_metrics; }

    //! The event loop turned within the last three heartbeats.
    bool isAlive() const;
    qint64 loopTurns() const { return m_loopTurns; }
    Readiness readiness() const;
    //! For the watchdog: alive, and (when leading) the getUpdates loop is not wedged: some
    //! answer, failure, stall or retry of getUpdates within staleAfter().
    bool isHealthy() const;
    //! What STATUS= says: "leading, 3 chats waiting", "following", "no answer from Telegram …".
    QString statusLine() const;
    bool isLeading() const;
    //! A poll (or any getUpdates activity) older than this is a problem: twice the long poll
    //! plus its grace, at least 10 s.
    std::chrono::milliseconds staleAfter() const;
    //! Seconds since the last good getUpdates, or since this monitor started before the first.
    double secondsSinceLastPoll() const;

    //! The current minute's figures as they would be written now (tests, the leader's own view).
    HealthFigures currentFigures() const;
    //! Write now (tests; the timer does it otherwise). False when not leading or it failed.
    bool writeFigures();

Q_SIGNALS:
    //! Once: the first good getUpdates, or the engine follows another workstation (READY=1).
    void startedUp();
    void statusLineChanged(const QString &line);
    //! The minute's row was written (tests wait for this instead of sleeping).
    void figuresWritten(qint64 minuteAt);

private:
    struct Minute
    {
        int inbound = 0;
        int quarantined = 0;
        int textRepaired = 0;
        QList<qint64> customerToIntercom; //!< ms
        QList<qint64> replyToTelegram;
        BacklogFigure toIntercom;
        BacklogFigure toTelegram;
        QList<HealthEvent> events;
        bool dirty = true;
    };

    void defineMetrics();
    void watchScheduler(net::RequestScheduler *scheduler);
    void onBatch(const store::IngestReport &report);
    void onDelivered(const QString &direction, const store::OutboxItem &item);
    void onLeading(bool leading);
    void onTurn();
    void onWriteTick();
    void noteEvent(const HealthEvent &event);
    void notePollActivity();
    void markStartedUp();
    void refreshBacklog();
    void refreshStatusLine();
    void readLeaderRow();
    HealthFigures figuresOf(qint64 minuteAt, const Minute &minute) const;
    QString writerName() const;
    Minute &minute(qint64 at);

    store::Database &m_db;
    QPointer<sync::SyncEngine> m_engine;
    QPointer<team::LeaderElection> m_election;
    QList<QMetaObject::Connection> m_engineConnections;
    MetricsRegistry m_metrics;
    QTimer *m_turnTimer;
    QTimer *m_writeTimer;
    //! Milliseconds since construction on the clock seam's monotonic reading (tests move it).
    qint64 elapsedMs() const;
    qint64 m_startMs = 0;
    qint64 m_lastTurnMs = 0;
    qint64 m_loopTurns = 0;
    std::optional<qint64> m_lastPollOkMs; //!< on m_clock
    std::optional<qint64> m_lastPollActivityMs;
    bool m_startedUp = false;
    bool m_wasLeading = false;
    qint64 m_epoch = 0;
    QMap<qint64, Minute> m_minutes; //!< by minute start; the current one and the one before
    QList<std::pair<QString, store::OutboxBacklog>> m_backlog;
    std::optional<qint64> m_backlogReadMs;
    qint64 m_lastPruneMs = 0;
    QString m_statusLine;
    bool m_watchLeader = false;
    std::optional<HealthFigures> m_leaderFigures;
    QString m_leaderName;
    qint64 m_leaderWrittenAt = 0;
    std::optional<qint64> m_leaderSeenMs; //!< on elapsedMs(): when a new leader row was last seen
};

} // namespace tgic::health
