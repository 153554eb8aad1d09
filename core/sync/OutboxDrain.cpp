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
    , m_db(db)
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
    // Many kicks in one turn (every release, every change notice) make one cycle.
    m_idleSeen = false;
    if (!m_running || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &OutboxDrain::pump, Qt::QueuedConnection);
}

void OutboxDrain::whenAttemptRecorded(const store::OutboxItem &item, std::function<void(bool)> go)
{
    if (m_attemptRecorded.remove(item.id)) {
        go(true);
        return;
    }
    if (m_attempts.isEmpty())
        afterBatchWindow(&OutboxDrain::attemptsDue);
    m_attempts.append({ item.id, std::move(go) });
}

void OutboxDrain::attemptsDue()
{
    if (m_attempts.isEmpty())
        return; // a cycle took them
    if (m_running && !m_halted)
        kick();
    else
        recordAttempts();
}

bool OutboxDrain::recordAttemptNow(const store::OutboxItem &item)
{
    return m_attemptRecorded.remove(item.id) || m_outbox.markAttemptStarted(item.id);
}

void OutboxDrain::afterBatchWindow(void (OutboxDrain::*write)())
{
    QTimer::singleShot(m_db.batchWindowMs(), this, write);
}

void OutboxDrain::recordAttempts()
{
    if (m_attempts.isEmpty())
        return;
    const auto waiting = std::exchange(m_attempts, {});
    QList<qint64> ids;
    for (const auto &[id, go] : waiting)
        ids << id;
    const QSet<qint64> recorded = m_outbox.markAttemptsStarted(ids);
    for (const auto &[id, go] : waiting)
        go(recorded.contains(id));
}

bool OutboxDrain::isIdle() const
{
    // Every new row comes with a kick: a cycle that found nothing since the last one is enough.
    return m_busyChats.isEmpty() && (m_idleSeen || m_outbox.pendingCount(m_direction) == 0);
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
    // An attempt recorded with the head's read and not used (the row failed, or waits: retry()
    // cleared it on the row) is not handed to a later send of the row.
    m_attemptRecorded.remove(item.id);
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

void OutboxDrain::haltForAuth(const store::OutboxItem &item, const QString &reason)
{
    m_halted = true;
    m_attemptRecorded.remove(item.id);
    m_busyChats.remove(item.chatId);
    Q_EMIT authFailed(reason);
}

void OutboxDrain::settleStopped(const store::OutboxItem &item, const net::ApiResult &result)
{
    Q_ASSERT(result.outcome == net::Outcome::Aborted || result.outcome == net::Outcome::Unauthorized);
    if (result.outcome == net::Outcome::Unauthorized)
        haltForAuth(item, result.message);
    else
        release(item);
}

QList<store::SqlStatement> OutboxDrain::takeOutcomes(QSet<qint64> *)
{
    return {};
}

void OutboxDrain::outcomesRecorded(bool) { }

void OutboxDrain::recordOutcomes()
{
    if (m_running && !m_halted)
        kick();
    else
        writeOutcomesAlone();
}

void OutboxDrain::writeOutcomesAlone()
{
    QSet<qint64> chats;
    writeOutcomes(takeOutcomes(&chats), chats);
}

void OutboxDrain::writeOutcomes(const QList<store::SqlStatement> &outcomes, const QSet<qint64> &chats)
{
    if (outcomes.isEmpty())
        return;
    store::SqlBatch batch(m_db.connection());
    for (const store::SqlStatement &write : outcomes)
        batch.add(write.sql, write.values);
    const bool ok = batch.exec();
    if (ok)
        m_busyChats -= chats;
    m_recordingOutcome = true;
    outcomesRecorded(ok);
    m_recordingOutcome = false;
}

void OutboxDrain::pump()
{
    m_pumpQueued = false;
    if (!m_running || m_halted) {
        writeOutcomesAlone();
        recordAttempts();
        return;
    }
    const qint64 now = store::nowMs();
    qint64 pacedWait = -1;
    // The rows that came back are written in the same round trip as the next heads are read:
    // their chats are free for that read, and stay busy if the write fails.
    QSet<qint64> finishing;
    const QList<store::SqlStatement> outcomes = takeOutcomes(&finishing);
    const QSet<qint64> busy = m_busyChats - finishing;
    const int capacity = m_maxParallel - int(busy.size());
    std::optional<qint64> due;
    bool dueKnown = false;
    // The sends waiting for their attempts to be recorded go with this cycle's round trip.
    const auto attempts = std::exchange(m_attempts, {});
    if (capacity > 0 || !attempts.isEmpty()) {
        QList<qint64> attemptIds;
        for (const auto &[id, go] : attempts)
            attemptIds << id;
        const auto heads
            = m_outbox.claimHeads(m_direction, busy, std::max(capacity, 0), outcomes, attemptIds);
        if (!outcomes.isEmpty()) {
            if (heads.ok)
                m_busyChats = busy;
            m_recordingOutcome = true;
            outcomesRecorded(heads.ok);
            m_recordingOutcome = false;
        }
        for (const auto &[id, go] : attempts)
            go(heads.attemptsStarted.contains(id));
        due = heads.nextDueAt;
        dueKnown = heads.ok;
        m_attemptRecorded += heads.attemptsRecorded;
        for (const auto &item : heads.items) {
            const qint64 ready = readyAt(item.chatId);
            if (ready > now) {
                pacedWait = pacedWait < 0 ? ready - now : std::min(pacedWait, ready - now);
                continue;
            }
            m_busyChats.insert(item.chatId);
            willProcess(item.chatId);
            process(item);
        }
    } else {
        writeOutcomes(outcomes, finishing);
    }
    if (pacedWait >= 0) {
        startClamped(*m_wakeup, pacedWait, 1, 60000);
        return;
    }
    if (m_busyChats.isEmpty()) {
        if (!dueKnown)
            due = m_outbox.nextDueAt(m_direction);
        if (!due) {
            m_idleSeen = true;
            Q_EMIT becameIdle();
            return;
        }
        startClamped(*m_wakeup, *due - now, 0, kHourMs);
    }
}

} // namespace tgic::sync
