// SPDX-License-Identifier: MIT
#include "AppContext.h"

#include "MappingTools.h"
#include "health/SyncMonitor.h"
#include "store/Database.h"

namespace tgic::models {

AppContext::AppContext(store::Database &db, AppContextOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
    , m_election(std::make_unique<team::LeaderElection>(m_db, m_options.member, m_options.leaseTiming))
{
    // Connected first, before the monitor listens: on `false` the engine's leader-only work
    // stops before anything else hears of it, and before the lease is released.
    connect(m_election.get(), &team::LeaderElection::leadingChanged, this, [this](bool leading) {
        if (m_engine)
            m_engine->setLeading(leading);
    });
}

AppContext::~AppContext()
{
    stop();
    dropSync();
    m_election.reset();
}

void AppContext::setSyncConfig(const sync::SyncConfig &config)
{
    dropSync();
    m_engine = std::make_unique<sync::SyncEngine>(m_db, config);
    // One seat leads from the start; on a team only the elected workstation polls.
    m_engine->setLeading(!m_db.isTeam() || m_election->isLeading());
    m_tools = std::make_unique<MappingTools>(m_db, *m_engine);
    m_monitor = std::make_unique<health::SyncMonitor>(m_db);
    m_monitor->setWatchLeader(m_options.watchLeader);
    if (m_options.healthWriteEvery.count() > 0 && m_options.healthTurnEvery.count() > 0)
        m_monitor->setIntervals(m_options.healthWriteEvery, m_options.healthTurnEvery);
    m_monitor->attach(m_engine.get());
    m_monitor->attachElection(m_election.get());
}

void AppContext::dropSync()
{
    // The tools hold the engine's client, the monitor its signals: both go first.
    m_tools.reset();
    m_monitor.reset();
    m_engine.reset();
}

void AppContext::setCanLead(bool canLead, const QString &whyNot)
{
    m_election->setCanLead(canLead, whyNot);
}

void AppContext::start()
{
    startWith(&sync::SyncEngine::start);
}

void AppContext::runUntilIdle()
{
    startWith(&sync::SyncEngine::runUntilIdle);
}

void AppContext::startWith(void (sync::SyncEngine::*run)())
{
    if (m_engine)
        (m_engine.get()->*run)();
    m_election->start();
    if (m_monitor)
        m_monitor->start();
}

void AppContext::stop()
{
    if (m_monitor)
        m_monitor->stop(); // the last minute's figures, while still leading
    m_election->stop(); // a leader hands the lease over before its engine stops
    if (m_engine)
        m_engine->stop();
}

} // namespace tgic::models
