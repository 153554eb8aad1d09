// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace tgic::store {
class Database;
struct Evidence;
} // namespace tgic::store
namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::identity {

//! \brief Proposes "merge lead L into user U" from what customers told us — never merges.
//!
//! Each new piece of evidence (a phone number shared from the customer's own Telegram account,
//! an e-mail address they typed) costs one Intercom search for users with that phone or email,
//! once the customer has a contact; nothing is scanned per cycle. A hit is confirmed on our
//! side (normalized E.164, lower-case e-mail), because the service's `=` may be stricter or
//! looser than ours. A shared name is never evidence.
//!
//! Runs on the workstation that polls (the leader in team mode); the evidence and suggestions
//! live in the database, so any workstation shows them and a restart loses nothing.
class MergeSuggester final : public QObject
{
    Q_OBJECT

public:
    MergeSuggester(store::Database &db, intercom::IntercomClient *client, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    //! Nothing is being looked up and nothing is due now.
    bool isIdle() const;
    //! Intercom searches made since start (for tests and benchmarks: one per piece of evidence).
    int searches() const { return m_searches; }

public Q_SLOTS:
    //! Look up what is due now (new evidence, a customer who just got a contact).
    void kick();

Q_SIGNALS:
    //! A lookup finished and nothing else is due.
    void idle();
    void searched(qint64 evidenceId, int suggestions);

private:
    void checkNext();
    void onResult(const store::Evidence &evidence, bool ok, const QString &error, int found);
    //! Sleep until `next` (when the earliest waiting piece becomes due), or for good.
    void scheduleRetry(const std::optional<qint64> &next);

    store::Database &m_db;
    QPointer<intercom::IntercomClient> m_client;
    QTimer *m_kick;
    QTimer *m_retry;
    bool m_running = false;
    bool m_busy = false;
    //! The last read found evidence waiting for its customer's contact (or could not tell).
    bool m_awaitingContact = true;
    int m_searches = 0;
};

} // namespace tgic::identity
