// SPDX-License-Identifier: MIT
#pragma once

#include "OutboxKind.h"

#include <QJsonArray>
#include <QList>
#include <QSet>

#include <optional>

namespace tgic::telegram {
struct MessageInfo;
struct UserProfile;
struct ChatMemberChange;
struct ParsedUpdate;
struct BusinessDeletion;
} // namespace tgic::telegram

namespace tgic::store {

class Database;

struct IngestReport
{
    bool ok = false;
    bool fenced = false; //!< refused: this process no longer holds the poller lease (team mode)
    int stored = 0; //!< new updates applied
    int duplicates = 0; //!< update_ids seen before (a batch re-delivered after a crash)
    int quarantined = 0; //!< malformed or unknown: kept raw with the reason
    int ignored = 0; //!< known types this app does not act on
    int fromBots = 0; //!< messages and edits by bots: never a contact, never mirrored
    int notFromCustomers = 0; //!< channels, anonymous admins, the business account, service messages
    int textRepaired = 0; //!< new updates whose text held a NUL or an unpaired surrogate (now gone)
    std::optional<qint64> nextOffset; //!< the offset that confirms this batch
    QList<qint64> chats; //!< chats that changed
};

//! Writes one getUpdates batch durably: raw updates, customers' profiles (with history), chats,
//! messages, outbox rows, quarantine, and the new offset, all in ONE transaction (or, when one
//! update cannot be stored at all, in parts around it). Only after it
//! commits may the poller confirm the batch to Telegram (invariant 2). Applying the same batch
//! twice changes nothing (dedupe on update_id, and on chat + message id).
//!
//! Set-based (InboxBatch): one round trip reads what the batch needs (with BEGIN and the lease
//! check), one writes it (with COMMIT), whatever the number of ordinary messages. Edits, member
//! changes and messages with more to record take the per-update way, in order.
class UpdateInbox
{
public:
    explicit UpdateInbox(Database &db)
        : m_db(db)
    { }

    //! Stores `updates` (one getUpdates answer). When the database refuses something in it for
    //! what it holds (SqlResult::isRefusal), the batch is split: every other update is stored and
    //! the one that cannot be goes into the quarantine with the reason. A failure that may pass
    //! (the connection, a lock) stores nothing: the answer is fetched again.
    IngestReport ingest(const QJsonArray &updates);

private:
    IngestReport storeOrSplit(const QJsonArray &updates, QList<telegram::ParsedUpdate> parsed);
    //! One transaction: everything in `updates` or nothing.
    IngestReport store(const QJsonArray &updates, QList<telegram::ParsedUpdate> parsed);
    bool apply(const telegram::ParsedUpdate &update, qint64 now, IngestReport &report);
    bool applyMessage(const telegram::MessageInfo &message, qint64 now, IngestReport &report);
    bool applyEdit(const telegram::MessageInfo &message, qint64 now, IngestReport &report);
    bool applyMemberChange(const telegram::ChatMemberChange &change, qint64 now, IngestReport &report);
    // Telegram Business (UpdateInboxBusiness.cpp): a customer's message or edit in a business
    // chat arrives rewritten to the chat's own key (BusinessChatKeys) and is stored like any
    // other; what the account itself said there is kept as the chat's outgoing message and noted
    // for the agents, never sent on.
    bool applyOwnerMessage(const telegram::MessageInfo &message, qint64 now, IngestReport &report);
    //! The account changed what it said: the stored copy follows, and the agents read the new text.
    bool applyOwnerEdit(const telegram::MessageInfo &message, qint64 now, IngestReport &report);
    //! Whether a `sender_business_bot` is this app's bot (its echo) rather than another bot
    //! acting for the account; with the bot's id not yet known (no getMe stored), every one is.
    bool isOwnBot(qint64 botId) const { return m_ownBotId == 0 || botId == m_ownBotId; }
    bool applyBusinessDeletion(const telegram::BusinessDeletion &deletion, qint64 now, IngestReport &report);
    bool noteForAgents(
        qint64 chatKey, qint64 customerId, std::optional<qint64> messageId, const QString &body, qint64 now);
    bool recordEvidence(const telegram::MessageInfo &message, qint64 messageId, qint64 now);
    bool upsertUser(const telegram::UserProfile &user, qint64 messageDateMs, qint64 now);
    bool upsertChat(const telegram::MessageInfo &message, qint64 now);
    static QString mediaPayload(const telegram::MessageInfo &message);
    bool enqueue(qint64 chatId, qint64 userId, std::optional<qint64> messageId, OutboxKind kind,
        const QString &payload, qint64 now);

    Database &m_db;
    QSet<qint64> m_businessOwners; //!< the connected accounts: never customers, not even in the bot chat
    qint64 m_ownBotId = 0; //!< meta::kTelegramBotId, read with each batch
};

} // namespace tgic::store
