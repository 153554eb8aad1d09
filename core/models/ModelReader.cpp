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
    // Qt SQL connections belong to the thread that opened them: the reader's opens there.
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"reads"_s);
    m_threadAnchor = std::make_unique<QObject>();
    m_threadAnchor->moveToThread(m_thread.get());
    m_thread->start();
    QString error;
    QMetaObject::invokeMethod(
        m_threadAnchor.get(),
        [this, &options, &error] {
            m_ownDb = std::make_unique<store::Database>();
            if (!m_ownDb->open(m_db.path(), options)) {
                error = m_ownDb->error();
                m_ownDb.reset();
            }
        },
        Qt::BlockingQueuedConnection);
    if (m_ownDb) {
        // The window's connection learns when the team database answers again (it follows the
        // sync's); so does this one, which nothing else checks, before the re-reads that follow.
        connect(&m_db, &store::Database::reachableChanged, this, [this](bool reachable) {
            if (reachable)
                post([](store::Database &own) { own.followReachability(true); });
        });
        return;
    }
    // A window that waits for its reads is better than one that shows nothing.
    qCWarning(lcStore).noquote() << "the window reads on its own thread: its read connection did not open:"
                                 << error;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_threadAnchor.reset();
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

void ModelReader::post(std::function<void(store::Database &)> work)
{
    QMetaObject::invokeMethod(m_threadAnchor.get(), [this, work = std::move(work)] {
        if (!m_stopping && m_ownDb)
            work(*m_ownDb);
    });
}

void ModelReader::deliver(std::function<void()> continuation)
{
    // Posted to the reader, which outlives the worker's jobs; the receiver is checked there,
    // on its own thread.
    QMetaObject::invokeMethod(this, std::move(continuation), Qt::QueuedConnection);
}

} // namespace tgic::models
