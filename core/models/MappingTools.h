// SPDX-License-Identifier: MIT
#pragma once

#include "identity/CustomerErasure.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>

namespace tgic::store {
class Database;
}
namespace tgic::intercom {
class IntercomClient;
}
namespace tgic::net {
struct ApiResult;
}
namespace tgic::identity {
class ContactMerge;
class IntegrityCheck;
class MappingActions;
struct IntegrityProblem;
struct MergePreview;
} // namespace tgic::identity
namespace tgic::sync {
class SyncEngine;
}

namespace tgic::models {

// Plain data the core computes and the views only read: they know it by these names, so that
// ui/ never names identity/.
using MergePreview = identity::MergePreview;
using IntegrityProblem = identity::IntegrityProblem;
using ErasurePreview = identity::ErasurePreview;
using IntercomChoice = identity::IntercomChoice;

//! How a repair ended.
struct RepairResult
{
    bool ok = false;
    QString message; //!< what happened, or why not: for the agent, in words
    QString contactId; //!< the contact the Telegram user ends up on, if any
};

//! \brief The agent's repair tools for one running sync engine, the one surface the views repair
//! through: relink/unlink/re-resolve/re-write anchor (identity::MappingActions), the guided merge
//! (identity::ContactMerge) and the integrity check, on the engine's Intercom client and resolver.
//!
//! Every repair is done as actor(), and audited so. The audit log names the agent: the Intercom
//! admin behind the token (GET /me, asked once), or the OS user until that answer is in.
//! The tools hold the engine's client: they must go before the engine does. They live on the
//! engine's thread; the views may call them from another one (the desktop's window, when the
//! engine runs on a thread of its own): each call then runs on the tools' thread, and its answer
//! (`done`) comes back on the caller's, in its event loop.
class MappingTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTools)

public:
    using Done = std::function<void(const RepairResult &)>;

    //! A mapping changed through these tools kicks the engine's delivery: messages waiting for
    //! that customer go out at once.
    MappingTools(store::Database &db, sync::SyncEngine &engine, QObject *parent = nullptr);
    ~MappingTools() override;

    //! The engine's Intercom client, on the tools' thread: the views search through
    //! searchContacts(), never through this.
    intercom::IntercomClient *client() const { return m_client; }
    //! Search Intercom contacts (models::ContactSearchModel) through the engine's client, so that
    //! the searches share its rate-limit pacing; `done` comes back on the caller's thread.
    void searchContacts(const QString &text, std::function<void(const net::ApiResult &)> done);

    QString actor() const;
    //! Who the audit log names for this app when there are no tools yet (no sync running):
    //! the OS user, "sam (tgic)" (identity::auditActor).
    static QString defaultActor();

    // One Telegram user's link.
    void relink(qint64 telegramUserId, const QString &contactId, Done done);
    void unlink(qint64 telegramUserId, Done done);
    void reresolve(qint64 telegramUserId, Done done);
    void rewriteAnchor(qint64 telegramUserId, Done done);

    // The guided merge: what it would do, then doing it. `confirmed`: the agent said that two
    // different Telegram users are one person (MergePreview::needsConfirmation).
    void previewMerge(
        const QString &fromId, const QString &intoId, const std::function<void(const MergePreview &)> &done);
    void merge(const MergePreview &preview, bool confirmed, Done done);

    //! The integrity check over every mapping; `applyFixes` also repairs what can be repaired.
    //! Progress comes as checkProgress().
    void runCheck(
        bool applyFixes, std::function<void(const QList<IntegrityProblem> &problems, int checked)> done);

    //! Forgetting one customer on request (identity::CustomerErasure): what would go where, then
    //! doing it. `force`: even while a message to or from them is on its way.
    void previewErasure(qint64 telegramUserId, const std::function<void(const ErasurePreview &)> &done);
    void erase(const ErasurePreview &preview, IntercomChoice choice, bool force, Done done);

Q_SIGNALS:
    //! A mapping changed through these tools: messages waiting for it may go out now.
    void mappingChanged(qint64 telegramUserId);
    void checkProgress(int checked, int total);

private:
    //! Called on another thread than the tools': queue `call` (given `done` made to answer on
    //! the caller's thread) to the tools' thread and return true; on the tools' thread, false.
    template <typename Answer, typename Call> bool runHome(Answer &done, Call call);
    void setAdminName(const QString &name);

    intercom::IntercomClient *m_client;
    identity::MappingActions *m_actions;
    identity::ContactMerge *m_merge;
    identity::IntegrityCheck *m_check;
    identity::CustomerErasure *m_erasure;
    mutable QMutex m_adminLock; //!< actor() is asked from the views' thread too
    QString m_adminName;
};

} // namespace tgic::models
