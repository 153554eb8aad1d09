// SPDX-License-Identifier: MIT
#pragma once

#include "RetryPolicy.h"
#include "store/OutboxRepository.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace tgic::store {
class Database;
}

namespace tgic::sync {

//! The shape both outboxes are drained in: for each chat strictly in order, one row at a time,
//! up to `maxParallelChats` chats at once, woken by kick() or by the next row coming due.
//! Subclasses deliver a row (process) and hand the chat back (release) when it is settled; a
//! row that could not be delivered is retried or given up on (retry, fail) by one RetryPolicy.
class OutboxDrain : public QObject
{
    Q_OBJECT

public:
    void start();
    void stop();
    //! New rows may be waiting.
    void kick();

    bool isIdle() const;
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
    //! Stop handing out rows until start(): a refused token will not fix itself.
    void haltForAuth(const store::OutboxItem &item);

    store::OutboxRepository m_outbox;

private:
    void pump();

    QString m_direction;
    RetryPolicy m_retryPolicy;
    QTimer *m_wakeup;
    QSet<qint64> m_busyChats;
    int m_maxParallel;
    bool m_running = false;
    bool m_halted = false;
};

} // namespace tgic::sync
