// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tgic::store {

class Database;

//! What the local database holds about one Telegram user: the preview of an erasure, and what
//! one removed. Counts only; `needles` are the personal details themselves (name, username,
//! phone, e-mail, …), used to scrub them out of text that merely mentions them — never logged.
struct LocalErasurePlan
{
    qint64 telegramUserId = 0;
    bool known = false; //!< the user, a chat or a mapping exists locally
    QString displayName; //!< for the preview shown to the agent; empty when unknown
    QList<qint64> chatIds; //!< the customer's chats (the private chat's id is the user id)
    QStringList contactIds; //!< Intercom contacts this user is mapped to locally
    //! Contacts from `contactIds` that other Telegram users are mapped to as well: kept.
    QStringList sharedContactIds;
    int messages = 0; //!< incoming and outgoing, in the customer's chats or sent by them
    int edits = 0; //!< earlier texts of edited messages
    int profileHistory = 0; //!< names and usernames the customer had before
    int evidence = 0; //!< phone numbers shared and e-mail addresses typed
    int suggestions = 0; //!< suggested merges
    int phoneRequests = 0; //!< times an agent asked for the phone (outbox rows)
    int outbox = 0; //!< rows to or from the customer, delivered or not
    int outboxFiles = 0; //!< agents' attachments held for the customer (stored in the database)
    int conversations = 0; //!< links to Intercom conversations
    int rawUpdates = 0; //!< Telegram updates as received that name the ID
    int quarantined = 0; //!< quarantined updates that name the ID
    int auditEntries = 0; //!< earlier audit entries about the customer, kept without details
    int inFlight = 0; //!< messages to or from the customer not yet delivered
    QStringList needles; //!< the personal details to scrub from text elsewhere (not for display)

    int total() const
    {
        return messages + edits + profileHistory + evidence + suggestions + outbox + conversations
            + rawUpdates + quarantined;
    }
};

//! Forgetting one customer in the local cache or the team database: every row about the
//! Telegram ID in one transaction, the raw updates that name it blanked (their update_id stays:
//! it is Telegram's dedupe key), earlier audit entries kept without personal details, and one
//! new audit entry (who, when, what was removed) under a keyed hash of the ID. On SQLite the
//! connection runs with `secure_delete`, and the write-ahead log is checkpointed and truncated
//! afterwards, so the text is gone from the file and its WAL, not just unlinked.
class LocalErasure
{
    Q_DECLARE_TR_FUNCTIONS(LocalErasure)

public:
    explicit LocalErasure(Database &db)
        : m_db(db)
    { }

    //! Counts what an erasure would remove; changes nothing (one round trip for the counts).
    LocalErasurePlan plan(qint64 telegramUserId) const;

    struct Outcome
    {
        bool ok = false;
        bool refusedInFlight = false; //!< messages on their way and not forced: nothing changed
        QString error; //!< why not, in words (never personal details)
        LocalErasurePlan removed; //!< what was removed
        bool walTruncated = true; //!< SQLite: the WAL could be emptied at once (false: a reader held it)
    };
    //! Erases. `intercomAction` says what happened in Intercom ("deleted", "archived", …) for the
    //! audit entry; `contactIds` the contacts it happened to. Refused while a message to or from
    //! the customer is still on its way, unless `force`.
    Outcome erase(qint64 telegramUserId, const QString &actor, const QString &intercomAction,
        const QStringList &contactIds, bool force);

    //! The keyed, one-way hash an erased customer's audit entries are filed under (hex, 64
    //! characters): HMAC-SHA-256 of the decimal ID with a random key kept in this database. A
    //! bare SHA-256 of a Telegram ID would be reversed by trying every ID (about 10^10 of them,
    //! minutes on one GPU); without the key, a copy of the audit log tells nobody who was erased.
    //! Whoever holds the database can still answer "was ID N erased?" (audit --telegram-id N).
    //! Without `create`, empty while the database has no key yet (then nobody was erased).
    static QString subjectHash(const Database &db, qint64 telegramUserId, bool create = true);

    //! SQLite: rebuild the file from its live rows (`vacuum`) and empty the write-ahead log, so
    //! that deleted text survives in neither. False when another connection kept them in use.
    static bool truncateWriteAheadLog(Database &db, bool vacuum = true);

private:
    Database &m_db;
};

} // namespace tgic::store
