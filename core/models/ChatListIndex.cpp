// SPDX-License-Identifier: MIT
// ChatListModel's search index: read on a worker thread, adopted on the GUI thread.
#include "ChatListModel.h"

#include "ModelReader.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace tgic::models {

//! The search index being read on a worker thread with its own connection.
struct ChatListModel::IndexBuild
{
    std::unique_ptr<QThread> thread;
    QList<ChatSearchIndex::Entry> entries;
    bool ok = false;
};

namespace {
// What the search index needs, and nothing else.
const QString kIndexSelect
    = u"SELECT c.chat_id, c.telegram_user_id, c.last_message_at, c.title, c.username, k.name, k.email"_s
    + u" FROM chats c" // the joins of the list's own query
      " LEFT JOIN mappings m ON m.telegram_user_id = c.telegram_user_id"
      " LEFT JOIN contacts k ON k.intercom_contact_id = m.intercom_contact_id"_s;
} // namespace

void ChatListModel::stopIndexBuild()
{
    if (!m_build)
        return;
    m_build->thread->wait();
    m_build.reset();
}

namespace {
// Every chat's search key, in table order (sorted afterwards): following the activity index
// visits the table's pages at random, and took 0.7 s instead of 0.1 s for 100k chats.
QList<ChatSearchIndex::Entry> readIndex(const QSqlDatabase &db, bool *ok)
{
    store::SqlResult q = store::runSql(db, kIndexSelect, {}, ok, store::Rows::ForwardOnly);
    QList<ChatSearchIndex::Entry> entries;
    if (!*ok)
        return entries;
    while (q.next())
        entries.append({ q.value(2).toLongLong(), q.value(0).toLongLong(),
            ChatFilter::searchKey({ q.value(3).toString(), q.value(4).toString(), q.value(1).toLongLong(),
                q.value(5).toString(), q.value(6).toString() }) });
    return ChatSearchIndex::prepare(std::move(entries));
}
} // namespace

void ChatListModel::rebuildIndex()
{
    stopIndexBuild(); // its snapshot is outdated: a fresh build follows
    m_index.clear();
    m_touchedDuringBuild.clear();
    // Shortly after the first page is painted, not in the same event-loop turn.
    QTimer::singleShot(std::chrono::milliseconds(150), this, [this, generation = ++m_indexGeneration] {
        if (generation == m_indexGeneration)
            startIndexBuild();
    });
}

void ChatListModel::startIndexBuild()
{
    if (m_index.isComplete() || m_build)
        return;
    // Reading 100k rows and folding their keys takes ~0.3 s: on a worker thread with a clone of
    // the connection (SQLite in WAL mode and PostgreSQL both serve a second reader), so the GUI
    // thread never stalls. Changes meanwhile are replayed onto the result in adoptIndex().
    auto build = std::make_shared<IndexBuild>();
    const QString source = m_db.connection().connectionName();
    IndexBuild *state = build.get();
    build->thread.reset(QThread::create([state, source] {
        const QString name = source + u"-chat-index-"_s + QString::number(quintptr(state), 16);
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (db.open()) {
                // One sequential pass over the table: memory-mapped reads save a system call per page.
                if (db.driverName() == u"QSQLITE"_s)
                    store::runSql(db, u"PRAGMA mmap_size = 268435456"_s);
                state->entries = readIndex(db, &state->ok);
            }
        }
        QSqlDatabase::removeDatabase(name);
    }));
    connect(build->thread.get(), &QThread::finished, this, [this, state] {
        if (m_build.get() == state)
            adoptIndex();
    });
    m_build = build;
    m_build->thread->start();
}

void ChatListModel::adoptIndex()
{
    const std::shared_ptr<IndexBuild> build = std::move(m_build);
    build->thread->wait();
    if (!build->ok && m_reader->isOnWorkerThread()) {
        // No second connection (or it failed): the reader's, never the window's thread.
        m_reader->read(
            [](store::Database &db) {
                bool ok = false;
                return readIndex(db.connection(), &ok);
            },
            this,
            [this, generation = m_indexGeneration](QList<ChatSearchIndex::Entry> entries) {
                if (generation != m_indexGeneration)
                    return; // a newer build was asked for meanwhile
                m_index.assign(std::move(entries));
                indexAdopted();
            });
        return;
    }
    if (build->ok) {
        m_index.assign(std::move(build->entries));
    } else {
        // No second connection (or it failed): read it here instead.
        bool ok = false;
        m_index.assign(readIndex(m_db.connection(), &ok));
    }
    indexAdopted();
}

void ChatListModel::indexAdopted()
{
    // Chats that changed while the worker read its snapshot.
    const QSet<qint64> touched = std::exchange(m_touchedDuringBuild, {});
    if (!touched.isEmpty())
        refreshIndexEntries(touched.values());
    Q_EMIT searchIndexReady();
}

void ChatListModel::ensureIndex()
{
    if (m_index.isComplete())
        return;
    // A search before the index is ready: finish (or do) the read now.
    if (!m_build) {
        bool ok = false;
        m_index.assign(readIndex(m_db.connection(), &ok));
        Q_EMIT searchIndexReady();
        return;
    }
    adoptIndex();
}

} // namespace tgic::models
