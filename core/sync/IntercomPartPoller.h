// SPDX-License-Identifier: MIT
#pragma once

#include "intercom/IntercomTypes.h"
#include "store/TelegramOutbox.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace tgic::store {
class Database;
}
namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::sync {

class FileDownloader;

//! Finds what agents said to mapped contacts and queues it for Telegram.
//!
//! A cycle: tag the conversations this app opened that are not tagged yet, then ONE search for
//! the conversations tagged "telegram" updated recently, newest first, paging only until the
//! ones older than the last cycle (when the service honours the sort). The date filter is
//! deliberately a day wider than needed, so it holds whether Intercom compares dates to the
//! second or by calendar day (`>` from the next day on); the exact cut is made here, per
//! conversation, on its own `updated_at`. Without the tag (`--no-tag`) the search goes by
//! contact ids instead, 100 per query. Then read each conversation whose `updated_at` moved, and
//! queue the parts
//! past its high-water mark that an agent or a bot said to the customer — comments, quick
//! replies, and close/open/assignment parts with a body; never notes, never the customer's own
//! parts (which include everything this app posted), never admin parts this app created
//! (`app_package_code`). Attachments are downloaded at once: Intercom's links expire.
//!
//! The same objects carry what agents decide in Intercom — the conversation's state, its admin
//! and team assignees, its tags — and the poller stores that for the contact panel
//! (store::ConversationStateRepository), at no extra request.
//!
//! Polling is adaptive: every `activeInterval` while a conversation saw an agent or customer
//! recently, every `idleInterval` otherwise, slower still while Intercom's rate-limit headroom
//! is low (the scheduler enforces the limit itself; this only avoids using it up).
class IntercomPartPoller final : public QObject
{
    Q_OBJECT

public:
    IntercomPartPoller(store::Database &db, intercom::IntercomClient *client, FileDownloader *downloader,
        QObject *parent = nullptr);

    void start();
    void stop();
    //! Run a cycle now (or right after the running one).
    void pollNow();
    //! Something happened in a chat (a customer wrote): poll fast for a while.
    //! Another part of this process stored a meta value this poller reads each cycle.
    void rememberMeta(const QString &key, const QString &value) { m_meta.insert(key, value); }
    void noteActivity();
    //! This app itself just added a part to `conversationId` (a customer's message), and
    //! Intercom answered with the whole `conversation`. While a search still shows the
    //! conversation with that updated_at and part count, nobody else changed it: it is not read
    //! again (a GET each time was most of the requests a busy customer cost). Only when that
    //! answer holds exactly the agents' answers this poller saw at its last read: one given in
    //! between is read and relayed. Kept in memory: the same process delivers and polls, and
    //! after a restart a conversation is simply read once more.
    void noteOwnWrite(const QString &conversationId, const intercom::Conversation &conversation);
    //! This app opened `conversationId` for a customer: it holds nothing but their first message
    //! until a search shows a part in it.
    void noteOpened(const QString &conversationId);

    bool isCycleRunning() const { return m_cycleRunning; }
    int completedCycles() const { return m_completedCycles; }

    void setIntervals(std::chrono::milliseconds active, std::chrono::milliseconds idle)
    {
        m_activeInterval = active;
        m_idleInterval = idle;
    }
    //! Find conversations by the "telegram" tag (the default; this app tags what it opens), or,
    //! with false, by the mapped contacts' ids (costs one search per 100 contacts).
    void setUseTag(bool useTag) { m_useTag = useTag; }

Q_SIGNALS:
    void cycleFinished(int partsQueued);
    void partsQueued(qint64 chatId);
    void authFailed(const QString &reason);
    void pollFailed(const QString &reason);
    //! Conversations are assigned to these ("admin:ID", "team:ID") and no name is stored.
    void unnamedAssignees(const QStringList &assignees);

private:
    struct Hit
    {
        QString id;
        qint64 updatedAt = 0;
        std::optional<store::TelegramOutbox::Cursor> cursor; //!< as read with the search page
    };
    //! Where a known conversation's parts go.
    struct Target
    {
        qint64 chatId = 0;
        qint64 telegramUserId = 0;
    };
    struct OwnWrite
    {
        qint64 updatedAt = 0; //!< zero: not known (a conversation this app opened)
        qint64 partCount = 0;
    };
    //! How many parts of `conversation` an agent wrote for the customer (isRelayable).
    int answersIn(const intercom::Conversation &conversation) const;
    //! Whether `hit` (a search result) shows nothing but this app's own last write.
    bool onlyOwnWrite(const Hit &hit, const intercom::Conversation &conversation);
    struct Pending
    {
        QString conversationId;
        qint64 updatedAt = 0;
        qint64 chatId = 0;
        qint64 telegramUserId = 0;
        store::TelegramOutbox::Cursor cursor;
        QList<intercom::ConversationPart> parts; //!< relayable, oldest first
        int answers = 0; //!< relayable parts in the whole conversation, relayed before or not
        int next = 0;
        store::AgentPart current;
        int nextAttachment = 0;
        QList<intercom::Attachment> attachments;
    };

    void beginCycle();
    void ensureTag();
    void tagBacklog();
    void startSearch();
    void searchChunk(int chunk, const QString &startingAfter);
    //! Where the conversations to read go (m_targets), in one read.
    void readTargets();
    void readNext();
    void onConversation(const Hit &hit, const intercom::Conversation &conversation);
    void relayNext(const std::shared_ptr<Pending> &pending);
    void fetchAttachments(const std::shared_ptr<Pending> &pending);
    void finishConversation(const std::shared_ptr<Pending> &pending, bool complete);
    void endCycle(bool ok, const QString &error = {});
    //! The tags applied this cycle, the states and cursors of the conversations read: one
    //! round trip for the whole cycle, with `polledTo` when the cycle saw everything.
    bool writeCycle(const QString &polledTo);
    void scheduleNext();
    bool isRelayable(const intercom::ConversationPart &part) const;
    bool target(const intercom::Conversation &conversation, qint64 *chatId, qint64 *telegramUserId) const;
    qint64 relayEpoch();

    QString metaValue(const QString &key);
    void recordStates(const QList<intercom::Conversation> &conversations);

    store::Database &m_db;
    store::TelegramOutbox m_outbox;
    intercom::IntercomClient *m_client;
    FileDownloader *m_downloader;
    QTimer *m_timer;
    QList<QJsonObject> m_scopes; //!< one search each: the tag, or chunks of contact ids
    QStringList m_untagged;
    QString m_tagId;
    QList<Hit> m_hits;
    QHash<QString, Target> m_targets; //!< the conversations to read that this app knows
    QStringList m_tagged; //!< tagged in Intercom this cycle, not yet recorded
    QList<intercom::Conversation> m_statesRead; //!< read this cycle, their states not yet recorded
    //! Cursors of conversations read completely this cycle, not yet written (writeCycle).
    QHash<QString, store::TelegramOutbox::Cursor> m_cursorsRead;
    QHash<QString, OwnWrite> m_ownWrites;
    //! Per conversation, the agents' answers it held when this poller last read it completely.
    QHash<QString, int> m_answersRead;
    QString m_ownPackageCode;
    QHash<QString, QString> m_meta; //!< meta values this poller read or wrote while leading
    qint64 m_cycleStartedAt = 0; //!< UNIX seconds
    qint64 m_floor = 0; //!< conversations older than this were judged by an earlier cycle
    qint64 m_previousUpdatedAt = 0; //!< to see whether the service honours the sort
    bool m_sorted = true;
    bool m_useTag = true;
    qint64 m_lastActivityAt = 0; //!< UNIX ms
    int m_queuedThisCycle = 0;
    int m_completedCycles = 0;
    int m_maxPerCycle = 50;
    bool m_capped = false;
    bool m_running = false;
    bool m_cycleRunning = false;
    bool m_again = false;
    std::chrono::milliseconds m_activeInterval { std::chrono::seconds(5) };
    std::chrono::milliseconds m_idleInterval { std::chrono::seconds(60) };
    std::chrono::milliseconds m_activeWindow { std::chrono::minutes(15) };
};

} // namespace tgic::sync
