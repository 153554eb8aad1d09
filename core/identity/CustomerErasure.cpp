// SPDX-License-Identifier: MIT
#include "CustomerErasure.h"

#include "Anchor.h"
#include "LogScrub.h"
#include "Logging.h"
#include "intercom/IntercomClient.h"
#include "store/Database.h"
#include "store/MappingRepository.h"
#include "store/RepairLocks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tgic::identity {

using net::Outcome;

namespace {

// The contact an answer carries; one without an id when it has none.
intercom::Contact contactOf(const net::ApiResult &result)
{
    return intercom::parseContact(result.payload.toObject()).value_or(intercom::Contact());
}

// Every custom attribute this app writes about the Telegram side, as a PUT that clears those the
// contact has ("" for text: Intercom refuses null; false for the one boolean).
QJsonObject clearedAttributes(const intercom::Contact &contact)
{
    const QJsonObject &has = contact.customAttributes;
    QJsonObject cleared;
    for (const char *name : { intercom::attr::kTelegramUserId, intercom::attr::kTelegramUserIds,
             intercom::attr::kTelegramUsername, intercom::attr::kTelegramName,
             intercom::attr::kTelegramPhone }) {
        const QString key = QString::fromLatin1(name);
        if (has.contains(key))
            cleared.insert(key, QString());
    }
    const QString verified = QString::fromLatin1(intercom::attr::kTelegramPhoneVerified);
    if (has.contains(verified))
        cleared.insert(verified, false);
    return cleared;
}

bool goneFromIntercom(const net::ApiResult &result)
{
    return result.outcome == Outcome::NotFound || result.outcome == Outcome::Gone;
}

} // namespace

QString intercomChoiceName(IntercomChoice choice)
{
    switch (choice) {
    case IntercomChoice::Delete:
        return u"delete"_s;
    case IntercomChoice::Archive:
        return u"archive"_s;
    case IntercomChoice::Keep:
        return u"keep"_s;
    }
    return {};
}

std::optional<IntercomChoice> intercomChoiceFromName(const QString &name)
{
    for (IntercomChoice c : { IntercomChoice::Delete, IntercomChoice::Archive, IntercomChoice::Keep })
        if (intercomChoiceName(c) == name)
            return c;
    return std::nullopt;
}

