// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgic::store {

class Database;

//! What a customer told us about who they are, kept to propose merges (never to perform them).
//! A name is never evidence: names are not unique.
namespace evidence {
inline constexpr auto kPhone = "phone"; //!< shared from their own account: Telegram verified it
inline constexpr auto kEmail = "email"; //!< typed in a message: the customer says it is theirs

//! "+" and the digits: the one form phone numbers are compared in. Telegram sends international
//! numbers without "+"; agents type "+1 (555) 010-9999" or "00 49 …". Empty when fewer than 6
//! digits remain (not a phone number).
QString normalizedPhone(const QString &phone);
//! The e-mail addresses in a message, each once, in the order written (as written).
QStringList emailsIn(const QString &text);
} // namespace evidence

struct Evidence
{
    qint64 id = 0;
    qint64 telegramUserId = 0;
    QString kind; //!< evidence::kPhone or kEmail
    QString value; //!< normalized: E.164 or the lower-case address
    QString shownAs; //!< as the customer wrote it
    std::optional<qint64> messageId; //!< messages.id of the source message
    QString messageText; //!< the source message's text, for the agent
    qint64 foundAt = 0;
    int attempts = 0;
    QString contactId; //!< the customer's contact now (for due(): the lead to merge away)
    QString contactRole; //!< as last cached: lead or user (empty: not known)
};

//! The candidate a search found for a piece of evidence.
struct SuggestedUser
{
    QString id;
    QString name;
    QString email;
    QString phone;
};

struct Suggestion
{
    qint64 id = 0;
    qint64 telegramUserId = 0;
    QString customerName; //!< telegram::displayName() with the username; empty: neither
    QString leadId;
    QString leadName;
    SuggestedUser user;
    QString strength; //!< strong (a verified phone) or medium (a typed e-mail address)
    QString state; //!< open, dismissed, merged, stale
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString closedBy;
    qint64 closedAt = 0;
    QList<Evidence> evidence;

    //! Still actionable: open, and the lead is still the customer's contact.
    bool isCurrent = false;
};

//! Evidence rows and the merges they suggest. Recording evidence runs inside the caller's
//! transaction (the update that carried it); everything else commits on its own and announces
//! Topic::Suggestions.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(Database &db)
        : m_db(db)
    { }

    //! Keep a piece of evidence (once per user, kind and value). False only on a database error.
    bool record(qint64 telegramUserId, const QString &kind, const QString &shownAs,
        std::optional<qint64> messageId, qint64 now);

    //! Evidence not yet looked up whose customer already has a contact, due by `now`, oldest first.
    QList<Evidence> due(qint64 now, int limit) const;
    //! The earliest time a waiting piece becomes due (to sleep until then), if any waits.
    std::optional<qint64> nextDueAt() const;
    struct Due
    {
        QList<Evidence> items;
        std::optional<qint64> nextDueAt;
        //! Some piece waits for its customer to be on a contact: a new mapping may make it due.
        //! True when it could not be read.
        bool awaitingContact = true;
    };
    //! due(), nextDueAt() and awaitingContact in one round trip.
    Due dueAndNext(qint64 now, int limit) const;
    bool markChecked(qint64 evidenceId, qint64 now);
    bool markFailed(qint64 evidenceId, const QString &error, qint64 retryAt);

    //! Propose merging `leadId` into `user` because of `evidence`: one suggestion per pair, its
    //! strength the strongest evidence seen. A dismissed pair stays dismissed (the new evidence
    //! is attached to it all the same).
    bool suggest(const Evidence &evidence, const QString &leadId, const SuggestedUser &user, qint64 now);

    //! Every suggestion (`currentOnly`: only those an agent can act on), newest first.
    QList<Suggestion> list(bool currentOnly) const;
    std::optional<Suggestion> find(qint64 suggestionId) const;
    int currentCount() const;
    //! The Telegram users with an open suggestion, shown or not (one whose lead is no longer
    //! theirs shows again when they are linked back): whose mapping changes can change list(true).
    QSet<qint64> openSuggestionUsers() const;

    //! An agent says no: remembered, and audited with the agent and workstation. Of two agents
    //! dismissing at once, one does it and the other hears AlreadyClosed.
    enum class Dismissal { Dismissed, NotFound, AlreadyClosed, Failed };
    Dismissal dismiss(qint64 suggestionId, const QString &actor);
    //! A merge of `leadId` into `intoId` happened (from a suggestion or not): its suggestion is
    //! merged, the lead's other suggestions are stale.
    bool closeForMerge(const QString &leadId, const QString &intoId, const QString &actor);

private:
    QList<Suggestion> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace tgic::store
