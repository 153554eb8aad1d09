// SPDX-License-Identifier: MIT
#include "SyncHost.h"

#include "MappingTools.h"
#include "health/SyncMonitor.h"
#include "sync/SyncEngine.h"

namespace tgic::models {

SyncHost::SyncHost(store::Database &db, AppContextOptions options)
    : m_db(db)
    , m_options(std::move(options))
{ }

SyncHost::~SyncHost()
{
    tearDown();
}

QString SyncHost::openOwnDatabase(const QString &path)
{
    // Qt SQL connections belong to the thread that opened them: this one is the host's.
    m_ownDb = std::make_unique<store::Database>();
    if (m_ownDb->open(path, m_options.databaseOptions))
        return {};
    QString error = m_ownDb->error();
    m_ownDb.reset();
    return error;
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
    if (m_monitor)
        m_monitor->stop(); // the last minute's figures, while still leading
    if (m_election)
        m_election->stop(); // a leader hands the lease over before its engine stops
    if (m_engine)
        m_engine->stop();
}

void SyncHost::tearDown()
{
    drop();
    m_election.reset();
    m_ownDb.reset();
}

} // namespace tgic::models
