// SPDX-License-Identifier: MIT
#pragma once

#include "RetryPolicy.h"
#include "net/ApiResult.h"
#include "store/OutboxRepository.h"
#include "store/SqlResult.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class QTimer;

#include "store/Database.h"

namespace tgic::sync {

//! The shape both outboxes are drained in: for each chat strictly in order, one row at a time,
//! up to `maxParallelChats` chats at once, woken by kick() or by the next row coming due.
//! Subclasses deliver a row (process) and hand the chat back (release) when it is settled; a
//! row that could not be delivered is retried or given up on (retry, fail) by one RetryPolicy.
//!
//! Round trips: a cycle writes the outcomes of the rows that came back since the last one
//! (takeOutcomes) and reads the heads of every chat that may go (and when the next one is due)
//! in one atomic statement batch, which also records the attempts of the heads that go out at
//! once (OutboxRepository::Heads::attemptsRecorded); the other sends that start within a batch
//! window have their attempts recorded together, fenced, in one statement of the next cycle
//! (whenAttemptRecorded), which starts at the end of the window if nothing started it before;
//! kicks within a turn make one cycle.
class OutboxDrain : public QObject
{
    Q_OBJECT

public:
    void start();
    void stop();
    //! New rows may be waiting.
    void kick();

    bool isIdle() const;
    //! The drain is writing the outcome of its own work: change notices it causes need no kick.
    bool isRecordingOutcome() const { return m_recordingOutcome; }
    //! "to_intercom" or "to_telegram".
    QString direction() const { return m_direction; }
    int pendingCount() const;
    int failedCount() const;
    void setBackoff(net::Backoff backoff) { m_retryPolicy.backoff = backoff; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

Q_SIGNALS:
    //! Nothing pending and nothing in flight.
    void becameIdle();
    //! A row was given up on for good (the reason is also on the row and its message).
    void deliveryFailed(qint64 chatId, const QString &reason);
    //! A row reached the other side (all of it) and was recorded as done: for observers such
    //! as the latency metrics (health::SyncMonitor).
    void itemDelivered(const tgic::store::OutboxItem &item);
    //! The service refused the token: the drain stopped handing out rows until start().
    void authFailed(const QString &reason);

protected:
    OutboxDrain(store::Database &db, QString direction, int maxParallelChats, RetryPolicy retryPolicy,
        QObject *parent);

    //! Deliver one row; call release() once it is done, rescheduled or failed.
    virtual void process(const store::OutboxItem &item) = 0;
    //! When the chat may send again (UNIX ms); 0 = now. The pacing hook (Telegram's flood limits).
    virtual qint64 readyAt(qint64 chatId) const;
    //! A row of the chat is about to go out (after readyAt allowed it).
    virtual void willProcess(qint64 chatId);

    void release(const store::OutboxItem &item);
    //! Try the row again later, as the policy says (after `hint` if positive), or give up on it.
    //! `mayHaveLanded`: an earlier send may have reached the other side (the attempt is kept).
    void retry(const store::OutboxItem &item, const QString &error, bool mayHaveLanded,
        std::chrono::milliseconds hint = std::chrono::milliseconds(0));
    //! Give up on the row for good: failed with the reason, deliveryFailed, chat released.
    void fail(const store::OutboxItem &item, const QString &error);
    //! Stop handing out rows until start(), and say why (authFailed): a refused token will not
    //! fix itself.
    void haltForAuth(const store::OutboxItem &item, const QString &reason);
    //! The two outcomes every delivery settles alike, whichever service answered: Aborted (the
    //! app is shutting down: the row stays as recorded, so the next run reconciles or resends
    //! it, and the chat is released) and Unauthorized (haltForAuth). For those two only.
    void settleStopped(const store::OutboxItem &item, const net::ApiResult &result);
    bool m_recordingOutcome = false; //!< set around writing outcomes (isRecordingOutcome)
    //! Record the attempt before the request leaves (invariant 3), then `go(true)`; `go(false)`
    //! when it could not be recorded (the database refused, or the lease is lost). Attempts
    //! asked for in the same turn of the event loop are recorded in one statement.
    //! `go(true)` at once for a head whose attempt was recorded when it was read; the others
    //! go with the next cycle, within the database's batch window.
    void whenAttemptRecorded(const store::OutboxItem &item, std::function<void(bool)> go);
    //! Record the attempt of a single send now (fenced), unless it was recorded when the head
    //! was read; false when it could not be recorded.
    bool recordAttemptNow(const store::OutboxItem &item);
    //! Outcomes are waiting (takeOutcomes): write them with the next cycle, which starts now
    //! (or, while the drain is stopped, on their own).
    void recordOutcomes();
    //! The writes of the rows settled since the last cycle, which go with its read of the next
    //! heads; `chats` gets their chats, which stay busy until the writes commit. Default: none.
    virtual QList<store::SqlStatement> takeOutcomes(QSet<qint64> *chats);
    //! The writes takeOutcomes() gave were committed (`ok`; the chats are free again), or were
    //! not (nothing was; the subclass retries or releases the rows).
    virtual void outcomesRecorded(bool ok);
    //! Run `write` after the database's batch window (at once on SQLite), so that work ending
    //! at about the same time is written together.
    void afterBatchWindow(void (OutboxDrain::*write)());
    template <typename Derived> void afterBatchWindow(void (Derived::*write)())
    {
        QTimer::singleShot(m_db.batchWindowMs(), static_cast<Derived *>(this), write);
    }

    store::OutboxRepository m_outbox;

private:
    void pump();
    //! The outcomes waiting, in a round trip of their own (the drain is stopped or halted).
    void writeOutcomesAlone();
    void writeOutcomes(const QList<store::SqlStatement> &outcomes, const QSet<qint64> &chats);
    store::Database &m_db;
    //! The attempts waiting, in a round trip of their own (the drain is stopped or halted).
    void recordAttempts();
    //! The batch window of the attempts waiting is over: a cycle takes them, or recordAttempts().
    void attemptsDue();

    QString m_direction;
    RetryPolicy m_retryPolicy;
    QTimer *m_wakeup;
    QSet<qint64> m_busyChats;
    int m_maxParallel;
    bool m_running = false;
    bool m_halted = false;
    bool m_pumpQueued = false;
    bool m_idleSeen = false; //!< the last cycle found nothing pending, and nothing was kicked since
    QList<QPair<qint64, std::function<void(bool)>>> m_attempts; //!< waiting to be recorded
    //! Heads in hand whose attempt was recorded with their read, until their send uses it.
    QSet<qint64> m_attemptRecorded;
};

} // namespace tgic::sync
