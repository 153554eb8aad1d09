// SPDX-License-Identifier: MIT
#pragma once

#include "intercom/IntercomTypes.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgic::store {

class Database;
class SqlBatch;

//! A conversation as Intercom showed it: what agents decide there (its state, who it is
//! assigned to, its tags), read by the reply poller from the objects it fetches anyway.
struct ConversationState
{
    QString conversationId;
    QString state; //!< open, snoozed or closed
    QString adminAssigneeId; //!< empty: no admin
    QString teamAssigneeId; //!< empty: no team
    QStringList tags; //!< names, in Intercom's order
    bool tagsKnown = true; //!< false: the object had no tag list (the stored one is kept)
    qint64 snoozedUntilMs = 0; //!< 0: not snoozed
    qint64 readAtMs = 0; //!< when it was read from Intercom; 0: never

    //! From a conversation as a search page or GET /conversations/{id} gives it (its state, or
    //! for older shapes `open` and `snoozed_until`; assignees; tag names). Nothing when it has no
    //! id or no state.
    static std::optional<ConversationState> fromIntercom(const intercom::Conversation &conversation);
    //! The same state, assignees, tags and snooze, whenever each was read.
    bool sameView(const ConversationState &other) const;
};

//! Teammate kinds, as Intercom names assignees.
inline constexpr auto kTeammateAdmin = "admin";
inline constexpr auto kTeammateTeam = "team";

//! The conversation columns the reply poller fills (intercom_state, admin_assignee_id,
//! team_assignee_id, intercom_tags, snoozed_until, intercom_read_at, tagged_at) and the names
//! of the workspace's admins and teams (intercom_teammates).
class ConversationStateRepository
{
public:
    explicit ConversationStateRepository(Database &db)
        : m_db(db)
    { }

    //! A conversation read again unchanged is written (and announced) only once its stored read
    //! is older than this: an idle poll writes nothing, and the time an agent sees is at most
    //! this much older than the last read.
    static constexpr qint64 kRestampAfterMs = qint64(5) * 60 * 1000;

    struct Recorded
    {
        QList<qint64> chats; //!< chats whose conversation was written (and announced)
        QStringList unnamed; //!< assignees without a stored name, as "admin:ID" / "team:ID"
    };
    //! Record what Intercom showed, read now, of the conversations this app opened (the others
    //! are skipped): one read of the stored rows, one transaction if anything is written, and
    //! Topic::Conversations for the chats concerned.
    Recorded record(const QList<ConversationState> &views);

    //! The conversation as last read; nothing if it is unknown or was never read from Intercom.
    std::optional<ConversationState> find(const QString &conversationId) const;

    //! Names from GET /admins (kind "admin") or GET /teams ("team"), written over the old ones
    //! and never deleted (someone who left still names what was assigned to them). Announces
    //! Topic::Conversations for every chat.
    bool saveTeammates(const QString &kind, const QList<QPair<QString, QString>> &idsAndNames);
    //! Empty while the name is not known.
    QString teammateName(const QString &kind, const QString &id) const;

    //! Conversations this app opened and has not tagged in Intercom yet, the most recently
    //! active first.
    QStringList untagged(int limit) const;
    //! The conversation carries the app's tag in Intercom (or is gone from it): not again.
    bool markTagged(const QString &conversationId);
    //! markTagged() for many conversations as one statement, added to `batch` (nothing when
    //! `conversationIds` is empty).
    static void addTagged(SqlBatch &batch, const QStringList &conversationIds);

private:
    Database &m_db;
};

} // namespace tgic::store
