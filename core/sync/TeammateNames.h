// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <chrono>

class QTimer;

namespace tgic::store {
class Database;
}
namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::sync {

//! Names for the admin and team ids conversations are assigned to, for the contact panel.
//!
//! Reads GET /admins and GET /teams when started (the leader, once per start; not if both were
//! read less than `minInterval` ago, so `sync --until-idle` from cron pays nothing per run), and
//! again only when the reply poller meets an assignee without a name — at most once per
//! `minInterval` (10 minutes), and once per such id: an id the lists do not hold (a deleted
//! teammate) never causes another read. Never per poll cycle. A failure (403 for a token
//! without the scope, 429, 5xx) is logged and keeps the ids; the reply poller does not wait.
class TeammateNames final : public QObject
{
    Q_OBJECT

public:
    TeammateNames(store::Database &db, intercom::IntercomClient *client, QObject *parent = nullptr);

    //! Read both lists now (unless a read is already under way).
    void start();
    //! No further reads; an answer still on its way is dropped.
    void stop();
    //! The reply poller met these assignees ("admin:ID", "team:ID") with no stored name.
    void noteUnnamed(const QStringList &assignees);

    void setMinInterval(std::chrono::milliseconds interval) { m_minInterval = interval; }
    //! Reads started so far (each is GET /admins plus GET /teams).
    int reads() const { return m_reads; }
    bool isReading() const { return m_pending > 0; }

Q_SIGNALS:
    //! A read finished (`ok`: both lists arrived and were stored).
    void readFinished(bool ok);

private:
    void read();
    void onList(const QString &kind, bool ok);

    store::Database &m_db;
    intercom::IntercomClient *m_client;
    QTimer *m_later;
    std::chrono::milliseconds m_minInterval { std::chrono::minutes(10) };
    qint64 m_lastReadAt = 0; //!< monotonic ms, valid with m_hasRead
    bool m_hasRead = false;
    qint64 m_readStartedAtWall = 0;
    QSet<QString> m_asked; //!< assignees a read was made for (or that a read started after)
    QSet<QString> m_waiting; //!< assignees the next read is for
    int m_reads = 0;
    int m_pending = 0;
    bool m_readOk = true;
    bool m_running = false;
};

} // namespace tgic::sync
