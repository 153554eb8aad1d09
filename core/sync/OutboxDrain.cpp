// SPDX-License-Identifier: MIT
#include "OutboxDrain.h"

#include "Logging.h"
#include "Timers.h"
#include "store/Sql.h"

#include <QTimer>

#include <algorithm>

namespace tgic::sync {

OutboxDrain::OutboxDrain(
    store::Database &db, QString direction, int maxParallelChats, RetryPolicy retryPolicy, QObject *parent)
    : QObject(parent)
    , m_outbox(db)
    , m_direction(std::move(direction))
    , m_retryPolicy(retryPolicy)
    , m_wakeup(new QTimer(this))
    , m_maxParallel(maxParallelChats)
{
    m_wakeup->setSingleShot(true);
    connect(m_wakeup, &QTimer::timeout, this, &OutboxDrain::pump);
}

void OutboxDrain::start()
{
    m_running = true;
    m_halted = false;
    kick();
}

void OutboxDrain::stop()
{
    m_running = false;
    m_wakeup->stop();
}

void OutboxDrain::kick()
{
    if (m_running)
        QMetaObject::invokeMethod(this, &OutboxDrain::pump, Qt::QueuedConnection);
}

bool OutboxDrain::isIdle() const
{
    return m_busyChats.isEmpty() && m_outbox.pendingCount(m_direction) == 0;
}

int OutboxDrain::pendingCount() const
{
    return m_outbox.pendingCount(m_direction);
}

int OutboxDrain::failedCount() const
{
    return m_outbox.failedCount(m_direction);
}

qint64 OutboxDrain::readyAt(qint64) const
{
    return 0;
}

void OutboxDrain::willProcess(qint64) { }

void OutboxDrain::release(const store::OutboxItem &item)
{
    m_busyChats.remove(item.chatId);
    kick();
}

void OutboxDrain::retry(
    const store::OutboxItem &item, const QString &error, bool mayHaveLanded, std::chrono::milliseconds hint)
{
    const RetryPolicy::Decision decision = m_retryPolicy.afterFailure(item, mayHaveLanded, hint);
    if (decision.giveUp) {
        fail(item, tr("gave up after %1 attempts: %2").arg(item.attempts).arg(error));
        return;
    }
    qCInfo(lcSync).noquote() << m_direction << "row" << item.id << "for chat" << item.chatId << "waits"
                             << decision.delay.count() << "ms:" << error;
    m_outbox.reschedule(item.id, decision.delay.count(), error, mayHaveLanded);
    release(item);
}

void OutboxDrain::fail(const store::OutboxItem &item, const QString &error)
{
    qCWarning(lcSync).noquote() << m_direction << "row" << item.id << "for chat" << item.chatId
                                << "failed for good:" << error;
    m_outbox.markFailed(item, error);
    Q_EMIT deliveryFailed(item.chatId, error);
    release(item);
}

void OutboxDrain::haltForAuth(const store::OutboxItem &item)
{
    m_halted = true;
    m_busyChats.remove(item.chatId);
}

void OutboxDrain::pump()
{
    if (!m_running || m_halted)
        return;
    const qint64 now = store::nowMs();
    qint64 pacedWait = -1;
    const int capacity = m_maxParallel - int(m_busyChats.size());
    if (capacity > 0) {
        const auto items = m_outbox.dueHeads(m_direction, m_busyChats, capacity);
        for (const auto &item : items) {
            const qint64 ready = readyAt(item.chatId);
            if (ready > now) {
                pacedWait = pacedWait < 0 ? ready - now : std::min(pacedWait, ready - now);
                continue;
            }
            m_busyChats.insert(item.chatId);
            willProcess(item.chatId);
            process(item);
        }
    }
    if (pacedWait >= 0) {
        startClamped(*m_wakeup, pacedWait, 1, 60000);
        return;
    }
    if (m_busyChats.isEmpty()) {
        const auto due = m_outbox.nextDueAt(m_direction);
        if (!due) {
            Q_EMIT becameIdle();
            return;
        }
        startClamped(*m_wakeup, *due - now, 0, kHourMs);
    }
}

} // namespace tgic::sync
