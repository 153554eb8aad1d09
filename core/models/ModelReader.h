// SPDX-License-Identifier: MIT
#pragma once

#include "store/Database.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

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

    //! Run `job` and hand its result to `done` on this reader's thread, unless `receiver` (an
    //! object of that thread) was destroyed meanwhile.
    template <typename Job, typename Done> void read(Job job, QObject *receiver, Done done)
    {
        using T = std::decay_t<std::invoke_result_t<Job &, store::Database &>>;
        if (!isOnWorkerThread()) {
            done(job(m_db));
            return;
        }
        post([this, job = std::move(job), receiver = QPointer<QObject>(receiver), done = std::move(done)](
                 store::Database &db) mutable {
            auto result = std::make_shared<T>(job(db));
            deliver([receiver, result, done = std::move(done)]() mutable {
                if (receiver)
                    done(std::move(*result));
            });
        });
    }

private:
    //! Queue `work` to the worker thread (skipped once the reader is going).
    void post(std::function<void(store::Database &)> work);
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
