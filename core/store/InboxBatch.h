// SPDX-License-Identifier: MIT
#pragma once

#include "OutboxKind.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <optional>

namespace tgic::telegram {
struct MessageInfo;
struct UserProfile;
struct ParsedUpdate;
} // namespace tgic::telegram

namespace tgic::store {

class SqlBatch;
struct IngestReport;

//! What one getUpdates batch writes, decided in memory and written set-based: whatever the number
//! of updates, one batch of reads before (read()/take()) and a few multi-row statements after
//! (write()). UpdateInbox sends the reads with the transaction's BEGIN and the lease check, and
//! the writes with its COMMIT: a batch of ordinary messages costs two round trips.
//!
//! It replays, row by row, what UpdateInbox's per-update code does (profile history, the chat's
//! unread count and preview, the outbox in arrival order), so both give the same rows. Updates it
//! does not handle (edits, member changes, files over the download limit, phone numbers and
//! e-mail addresses to record) go the per-update way; their user is then marked dirty() and
//! later messages of that user follow the same way.
class InboxBatch
{
public:
    explicit InboxBatch(qint64 now)
        : m_now(now)
    { }

    //! The reads every decision needs, for all updates at once.
    void read(SqlBatch &reads, const QList<telegram::ParsedUpdate> &updates);
    //! Take the answers of read(); false when a read failed.
    bool take(SqlBatch &reads);

    //! Seen before (stored earlier, or earlier in this batch); the first sight marks it seen.
    bool isDuplicateUpdate(qint64 updateId);
    void recordUpdate(qint64 updateId, const QString &kind, const QString &payload, bool textRepaired);
    void quarantine(std::optional<qint64> updateId, const QString &reason, const QString &payload);

    //! This message can be applied here (a plain message of a user not touched the other way).
    bool handles(const telegram::MessageInfo &message) const;
    void applyMessage(const telegram::MessageInfo &message, const QString &payload, IngestReport &report);
    //! Users whose profile changed (for the change notices).
    const QList<qint64> &changedProfiles() const { return m_changedProfiles; }

    //! The per-update way changed this user's rows: stop trusting what was read.
    void dirty(qint64 userId) { m_dirtyUsers.insert(userId); }
    //! This message is stored (read before, or stored by this batch).
    bool knows(qint64 chatId, qint64 telegramMessageId) const
    {
        return m_knownMessages.contains({ chatId, telegramMessageId });
    }
    //! The per-update way stored this message (or found it stored).
    void messageStored(qint64 chatId, qint64 telegramMessageId)
    {
        m_knownMessages.insert({ chatId, telegramMessageId });
    }

    bool hasWrites() const;
    //! The statements that write what was gathered, in an order the foreign keys accept; the
    //! gathered rows are then cleared.
    void write(SqlBatch &writes);

private:
    struct User
    {
        QString first, last, username, language;
        bool premium = false;
        bool bot = false;
        qint64 profileDate = 0;
        bool inDatabase = false; //!< known from the read (else inserted by this batch)
        bool touched = false; //!< to write
        bool mapped = false; //!< has an Intercom contact
        bool profilePending = false; //!< a profile row waits in the outbox
    };
    struct Chat
    {
        QString type, title, username;
        QVariant telegramUserId;
        qint64 at = -1;
        QString preview;
        int count = 0;
    };
    struct Queued
    {
        qint64 chatId, userId;
        std::optional<qint64> telegramMessageId;
        OutboxKind kind;
        QString payload;
    };

    void applyUser(const telegram::UserProfile &user, qint64 messageDateMs);
    void history(
        qint64 userId, const QString &field, const QVariant &oldValue, const QString &newValue, qint64 at);

    qint64 m_now;
    QList<int> m_reads; //!< indices in the read batch: updates, users, mapped, profile rows, messages
    QSet<qint64> m_seenUpdates;
    QSet<QPair<qint64, qint64>> m_knownMessages; //!< (chat, Telegram message id)
    QHash<qint64, User> m_users;
    QSet<qint64> m_readUsers; //!< users whose rows the read covered
    QSet<qint64> m_dirtyUsers;
    QList<qint64> m_changedProfiles;

    QList<QVariantList> m_updateRows, m_quarantineRows, m_historyRows, m_messageRows;
    QList<qint64> m_chatOrder, m_userOrder, m_newMappings;
    QHash<qint64, Chat> m_chats;
    QList<Queued> m_outbox;
};

} // namespace tgic::store
