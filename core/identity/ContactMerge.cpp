// SPDX-License-Identifier: MIT
#include "ContactMerge.h"

#include "store/RepairLocks.h"

#include "Anchor.h"
#include "Logging.h"
#include "intercom/IntercomClient.h"
#include "store/Database.h"
#include "store/IdentityEvidence.h"
#include "store/Meta.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

namespace tgic::identity {

using net::Outcome;

namespace {
QString text(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return v.toVariant().toString();
}

bool isAnchorAttribute(const QString &name)
{
    return name == QString::fromLatin1(intercom::attr::kTelegramUserId)
        || name == QString::fromLatin1(intercom::attr::kTelegramUserIds);
}

// The contact an answer carries; one without an id when it has none.
intercom::Contact contactOf(const net::ApiResult &result)
{
    return intercom::parseContact(result.payload.toObject()).value_or(intercom::Contact());
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(u", "_s);
}
} // namespace

ContactMerge::ContactMerge(store::Database &db, intercom::IntercomClient *client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_mappings(db)
    , m_client(client)
{ }

QList<MergePreview::Attribute> ContactMerge::compareAttributes(
    const intercom::Contact &from, const intercom::Contact &into)
{
    QList<MergePreview::Attribute> out;
    auto compare = [&out](const QString &name, const QString &f, const QString &i) {
        if (f.isEmpty() && i.isEmpty())
            return;
        QString outcome;
        if (f == i)
            outcome = u"same"_s;
        else if (i.isEmpty())
            outcome = u"gained"_s;
        else if (f.isEmpty())
            outcome = u"kept"_s;
        else
            outcome = u"lost"_s;
        out.append({ name, f, i, outcome });
    };
    compare(u"name"_s, from.name, into.name);
    compare(u"email"_s, from.email, into.email);
    compare(u"phone"_s, from.phone, into.phone);
    compare(u"owner_id"_s, from.ownerId, into.ownerId);
    const QJsonObject &fc = from.customAttributes;
    const QJsonObject &ic = into.customAttributes;
    QStringList names = fc.keys() + ic.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString &name : names)
        if (!isAnchorAttribute(name))
            compare(u"custom_attributes."_s + name, text(fc.value(name)), text(ic.value(name)));
    return out;
}

void ContactMerge::preview(
    const QString &fromId, const QString &intoId, const std::function<void(const MergePreview &)> &done)
{
    auto preview = std::make_shared<MergePreview>();
    auto refuse = [preview, done](const QString &why, const QString &instead) {
        preview->allowed = false;
        preview->refusal = why;
        preview->alternative = instead;
        done(*preview);
    };
    if (fromId == intoId) {
        refuse(tr("Both sides are the same contact."), {});
        return;
    }
    m_client->getContact(fromId, this, [=, this](const net::ApiResult &fromResult) {
        if (!fromResult.ok()) {
            const QString survivor = intercom::IntercomClient::canonicalContactId(fromResult);
            refuse(fromResult.outcome == Outcome::Gone
                    ? tr("Contact %1 was already merged into %2.").arg(fromId, survivor)
                    : tr("Cannot read contact %1: %2").arg(fromId, fromResult.message),
                {});
            return;
        }
        m_client->getContact(intoId, this, [=, this](const net::ApiResult &intoResult) {
            if (!intoResult.ok()) {
                refuse(tr("Cannot read contact %1: %2").arg(intoId, intoResult.message), {});
                return;
            }
            preview->from = contactOf(fromResult);
            preview->into = contactOf(intoResult);
            const intercom::ContactRole fromRole = preview->from.role;
            const intercom::ContactRole intoRole = preview->into.role;
            preview->fromTelegramIds = Anchor::of(preview->from).ids();
            preview->intoTelegramIds = Anchor::of(preview->into).ids();
            const QString relinkHint = preview->fromTelegramIds.isEmpty()
                ? QString()
                : tr("To send Telegram user %1's messages to %2 without merging: tgic-cli relink "
                     "--telegram-id %1 "
                     "--contact %2.")
                      .arg(preview->fromTelegramIds.first())
                      .arg(intoId);
            if (fromRole == intercom::ContactRole::User && intoRole == intercom::ContactRole::Lead) {
                refuse(tr("Intercom merges a lead into a user, never a user into a lead."),
                    tr("Swap the sides: merge %1 (the lead) into %2 (the user).").arg(intoId, fromId));
                return;
            }
            if (fromRole == intercom::ContactRole::User && intoRole == intercom::ContactRole::User) {
                refuse(tr("Intercom cannot merge two users (only a lead into a user)."), relinkHint);
                return;
            }
            if (fromRole == intercom::ContactRole::Lead && intoRole == intercom::ContactRole::Lead) {
                refuse(
                    tr("Intercom cannot merge two leads. One of them must become a user first (in Intercom, "
                       "when the person signs up or gets an external id)."),
                    relinkHint);
                return;
            }
            preview->attributes = compareAttributes(preview->from, preview->into);
            Anchor result = Anchor::of(preview->into);
            for (qint64 id : preview->fromTelegramIds)
                result = result.with(id);
            preview->resultingTelegramIds = result.ids();
            QList<qint64> onlyInto = preview->intoTelegramIds;
            for (qint64 id : preview->fromTelegramIds)
                onlyInto.removeAll(id);
            if (!preview->fromTelegramIds.isEmpty() && !onlyInto.isEmpty()) {
                preview->needsConfirmation = true;
                preview->confirmationQuestion
                    = tr(
                        "%1 already carries Telegram ID(s) %2 and %3 carries %4. After the merge one contact "
                        "will answer for all of them. Are they the same person?")
                          .arg(intoId, idList(onlyInto), fromId, idList(preview->fromTelegramIds));
            }
            m_client->searchConversationsOf(fromId, this, [=](const net::ApiResult &conversations) {
                const auto list = intercom::parseConversationPage(conversations.payload.toObject());
                preview->conversationsMoving
                    = int(list.totalCount.value_or(list.items.size() + list.skipped));
                preview->allowed = true;
                done(*preview);
            });
        });
    });
}

void ContactMerge::execute(const MergePreview &preview, const QString &actor, bool confirmed,
    std::function<void(const ActionResult &)> done)
{
    if (!preview.allowed) {
        done({ false, preview.refusal, {} });
        return;
    }
    if (preview.needsConfirmation && !confirmed) {
        done({ false, tr("Not merged: %1 (confirm to go ahead)").arg(preview.confirmationQuestion), {} });
        return;
    }
    const QString fromId = preview.fromId();
    const QString intoId = preview.intoId();
    // Serialized across the team: two agents merging the same lead (or into the same user, whose
    // anchor both would rewrite) — the second is told who is at it and changes nothing.
    underRepairLock(m_db, { store::RepairLocks::contactKey(fromId), store::RepairLocks::contactKey(intoId) },
        u"merge"_s, actor, std::move(done),
        [=, this](const std::function<void(const ActionResult &)> &unlock) {
            // The preview may be stale: another agent may have merged this lead a moment ago.
            m_client->getContact(fromId, this, [=, this](const net::ApiResult &lead) {
                if (lead.outcome == Outcome::Gone || lead.outcome == Outcome::NotFound) {
                    const QString survivor = intercom::IntercomClient::canonicalContactId(lead);
                    unlock({ false,
                        survivor.isEmpty()
                            ? tr("Nothing changed: %1 no longer exists in Intercom (another agent may have "
                                 "merged "
                                 "it; see the audit log).")
                                  .arg(fromId)
                            : tr("Nothing changed: %1 was already merged into %2 (see the audit log).")
                                  .arg(fromId, survivor),
                        survivor });
                    return;
                }
                mergeLocked(preview, actor, unlock);
            });
        });
}

void ContactMerge::mergeLocked(
    const MergePreview &preview, const QString &actor, const std::function<void(const ActionResult &)> &done)
{
    const QString fromId = preview.fromId();
    const QString intoId = preview.intoId();
    m_client->mergeContacts(fromId, intoId, this, [=, this](const net::ApiResult &result) {
        if (result.ok()) {
            finishMerge(preview, actor, intercom::parseContact(result.payload.toObject()), done);
            return;
        }
        if (!result.mayHaveReachedServer || result.outcome == Outcome::ClientError) {
            done({ false, tr("Intercom refused the merge: %1").arg(result.message), {} });
            return;
        }
        // The answer was lost: the lead answering 410 means the merge happened.
        m_client->getContact(fromId, this, [=, this](const net::ApiResult &check) {
            if (check.outcome != Outcome::Gone) {
                done({ false, tr("The merge did not go through (%1); nothing changed").arg(result.message),
                    {} });
                return;
            }
            m_client->getContact(intoId, this, [=, this](const net::ApiResult &survivor) {
                finishMerge(preview, actor, intercom::parseContact(survivor.payload.toObject()), done);
            });
        });
    });
}

void ContactMerge::finishMerge(const MergePreview &preview, const QString &actor,
    const std::optional<intercom::Contact> &answered, const std::function<void(const ActionResult &)> &done)
{
    // The survivor as the merge (or a read after it) answered; as previewed when it did not say.
    const intercom::Contact &survivor = answered ? *answered : preview.into;
    const QString fromId = preview.fromId();
    const QString intoId = preview.intoId();
    // Every Telegram ID that resolved to either side — from Intercom and from the local cache.
    QList<qint64> ids = preview.resultingTelegramIds;
    for (qint64 id : m_mappings.telegramIdsOf(fromId) + m_mappings.telegramIdsOf(intoId))
        if (!ids.contains(id))
            ids.append(id);
    const QString detail = tr("lead %1 merged into user %2 by %3").arg(fromId, intoId, actor);
    bool moved = false;
    m_mappings.moveContact(fromId, survivor, actor, detail, &moved);
    if (!moved)
        qCWarning(lcIdentity)
            << "merge: the local mappings could not be moved; the next delivery follows the 410";
    // A suggested merge of this lead is done (or, for another user, moot).
    store::EvidenceRepository(m_db).closeForMerge(fromId, intoId, actor);

    Anchor anchor = Anchor::of(survivor);
    for (qint64 id : ids)
        anchor = anchor.with(id);
    const QJsonObject fields { { u"custom_attributes"_s, anchor.customAttributes() } };
    m_client->updateContact(intoId, fields, this, [=, this](const net::ApiResult &written) {
        // Read it back: the anchor is the whole point.
        m_client->getContact(intoId, this, [=, this](const net::ApiResult &check) {
            const intercom::Contact checked = contactOf(check);
            const Anchor after = Anchor::of(checked);
            QList<qint64> missing;
            for (qint64 id : ids)
                if (!after.contains(id))
                    missing.append(id);
            if (check.ok())
                m_mappings.cacheContact(checked);
            for (qint64 id : ids) {
                m_mappings.wakeOutbox(id);
                Q_EMIT mappingChanged(id);
            }
            const QString adminId
                = store::meta::get(m_db, QString::fromLatin1(store::meta::kIntercomAdminId));
            const QString noteText
                = tr("tgic: lead %1 was merged into this contact by %2. Telegram IDs anchored "
                     "here: %3. Conversations moved: %4.")
                      .arg(fromId, actor, idList(after.ids()))
                      .arg(preview.conversationsMoving);
            if (!adminId.isEmpty())
                m_client->addContactNote(intoId, adminId, noteText, this, [](const net::ApiResult &) {});
            if (!written.ok() || !check.ok() || !missing.isEmpty()) {
                for (qint64 id : ids)
                    m_mappings.audit(actor, u"merge"_s, id, intoId, fromId, intoId,
                        tr("merged, but the anchor could not be verified on the survivor"));
                done({ false,
                    tr("Merged %1 into %2, but the Telegram anchor could not be verified (%3). Run tgic-cli "
                       "check --fix.")
                        .arg(fromId, intoId, written.ok() ? check.message : written.message),
                    intoId });
                return;
            }
            for (qint64 id : ids)
                m_mappings.audit(actor, u"anchor"_s, id, intoId, idList(preview.intoTelegramIds),
                    idList(after.ids()), tr("anchor verified on the survivor after the merge"));
            done({ true,
                tr("Merged %1 into %2. Telegram IDs %3 resolve to %2; %4 conversation(s) moved.")
                    .arg(fromId, intoId, idList(after.ids()))
                    .arg(preview.conversationsMoving),
                intoId });
        });
    });
}

} // namespace tgic::identity
