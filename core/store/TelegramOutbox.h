// SPDX-License-Identifier: MIT
#pragma once

#include "OutboxRepository.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgic::store {

class Database;

//! An agent's attachment: the bytes (downloaded while the link was valid), or why not.
struct PartFile
{
    QString name;
    QString contentType;
    qint64 size = 0;
    QByteArray data;
    QString link; //!< set instead of data when the file is over Telegram's 50 MB upload limit
    QString error; //!< set when it could not be fetched
};

//! One Intercom part to relay to a Telegram chat, already converted to Telegram text.
struct AgentPart
{
    QString conversationId;
    QString partId;
    qint64 createdAt = 0; //!< Intercom seconds
    qint64 chatId = 0;
    qint64 telegramUserId = 0;
    std::optional<qint64> replyTo; //!< groups: the customer's message this answers
    QStringList texts; //!< pieces of at most 4096 characters
    QList<PartFile> files;
};

//! What is left of a to_telegram outbox row: its texts, then its files, one Telegram message each.
struct TelegramWork
{
    QStringList texts;
    int fileCount = 0;
    int done = 0; //!< pieces already sent (recorded one by one)
    QList<qint64> sentIds;
    std::optional<qint64> replyTo;
    std::optional<qint64> probeMessageId;
    QJsonObject replyMarkup; //!< sent with the first piece (a phone request's keyboard); empty: none

    int pieces() const { return int(texts.size()) + fileCount; }
    static TelegramWork fromPayload(const QString &payload);
    QString toPayload() const;
};

//! The Intercom → Telegram side of the store: relayed parts (dedupe), conversation cursors, the
//! to_telegram outbox rows with their files, and chat states after a refused send.
class TelegramOutbox
{
public:
    explicit TelegramOutbox(Database &db)
        : m_db(db)
    { }

    bool isRelayed(const QString &partId) const;
    //! Queue one part: relayed_parts + outgoing message + outbox row + files + cursor, in ONE
    //! transaction, so a crash either relays it later or has it queued exactly once.
    bool enqueuePart(const AgentPart &part);
    //! A message to the customer that no agent wrote (e.g. "your file is too large").
    bool enqueueNotice(qint64 chatId, qint64 telegramUserId, const QString &text);

    struct Cursor
    {
        qint64 highWaterAt = 0;
        qint64 seenUpdatedAt = 0;
        qint64 lastAgentPartAt = 0;
        qint64 checkedAt = 0; //!< UNIX ms of the last read
    };
    std::optional<Cursor> cursor(const QString &conversationId) const;
    //! The cursors of several conversations in one read (those without one are absent).
    QHash<QString, Cursor> cursors(const QStringList &conversationIds) const;
    bool saveCursor(const QString &conversationId, const Cursor &cursor);
    //! saveCursor() for many conversations as one statement, added to `batch` (nothing when
    //! `cursors` is empty), for a caller that writes them with other things in one round trip.
    //! Each keeps its own checkedAt: when the conversation was read, not when it is written.
    static void addCursors(SqlBatch &batch, const QHash<QString, Cursor> &cursors);

    std::optional<PartFile> file(qint64 outboxId, int position) const;
    //! Before a send: the attempt and the highest message id known in the chat (the probe).
    bool markAttempt(const OutboxItem &item, qint64 knownMaxMessageId);
    //! One piece reached Telegram: progress recorded; the last one completes row and message.
    bool recordPieceSent(
        const OutboxItem &item, TelegramWork work, qint64 telegramMessageId, const QString &note);
    qint64 knownMaxMessageId(qint64 chatId) const;
    //! Known messages of the chat with ids strictly between `after` and `before`.
    int knownMessagesBetween(qint64 chatId, qint64 after, qint64 before) const;

    //! Telegram refused the chat for good (blocked, deactivated, kicked): remember it and fail
    //! every waiting send to it with the reason.
    bool closeChat(qint64 chatId, const QString &state, const QString &reason);
    QString chatState(qint64 chatId) const;

private:
    Database &m_db;
};

} // namespace tgic::store
