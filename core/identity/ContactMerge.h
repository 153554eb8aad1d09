// SPDX-License-Identifier: MIT
#pragma once

#include "identity/MappingActions.h"
#include "intercom/IntercomTypes.h"
#include "net/ApiResult.h"
#include "store/MappingRepository.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::identity {

//! What a merge would do, computed before anything changes.
struct MergePreview
{
    struct Attribute
    {
        QString name;
        QString fromValue; //!< the lead's
        QString intoValue; //!< the user's
        //! kept (the user's stays), gained (copied from the lead: the user's was empty),
        //! lost (the lead's value is discarded), same.
        QString outcome;
    };

    bool allowed = false;
    QString refusal; //!< why not, in plain words
    QString alternative; //!< what the agent can do instead
    intercom::Contact from;
    intercom::Contact into;
    QList<Attribute> attributes;
    int conversationsMoving = 0;
    QList<qint64> fromTelegramIds;
    QList<qint64> intoTelegramIds;
    QList<qint64> resultingTelegramIds;
    //! Both contacts carry different Telegram IDs: only an agent can know they are one person.
    bool needsConfirmation = false;
    QString confirmationQuestion;

    QString fromId() const { return from.id; }
    QString intoId() const { return into.id; }
};

//! A guided manual merge that keeps the Telegram anchor and all history.
//!
//! Intercom merges only a lead into a user and copies an attribute only where the user's is
//! empty — so a user that already carries a Telegram ID would silently drop the lead's. After
//! `POST /contacts/merge` this writes every Telegram ID onto the survivor, reads it back, leaves
//! a note on the contact, moves the local mappings and conversations, and audits it all.
class ContactMerge final : public QObject
{
    Q_OBJECT

public:
    ContactMerge(store::Database &db, intercom::IntercomClient *client, QObject *parent = nullptr);

    void preview(
        const QString &fromId, const QString &intoId, const std::function<void(const MergePreview &)> &done);
    //! Carry out a previewed merge. `confirmed` answers the preview's question, if it had one.
    void execute(const MergePreview &preview, const QString &actor, bool confirmed,
        std::function<void(const ActionResult &)> done);

Q_SIGNALS:
    void mappingChanged(qint64 telegramUserId);

private:
    void mergeLocked(const MergePreview &preview, const QString &actor,
        const std::function<void(const ActionResult &)> &done);
    void finishMerge(const MergePreview &preview, const QString &actor,
        const std::optional<intercom::Contact> &answered,
        const std::function<void(const ActionResult &)> &done);
    static QList<MergePreview::Attribute> compareAttributes(
        const intercom::Contact &from, const intercom::Contact &into);

    store::Database &m_db;
    store::MappingRepository m_mappings;
    intercom::IntercomClient *m_client;
};

} // namespace tgic::identity