QStringList ErasurePreview::lines(IntercomChoice choice) const
{
    QStringList out;
    const store::LocalErasurePlan &l = local;
    const QString who = l.displayName.isEmpty()
        ? CustomerErasure::tr("Telegram user %1").arg(telegramUserId)
        : CustomerErasure::tr("Telegram user %1 (%2)").arg(telegramUserId).arg(l.displayName);
    out << CustomerErasure::tr("Erase %1:").arg(who);
    if (!l.known)
        out << CustomerErasure::tr("  Nothing about this ID is held in the local database.");
    else {
        out << CustomerErasure::tr(
            "  Local database: %n message(s), %1 earlier text(s) of edited messages,", nullptr, l.messages)
                   .arg(l.edits);
        out << CustomerErasure::tr(
            "    %1 profile change(s), %2 piece(s) of evidence (phone, e-mail), %3 suggested "
            "merge(s),")
                   .arg(l.profileHistory)
                   .arg(l.evidence)
                   .arg(l.suggestions);
        out << CustomerErasure::tr(
            "    %1 outbox row(s) (%2 phone request(s)), %3 file(s), %4 conversation link(s),")
                   .arg(l.outbox)
                   .arg(l.phoneRequests)
                   .arg(l.outboxFiles)
                   .arg(l.conversations);
        out << CustomerErasure::tr(
            "    %1 raw Telegram update(s) and %2 quarantined update(s) that name the ID,")
                   .arg(l.rawUpdates)
                   .arg(l.quarantined);
        out << CustomerErasure::tr(
            "    the profile and the mapping; %n earlier audit entries keep who did what "
            "and when, without personal details.",
            nullptr, l.auditEntries);
    }
    if (l.inFlight > 0)
        out << CustomerErasure::tr(
            "  %n message(s) to or from the customer are still on their way: erasing now "
            "needs force.",
            nullptr, l.inFlight);
    if (!intercomChecked)
        out << CustomerErasure::tr(
            "  Intercom could not be asked (%1): nothing can be erased until it answers.")
                   .arg(intercomError);
    else if (contacts.isEmpty())
        out << CustomerErasure::tr("  Intercom: no contact is anchored on this ID.");
    for (const ErasureContact &c : contacts) {
        const QString name = c.name.isEmpty() ? c.id : c.name + u" ("_s + c.id + u')';
        if (c.gone) {
            out << CustomerErasure::tr("  Intercom: contact %1 is already gone.").arg(c.id);
            continue;
        }
        const QString conversations = c.conversations < 0
            ? CustomerErasure::tr("its conversations")
            : CustomerErasure::tr("%n conversation(s)", nullptr, c.conversations);
        if (c.shared()) {
            QStringList others;
            for (qint64 other : c.otherTelegramIds)
                others << QString::number(other);
            out << CustomerErasure::tr(
                "  Intercom: %1 %2 also answers for Telegram ID(s) %3: it is NOT deleted or "
                "archived; only this ID is taken off it.")
                       .arg(c.role, name, others.join(u", "_s));
            continue;
        }
        switch (choice) {
        case IntercomChoice::Delete:
            out << CustomerErasure::tr(
                "  Intercom: %1 %2 is deleted with %3 (Intercom can restore it for 7 days, then "
                "destroys it; CSAT ratings and reports stay).")
                       .arg(c.role, name, conversations);
            break;
        case IntercomChoice::Archive:
            out << CustomerErasure::tr(
                "  Intercom: %1 %2 loses its Telegram attributes and is archived with %3 "
                "(kept, hidden from lists and search).")
                       .arg(c.role, name, conversations);
            break;
        case IntercomChoice::Keep:
            out << CustomerErasure::tr(
                "  Intercom: %1 %2 and %3 are kept; only its Telegram attributes are cleared.")
                       .arg(c.role, name, conversations);
            break;
        }
    }
    out << CustomerErasure::tr("  If the customer writes again, they become a new contact.");
    return out;
}

