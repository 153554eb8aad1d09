// SPDX-License-Identifier: MIT
#include "AppContext.h"

#include "ChangeRelay.h"
#include "Logging.h"
#include "MappingTools.h"
#include "health/SyncMonitor.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"

#include <QNetworkAccessManager>
#include <QThread>

using namespace Qt::StringLiterals;

namespace tgic::models {

AppContext::AppContext(store::Database &db, AppContextOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
{
    if (m_options.ownThread) {
        // Qt SQL connections belong to the thread that opened them: the engine's opens there.
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"sync"_s);
        m_threadAnchor = std::make_unique<QObject>();
        m_threadAnchor->moveToThread(m_thread.get());
        m_thread->start();
        QString error;
        onEngineThread([this, &error] {
            m_ownDb = std::make_unique<store::Database>();
            if (!m_ownDb->open(m_db.path(), m_options.databaseOptions)) {
                error = m_ownDb->error();
                m_ownDb.reset();
            }
        });
        if (!m_ownDb) {
            // Better a window that waits for the sync than no sync at all.
            qCWarning(lcSync).noquote()
                << "the sync runs on the window's thread: its own connection did not open:" << error;
            m_thread->quit();
            m_thread->wait();
            m_thread.reset();
            m_options.ownThread = false;
        }
        if (m_ownDb && m_db.isSqlite())
            m_relay = std::make_unique<ChangeRelay>(m_db, *m_ownDb);
    }
    onEngineThread([this] {
        m_election
            = std::make_unique<team::LeaderElection>(engineDb(), m_options.member, m_options.leaseTiming);
        // Connected first, before the monitor listens, and on the election's own thread: on
        // `false` the engine's leader-only work stops before anything else hears of it, and
        // before the lease is released.
        connect(
            m_election.get(), &team::LeaderElection::leadingChanged, m_election.get(), [this](bool leading) {
                m_leading = leading;
                if (m_engine)
                    m_engine->setLeading(leading);
            });
    });
}

AppContext::~AppContext()
{
    stop();
    dropSync();
    onEngineThread([this] {
        m_election.reset();
        m_relay.reset();
        m_ownDb.reset();
    });
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void AppContext::onEngineThread(const std::function<void()> &work)
{
    if (m_thread)
        QMetaObject::invokeMethod(m_threadAnchor.get(), work, Qt::BlockingQueuedConnection);
    else
        work();
}

void AppContext::setSyncConfig(const sync::SyncConfig &config)
{
    dropSync();
    if (m_thread)
        makeSearchClient(config);
    onEngineThread([this, &config] {
        store::Database &db = engineDb();
        m_engine = std::make_unique<sync::SyncEngine>(db, config);
        // One seat leads from the start; on a team only the elected workstation polls.
        m_engine->setLeading(!db.isTeam() || m_election->isLeading());
        m_tools = std::make_unique<MappingTools>(db, *m_engine);
        if (m_searchClient)
            m_tools->setSearchClient(m_searchClient.get());
        m_monitor = std::make_unique<health::SyncMonitor>(db);
        m_monitor->setWatchLeader(m_options.watchLeader);
        if (m_options.healthWriteEvery.count() > 0 && m_options.healthTurnEvery.count() > 0)
            m_monitor->setIntervals(m_options.healthWriteEvery, m_options.healthTurnEvery);
        m_monitor->attach(m_engine.get());
        m_monitor->attachElection(m_election.get());
    });
}

void AppContext::makeSearchClient(const sync::SyncConfig &config)
{
    // Searching contacts is only HTTP: the views' own client, on their thread.
    m_searchNam = std::make_unique<QNetworkAccessManager>();
    m_searchNam->setAutoDeleteReplies(false);
    m_searchApi = std::make_unique<intercom::IntercomApi>(
        m_searchNam.get(), config.intercomApiUrl, config.intercomToken);
    m_searchApi->setBackoff(config.backoff);
    m_searchClient = std::make_unique<intercom::IntercomClient>(m_searchApi.get());
}

void AppContext::dropSync()
{
    onEngineThread([this] {
        // The tools hold the engine's client, the monitor its signals: both go first.
        m_tools.reset();
        m_monitor.reset();
        m_engine.reset();
    });
    m_searchClient.reset();
    m_searchApi.reset();
    m_searchNam.reset();
}

void AppContext::setCanLead(bool canLead, const QString &whyNot)
{
    // Waited for: the views read election().me() on their thread, never while it changes.
    onEngineThread([this, canLead, &whyNot] {
        if (m_election)
            m_election->setCanLead(canLead, whyNot);
    });
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
    const auto work = [this, run] {
        if (m_engine)
            (m_engine.get()->*run)();
        if (m_election)
            m_election->start();
        if (m_monitor)
            m_monitor->start();
    };
    // Not waited for: starting reads and writes the database.
    if (m_thread)
        QMetaObject::invokeMethod(m_threadAnchor.get(), work);
    else
        work();
}

void AppContext::stop()
{
    onEngineThread([this] {
        if (m_monitor)
            m_monitor->stop(); // the last minute's figures, while still leading
        if (m_election)
            m_election->stop(); // a leader hands the lease over before its engine stops
        if (m_engine)
            m_engine->stop();
    });
}

} // namespace tgic::models
