// SPDX-License-Identifier: MIT
#pragma once

#include "store/Database.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

class QThread;

namespace tgic::models {

//! \brief Where the window's models read: a job `T(store::Database &)` runs on a connection,
//! and its result reaches a continuation on the caller's thread.
//!
//! Two modes, one way to call it. On a team database the window's composition gives it a worker
//! thread with a connection of its own (opened there with the window's path and options, so that
//! the window is not held while it opens), so that the GUI thread never waits for a round trip:
//! the job runs there, in the order it was asked for (the first ones once the connection is
//! open), and the continuation is queued back to the caller's thread — dropped if the receiver is
//! gone by then. Inline (SQLite) the job runs at once on the caller's connection and the
//! continuation is called before read() returns, so a model read synchronously behaves as it
//! always did. If the worker's connection does not open, its jobs, and every later one, run on the
//! caller's connection and thread as inline ones do.
//!
//! A job must touch nothing but the database it is given and what it captured by value: it may
//! run on another thread. A write in a job announces its change on that connection, which other
//! connections hear as usual (LISTEN/NOTIFY).
class ModelReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelReader)

public:
    //! Inline: every job runs at once on `db`.
    explicit ModelReader(store::Database &db, QObject *parent = nullptr);
    //! On a worker thread with its own connection to `db`'s database, opened there with `options`
    //! (returns at once); inline on `db` (with a warning) once that connection did not open.
    ModelReader(store::Database &db, const store::OpenOptions &options, QObject *parent = nullptr);
    //! Jobs not yet started are skipped; the one running (or the connection's opening, which
    //! gives up after libpq's connect_timeout) finishes; the connection closes on its thread and
    //! the thread ends. Continuations not yet delivered are dropped.
    ~ModelReader() override;

    //! Jobs run on a worker thread (their results arrive later); false: inline.
    bool isOnWorkerThread() const { return m_thread != nullptr && !m_inline; }
    //! The window's connection, for what stays on the caller's thread.
    store::Database &database() const { return m_db; }

    //! Which reads go first on the worker's one connection.
    enum class Lane {
        //! Re-reads on a change notice, counts, badges: in the order asked for.
        Background,
        //! What the agent just asked for (a click, a keystroke, scrolling): before every
        //! background read not yet started, so that it never waits behind a burst's re-reads.
        Interactive,
    };

    //! Run `job` and hand its result to `done` on this reader's thread, unless `receiver` (an
    //! object of that thread) was destroyed meanwhile. Within a lane jobs run in order.
    template <typename Job, typename Done>
    void read(Job job, QObject *receiver, Done done, Lane lane = Lane::Background)
    {
        using T = std::decay_t<std::invoke_result_t<Job &, store::Database &>>;
        if (!isOnWorkerThread()) {
            done(job(m_db));
            return;
        }
        post(
            [this, job = std::move(job), receiver = QPointer<QObject>(receiver), done = std::move(done)](
                store::Database &db) mutable {
                auto result = std::make_shared<T>(job(db));
                deliver([receiver, result, done = std::move(done)]() mutable {
                    if (receiver)
                        done(std::move(*result));
                });
            },
            lane);
    }

    //! As read() (background lane), but one job for every caller that asks for the same `key`
    //! before it starts: two models showing the same rows (the chat list and the tray) re-read
    //! them once per change notice. Each `done` gets the one result; a caller asking after the
    //! job started gets a job of its own (the first may have read before the change it heard of).
    template <typename Job, typename Done>
    void readShared(const QString &key, Job job, QObject *receiver, Done done)
    {
        using T = std::decay_t<std::invoke_result_t<Job &, store::Database &>>;
        if (!isOnWorkerThread()) {
            done(job(m_db));
            return;
        }
        auto waiting
            = [receiver = QPointer<QObject>(receiver), done = std::move(done)](const void *result) mutable {
                  if (receiver)
                      done(*static_cast<const T *>(result));
              };
        const std::shared_ptr<SharedRead> pending = m_shared.value(key);
        if (pending && !pending->started) {
            pending->waiting.push_back(std::move(waiting));
            return;
        }
        auto shared = std::make_shared<SharedRead>();
        shared->waiting.push_back(std::move(waiting));
        m_shared.insert(key, shared);
        read(
            [shared, job = std::move(job)](store::Database &db) mutable {
                shared->started = true;
                return job(db);
            },
            this,
            [this, key, shared](const T &result) {
                if (m_shared.value(key) == shared)
                    m_shared.remove(key);
                for (auto &w : shared->waiting)
                    w(&result);
            });
    }

private:
    //! One job of readShared() and whoever waits for its result (this reader's thread only,
    //! but for `started`, set on the worker when the job begins).
    struct SharedRead
    {
        std::atomic<bool> started { false };
        std::vector<std::function<void(const void *)>> waiting;
    };
    using Work = std::function<void(store::Database &)>;

    //! Queue `work` in `lane` for the worker thread (skipped once the reader is going).
    void post(Work work, Lane lane = Lane::Interactive);
    //! On the worker: the next job, interactive ones first.
    void runNext();
    //! Queue `continuation` back to this reader's thread; called on the worker thread.
    void deliver(std::function<void()> continuation);
    //! On the worker thread, first: open its connection; if it does not, go inline.
    void openOwn(const QString &path, const store::OpenOptions &options);
    //! On this reader's thread: the worker's connection did not open.
    void goInline(const QString &error);

    store::Database &m_db;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_threadAnchor; //!< lives on m_thread: what jobs are queued to
    std::unique_ptr<store::Database> m_ownDb; //!< the worker's connection
    std::atomic<bool> m_stopping { false };
    QMutex m_queueMutex; //!< guards the lanes, filled here and emptied on the worker
    std::deque<Work> m_interactive;
    std::deque<Work> m_background;
    QHash<QString, std::shared_ptr<SharedRead>> m_shared; //!< readShared() jobs not yet answered
    bool m_inline = false; //!< the worker's connection did not open (this reader's thread only)
};

//! \brief One thing a model reads again and again (a chat's rows, the status bar's counts): a
//! result arrives only if no newer read of the same thing started after it, so a slow answer
//! never overwrites a newer one.
class ReadSeries
{
public:
    //! `done`, called only if no read of this series started (and no cancel()) since.
    template <typename Done> auto latest(Done done)
    {
        return [generation = ++*m_generation, current = m_generation, done = std::move(done)](
                   auto &&result) mutable {
            if (generation == *current)
                done(std::forward<decltype(result)>(result));
        };
    }
    //! Drop whatever is in flight.
    void cancel() { ++*m_generation; }

private:
    std::shared_ptr<quint64> m_generation = std::make_shared<quint64>(0);
};

} // namespace tgic::models