CustomerErasure::CustomerErasure(store::Database &db, intercom::IntercomClient *client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
{ }

void CustomerErasure::preview(qint64 telegramUserId, const std::function<void(const ErasurePreview &)> &done)
{
    ErasurePreview p;
    p.telegramUserId = telegramUserId;
    p.local = store::LocalErasure(m_db).plan(telegramUserId);
    // The anchor finds the contacts, also those this database never knew (a lost cache).
    m_client->searchByTelegramId(telegramUserId, this, [=, this](const net::ApiResult &found) mutable {
        if (!found.ok()) {
            p.intercomError = found.message;
            done(p);
            return;
        }
        QStringList ids;
        for (const intercom::Contact &c : intercom::parseContactPage(found.payload.toObject()).items) {
            if (Anchor::of(c).contains(telegramUserId))
                ids << c.id;
        }
        // The contact the mapping names, even where search has not caught up (or the anchor was
        // removed by hand).
        for (const QString &mapped : std::as_const(p.local.contactIds))
            if (!ids.contains(mapped))
                ids << mapped;
        collectContacts(p, ids, 0, done);
    });
}

void CustomerErasure::collectContacts(const ErasurePreview &preview, const QStringList &ids, int index,
    const std::function<void(const ErasurePreview &)> &done)
{
    if (index >= ids.size()) {
        countConversations(preview, 0, done);
        return;
    }
    m_client->getContact(ids.at(index), this, [=, this](const net::ApiResult &read) {
        ErasurePreview p = preview;
        ErasureContact c;
        c.id = ids.at(index);
        if (goneFromIntercom(read))
            c.gone = true;
        else if (!read.ok()) {
            p.intercomError = read.message;
            done(p);
            return;
        } else {
            const intercom::Contact contact = contactOf(read);
            c.name = contact.name;
            c.role = intercom::contactRoleName(contact.role);
            QList<qint64> others = Anchor::of(contact).ids();
            others += store::MappingRepository(m_db).telegramIdsOf(c.id);
            for (qint64 other : std::as_const(others))
                if (other != p.telegramUserId && !c.otherTelegramIds.contains(other))
                    c.otherTelegramIds << other;
        }
        p.contacts << c;
        collectContacts(p, ids, index + 1, done);
    });
}

void CustomerErasure::countConversations(
    const ErasurePreview &preview, int index, const std::function<void(const ErasurePreview &)> &done)
{
    while (index < preview.contacts.size() && preview.contacts.at(index).gone)
        ++index;
    if (index >= preview.contacts.size()) {
        ErasurePreview p = preview;
        p.intercomChecked = true;
        done(p);
        return;
    }
    m_client->searchConversationsOf(preview.contacts.at(index).id, this, [=, this](const net::ApiResult &r) {
        ErasurePreview p = preview;
        if (r.ok())
            p.contacts[index].conversations
                = int(intercom::parseConversationPage(r.payload.toObject()).totalCount.value_or(0));
        countConversations(p, index + 1, done);
    });
}

void CustomerErasure::erase(
    const ErasurePreview &preview, IntercomChoice choice, bool force, const QString &actor, Done done)
{
    auto result = std::make_shared<ErasureResult>();
    QStringList keys { store::RepairLocks::telegramKey(preview.telegramUserId) };
    for (const ErasureContact &c : preview.contacts)
        keys << store::RepairLocks::contactKey(c.id);
    // The same locks as every repair: two agents erasing (or one erasing, one relinking) the same
    // person at once cannot happen on any workstation of the team.
    underRepairLock(
        m_db, keys, u"erasure"_s, actor,
        [this, result, done = std::move(done)](const ActionResult &r) {
            if (result->message.isEmpty())
                result->message = r.message;
            // The locks are gone too (their keys name the ID): empty the write-ahead log once more.
            if (result->ok)
                result->walTruncated
                    = store::LocalErasure::truncateWriteAheadLog(m_db, false) && result->walTruncated;
            done(*result);
        },
        [=, this](const std::function<void(const ActionResult &)> &unlock) {
            eraseLocked(preview, choice, force, actor, result, unlock);
        });
}

void CustomerErasure::eraseLocked(const ErasurePreview &preview, IntercomChoice choice, bool force,
    const QString &actor, const std::shared_ptr<ErasureResult> &result,
    const std::function<void(const ActionResult &)> &unlock)
{
    // Counted again: a message may have come in since the preview.
    const store::LocalErasurePlan now = store::LocalErasure(m_db).plan(preview.telegramUserId);
    if (now.inFlight > 0 && !force) {
        result->refusedInFlight = true;
        result->message
            = tr("Nothing was erased: %n message(s) to or from this customer are still on their way. "
                 "Wait until they are delivered, or force the erasure.",
                nullptr, now.inFlight);
        unlock({ false, result->message, {} });
        return;
    }
    if (!preview.intercomChecked) {
        result->message
            = tr("Nothing was erased: Intercom could not be asked for the customer's contact (%1).")
                  .arg(preview.intercomError);
        unlock({ false, result->message, {} });
        return;
    }
    eraseInIntercom(preview, choice, 0, result, [=, this](bool ok) {
        if (ok)
            finishLocally(preview, choice, force, actor, *result);
        unlock({ result->ok, result->message, {} });
    });
}

void CustomerErasure::eraseInIntercom(const ErasurePreview &preview, IntercomChoice choice, int index,
    const std::shared_ptr<ErasureResult> &result, const std::function<void(bool ok)> &done)
{
    if (index >= preview.contacts.size()) {
        done(true);
        return;
    }
    const ErasureContact &c = preview.contacts.at(index);
    auto next = [=, this] { eraseInIntercom(preview, choice, index + 1, result, done); };
    // Read afresh: the anchor may have changed since the preview.
    m_client->getContact(c.id, this, [=, this](const net::ApiResult &read) {
        if (goneFromIntercom(read)) {
            result->contactsDone << tr("%1: already gone").arg(c.id);
            next();
            return;
        }
        if (!read.ok()) {
            result->message
                = tr("Nothing was erased locally: Intercom did not answer for contact %1 (%2). Run the "
                     "erasure again.")
                      .arg(c.id, read.message);
            done(false);
            return;
        }
        eraseContact(preview.telegramUserId, contactOf(read), choice,
            [=](const net::ApiResult &r, const QString &what) {
                if (!r.ok() && !goneFromIntercom(r)) {
                    result->message
                        = tr("Nothing was erased locally: Intercom refused to change contact %1 (%2). "
                             "Run the erasure again.")
                              .arg(c.id, r.message);
                    done(false);
                    return;
                }
                result->contactsDone << c.id + u": "_s + what;
                ++result->contactsChanged;
                next();
            });
    });
}

void CustomerErasure::eraseContact(qint64 telegramUserId, const intercom::Contact &contact,
    IntercomChoice choice, const std::function<void(const net::ApiResult &, const QString &)> &done)
{
    const QString &id = contact.id;
    const Anchor anchor = Anchor::of(contact);
    QList<qint64> others = anchor.ids() + store::MappingRepository(m_db).telegramIdsOf(id);
    others.removeAll(telegramUserId);
    if (!others.isEmpty()) {
        // The same person's other Telegram account (or several people, by an agent's decision):
        // never deleted on this one's request. Only this ID comes off the anchor.
        const QJsonObject fields { { u"custom_attributes"_s,
            anchor.without(telegramUserId).customAttributes() } };
        m_client->updateContact(id, fields, this, [done](const net::ApiResult &r) {
            done(r, tr("kept (it answers for other Telegram IDs); this ID was taken off it"));
        });
        return;
    }
    if (choice == IntercomChoice::Delete) {
        m_client->deleteContact(id, this, [done](const net::ApiResult &r) { done(r, tr("deleted")); });
        return;
    }
    // Archive and keep: the Telegram ID, username, name and phone this app wrote go first, so the
    // contact no longer names the customer's Telegram account and is never found by its anchor.
    const QJsonObject cleared { { u"custom_attributes"_s, clearedAttributes(contact) } };
    m_client->updateContact(id, cleared, this, [=, this](const net::ApiResult &r) {
        if (!r.ok() || choice == IntercomChoice::Keep) {
            done(r, tr("kept without its Telegram attributes"));
            return;
        }
        m_client->archiveContact(
            id, true, this, [done](const net::ApiResult &a) { done(a, tr("archived")); });
    });
}

void CustomerErasure::finishLocally(const ErasurePreview &preview, IntercomChoice choice, bool force,
    const QString &actor, ErasureResult &result)
{
    QStringList contacts;
    for (const ErasureContact &c : preview.contacts)
        contacts << c.id;
    store::LocalErasure local(m_db);
    // Another workstation erased them meanwhile (it held the lock first): nothing is left here or
    // in Intercom, and a second audit entry would only say so twice.
    if (result.contactsChanged == 0 && !local.plan(preview.telegramUserId).known) {
        result.ok = true;
        result.message = tr("Telegram user %1 was already erased; nothing was left to remove.")
                             .arg(preview.telegramUserId);
        return;
    }
    const auto outcome = local.erase(preview.telegramUserId, actor,
        intercomChoiceName(choice) + u": "_s + result.contactsDone.join(u"; "_s), contacts, force);
    if (!outcome.ok) {
        result.refusedInFlight = outcome.refusedInFlight;
        result.message
            = tr("Intercom is done (%1), but the local database refused: %2. Run the erasure again.")
                  .arg(result.contactsDone.join(u"; "_s), outcome.error);
        return;
    }
    result.ok = true;
    result.removed = outcome.removed;
    result.walTruncated = outcome.walTruncated;
    // The log files of this process (and, single seat, the app's log folder) forget them too.
    QStringList needles = outcome.removed.needles;
    needles << QString::number(preview.telegramUserId);
    scrubLogs(needles);
    result.message
        = tr("Telegram user %1 was erased: %n local row(s) removed.", nullptr, outcome.removed.total())
              .arg(preview.telegramUserId);
    if (!result.contactsDone.isEmpty())
        result.message += u' ' + tr("Intercom: %1.").arg(result.contactsDone.join(u"; "_s));
    if (!outcome.walTruncated)
        result.message += u' '
            + tr("Another program was reading the database: its file is compacted at the next erasure or "
                 "restart.");
}

} // namespace tgic::identity
