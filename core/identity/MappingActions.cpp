// SPDX-License-Identifier: MIT
#include "MappingActions.h"

#include "store/RepairLocks.h"

#include <QCoreApplication>

#include "Anchor.h"
#include "IdentityResolver.h"
#include "Logging.h"
#include "MappingState.h"
#include "intercom/IntercomClient.h"
#include "store/Database.h"
#include "store/Meta.h"
#include "store/Sql.h"
#include "telegram/TelegramTypes.h"

using namespace Qt::StringLiterals;

namespace tgic::identity {

using net::Outcome;

namespace {

// The contact an answer carries; one without an id (which nothing can link) when it has none.
intercom::Contact contactOf(const net::ApiResult &result)
{
    return intercom::parseContact(result.payload.toObject()).value_or(intercom::Contact());
}
constexpr int kMaxMergeHops = 3;

ActionResult failed(const QString &what, const net::ApiResult &result)
{
    return { false, what + u": "_s + result.message, {} };
}
} // namespace

MappingActions::MappingActions(
    store::Database &db, intercom::IntercomClient *client, IdentityResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_mappings(db)
    , m_client(client)
    , m_resolver(resolver)
{ }

QString MappingActions::describeUser(qint64 telegramUserId) const
{
    store::SqlResult q = store::runSql(m_db.connection(),
        u"SELECT first_name, last_name, username FROM telegram_users WHERE telegram_user_id = ?"_s,
        { telegramUserId });
    if (!q.next())
        return tr("Telegram user %1").arg(telegramUserId);
    // The name, and the username beside it (both tell an agent who it is); no empty "()".
    QStringList known { telegram::displayName(q.value(0).toString(), q.value(1).toString()),
        telegram::displayName({}, {}, q.value(2).toString()) };
    known.removeAll(QString());
    return known.isEmpty() ? tr("Telegram user %1").arg(telegramUserId)
                           : tr("Telegram user %1 (%2)").arg(telegramUserId).arg(known.join(u", "_s));
}

void MappingActions::fetchLive(
    const QString &contactId, int hops, const std::function<void(const net::ApiResult &)> &done)
{
    m_client->getContact(contactId, this, [=, this](const net::ApiResult &result) {
        const QString survivor = intercom::IntercomClient::canonicalContactId(result);
        if (result.outcome == Outcome::Gone && !survivor.isEmpty() && hops < kMaxMergeHops) {
            fetchLive(survivor, hops + 1, done);
            return;
        }
        done(result);
    });
}

void MappingActions::editAnchor(const intercom::Contact &contact, qint64 telegramUserId, bool add,
    const std::function<void(const net::ApiResult &, const intercom::Contact &)> &done)
{
    const QString contactId = contact.id;
    const Anchor before = Anchor::of(contact);
    const Anchor after = add ? before.with(telegramUserId) : before.without(telegramUserId);
    if (after == before && after.primary() == before.primary()) {
        net::ApiResult unchanged;
        unchanged.outcome = Outcome::Success;
        done(unchanged, contact);
        return;
    }
    const QJsonObject fields { { u"custom_attributes"_s, after.customAttributes() } };
    m_client->updateContact(contactId, fields, this, [=, this](const net::ApiResult &result) {
        if (!result.ok()) {
            done(result, {});
            return;
        }
        // Read it back: an anchor that did not stick is worse than an error.
        m_client->getContact(contactId, this, [=, this](const net::ApiResult &check) {
            const intercom::Contact now = contactOf(check);
            if (check.ok() && Anchor::of(now).contains(telegramUserId) != add) {
                net::ApiResult mismatch = check;
                mismatch.outcome = Outcome::BadResponse;
                mismatch.message
                    = tr("Intercom did not keep the change to telegram_user_id on contact %1").arg(contactId);
                done(mismatch, {});
                return;
            }
            if (check.ok())
                m_mappings.cacheContact(now);
            done(check, now);
        });
    });
}

void MappingActions::note(const QString &contactId, const QString &text)
{
    const QString adminId = store::meta::get(m_db, QString::fromLatin1(store::meta::kIntercomAdminId));
    if (adminId.isEmpty() || contactId.isEmpty())
        return;
    m_client->addContactNote(contactId, adminId, text, this, [contactId](const net::ApiResult &result) {
        if (!result.ok())
            qCWarning(lcIdentity).noquote()
                << "could not leave a note on contact" << contactId << ":" << result.message;
    });
}

void underRepairLock(store::Database &db, const QStringList &keys, const QString &action,
    const QString &actor, std::function<void(const ActionResult &)> done,
    const std::function<void(std::function<void(const ActionResult &)>)> &body)
{
    store::RepairLocks locks(db);
    store::LockHolder holder;
    if (!locks.take(keys, action, actor, &holder)) {
        done({ false,
            QCoreApplication::translate("tgic::identity::MappingActions",
                "Nothing changed: %1 (on %2) is already running a %3 on this person right now. Wait until "
                "they "
                "are done, then look again.")
                .arg(holder.agent, holder.host, holder.action),
            {} });
        return;
    }
    store::Database *dbp = &db;
    body([dbp, keys, done = std::move(done)](const ActionResult &result) {
        store::RepairLocks(*dbp).release(keys);
        done(result);
    });
}

void MappingActions::relink(qint64 telegramUserId, const QString &contactId, const QString &actor, Done done)
{
    underRepairLock(m_db,
        { store::RepairLocks::telegramKey(telegramUserId), store::RepairLocks::contactKey(contactId) },
        u"relink"_s, actor, std::move(done),
        [=, this](const Done &unlock) { relinkLocked(telegramUserId, contactId, actor, unlock); });
}

void MappingActions::relinkLocked(
    qint64 telegramUserId, const QString &contactId, const QString &actor, const Done &done)
{
    const auto mapping = m_mappings.find(telegramUserId);
    const QString previous = mapping ? mapping->contactId : QString();
    fetchLive(contactId, 0, [=, this](const net::ApiResult &target) {
        if (!target.ok()) {
            done(failed(tr("Cannot use contact %1").arg(contactId), target));
            return;
        }
        const intercom::Contact contact = contactOf(target);
        const QString targetId = contact.id;
        editAnchor(contact, telegramUserId, true,
            [=, this](const net::ApiResult &written, const intercom::Contact &after) {
                if (!written.ok()) {
                    done(failed(
                        tr("Could not anchor %1 on contact %2").arg(describeUser(telegramUserId), targetId),
                        written));
                    return;
                }
                auto finishLocally = [=, this] {
                    const QString detail = previous.isEmpty() || previous == targetId
                        ? tr("linked by %1").arg(actor)
                        : tr("moved from contact %1 by %2").arg(previous, actor);
                    if (!m_mappings.link(
                            telegramUserId, after, MappingState::Linked, u"relink"_s, 0, actor, detail)) {
                        done({ false, tr("The local database refused the change"), {} });
                        return;
                    }
                    m_mappings.wakeOutbox(telegramUserId);
                    note(targetId,
                        tr("tgic: %1 was linked to this contact by %2.")
                                .arg(describeUser(telegramUserId), actor)
                            + (previous.isEmpty() || previous == targetId
                                    ? QString()
                                    : tr(" It was linked to contact %1 before.").arg(previous)));
                    Q_EMIT mappingChanged(telegramUserId);
                    done({ true,
                        tr("%1 now resolves to contact %2.").arg(describeUser(telegramUserId), targetId),
                        targetId });
                };
                if (previous.isEmpty() || previous == targetId) {
                    finishLocally();
                    return;
                }
                // One Telegram ID, one contact: take the anchor off the contact it leaves.
                fetchLive(previous, 0, [=, this](const net::ApiResult &old) {
                    if (!old.ok() || !Anchor::of(contactOf(old)).contains(telegramUserId)) {
                        finishLocally();
                        return;
                    }
                    editAnchor(contactOf(old), telegramUserId, false,
                        [=, this](const net::ApiResult &removed, const intercom::Contact &) {
                            if (!removed.ok()) {
                                done(failed(
                                    tr("Linked to %1, but could not remove the anchor from contact %2; "
                                       "run the integrity check")
                                        .arg(targetId, previous),
                                    removed));
                                return;
                            }
                            note(previous,
                                tr("tgic: %1 was moved from this contact to contact %2 by %3.")
                                    .arg(describeUser(telegramUserId), targetId, actor));
                            finishLocally();
                        });
                });
            });
    });
}

void MappingActions::unlink(qint64 telegramUserId, const QString &actor, Done done)
{
    underRepairLock(m_db, { store::RepairLocks::telegramKey(telegramUserId) }, u"unlink"_s, actor,
        std::move(done), [=, this](const Done &unlock) { unlinkLocked(telegramUserId, actor, unlock); });
}

void MappingActions::unlinkLocked(qint64 telegramUserId, const QString &actor, const Done &done)
{
    const auto mapping = m_mappings.find(telegramUserId);
    const QString contactId = mapping ? mapping->contactId : QString();
    auto finishLocally = [=, this] {
        if (!m_mappings.detach(telegramUserId, actor, tr("unlinked by %1").arg(actor))) {
            done({ false, tr("The local database refused the change"), {} });
            return;
        }
        note(contactId,
            tr("tgic: %1 was unlinked from this contact by %2.").arg(describeUser(telegramUserId), actor));
        Q_EMIT mappingChanged(telegramUserId);
        done({ true,
            tr("%1 is unlinked; new messages wait until it is linked again.")
                .arg(describeUser(telegramUserId)),
            {} });
    };
    if (contactId.isEmpty()) {
        finishLocally();
        return;
    }
    // Without removing the anchor in Intercom, the next search would quietly link it again.
    fetchLive(contactId, 0, [=, this](const net::ApiResult &current) {
        if (!current.ok() || !Anchor::of(contactOf(current)).contains(telegramUserId)) {
            finishLocally();
            return;
        }
        editAnchor(contactOf(current), telegramUserId, false,
            [=](const net::ApiResult &removed, const intercom::Contact &) {
                if (!removed.ok()) {
                    done(failed(tr("Could not remove the anchor from contact %1").arg(contactId), removed));
                    return;
                }
                finishLocally();
            });
    });
}

void MappingActions::reresolve(qint64 telegramUserId, const QString &actor, Done done)
{
    underRepairLock(m_db, { store::RepairLocks::telegramKey(telegramUserId) }, u"re-resolve"_s, actor,
        std::move(done), [=, this](const Done &unlock) { reresolveLocked(telegramUserId, actor, unlock); });
}

void MappingActions::reresolveLocked(qint64 telegramUserId, const QString &actor, const Done &done)
{
    if (!m_mappings.reset(telegramUserId, actor, tr("re-resolved from scratch by %1").arg(actor))) {
        done({ false, tr("The local database refused the change"), {} });
        return;
    }
    m_resolver->resolve(telegramUserId, [=, this](const Resolution &resolution) {
        if (!resolution.ok()) {
            done({ false, tr("Resolution did not finish: %1").arg(resolution.error), {} });
            return;
        }
        m_mappings.wakeOutbox(telegramUserId);
        Q_EMIT mappingChanged(telegramUserId);
        done({ true, tr("%1 resolves to contact %2.").arg(describeUser(telegramUserId), resolution.contactId),
            resolution.contactId });
    });
}

void MappingActions::rewriteAnchor(qint64 telegramUserId, const QString &actor, const Done &done)
{
    const auto mapping = m_mappings.find(telegramUserId);
    if (!mapping || mapping->contactId.isEmpty()) {
        done({ false, tr("%1 is not linked to a contact").arg(describeUser(telegramUserId)), {} });
        return;
    }
    fetchLive(mapping->contactId, 0, [=, this](const net::ApiResult &current) {
        if (!current.ok()) {
            done(failed(tr("Cannot read contact %1").arg(mapping->contactId), current));
            return;
        }
        const intercom::Contact contact = contactOf(current);
        const Anchor before = Anchor::of(contact);
        editAnchor(contact, telegramUserId, true,
            [=, this](const net::ApiResult &written, const intercom::Contact &after) {
                if (!written.ok()) {
                    done(failed(tr("Could not write the anchor"), written));
                    return;
                }
                const QString contactId = after.id;
                if (contactId != mapping->contactId)
                    m_mappings.link(telegramUserId, after, MappingState::Linked, u"merge"_s, 0, actor,
                        tr("the contact had been merged; followed to the survivor"));
                m_mappings.audit(actor, u"anchor"_s, telegramUserId, contactId, before.primary(),
                    Anchor::of(after).primary(), tr("re-wrote the Telegram anchor on the contact"));
                Q_EMIT mappingChanged(telegramUserId);
                done({ true, tr("Contact %1 carries %2 again.").arg(contactId, describeUser(telegramUserId)),
                    contactId });
            });
    });
}

} // namespace tgic::identity
