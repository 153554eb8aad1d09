// SPDX-License-Identifier: MIT
#pragma once

#include "OutboxKind.h"
#include "SqlResult.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace tgic::store {

class Database;
class SqlBatch;

//! What delivering a to_intercom row needs, read with the row (claimHeads), so that a
//! returning customer's message costs no further reads.
struct DeliveryContext
{
    bool senderIsBot = false;
    //! The sender's mapping as it was read (empty contactId: none).
    bool mapped = false; //!< a mapping row exists
    QString contactId;
    QString mappingState;
    std::optional<qint64> createStartedAt;
    //! The message the row carries.
    QString messageText;
    qint64 telegramMessageId = 0;
    qint64 sentAt = 0;
    //! The latest open conversation of this chat and sender with `contactId`, if any.
    QString conversationId;
    qint64 conversationActivityAt = 0;
};

struct OutboxItem
{
    qint64 id = 0;
    qint64 chatId = 0;
    qint64 telegramUserId = 0;
    std::optional<qint64> messageId;
    OutboxKind kind = OutboxKind::Unknown;
    QString payload;
    int attempts = 0;
    std::optional<qint64> attemptStartedAt; //!< set: an earlier send may have landed
    qint64 createdAt = 0; //!< when it was queued (UNIX ms)
    //! When the message it carries was written (UNIX ms): a customer's message by Telegram's
    //! clock, an agent's part by Intercom's. 0 when it carries none. What latency is measured from.
    qint64 messageSentAt = 0;
    std::shared_ptr<const DeliveryContext> context; //!< to_intercom heads from claimHeads
};

//! A message that reached Intercom, to record (completeToIntercom).
struct IntercomCompletion
{
    OutboxItem item;
    QString contactId;
    QString conversationId;
    QString partId;
    bool newConversation = false;
};

//! The queue of work for the other side. Rows leave it only as done or failed (never deleted
//! unseen); each chat's rows are handed out strictly in order, one at a time.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db)
        : m_db(db)
    { }

    //! The oldest pending row of each chat that is due and not busy, oldest first. A head of a
    //! kind this version does not know is failed here with the reason (logged), never handed out.
    QList<OutboxItem> dueHeads(const QString &direction, const QSet<qint64> &busyChats, int limit);
    //! dueHeads() for many chats and nextDueAt() in one round trip; to_intercom heads come with
    //! their DeliveryContext.
    struct Heads
    {
        bool ok = false; //!< read, and `outcomes` written
        QList<OutboxItem> items;
        std::optional<qint64> nextDueAt;
        //! The to_intercom heads whose attempt was recorded (fenced) in the same round trip: the
        //! ones sent at once — a message or an edit, never tried before, of a sender already on
        //! a contact. Their `attempts` and `attemptStartedAt` are as they were before.
        QSet<qint64> attemptsRecorded;
        //! Of the `attempts` asked for, the ones recorded (markAttemptsStarted()).
        QSet<qint64> attemptsStarted;
    };
    //! `outcomes` (writes of work that just finished) go first in the same round trip, atomic
    //! with the read: the heads are read only once they are written, and on failure neither
    //! happened (ok is false).
    //! `attempts`: rows whose sends are about to leave, recorded as markAttemptsStarted() does
    //! in the same round trip.
    Heads claimHeads(const QString &direction, const QSet<qint64> &busyChats, int limit,
        const QList<SqlStatement> &outcomes = {}, const QList<qint64> &attempts = {});
    //! When the earliest waiting head becomes due (UNIX ms), if any row is pending.
    std::optional<qint64> nextDueAt(const QString &direction) const;
    int pendingCount(const QString &direction) const;
    //! Rows given up on for good, but for refused read marks: what failed is a delivery.
    int failedCount(const QString &direction) const;
    //! The counts in one statement (one round trip); nullopt when the read failed.
    struct Counts
    {
        int pending = 0;
        int failed = 0; //!< deliveries given up on (as failedCount())
        //! Read marks Telegram refused (the business account lacks the right, the message is
        //! gone): the reply they followed was delivered, so they are not among `failed`.
        int refusedReadMarks = 0;
    };
    std::optional<Counts> counts(const QString &direction) const;

    bool markAttemptStarted(qint64 id);
    //! markAttemptStarted() for many rows in one fenced statement; returns the ids recorded
    //! (none when this process does not hold the lease).
    QSet<qint64> markAttemptsStarted(const QList<qint64> &ids);
    bool reschedule(qint64 id, qint64 delayMs, const QString &error, bool mayHaveLanded);
    //! Give up on a row for good, in either direction: the message it carries (a customer's
    //! message, an agent's part, a phone request; not the original of an edit, see
    //! failureFailsMessage) shows as failed with the reason, and the chat's later rows move on
    //! (one bad message never wedges a chat).
    bool markFailed(const OutboxItem &item, const QString &error);
    //! markFailed()'s writes, added to `writes` for a caller that records more in the same
    //! transaction (and notifies Messages and Outbox after it commits).
    static void addFailure(SqlBatch &writes, const OutboxItem &item, const QString &error);
    bool markDone(qint64 id);
    //! A note for the agents on the customer's Intercom contact (e.g. "blocked the bot").
    bool enqueueNote(qint64 chatId, qint64 telegramUserId, const QString &body);

    //! A message reached Intercom: outbox row done, message delivered with its Intercom ids, and
    //! the conversation recorded — one transaction.
    bool completeToIntercom(const OutboxItem &item, const QString &contactId, const QString &conversationId,
        const QString &partId, bool newConversation);
    //! The same for many messages, set-based: one transaction, one round trip.
    bool completeToIntercom(const QList<IntercomCompletion> &done);
    //! completeToIntercom()'s writes, for a caller that sends them with its next read (and
    //! calls completedToIntercom() once they are written), the change notices for the other
    //! workstations included: they hear of it only if the writes commit, at no round trip of
    //! their own.
    QList<SqlStatement> completionWrites(const QList<IntercomCompletion> &done) const;
    //! Tell this process's listeners about written completions (the others were told by the
    //! notices that went with completionWrites()).
    void completedToIntercom(const QList<IntercomCompletion> &done);
    //! Intercom opened a conversation for the row's first step (a file follows as a reply):
    //! the conversation recorded and the attempt closed — one transaction, so a retry only
    //! attaches.
    bool recordOpenedConversation(
        const OutboxItem &item, const QString &contactId, const QString &conversationId);
    //! The chat's conversations with this contact are gone from Intercom: the next message
    //! starts a new one.
    bool markConversationsMissing(qint64 chatId, qint64 telegramUserId, const QString &contactId);

private:
    Database &m_db;
};

} // namespace tgic::store
