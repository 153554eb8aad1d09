// SPDX-License-Identifier: MIT
#pragma once

#include "net/ApiResult.h"
#include "store/UpdateInbox.h"

#include <QObject>
#include <QPointer>

#include <optional>

#include <chrono>

class QTimer;

namespace tgic::store {
class Database;
}

namespace tgic::telegram {
class TelegramApi;
}

namespace tgic::sync {

//! The getUpdates long-poll loop and the step that stores each batch (a pipeline, so it lives in
//! sync/: telegram/ stays below the store). One request in flight, the next one as soon as the
//! previous batch is durably stored (no sleeps between polls). The offset that confirms a batch
//! is sent only after the batch's transaction committed (invariant 2).
//!
//! 409 (another poller or a webhook owns the bot) is never fought: the loop backs off for
//! minutes and says why. 401 stops it. Transient failures are retried by the scheduler.
class UpdatePoller final : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Polling, Conflict, Unauthorized, StoreError };
    Q_ENUM(State)

    UpdatePoller(telegram::TelegramApi *api, store::Database &db, QObject *parent = nullptr);

    void start();
    void stop();
    State state() const { return m_state; }

    //! Seconds the server may hold a poll open (30–50 in production; 0 for a quick check).
    void setLongPollTimeout(int seconds) { m_timeoutSeconds = seconds; }
    //! How much longer than the long poll's own timeout an answer may take before the request
    //! counts as stalled and is dropped (network latency, a busy server). Default 15 s.
    void setLongPollGrace(std::chrono::milliseconds grace) { m_grace = grace; }
    std::chrono::milliseconds longPollGrace() const { return m_grace; }
    int longPollTimeout() const { return m_timeoutSeconds; }
    void setConflictBackoff(std::chrono::milliseconds initial) { m_conflictBackoff = initial; }

Q_SIGNALS:
    void stateChanged(tgic::sync::UpdatePoller::State state, const QString &detail);
    void batchStored(const tgic::store::IngestReport &report);
    //! A poll came back with nothing new.
    void caughtUp();
    //! getUpdates answered and its batch (maybe empty) is stored: the loop is healthy.
    void polled(int updateCount);

private:
    void poll();
    void onResult(const net::ApiResult &result);
    void setState(State state, const QString &detail = {});

    telegram::TelegramApi *m_api;
    store::Database &m_db;
    store::UpdateInbox m_inbox;
    QTimer *m_retry;
    QPointer<QObject> m_inFlight;
    std::optional<QString> m_offset; //!< the stored offset, as this process last wrote or read it
    State m_state = State::Stopped;
    int m_timeoutSeconds = 30;
    int m_conflicts = 0;
    int m_storeFailures = 0;
    bool m_firstPoll = true; //!< the first poll after start() asks without waiting
    std::chrono::milliseconds m_conflictBackoff { std::chrono::seconds(30) };
    std::chrono::milliseconds m_grace { std::chrono::seconds(15) };
};

} // namespace tgic::sync
