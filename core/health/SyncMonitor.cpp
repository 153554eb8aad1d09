// SPDX-License-Identifier: MIT
#include "SyncMonitor.h"

#include "Clock.h"
#include "Logging.h"
#include "intercom/IntercomApi.h"
#include "store/Database.h"
#include "store/OutboxKind.h"
#include "store/OutboxRepository.h"
#include "store/UpdateInbox.h"
#include "sync/IntercomDelivery.h"
#include "sync/SyncEngine.h"
#include "sync/TelegramDelivery.h"
#include "sync/UpdatePoller.h"
#include "team/LeaderElection.h"
#include "telegram/TelegramApi.h"

#include <QJsonDocument>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace tgic::health {

namespace {

const QString kGetUpdates = u"getUpdates"_s;
constexpr qint64 kKeepMinutesMs = qint64(2) * 3600 * 1000; // sync_health keeps two hours
constexpr qint64 kPruneEveryMs = qint64(10) * 60 * 1000;
constexpr qint64 kBacklogFreshMs = 2000;
constexpr int kMaxEventsPerMinute = 20;
constexpr int kMaxLatenciesPerMinute = 20000;

// Latency buckets, in seconds: a message normally takes under a second or two; a stalled poll,
// an outage or a rate limit shows in the upper ones.
const QList<double> kLatencyBuckets { 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600 };

QString metricLabel(const QString &text)
{
    QString out = text.toLower();
    out.replace(u' ', u'_');
    return out;
}

} // namespace

