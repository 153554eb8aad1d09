// SPDX-License-Identifier: MIT
#pragma once

#include "store/Database.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;
class QTimer;

namespace tgic::models {

//! \brief Opens a connection to a team database on a thread of its own and hands it to the
//! caller's thread, so that a database that is slow, or hangs, at start-up never holds the window:
//! the window shows that it is connecting and fills in once opened().
//!
//! A connection that does not open is reported (failed()) and tried again every
//! kRetryInterval until it opens or the opener goes. Qt SQL connections belong to one thread at
//! a time: this one is opened (and migrated) on the opener's thread, then given to the caller's,
//! which uses it from then on as if it had opened it itself. Listening for other workstations'
//! changes (LISTEN) is the one round trip made on the caller's thread, before opened().
class DatabaseOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseOpener)

public:
    static constexpr int kRetryIntervalMs = 2000;

    DatabaseOpener(QString path, store::OpenOptions options, QObject *parent = nullptr);
    //! An attempt under way is waited for (libpq gives up after its connect_timeout); a
    //! connection opened and not yet taken closes.
    ~DatabaseOpener() override;

    //! The first attempt; returns at once.
    void start();
    //! After opened(): the connection, on this opener's thread, for the caller to keep.
    std::unique_ptr<store::Database> take() { return std::move(m_db); }
    //! Attempts made so far, the one under way included.
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    //! The connection is open: take() it.
    void opened();
    //! An attempt failed (`error` names the database without its password); the next follows
    //! in kRetryIntervalMs.
    void failed(const QString &error);

private:
    void attempt();
    void onAttempted(const std::shared_ptr<std::unique_ptr<store::Database>> &db, const QString &error);

    QString m_path;
    store::OpenOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_threadAnchor; //!< lives on m_thread: where attempts run
    QTimer *m_retry;
    std::unique_ptr<store::Database> m_db;
    int m_attempts = 0;
};

} // namespace tgic::models
