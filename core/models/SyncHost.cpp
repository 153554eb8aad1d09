// SPDX-License-Identifier: MIT
#include "SyncHost.h"

#include "Logging.h"
#include "MappingTools.h"
#include "health/SyncMonitor.h"
#include "sync/SyncEngine.h"

#include <QTimer>

#include <utility>

namespace tgic::models {

namespace {
//! How often a connection of the host's own that did not open is tried again.
constexpr std::chrono::seconds kRetryOpen { 2 };
} // namespace

SyncHost::SyncHost(store::Database &db, AppContextOptions options)
    : m_db(db)
    , m_options(std::move(options))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryOpen);
    connect(m_retry, &QTimer::timeout, this, &SyncHost::tryOpen);
}

SyncHost::~SyncHost()
{
    tearDown();
}

void SyncHost::makeOwnDatabase()
{
    m_ownDb = std::make_unique<store::Database>();
}

void SyncHost::moveAllTo(QThread *thread)
{
    moveToThread(thread);
    if (m_ownDb)
        m_ownDb->moveToThread(thread);
    if (m_election)
        m_election->moveToThread(thread);
}

void SyncHost::openOwnDatabase(const QString &path)
{
    m_path = path;
    m_open = false;
    tryOpen();
}

void SyncHost::tryOpen()
{
    // Qt SQL connections belong to the thread that opened them: this one is the host's.
    if (!m_ownDb->open(m_path, m_options.databaseOptions)) {
        // Said once, in the log with the reason and to the window, which says the sync waits.
        if (!m_openFailed) {
            qCWarning(lcSync).noquote()
                << "the sync's own connection to the database did not open, trying again:"
                << m_ownDb->error();
            m_openFailed = true;
            Q_EMIT ownDatabaseWaiting(true);
        }
        m_retry->start();
        return;
    }
    m_open = true;
    if (std::exchange(m_openFailed, false)) {
        qCInfo(lcSync) << "the sync's own connection to the database opened";
        Q_EMIT ownDatabaseWaiting(false);
    }
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const auto &work : waiting)
        work();
}

void SyncHost::whenOpen(const std::function<void()> &work)
{
    if (m_open)
        work();
    else
        m_waiting << work;
}

team::LeaderElection *SyncHost::makeElection()
{
    m_election = std::make_unique<team::LeaderElection>(db(), m_options.member, m_options.leaseTiming);
    // Connected first, before the monitor listens, and on the election's own thread: on `false`
    // the engine's leader-only work stops before anything else hears of it, and before the lease
    // is released.
    connect(m_election.get(), &team::LeaderElection::leadingChanged, m_election.get(), [this](bool leading) {
        m_leading = leading;
        if (m_engine)
            m_engine->setLeading(leading);
    });
    return m_election.get();
}

void SyncHost::build(const sync::SyncConfig &config, quint64 generation)
{
    drop();
    store::Database &database = db();
    m_engine = std::make_unique<sync::SyncEngine>(database, config);
    m_engineStarted = false;
    // One seat leads from the start; on a team only the elected workstation polls.
    m_engine->setLeading(!database.isTeam() || (m_election && m_election->isLeading()));
    m_tools = std::make_unique<MappingTools>(database, *m_engine);
    m_monitor = std::make_unique<health::SyncMonitor>(database);
    m_monitor->setWatchLeader(m_options.watchLeader);
    if (m_options.healthWriteEvery.count() > 0 && m_options.healthTurnEvery.count() > 0)
        m_monitor->setIntervals(m_options.healthWriteEvery, m_options.healthTurnEvery);
    m_monitor->attach(m_engine.get());
    if (m_election)
        m_monitor->attachElection(m_election.get());
    Q_EMIT built(generation, m_engine.get(), m_monitor.get(), m_tools.get());
}

void SyncHost::drop()
{
    // The tools hold the engine's client, the monitor its signals: both go first.
    m_tools.reset();
    m_monitor.reset();
    m_engine.reset();
}

void SyncHost::setCanLead(bool canLead, const QString &whyNot)
{
    if (m_election)
        m_election->setCanLead(canLead, whyNot);
}

void SyncHost::start(bool untilIdle)
{
    if (m_engine && !m_engineStarted) {
        m_engineStarted = true;
        if (untilIdle)
            m_engine->runUntilIdle();
        else
            m_engine->start();
    }
    if (m_election)
        m_election->start();
    if (m_monitor)
        m_monitor->start();
}

void SyncHost::stop()
{
    if (!m_open) {
        // Nothing ran yet: nothing to hand over, and nothing is to start any more.
        m_waiting.clear();
        m_retry->stop();
        return;
    }
    if (m_monitor)
        m_monitor->stop(); // the last minute's figures, while still leading
    if (m_election)
        m_election->stop(); // a leader hands the lease over before its engine stops
    if (m_engine)
        m_engine->stop();
}

void SyncHost::tearDown()
{
    m_waiting.clear();
    m_retry->stop();
    drop();
    m_election.reset();
    m_ownDb.reset();
}

} // namespace tgic::models
