// SPDX-License-Identifier: MIT
#include "ModelReader.h"

#include "Logging.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace tgic::models {

ModelReader::ModelReader(store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

ModelReader::ModelReader(store::Database &db, const store::OpenOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    // Qt SQL connections belong to the thread that opened them: the reader's opens there, as the
    // thread's first job, so that the window is not held by a database that is slow or hangs
    // while connecting; the reads asked for meanwhile wait behind it.
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"reads"_s);
    m_threadAnchor = std::make_unique<QObject>();
    m_threadAnchor->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_threadAnchor.get(), [this, path = db.path(), options] { openOwn(path, options); });
    // The window's connection learns when the team database answers again (it follows the
    // sync's); so does this one, which nothing else checks, before the re-reads that follow.
    connect(&m_db, &store::Database::reachableChanged, this, [this](bool reachable) {
        if (reachable)
            post([](store::Database &own) { own.followReachability(true); }, Lane::Interactive);
    });
}

void ModelReader::openOwn(const QString &path, const store::OpenOptions &options)
{
    auto own = std::make_unique<store::Database>();
    if (own->open(path, options)) {
        m_ownDb = std::move(own);
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, error = own->error()] { goInline(error); }, Qt::QueuedConnection);
}

void ModelReader::goInline(const QString &error)
{
    // A window that waits for its reads is better than one that shows nothing.
    qCWarning(lcStore).noquote() << "the window reads on its own thread: its read connection did not open:"
                                 << error;
    m_inline = true;
}

ModelReader::~ModelReader()
{
    if (!m_thread)
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(
        m_threadAnchor.get(), [this] { m_ownDb.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void ModelReader::post(Work work, Lane lane)
{
    {
        const QMutexLocker lock(&m_queueMutex);
        (lane == Lane::Interactive ? m_interactive : m_background).push_back(std::move(work));
    }
    // One turn per job; each turn takes whichever job goes first by then.
    QMetaObject::invokeMethod(m_threadAnchor.get(), [this] { runNext(); });
}

void ModelReader::runNext()
{
    Work work;
    {
        const QMutexLocker lock(&m_queueMutex);
        std::deque<Work> &lane = m_interactive.empty() ? m_background : m_interactive;
        if (lane.empty())
            return;
        work = std::move(lane.front());
        lane.pop_front();
    }
    if (m_stopping)
        return;
    if (m_ownDb) {
        work(*m_ownDb);
        return;
    }
    // Asked for before the worker's connection was found not to open: run on the window's
    // connection, on its thread, as later reads will (an answer never goes missing).
    QMetaObject::invokeMethod(
        this, [this, work = std::move(work)] { work(m_db); }, Qt::QueuedConnection);
}

void ModelReader::deliver(std::function<void()> continuation)
{
    // Posted to the reader, which outlives the worker's jobs; the receiver is checked there,
    // on its own thread.
    QMetaObject::invokeMethod(this, std::move(continuation), Qt::QueuedConnection);
}

} // namespace tgic::models
