// SPDX-License-Identifier: MIT
#pragma once

#include "MappingActions.h"
#include "intercom/IntercomTypes.h"
#include "store/LocalErasure.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::identity {

//! What happens to the Intercom contact anchored on the erased Telegram ID.
enum class IntercomChoice {
    //! DELETE /contacts/{id}: Intercom destroys it, with its conversations, after a 7-day grace.
    Delete,
    //! The Telegram attributes are cleared, then the contact is archived (kept, hidden from
    //! lists and search; only its id, kept in the audit entry, brings it back).
    Archive,
    //! The contact and its conversations stay; only the Telegram attributes this app wrote
    //! (the anchor, username, display name, phone) are cleared.
    Keep,
};
QString intercomChoiceName(IntercomChoice choice); //!< "delete", "archive", "keep"
std::optional<IntercomChoice> intercomChoiceFromName(const QString &name);

//! One Intercom contact the erasure touches.
struct ErasureContact
{
    QString id;
    QString name; //!< for the preview
    QString role; //!< user or lead
    //! Other Telegram IDs this contact answers for (its anchor list, other local mappings).
    //! Such a contact is never deleted or archived: only this ID is taken off it.
    QList<qint64> otherTelegramIds;
    int conversations = -1; //!< in Intercom; -1 when not known
    bool gone = false; //!< Intercom no longer has it (deleted before, or merged away)

    bool shared() const { return !otherTelegramIds.isEmpty(); }
};

//! Everything an erasure would remove, where: shown before anything is changed.
struct ErasurePreview
{
    qint64 telegramUserId = 0;
    store::LocalErasurePlan local;
    QList<ErasureContact> contacts;
    bool intercomChecked = false; //!< Intercom answered (the contact list is complete)
    QString intercomError; //!< why not

    bool nothingToErase() const { return !local.known && contacts.isEmpty(); }
    //! The preview in words, one line each, for the CLI and the dialog (no message text).
    QStringList lines(IntercomChoice choice) const;
};

struct ErasureResult
{
    bool ok = false;
    bool refusedInFlight = false; //!< nothing changed: messages on their way, not forced
    QString message; //!< what happened, or why not, in words
    QStringList contactsDone; //!< "id: deleted" … what happened in Intercom
    int contactsChanged = 0; //!< contacts this erasure changed (not found gone already)
    store::LocalErasurePlan removed; //!< the local rows removed
    bool walTruncated = true;
};

//! Forgetting one customer on request: their Intercom contact (found by the anchor, the one key
//! erasure tools that search by e-mail lack) deleted, archived or stripped of the Telegram ID,
//! then every local row about them in one transaction (store::LocalErasure), the log files
//! scrubbed, every workstation told. Serialized with every repair of the same person across the
//! team (store::RepairLocks); refused while a message to or from them is on its way unless forced.
//! Intercom goes first: if it refuses, nothing local is removed and the erasure can simply be run
//! again (a contact already deleted answers 404 and counts as done).
class CustomerErasure final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ErasureResult &)>;

    CustomerErasure(store::Database &db, intercom::IntercomClient *client, QObject *parent = nullptr);

    //! Counts what is held locally and finds the contacts in Intercom; changes nothing.
    void preview(qint64 telegramUserId, const std::function<void(const ErasurePreview &)> &done);
    //! Erases what `preview` found, as `actor`.
    void erase(
        const ErasurePreview &preview, IntercomChoice choice, bool force, const QString &actor, Done done);

private:
    void collectContacts(const ErasurePreview &preview, const QStringList &ids, int index,
        const std::function<void(const ErasurePreview &)> &done);
    void countConversations(
        const ErasurePreview &preview, int index, const std::function<void(const ErasurePreview &)> &done);
    void eraseLocked(const ErasurePreview &preview, IntercomChoice choice, bool force, const QString &actor,
        const std::shared_ptr<ErasureResult> &result,
        const std::function<void(const ActionResult &)> &unlock);
    //! One contact after the other; `done(false)` at the first refusal (result->message says it).
    void eraseInIntercom(const ErasurePreview &preview, IntercomChoice choice, int index,
        const std::shared_ptr<ErasureResult> &result, const std::function<void(bool ok)> &done);
    void eraseContact(qint64 telegramUserId, const intercom::Contact &contact, IntercomChoice choice,
        const std::function<void(const net::ApiResult &, const QString &what)> &done);
    void finishLocally(const ErasurePreview &preview, IntercomChoice choice, bool force, const QString &actor,
        ErasureResult &result);

    store::Database &m_db;
    intercom::IntercomClient *m_client;
};

} // namespace tgic::identity