SyncMonitor::SyncMonitor(store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_turnTimer(new QTimer(this))
    , m_writeTimer(new QTimer(this))
{
    m_startMs = monotonicMs();
    m_lastTurnMs = 0;
    m_turnTimer->setInterval(1000);
    m_writeTimer->setInterval(15000);
    connect(m_turnTimer, &QTimer::timeout, this, &SyncMonitor::onTurn);
    connect(m_writeTimer, &QTimer::timeout, this, &SyncMonitor::onWriteTick);
    connect(&m_db, &store::Database::changed, this, [this](store::Topic topic) {
        if (topic == store::Topic::Health && m_watchLeader && !isLeading())
            readLeaderRow();
    });
    defineMetrics();
}

SyncMonitor::~SyncMonitor() = default;

qint64 SyncMonitor::elapsedMs() const
{
    return monotonicMs() - m_startMs;
}

void SyncMonitor::defineMetrics()
{
    using T = MetricsRegistry::Type;
    MetricsRegistry &m = m_metrics;
    m.define(u"tgic_updates_ingested_total"_s, T::Counter,
        u"Telegram updates stored: customers' messages, their edits, bot blocked or unblocked."_s);
    m.define(u"tgic_updates_ignored_total"_s, T::Counter,
        u"Telegram updates kept but not acted on, by reason: a type this app does not use, from a bot, "
        "not from a customer (channels, anonymous admins, the business account, service messages)."_s);
    m.define(u"tgic_updates_quarantined_total"_s, T::Counter,
        u"Telegram updates that could not be processed and went to the quarantine (tgic-cli quarantine)."_s);
    m.define(u"tgic_updates_duplicate_total"_s, T::Counter,
        u"Telegram updates received again after they had been stored (a batch fetched twice)."_s);
    m.define(u"tgic_updates_text_repaired_total"_s, T::Counter,
        u"Telegram updates whose text held a NUL character or an unpaired surrogate, removed before storing."_s);
    m.define(u"tgic_outbox_depth"_s, T::Gauge, u"Outbox rows waiting, per direction."_s);
    m.define(u"tgic_outbox_chats_waiting"_s, T::Gauge, u"Chats with outbox rows waiting, per direction."_s);
    m.define(u"tgic_outbox_oldest_age_seconds"_s, T::Gauge,
        u"Age of the oldest outbox row waiting, per direction (0 when none waits)."_s);
    m.define(u"tgic_outbox_failed_total"_s, T::Counter,
        u"Outbox rows given up on for good, per direction (the message shows as failed)."_s);
    m.define(u"tgic_requests_total"_s, T::Counter,
        u"API calls finished, per service and outcome (after the scheduler's retries)."_s);
    m.define(u"tgic_rate_limited_total"_s, T::Counter, u"429 Too Many Requests answers, per service."_s);
    m.define(u"tgic_stalls_total"_s, T::Counter,
        u"Requests a service kept open without answering until the transfer timeout dropped them, per "
        "service."_s);
    m.define(u"tgic_leader"_s, T::Gauge, u"1 while this process runs the sync (polls and drains), else 0."_s);
    m.define(u"tgic_leader_epoch"_s, T::Gauge,
        u"The fencing epoch of the poller lease this process holds (0: not leading, or one seat)."_s);
    m.define(u"tgic_leader_failovers_total"_s, T::Counter,
        u"Times this process took the lease over from another workstation or lost it."_s);
    m.define(u"tgic_seconds_since_last_poll"_s, T::Gauge,
        u"Seconds since the last successful getUpdates (since the start, before the first one)."_s);
    m.define(u"tgic_database_reachable"_s, T::Gauge, u"1 while the database answers, else 0."_s);
    m.define(u"tgic_loop_turns_total"_s, T::Counter, u"Heartbeats of the event loop (one a second)."_s);
    m.define(u"tgic_customer_to_intercom_seconds"_s, T::Histogram,
        u"From a customer's message (Telegram's time) to its part in Intercom."_s, kLatencyBuckets);
    m.define(u"tgic_reply_to_telegram_seconds"_s, T::Histogram,
        u"From an agent's reply (Intercom's time) to its message on Telegram."_s, kLatencyBuckets);

    // Every series a dashboard expects exists from the start, at 0.
    m.add(u"tgic_updates_ingested_total"_s, {}, 0);
    for (const QString &reason : { u"unused_type"_s, u"from_bot"_s, u"not_from_customer"_s })
        m.add(u"tgic_updates_ignored_total"_s, { { u"reason"_s, reason } }, 0);
    m.add(u"tgic_updates_quarantined_total"_s, {}, 0);
    m.add(u"tgic_updates_duplicate_total"_s, {}, 0);
    m.add(u"tgic_updates_text_repaired_total"_s, {}, 0);
    for (const QString &direction : { u"to_intercom"_s, u"to_telegram"_s }) {
        m.set(u"tgic_outbox_depth"_s, { { u"direction"_s, direction } }, 0);
        m.set(u"tgic_outbox_chats_waiting"_s, { { u"direction"_s, direction } }, 0);
        m.set(u"tgic_outbox_oldest_age_seconds"_s, { { u"direction"_s, direction } }, 0);
        m.add(u"tgic_outbox_failed_total"_s, { { u"direction"_s, direction } }, 0);
    }
    for (const QString &service : { u"telegram"_s, u"intercom"_s }) {
        m.add(u"tgic_rate_limited_total"_s, { { u"service"_s, service } }, 0);
        m.add(u"tgic_stalls_total"_s, { { u"service"_s, service } }, 0);
    }
    m.set(u"tgic_leader"_s, 0);
    m.set(u"tgic_leader_epoch"_s, 0);
    m.add(u"tgic_leader_failovers_total"_s, {}, 0);
    m.add(u"tgic_loop_turns_total"_s, {}, 0);
}

void SyncMonitor::setIntervals(milliseconds writeEvery, milliseconds turnEvery)
{
    m_writeTimer->setInterval(int(writeEvery.count()));
    m_turnTimer->setInterval(int(turnEvery.count()));
}

void SyncMonitor::setWatchLeader(bool watch)
{
    m_watchLeader = watch;
}

void SyncMonitor::start()
{
    m_lastTurnMs = elapsedMs();
    m_turnTimer->start();
    m_writeTimer->start();
    if (m_watchLeader && !isLeading())
        readLeaderRow();
    refreshStatusLine();
}

void SyncMonitor::stop()
{
    if (isLeading())
        writeFigures();
    m_turnTimer->stop();
    m_writeTimer->stop();
}

// ---- Observing ------------------------------------------------------------------------------

void SyncMonitor::attach(sync::SyncEngine *engine)
{
    for (const auto &c : std::as_const(m_engineConnections))
        disconnect(c);
    m_engineConnections.clear();
    m_engine = engine;
    if (!engine)
        return;
    auto &c = m_engineConnections;
    c << connect(engine, &sync::SyncEngine::batchStored, this, &SyncMonitor::onBatch);
    c << connect(engine, &sync::SyncEngine::statusChanged, this, [this](sync::SyncEngine::Status status) {
        if (status == sync::SyncEngine::Status::Following)
            markStartedUp(); // joined the team as a follower
        if (!m_election)
            onLeading(m_engine && m_engine->isLeading());
        refreshStatusLine();
    });
    c << connect(engine->poller(), &sync::UpdatePoller::polled, this, [this] {
        m_lastPollOkMs = elapsedMs();
        notePollActivity();
        markStartedUp();
    });
    c << connect(engine->delivery(), &sync::OutboxDrain::itemDelivered, this,
        [this](const store::OutboxItem &item) { onDelivered(u"to_intercom"_s, item); });
    c << connect(engine->telegramDelivery(), &sync::OutboxDrain::itemDelivered, this,
        [this](const store::OutboxItem &item) { onDelivered(u"to_telegram"_s, item); });
    for (sync::OutboxDrain *drain : { static_cast<sync::OutboxDrain *>(engine->delivery()),
             static_cast<sync::OutboxDrain *>(engine->telegramDelivery()) }) {
        const QString direction = drain->direction();
        c << connect(drain, &sync::OutboxDrain::deliveryFailed, this, [this, direction] {
            m_metrics.add(u"tgic_outbox_failed_total"_s, { { u"direction"_s, direction } });
        });
    }
    watchScheduler(engine->telegramApi());
    watchScheduler(engine->intercomApi());
    if (!m_election)
        onLeading(engine->isLeading());
}

void SyncMonitor::watchScheduler(net::RequestScheduler *scheduler)
{
    const QString service = metricLabel(scheduler->serviceName());
    auto &c = m_engineConnections;
    c << connect(scheduler, &net::RequestScheduler::jobFinished, this,
        [this, service](const QString &label, net::Outcome outcome) {
            m_metrics.add(u"tgic_requests_total"_s,
                { { u"service"_s, service }, { u"outcome"_s, metricLabel(net::outcomeName(outcome)) } });
            if (label == kGetUpdates)
                notePollActivity();
        });
    c << connect(scheduler, &net::RequestScheduler::retryScheduled, this, [this](const QString &label) {
        if (label == kGetUpdates)
            notePollActivity();
    });
    c << connect(scheduler, &net::RequestScheduler::rateLimitHit, this, [this, service] {
        m_metrics.add(u"tgic_rate_limited_total"_s, { { u"service"_s, service } });
    });
    c << connect(scheduler, &net::RequestScheduler::stalled, this,
        [this, service, scheduler](const QString &label, milliseconds waited) {
            m_metrics.add(u"tgic_stalls_total"_s, { { u"service"_s, service } });
            noteEvent({ nowMs(), u"stall"_s, scheduler->serviceName(), int((waited.count() + 500) / 1000) });
            if (label == kGetUpdates)
                notePollActivity();
        });
}

void SyncMonitor::attachElection(team::LeaderElection *election)
{
    if (m_election)
        disconnect(m_election, nullptr, this, nullptr);
    m_election = election;
    if (!election)
        return;
    connect(election, &team::LeaderElection::leadingChanged, this, &SyncMonitor::onLeading);
    connect(election, &team::LeaderElection::teamChanged, this,
        [this] { m_metrics.set(u"tgic_database_reachable"_s, m_db.isReachable() ? 1 : 0); });
    onLeading(election->isLeading());
}

void SyncMonitor::onLeading(bool leading)
{
    const qint64 epoch = m_election ? m_election->epoch() : 0;
    if (leading != m_wasLeading) {
        // Taking over from someone (epoch > 1: the lease was held before), or losing the lease
        // while running: the leadership moved.
        if ((leading && epoch > 1) || (!leading && m_turnTimer->isActive()))
            m_metrics.add(u"tgic_leader_failovers_total"_s);
        if (leading) {
            // A new leader's clock for "since the last poll" starts now, not at its last poll.
            m_lastPollActivityMs = elapsedMs();
        }
    }
    m_wasLeading = leading;
    m_epoch = epoch;
    m_metrics.set(u"tgic_leader"_s, leading ? 1 : 0);
    m_metrics.set(u"tgic_leader_epoch"_s, double(epoch));
    refreshStatusLine();
}

bool SyncMonitor::isLeading() const
{
    if (m_election)
        return m_election->isLeading() && (!m_engine || m_engine->isLeading());
    return m_engine && m_engine->isLeading();
}

SyncMonitor::Minute &SyncMonitor::minute(qint64 at)
{
    const qint64 start = minuteOf(at);
    Minute &m = m_minutes[start];
    m.dirty = true;
    // Keep the current minute and the one before it (its final figures may not be written yet).
    while (m_minutes.size() > 2 && m_minutes.firstKey() < start - 60000)
        m_minutes.erase(m_minutes.begin());
    return m;
}

void SyncMonitor::onBatch(const store::IngestReport &report)
{
    MetricsRegistry &m = m_metrics;
    m.add(u"tgic_updates_ingested_total"_s, {}, report.stored);
    m.add(u"tgic_updates_ignored_total"_s, { { u"reason"_s, u"unused_type"_s } }, report.ignored);
    m.add(u"tgic_updates_ignored_total"_s, { { u"reason"_s, u"from_bot"_s } }, report.fromBots);
    m.add(u"tgic_updates_ignored_total"_s, { { u"reason"_s, u"not_from_customer"_s } },
        report.notFromCustomers);
    m.add(u"tgic_updates_quarantined_total"_s, {}, report.quarantined);
    m.add(u"tgic_updates_duplicate_total"_s, {}, report.duplicates);
    m.add(u"tgic_updates_text_repaired_total"_s, {}, report.textRepaired);
    const qint64 now = nowMs();
    Minute &current = minute(now);
    current.inbound += report.stored;
    current.quarantined += report.quarantined;
    current.textRepaired += report.textRepaired;
    if (report.quarantined > 0)
        noteEvent({ now, u"quarantine"_s, {}, 0 });
}

void SyncMonitor::onDelivered(const QString &direction, const store::OutboxItem &item)
{
    const bool toIntercom = direction == u"to_intercom"_s;
    // Only what a person wrote: a customer's message, an agent's reply (not notes, edits, profiles).
    const store::OutboxKind expected = toIntercom ? store::OutboxKind::Message : store::OutboxKind::AgentPart;
    if (item.kind != expected || item.messageSentAt <= 0)
        return;
    const qint64 now = nowMs();
    const qint64 latency = std::max<qint64>(0, now - item.messageSentAt);
    m_metrics.observe(
        toIntercom ? u"tgic_customer_to_intercom_seconds"_s : u"tgic_reply_to_telegram_seconds"_s,
        double(latency) / 1000.0);
    QList<qint64> &list = toIntercom ? minute(now).customerToIntercom : minute(now).replyToTelegram;
    if (list.size() < kMaxLatenciesPerMinute)
        list.append(latency);
}

void SyncMonitor::noteEvent(const HealthEvent &event)
{
    Minute &m = minute(event.at);
    if (m.events.size() < kMaxEventsPerMinute)
        m.events.append(event);
}

void SyncMonitor::notePollActivity()
{
    m_lastPollActivityMs = elapsedMs();
}

void SyncMonitor::markStartedUp()
{
    if (m_startedUp)
        return;
    m_startedUp = true;
    refreshStatusLine();
    Q_EMIT startedUp();
    // The followers' /readyz and Sync Health need not wait a whole interval for the first row.
    if (isLeading())
        writeFigures();
}

// ---- Judging --------------------------------------------------------------------------------

milliseconds SyncMonitor::staleAfter() const
{
    milliseconds cycle { 45000 };
    if (m_engine)
        cycle = seconds(m_engine->poller()->longPollTimeout()) + m_engine->poller()->longPollGrace();
    return std::max<milliseconds>(2 * cycle, seconds(10));
}

double SyncMonitor::secondsSinceLastPoll() const
{
    return double(elapsedMs() - m_lastPollOkMs.value_or(0)) / 1000.0;
}

bool SyncMonitor::isAlive() const
{
    return elapsedMs() - m_lastTurnMs <= 3 * qint64(m_turnTimer->interval()) + 1000;
}

bool SyncMonitor::isHealthy() const
{
    if (!isAlive())
        return false;
    if (!isLeading() || !m_engine)
        return true;
    const auto state = m_engine->poller()->state();
    if (state != sync::UpdatePoller::State::Polling && state != sync::UpdatePoller::State::StoreError)
        return true; // waiting on purpose (another poller, a refused token: said elsewhere)
    const qint64 since = elapsedMs() - m_lastPollActivityMs.value_or(0);
    return since <= staleAfter().count();
}

Readiness SyncMonitor::readiness() const
{
    if (m_db.isTeam() && !m_db.isReachable())
        return { false, u"the team database is unreachable"_s };
    if (isLeading()) {
        if (!m_lastPollOkMs)
            return { false, u"leading; waiting for the first answer from Telegram"_s };
        const double age = secondsSinceLastPoll();
        if (age * 1000 > double(staleAfter().count()))
            return { false, u"leading; no good answer from Telegram for %1 s"_s.arg(qRound(age)) };
        return { true, u"leading"_s };
    }
    if (m_engine && m_engine->status() == sync::SyncEngine::Status::Following) {
        if (!m_watchLeader)
            return { true, u"following"_s };
        if (!m_leaderSeenMs || !m_leaderFigures)
            return { false, u"following; the leader has not reported yet"_s };
        const qint64 silence = elapsedMs() - *m_leaderSeenMs;
        const qint64 allowed = 3 * qint64(m_leaderFigures->writeIntervalSeconds) * 1000 + 5000;
        if (silence > allowed)
            return { false, u"following; the leader has not reported for %1 s"_s.arg(silence / 1000) };
        if (!m_leaderFigures->healthy)
            return { false, u"following; the leader (%1) reports a problem"_s.arg(m_leaderName) };
        return { true, u"following a healthy leader (%1)"_s.arg(m_leaderName) };
    }
    return { false, u"starting"_s };
}

QString SyncMonitor::statusLine() const
{
    return m_statusLine;
}

void SyncMonitor::refreshStatusLine()
{
    QString line;
    if (isLeading()) {
        int chats = 0;
        for (const auto &[direction, backlog] : m_backlog)
            chats += backlog.chats;
        line = chats == 1 ? u"leading, 1 chat waiting"_s : u"leading, %1 chats waiting"_s.arg(chats);
        if (m_engine && m_engine->status() == sync::SyncEngine::Status::Reconnecting)
            line += u"; "_s + m_engine->statusDetail();
    } else if (m_engine && m_engine->status() == sync::SyncEngine::Status::Following) {
        line = m_leaderName.isEmpty() ? u"following"_s : u"following %1"_s.arg(m_leaderName);
    } else if (m_engine) {
        line = m_engine->statusDetail();
    }
    if (line == m_statusLine)
        return;
    m_statusLine = line;
    Q_EMIT statusLineChanged(line);
}

// ---- Timers, figures ------------------------------------------------------------------------

void SyncMonitor::onTurn()
{
    m_lastTurnMs = elapsedMs();
    ++m_loopTurns;
    m_metrics.add(u"tgic_loop_turns_total"_s);
}

void SyncMonitor::refreshBacklog()
{
    const auto backlog = store::HealthRepository(m_db).outboxBacklog();
    if (!backlog)
        return;
    m_backlog = *backlog;
    m_backlogReadMs = elapsedMs();
    const qint64 now = nowMs();
    Minute &m = minute(now);
    m.toIntercom = {};
    m.toTelegram = {};
    for (const QString &direction : { u"to_intercom"_s, u"to_telegram"_s }) {
        store::OutboxBacklog b;
        for (const auto &[d, found] : std::as_const(m_backlog))
            if (d == direction)
                b = found;
        const int age = b.oldestCreatedAt > 0 ? int(std::max<qint64>(0, now - b.oldestCreatedAt) / 1000) : 0;
        m_metrics.set(u"tgic_outbox_depth"_s, { { u"direction"_s, direction } }, b.depth);
        m_metrics.set(u"tgic_outbox_chats_waiting"_s, { { u"direction"_s, direction } }, b.chats);
        m_metrics.set(u"tgic_outbox_oldest_age_seconds"_s, { { u"direction"_s, direction } }, age);
        BacklogFigure &figure = direction == u"to_intercom"_s ? m.toIntercom : m.toTelegram;
        figure = { b.depth, b.chats, age };
    }
}

QByteArray SyncMonitor::metricsText()
{
    if (m_db.isReachable() && (!m_backlogReadMs || elapsedMs() - *m_backlogReadMs > kBacklogFreshMs))
        refreshBacklog();
    m_metrics.set(u"tgic_seconds_since_last_poll"_s, std::round(secondsSinceLastPoll() * 1000) / 1000);
    m_metrics.set(u"tgic_database_reachable"_s, m_db.isReachable() ? 1 : 0);
    m_metrics.set(u"tgic_leader"_s, isLeading() ? 1 : 0);
    return m_metrics.exposition();
}

HealthFigures SyncMonitor::figuresOf(qint64 minuteAt, const Minute &m) const
{
    HealthFigures f;
    f.minuteAt = minuteAt;
    f.inbound = m.inbound;
    f.quarantined = m.quarantined;
    f.textRepaired = m.textRepaired;
    f.customerToIntercom = LatencySummary::of(m.customerToIntercom);
    f.replyToTelegram = LatencySummary::of(m.replyToTelegram);
    f.toIntercom = m.toIntercom;
    f.toTelegram = m.toTelegram;
    f.events = m.events;
    f.state = isLeading() ? u"leading"_s : QString();
    f.epoch = m_epoch;
    f.healthy = isHealthy() && readiness().ready;
    f.pollAgeSeconds = m_lastPollOkMs ? int(secondsSinceLastPoll()) : -1;
    f.writeIntervalSeconds = int((m_writeTimer->interval() + 999) / 1000);
    return f;
}

HealthFigures SyncMonitor::currentFigures() const
{
    const qint64 start = minuteOf(nowMs());
    return figuresOf(start, m_minutes.value(start));
}

QString SyncMonitor::writerName() const
{
    if (m_election)
        return u"%1 (%2)"_s.arg(m_election->me().host, m_election->me().agent);
    return m_db.workstation();
}

bool SyncMonitor::writeFigures()
{
    if (!isLeading() || !m_db.isReachable())
        return false;
    refreshBacklog();
    refreshStatusLine();
    const qint64 now = nowMs();
    minute(now); // the current minute is written even when nothing happened in it
    store::HealthRepository repo(m_db);
    bool ok = true;
    for (auto it = m_minutes.begin(); it != m_minutes.end(); ++it) {
        if (!it->dirty)
            continue;
        const QJsonObject json = figuresOf(it.key(), *it).toJson();
        const bool written = repo.writeMinute({ it.key(), now, writerName(),
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) });
        it->dirty = !written;
        ok = ok && written;
    }
    if (now - m_lastPruneMs > kPruneEveryMs) {
        m_lastPruneMs = now;
        repo.pruneBefore(minuteOf(now) - kKeepMinutesMs);
    }
    if (ok) {
        m_db.notifyChanged(store::Topic::Health);
        Q_EMIT figuresWritten(minuteOf(now));
    }
    return ok;
}

void SyncMonitor::onWriteTick()
{
    if (isLeading())
        writeFigures();
    else
        refreshStatusLine();
}

void SyncMonitor::readLeaderRow()
{
    const auto rows = store::HealthRepository::minutesFrom(m_db.connection(), minuteOf(nowMs()) - 120000);
    if (!rows || rows->isEmpty())
        return;
    const store::HealthMinuteRow &row = rows->last();
    if (row.writtenAt == m_leaderWrittenAt && m_leaderFigures)
        return;
    const bool firstRead = !m_leaderFigures;
    m_leaderWrittenAt = row.writtenAt;
    m_leaderName = row.leader;
    m_leaderFigures = HealthFigures::fromJson(row.minuteAt, row.figures.toUtf8());
    // A row that changed is news from a live leader. The first one read may be a dead leader's
    // last: it counts only if the leader's clock puts it within a write interval or so of ours.
    const qint64 interval = qint64(m_leaderFigures ? m_leaderFigures->writeIntervalSeconds : 15) * 1000;
    if (!firstRead || std::abs(nowMs() - row.writtenAt) <= 2 * interval)
        m_leaderSeenMs = elapsedMs();
    refreshStatusLine();
}

} // namespace tgic::health
