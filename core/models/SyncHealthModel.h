// SPDX-License-Identifier: MIT
#pragma once

#include "health/HealthFigures.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class QThread;
class QTimer;

namespace tgic::store {
class Database;
struct HealthMinuteRow;
} // namespace tgic::store

namespace tgic::models {

//! \brief The sync's figures for the last hour, minute by minute, for the Sync Health window:
//! what the process running the sync (this one, or the team's leader on another workstation)
//! wrote to sync_health. Read on a worker thread with a connection of its own — when opened,
//! and again each time the writer announces new figures (NOTIFY in team mode) — so the GUI
//! thread never waits for the database. Reads only while active (the window is shown).
class SyncHealthModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHealthModel)

public:
    explicit SyncHealthModel(store::Database &db, QObject *parent = nullptr);
    ~SyncHealthModel() override;

    //! Read now and on every change while active; stop reading when not.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    //! How far back the figures go (default one hour).
    void setSpan(std::chrono::minutes span) { m_span = span; }
    std::chrono::minutes span() const { return m_span; }

    //! The minutes read, oldest first, within the span (minutes nobody wrote are missing).
    const QList<health::HealthFigures> &minutes() const { return m_minutes; }
    //! Who wrote the newest row ("host (agent)") and when (the writer's clock).
    QString writer() const { return m_writer; }
    QDateTime writtenAt() const { return m_writtenAt; }
    //! Every stall and quarantine of the span, oldest first.
    QList<health::HealthEvent> events() const;
    //! The last read failed (the team database did not answer): the figures are older.
    bool readFailed() const { return m_readFailed; }
    //! At least one read has finished (tests wait for this).
    bool hasRead() const { return m_reads > 0; }
    int readCount() const { return m_reads; }

    //! Read again now (coalesced with a read in flight).
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void onRead(int generation, const QList<store::HealthMinuteRow> &rows, bool ok);

    store::Database &m_db;
    QThread *m_thread;
    QObject *m_worker; //!< lives in m_thread; the reads run in its context
    QString m_connectionName; //!< the worker's own connection (opened in the worker)
    QTimer *m_coalesce;
    QList<health::HealthFigures> m_minutes;
    QString m_writer;
    QDateTime m_writtenAt;
    std::chrono::minutes m_span { 60 };
    bool m_active = false;
    bool m_readFailed = false;
    bool m_inFlight = false;
    bool m_again = false;
    int m_generation = 0;
    int m_reads = 0;
};

} // namespace tgic::models
