// SPDX-License-Identifier: MIT
#pragma once

#include "ModelReader.h"
#include "sync/SyncEngine.h"
#include "team/LeaderElection.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace tgic::store {
class Database;
}

namespace tgic::models {

//! \brief Everything the status bar says, in one object: the sync state in words, the outbox
//! backlog and Intercom's rate-limit headroom. Outbox counts are re-read at most every
//! `refreshInterval` however often the outbox changes (it changes per message), through a
//! ModelReader: on a team database the figures shown stay until the new ones arrive.
class SyncStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatus)

public:
    using State = sync::SyncEngine::Status;

    //! Reads inline on `db`.
    explicit SyncStatus(store::Database &db, QObject *parent = nullptr);
    //! Reads through `reader` (the window's), which outlives it.
    SyncStatus(ModelReader &reader, QObject *parent = nullptr);

    //! May be null (no engine yet: the wizard is open, say). Given before it starts: from then on
    //! it is only heard (its signals), never asked, so it may run on another thread.
    void setEngine(sync::SyncEngine *engine);

    State state() const { return m_state; }
    //! The state in a few words: "Connected, waiting for Telegram"; while the sync waits for its
    //! connection (setSyncWaiting()), that.
    QString headline() const;
    //! The engine's detail (an error message, the retry delay).
    QString detail() const { return m_detail; }
    static QString headlineFor(State state);

    int pendingCount() const { return m_pending; }
    int failedCount() const { return m_failed; }
    //! -1 until Intercom has answered once.
    int rateLimit() const { return m_limit; }
    int rateRemaining() const { return m_remaining; }
    QDateTime rateResetAt() const { return m_resetAt; }

    void setRefreshInterval(int ms);

    //! The sync's own connection did not open and is tried again (AppContext::isSyncWaiting()):
    //! there is no engine meanwhile, and the headline says why.
    void setSyncWaiting(bool waiting);
    bool isSyncWaiting() const { return m_syncWaiting; }

    // ---- Team mode ----
    //! The election of this process (may be null: one seat, or not started yet).
    void setElection(team::LeaderElection *election);
    bool isTeam() const;
    //! False while the team database does not answer: views keep what they show and offer
    //! no actions until it is back.
    bool databaseReachable() const;
    //! "Sync runs on HOST (AGENT) since 10:42", "Sync runs on this workstation since …".
    QString teamLine() const { return m_teamLine; }
    //! The members seen recently, one per line, and why this one cannot lead (if so).
    QString teamDetail() const { return m_teamDetail; }

Q_SIGNALS:
    void changed();
    //! The team database went away or came back (also a changed()).
    void databaseReachableChanged(bool reachable);
    //! Connected, and the engine knows the workspace's id (GET /me): Intercom's web app needs it.
    void intercomAppIdLearnt(const QString &appId);

private:
    void refreshCounts();
    void refreshTeam();
    void showTeam(const QString &line, const QString &detail);

    store::Database &m_db;
    ModelReader *m_reader;
    ReadSeries m_countsRead;
    ReadSeries m_teamRead;
    QPointer<sync::SyncEngine> m_engine;
    QString m_appIdCode; //!< the engine's workspace, once known
    QTimer *m_coalesce;
    State m_state = State::Stopped;
    bool m_syncWaiting = false;
    QString m_detail;
    int m_pending = 0;
    int m_failed = 0;
    int m_limit = -1;
    int m_remaining = -1;
    QDateTime m_resetAt;
    QPointer<team::LeaderElection> m_election;
    QString m_teamLine;
    QString m_teamDetail;
};

} // namespace tgic::models
