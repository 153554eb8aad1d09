// SPDX-License-Identifier: MIT
#include "IdentityResolver.h"

#include "Anchor.h"
#include "Logging.h"
#include "MappingState.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "telegram/TelegramTypes.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace tgic::identity {

using net::Outcome;

namespace {
const QString kActor = u"sync"_s;
constexpr int kMaxMergeHops = 3;

} // namespace

IdentityResolver::IdentityResolver(store::Database &db, intercom::IntercomClient *client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_mappings(db)
    , m_client(client)
{ }

Resolution IdentityResolver::failure(const net::ApiResult &result, const QString &what)
{
    Resolution r;
    r.error = what + u": "_s + result.message;
    if (result.outcome == Outcome::Unauthorized)
        r.status = Resolution::Status::Unauthorized;
    else
        r.status = Resolution::Status::RetryLater;
    return r;
}

void IdentityResolver::resolve(qint64 telegramUserId, Done done)
{
    auto &waiting = m_waiting[telegramUserId];
    waiting.append(std::move(done));
    if (waiting.size() == 1)
        start(telegramUserId);
}

void IdentityResolver::resolveKnown(
    qint64 telegramUserId, const std::optional<store::Mapping> &mapping, Done done)
{
    if (!m_waiting.contains(telegramUserId))
        m_known.insert(telegramUserId, mapping);
    resolve(telegramUserId, std::move(done));
}

store::LinkOptions IdentityResolver::knownBefore(qint64 telegramUserId) const
{
    store::LinkOptions options;
    const auto it = m_known.constFind(telegramUserId);
    if (it != m_known.cend()) {
        options.beforeKnown = true;
        options.before = *it;
    }
    return options;
}

std::optional<store::Mapping> IdentityResolver::mappingOf(qint64 telegramUserId) const
{
    const auto it = m_known.constFind(telegramUserId);
    return it != m_known.cend() ? *it : m_mappings.find(telegramUserId);
}

void IdentityResolver::finish(qint64 telegramUserId, const Resolution &resolution)
{
    m_known.remove(telegramUserId);
    const QList<Done> waiting = m_waiting.take(telegramUserId);
    if (!resolution.ok())
        m_mappings.setLastError(telegramUserId, resolution.error);
    for (const Done &done : waiting)
        done(resolution);
}

void IdentityResolver::start(qint64 telegramUserId)
{
    const auto mapping = mappingOf(telegramUserId);
    if (mapping && mapping->state == MappingState::Detached) {
        // An agent unlinked this person on purpose: do not quietly link them again.
        finish(telegramUserId,
            { Resolution::Status::Parked, {},
                tr("an agent unlinked this Telegram user; waiting for a relink"), {} });
        return;
    }
    if (mapping && !mapping->contactId.isEmpty() && mapping->state != MappingState::Stale) {
        finish(telegramUserId, { Resolution::Status::Resolved, mapping->contactId, {}, {} });
        return;
    }
    search(telegramUserId);
}

void IdentityResolver::search(qint64 telegramUserId)
{
    m_client->searchByTelegramId(telegramUserId, this, [this, telegramUserId](const net::ApiResult &result) {
        if (!result.ok()) {
            finish(telegramUserId,
                failure(result, tr("searching Intercom for Telegram user %1").arg(telegramUserId)));
            return;
        }
        QList<intercom::Contact> hits;
        for (const intercom::Contact &c : intercom::parseContactPage(result.payload.toObject()).items) {
            // Trust but verify: only an exact anchor match counts.
            if (Anchor::of(c).contains(telegramUserId))
                hits.append(c);
        }
        if (hits.isEmpty()) {
            const auto mapping = mappingOf(telegramUserId);
            if (mapping && mapping->createStartedAt) {
                const qint64 age = store::nowMs() - *mapping->createStartedAt;
                if (age < m_reconcileWindow.count()) {
                    // An earlier create may have succeeded without us hearing the answer;
                    // Intercom's search can take minutes to show it. Creating again now would
                    // risk a duplicate: wait for search to catch up.
                    Resolution wait;
                    wait.status = Resolution::Status::RetryLater;
                    wait.error
                        = tr("waiting for Intercom search to show a contact whose creation was interrupted");
                    wait.retryAfter
                        = milliseconds(std::clamp<qint64>(m_reconcileWindow.count() - age, 1000, 30000));
                    finish(telegramUserId, wait);
                    return;
                }
            }
            create(telegramUserId);
            return;
        }
        // Several contacts carry the same anchor (made by hand, or by another install during
        // search lag): deliver to one chosen the same way every time — a user before a lead,
        // then the oldest — and flag the conflict for an agent.
        std::sort(hits.begin(), hits.end(), [](const intercom::Contact &a, const intercom::Contact &b) {
            if (a.isUser() != b.isUser())
                return a.isUser();
            if (a.createdAt != b.createdAt)
                return a.createdAt < b.createdAt;
            return a.id < b.id;
        });
        const int duplicates = int(hits.size()) - 1;
        const MappingState state = duplicates > 0 ? MappingState::Conflict : MappingState::Linked;
        const QString detail = duplicates > 0
            ? tr("%1 Intercom contacts carry this Telegram ID; using the first, an agent should merge them")
                  .arg(hits.size())
            : tr("found by searching the telegram_user_id attribute");
        if (!m_mappings.link(telegramUserId, hits.first(), state, u"search"_s, duplicates, kActor, detail,
                knownBefore(telegramUserId))) {
            finish(telegramUserId,
                { Resolution::Status::RetryLater, {}, tr("the local database refused the mapping"), {} });
            return;
        }
        qCInfo(lcIdentity) << "Telegram user" << telegramUserId << "found in Intercom as" << hits.first().id;
        Q_EMIT mappingChanged(telegramUserId);
        finish(telegramUserId, { Resolution::Status::Resolved, hits.first().id, {}, {} });
    });
}

QJsonObject IdentityResolver::leadFields(qint64 telegramUserId, const store::LeadProfile &profile)
{
    const QString name = telegram::displayName(profile.firstName, profile.lastName);
    const QString username = profile.username;
    QJsonObject custom = Anchor().with(telegramUserId).customAttributes();
    custom.insert(QString::fromLatin1(intercom::attr::kTelegramName), name);
    if (!username.isEmpty())
        custom.insert(QString::fromLatin1(intercom::attr::kTelegramUsername), username);
    QJsonObject fields { { u"custom_attributes"_s, custom } };
    if (!name.isEmpty())
        fields.insert(u"name"_s, name);
    return fields;
}

void IdentityResolver::create(qint64 telegramUserId)
{
    // Claimed with the others whose searches came back within the batch window: one round trip.
    if (m_claims.isEmpty())
        QTimer::singleShot(m_db.batchWindowMs(), this, &IdentityResolver::claimCreates);
    m_claims << telegramUserId;
}

void IdentityResolver::claimCreates()
{
    const QList<qint64> ids = std::exchange(m_claims, {});
    if (ids.isEmpty())
        return;
    QList<store::LeadProfile> profiles;
    const auto claims = m_mappings.claimCreates(ids, m_reconcileWindow.count(), &profiles);
    for (qsizetype i = 0; i < ids.size(); ++i)
        createClaimed(ids.at(i), claims.at(i), profiles.at(i));
}

void IdentityResolver::createClaimed(
    qint64 telegramUserId, store::MappingRepository::CreateClaim claim, const store::LeadProfile &profile)
{
    // The attempt is recorded before the call: if we crash or the answer is lost, the next try
    // knows a contact may exist already (invariant 3).
    switch (claim) {
    case store::MappingRepository::CreateClaim::Claimed:
        break;
    case store::MappingRepository::CreateClaim::Busy: {
        // Another process (a second workstation on the team database) is creating or has just
        // linked this person: wait for its answer instead of racing it into a duplicate.
        Resolution wait;
        wait.status = Resolution::Status::RetryLater;
        wait.error = tr("another workstation is creating this contact; waiting for it");
        wait.retryAfter = seconds(2);
        finish(telegramUserId, wait);
        return;
    }
    case store::MappingRepository::CreateClaim::Failed:
        finish(telegramUserId,
            { Resolution::Status::RetryLater, {}, tr("the local database is not writable"), {} });
        return;
    }
    const QJsonObject fields = leadFields(telegramUserId, profile);
    // What the lead carries, as leadFields() wrote it, for the mapping's record of it.
    const QString nameWritten = telegram::displayName(profile.firstName, profile.lastName);
    const QString usernameWritten = profile.username;
    m_client->createLead(fields, this, [=, this](const net::ApiResult &result) {
        if (result.ok() || result.outcome == Outcome::Conflict) {
            intercom::Contact contact
                = intercom::parseContact(result.payload.toObject()).value_or(intercom::Contact());
            QString via = u"created"_s;
            if (!result.ok()) {
                const QString existing = intercom::IntercomClient::conflictingContactId(result);
                if (existing.isEmpty()) {
                    m_mappings.clearCreateStarted(telegramUserId, result.message);
                    finish(telegramUserId, failure(result, tr("creating an Intercom lead")));
                    return;
                }
                contact = intercom::Contact();
                contact.id = existing;
                via = u"conflict"_s;
            }
            // The mapping, the audit entry and what was written to the contact, with the other
            // creates answered within the batch window: one round trip for them all.
            store::LinkOptions options = knownBefore(telegramUserId);
            options.recordWritten = true;
            options.nameWritten = nameWritten;
            options.usernameWritten = usernameWritten;
            if (m_links.isEmpty())
                QTimer::singleShot(m_db.batchWindowMs(), this, &IdentityResolver::writeLinks);
            m_links.append({ telegramUserId, contact, MappingState::Linked, via, 0, kActor,
                via == u"created"_s ? tr("created a lead") : tr("Intercom named an existing contact (409)"),
                options });
            return;
        }
        if (!result.mayHaveReachedServer)
            m_mappings.clearCreateStarted(telegramUserId, result.message);
        if (result.outcome == Outcome::ClientError
            && result.message.contains(u"attribute"_s, Qt::CaseInsensitive)) {
            // Someone archived or deleted our attribute since start-up: put it back, then retry.
            m_client->ensureContactAttributes(this, [](bool, const QString &) {});
        }
        finish(telegramUserId, failure(result, tr("creating an Intercom lead")));
    });
}

IdentityResolver::~IdentityResolver()
{
    // Created in Intercom: record them now rather than leave them to a search next time.
    if (!m_links.isEmpty())
        m_mappings.linkMany(std::exchange(m_links, {}));
}

void IdentityResolver::writeLinks()
{
    const QList<store::Link> links = std::exchange(m_links, {});
    if (links.isEmpty())
        return;
    // All in one transaction; if it fails, one at a time, so that one person the database
    // refuses does not hold back the others.
    const bool together = m_mappings.linkMany(links);
    for (const store::Link &l : links) {
        if (!together && !m_mappings.linkMany({ l })) {
            // Not written: it tries again, and its search finds the contact it created.
            finish(l.telegramUserId,
                { Resolution::Status::RetryLater, {}, tr("the local database refused the mapping"), {} });
            continue;
        }
        qCInfo(lcIdentity) << "Telegram user" << l.telegramUserId << "→ new Intercom lead" << l.contact.id;
        Q_EMIT mappingChanged(l.telegramUserId);
        Resolution resolved { Resolution::Status::Resolved, l.contact.id, {}, {} };
        resolved.created = l.via == u"created"_s;
        finish(l.telegramUserId, resolved);
    }
}

void IdentityResolver::contactGone(
    qint64 telegramUserId, const QString &contactId, const net::ApiResult &result, Done done)
{
    const QString survivor = intercom::IntercomClient::canonicalContactId(result);
    if (result.outcome == Outcome::Gone && !survivor.isEmpty() && survivor != contactId) {
        qCInfo(lcIdentity) << "contact" << contactId << "was merged into" << survivor;
        adoptSurvivor(telegramUserId, survivor, 1, done);
        return;
    }
    m_mappings.setState(telegramUserId, MappingState::Stale, kActor,
        tr("Intercom contact %1 is gone (%2); resolving again").arg(contactId, result.message));
    Q_EMIT mappingChanged(telegramUserId);
    resolve(telegramUserId, std::move(done));
}

void IdentityResolver::adoptSurvivor(
    qint64 telegramUserId, const QString &survivorId, int hops, const Done &done)
{
    m_client->getContact(survivorId, this, [=, this](const net::ApiResult &result) {
        if (result.outcome == Outcome::Gone && hops < kMaxMergeHops) {
            const QString next = intercom::IntercomClient::canonicalContactId(result);
            if (!next.isEmpty() && next != survivorId) {
                adoptSurvivor(telegramUserId, next, hops + 1, done);
                return;
            }
        }
        if (!result.ok()) {
            done(failure(result, tr("reading the surviving contact %1").arg(survivorId)));
            return;
        }
        const intercom::Contact contact
            = intercom::parseContact(result.payload.toObject()).value_or(intercom::Contact());
        m_mappings.link(telegramUserId, contact, MappingState::Linked, u"merge"_s, 0, kActor,
            tr("the contact was merged in Intercom; followed to the survivor"));
        Q_EMIT mappingChanged(telegramUserId);
        writeAnchor(telegramUserId, contact, done);
    });
}

void IdentityResolver::writeAnchor(qint64 telegramUserId, const intercom::Contact &contact, const Done &done)
{
    const QString contactId = contact.id;
    const Anchor before = Anchor::of(contact);
    if (before.contains(telegramUserId)) {
        done({ Resolution::Status::Resolved, contactId, {}, {} });
        return;
    }
    // A merge keeps the survivor's own attribute values: add this ID to its anchor, or the next
    // install (or a lost cache) could not find this person again. A survivor that already
    // carries another Telegram ID keeps it: one contact may hold several Telegram accounts.
    const Anchor after = before.with(telegramUserId);
    const QJsonObject fields { { u"custom_attributes"_s, after.customAttributes() } };
    m_client->updateContact(contactId, fields, this, [=, this](const net::ApiResult &result) {
        if (!result.ok()) {
            done(failure(result, tr("writing the Telegram anchor onto contact %1").arg(contactId)));
            return;
        }
        if (const auto written = intercom::parseContact(result.payload.toObject()))
            m_mappings.cacheContact(*written);
        QString detail = tr("added this Telegram ID to the surviving contact's anchor");
        if (!before.isEmpty())
            detail += tr("; it also carries Telegram ID %1 — check they are the same person")
                          .arg(before.primary());
        m_mappings.audit(kActor, u"anchor"_s, telegramUserId, contactId,
            before.customAttributes().value(QString::fromLatin1(intercom::attr::kTelegramUserIds)).toString(),
            after.customAttributes().value(QString::fromLatin1(intercom::attr::kTelegramUserIds)).toString(),
            detail);
        done({ Resolution::Status::Resolved, contactId, {}, {} });
    });
}

} // namespace tgic::identity
