// SPDX-License-Identifier: MIT
#include "AppContext.h"

#include "ChangeRelay.h"
#include "Logging.h"
#include "MappingTools.h"
#include "SyncHost.h"
#include "health/SyncMonitor.h"

#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

namespace tgic::models {

AppContext::AppContext(store::Database &db, AppContextOptions options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_options(std::move(options))
{
    m_host = new SyncHost(m_db, m_options);
    if (m_options.ownThread) {
        // Made here, opened there: the window does not wait for the sync's connection either.
        m_host->makeOwnDatabase();
        m_election = m_host->makeElection();
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"sync"_s);
        m_host->moveAllTo(m_thread.get());
        // The host goes with its thread, whenever that ends: the context may have stopped
        // waiting for it (a database that does not answer).
        connect(m_thread.get(), &QThread::finished, m_host, &QObject::deleteLater);
        m_thread->start();
        if (m_db.isSqlite())
            m_relay = std::make_unique<ChangeRelay>(m_db, *m_host->ownDatabase());
        // Only the sync's connection is checked (its election, every heartbeat): the window's
        // follows it, so that the window says when the team database stops answering and, once
        // it answers again, reconnects (and listens again) instead of showing the past.
        connect(m_host->ownDatabase(), &store::Database::reachableChanged, this,
            [this](bool reachable) { m_db.followReachability(reachable); });
        // A connection that never opens would otherwise leave the window without a sync and
        // only the log saying why.
        connect(m_host, &SyncHost::ownDatabaseWaiting, this, [this](bool waiting) {
            if (waiting == m_syncWaiting)
                return;
            m_syncWaiting = waiting;
            Q_EMIT syncWaitingChanged(waiting);
        });
        QMetaObject::invokeMethod(
            m_host, [host = m_host, path = m_db.path()] { host->openOwnDatabase(path); });
    } else {
        m_election = m_host->makeElection();
    }
    // Queued from the host's thread, direct on this one; a context that went hears nothing more.
    connect(m_host, &SyncHost::built, this, &AppContext::publish);
}

AppContext::~AppContext()
{
    stop();
    // Whatever the host still announces is not for the views any more (and they are not told:
    // they may have gone already); the relay goes before either of its connections.
    disconnect(m_host, nullptr, this, nullptr);
    m_engine = nullptr;
    m_monitor = nullptr;
    m_tools = nullptr;
    m_relay.reset();
    if (!m_thread) {
        delete m_host;
    } else if (!m_gaveUp) {
        QMetaObject::invokeMethod(m_host, [host = m_host] {
            host->tearDown();
            QThread::currentThread()->quit(); // after the teardown, not before it ran
        });
        m_gaveUp = !m_thread->wait(QDeadlineTimer(m_options.stopTimeout));
    } else {
        // Still stuck in stop(): the teardown follows it there, whenever that is.
        QMetaObject::invokeMethod(m_host, [host = m_host] {
            host->tearDown();
            QThread::currentThread()->quit();
        });
    }
    if (m_thread && m_gaveUp) {
        // Destroying a running QThread aborts the process: it is left to end (and delete the
        // host) when its round trip returns, or to go with the process. Its lease expires at
        // the database by itself, and the next leader takes over from what was stored.
        qCWarning(lcSync) << "the sync's thread did not stop in time (the database does not answer);"
                             " quitting without it: the team lease expires on its own";
        (void)m_thread.release();
    }
}

void AppContext::post(const std::function<void()> &work)
{
    if (m_thread)
        QMetaObject::invokeMethod(m_host, [host = m_host, work] { host->whenOpen(work); });
    else
        work();
}

bool AppContext::isLeading() const
{
    return m_thread ? m_host->isLeading() : m_election->isLeading();
}

void AppContext::setSyncConfig(const sync::SyncConfig &config)
{
    dropSync();
    const quint64 generation = ++m_generation;
    m_building = true;
    post([host = m_host, config, generation] { host->build(config, generation); });
}

void AppContext::publish(quint64 generation, QObject *engine, QObject *monitor, QObject *tools)
{
    // A build that a later drop or build replaced: its objects go on the host's thread.
    if (generation != m_generation || !m_building)
        return;
    m_building = false;
    m_engine = static_cast<sync::SyncEngine *>(engine);
    m_monitor = static_cast<health::SyncMonitor *>(monitor);
    m_tools = static_cast<MappingTools *>(tools);
    Q_EMIT syncChanged();
    // The views read the new engine's state in syncChanged(), before it starts.
    if (m_startWanted != StartWanted::No)
        startWith(m_startWanted == StartWanted::UntilIdle);
}

void AppContext::unpublish()
{
    const bool had = m_engine || m_monitor || m_tools;
    m_engine = nullptr;
    m_monitor = nullptr;
    m_tools = nullptr;
    if (had)
        Q_EMIT syncChanged();
}

void AppContext::dropSync()
{
    ++m_generation;
    m_building = false;
    // The views let go of the engine and its tools before they go on the host's thread.
    unpublish();
    post([host = m_host] { host->drop(); });
}

void AppContext::setCanLead(bool canLead, const QString &whyNot)
{
    post([host = m_host, canLead, whyNot] { host->setCanLead(canLead, whyNot); });
}

void AppContext::start()
{
    m_startWanted = StartWanted::Start;
    if (!m_building)
        startWith(false);
}

void AppContext::runUntilIdle()
{
    m_startWanted = StartWanted::UntilIdle;
    if (!m_building)
        startWith(true);
}

void AppContext::startWith(bool untilIdle)
{
    // Not waited for: starting reads and writes the database.
    post([host = m_host, untilIdle] { host->start(untilIdle); });
}

bool AppContext::stop()
{
    m_startWanted = StartWanted::No;
    if (!m_thread) {
        m_host->stop();
        return true;
    }
    if (m_gaveUp)
        return false;
    auto done = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(m_host, [host = m_host, done] {
        host->stop();
        done->release();
    });
    if (done->tryAcquire(1, int(m_options.stopTimeout.count())))
        return true;
    m_gaveUp = true;
    qCWarning(lcSync).noquote() << u"the sync did not stop within %1 ms (the database does not answer)"_s.arg(
        m_options.stopTimeout.count());
    return false;
}

} // namespace tgic::models
