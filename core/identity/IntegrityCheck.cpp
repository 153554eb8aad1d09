// SPDX-License-Identifier: MIT
#include "IntegrityCheck.h"

#include "Anchor.h"
#include "IdentityResolver.h"
#include "Logging.h"
#include "MappingActions.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tgic::identity {

using net::Outcome;

namespace {
const QString kActor = u"integrity check"_s;
// Enough to keep the pipe full; the scheduler still paces everything by X-RateLimit-*.
constexpr int kParallel = 4;
} // namespace

QString IntegrityProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Merged:
        return u"merged"_s;
    case Kind::Deleted:
        return u"deleted"_s;
    case Kind::AnchorMissing:
        return u"anchor_missing"_s;
    case Kind::Duplicates:
        return u"duplicates"_s;
    case Kind::Unreachable:
        return u"unchecked"_s;
    }
    return u"unchecked"_s;
}

IntegrityCheck::IntegrityCheck(store::Database &db, intercom::IntercomClient *client,
    IdentityResolver *resolver, MappingActions *actions, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_mappings(db)
    , m_client(client)
    , m_resolver(resolver)
    , m_actions(actions)
{ }

void IntegrityCheck::run(bool applyFixes, std::function<void(const QList<IntegrityProblem> &, int)> done)
{
    m_applyFixes = applyFixes;
    m_done = std::move(done);
    m_problems.clear();
    m_items.clear();
    store::SqlResult q = store::runSql(m_db.connection(),
        u"SELECT telegram_user_id, intercom_contact_id, state FROM mappings"
        " WHERE intercom_contact_id IS NOT NULL AND state <> 'detached' ORDER BY telegram_user_id"_s);
    while (q.next())
        m_items.append(
            { q.value(0).toLongLong(), q.value(1).toString(), mappingStateFromName(q.value(2).toString()) });
    m_total = int(m_items.size());
    m_checked = 0;
    m_requestsAtStart = m_client->api()->wireRequestCount();
    m_requests = 0;
    if (m_items.isEmpty()) {
        m_done({}, 0);
        return;
    }
    m_all = m_items;
    m_items.clear();
    m_found.clear();
    m_unconfirmed.clear();
    m_batches.clear();
    QList<qint64> batch;
    for (const Item &item : std::as_const(m_all)) {
        if (!batch.isEmpty() && batch.last() == item.telegramUserId)
            continue; // sorted by ID: one entry per ID
        batch << item.telegramUserId;
        if (batch.size() == intercom::IntercomClient::kTelegramIdsPerSearch) {
            m_batches << batch;
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        m_batches << batch;
    for (int i = 0; i < kParallel; ++i)
        nextBatch();
}

void IntegrityCheck::nextBatch()
{
    if (m_batches.isEmpty()) {
        if (m_batchesInFlight == 0)
            batchDone();
        return;
    }
    ++m_batchesInFlight;
    searchBatch(m_batches.takeFirst(), {});
}

void IntegrityCheck::searchBatch(const QList<qint64> &ids, const QString &startingAfter)
{
    m_client->searchByTelegramIds(ids, startingAfter, this, [=, this](const net::ApiResult &result) {
        if (!result.ok()) {
            if (result.outcome == Outcome::ClientError && result.httpStatus == 400 && ids.size() > 15
                && startingAfter.isEmpty()) {
                // A service that takes fewer IDs per query: halve the batch.
                m_batches.prepend(ids.mid(ids.size() / 2));
                m_batches.prepend(ids.mid(0, ids.size() / 2));
            } else {
                for (qint64 id : ids)
                    m_unconfirmed.insert(id);
            }
            --m_batchesInFlight;
            nextBatch();
            return;
        }
        const auto page = intercom::parseContactPage(result.payload.toObject());
        for (const intercom::Contact &c : page.items)
            m_found.insert(c.id, c);
        const QString &next = page.nextCursor;
        if (!next.isEmpty()) {
            searchBatch(ids, next);
            return;
        }
        --m_batchesInFlight;
        nextBatch();
    });
}

void IntegrityCheck::batchDone()
{
    // Who carries which ID, among everything the batches found.
    QHash<qint64, QList<intercom::Contact>> carriers;
    for (const intercom::Contact &c : std::as_const(m_found)) {
        for (qint64 id : Anchor::of(c).ids())
            carriers[id].append(c);
    }
    for (const Item &item : std::as_const(m_all)) {
        const auto found = m_found.constFind(item.contactId);
        const bool confirmed = !m_unconfirmed.contains(item.telegramUserId) && found != m_found.constEnd()
            && Anchor::of(*found).contains(item.telegramUserId);
        if (!confirmed) {
            m_items.append(item); // merged, deleted, anchor changed, not indexed yet: read it
            continue;
        }
        m_mappings.cacheContact(*found);
        judgeCarriers(item, item.contactId, carriers.value(item.telegramUserId));
        ++m_checked;
        Q_EMIT progress(m_checked, m_total);
    }
    m_all.clear();
    if (m_items.isEmpty()) {
        finishRun();
        return;
    }
    for (int i = 0; i < kParallel; ++i)
        next();
}

void IntegrityCheck::finishRun()
{
    m_requests = m_client->api()->wireRequestCount() - m_requestsAtStart;
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(m_problems, m_checked);
    }
}

void IntegrityCheck::next()
{
    if (m_items.isEmpty()) {
        if (m_inFlight == 0)
            finishRun();
        return;
    }
    ++m_inFlight;
    checkContact(m_items.takeFirst());
}

void IntegrityCheck::finishItem()
{
    --m_inFlight;
    ++m_checked;
    Q_EMIT progress(m_checked, m_total);
    next();
}

void IntegrityCheck::report(IntegrityProblem problem)
{
    qCInfo(lcIdentity).noquote() << "integrity:" << IntegrityProblem::kindName(problem.kind)
                                 << problem.telegramUserId << problem.contactId << "-" << problem.description;
    m_problems.append(std::move(problem));
}

void IntegrityCheck::checkContact(const Item &item)
{
    m_client->getContact(item.contactId, this, [=, this](const net::ApiResult &result) {
        if (result.outcome == Outcome::Gone) {
            // Merged in Intercom behind our back: follow the Link to the survivor and re-anchor.
            m_resolver->contactGone(
                item.telegramUserId, item.contactId, result, [=, this](const Resolution &r) {
                    IntegrityProblem p { IntegrityProblem::Kind::Merged, item.telegramUserId, item.contactId,
                        { r.contactId }, tr("Contact %1 was merged into %2").arg(item.contactId, r.contactId),
                        tr("Followed the merge and anchored the Telegram ID on the survivor"), r.ok() };
                    if (!r.ok())
                        p.proposedFix
                            = tr("Could not follow it automatically (%1); re-run the check").arg(r.error);
                    report(p);
                    if (r.ok())
                        checkDuplicates(item, r.contactId);
                    else
                        finishItem();
                });
            return;
        }
        if (result.outcome == Outcome::NotFound) {
            IntegrityProblem p { IntegrityProblem::Kind::Deleted, item.telegramUserId, item.contactId, {},
                tr("Contact %1 no longer exists in Intercom").arg(item.contactId),
                tr("Re-resolve: tgic-cli reresolve --telegram-id %1 (finds another contact carrying the ID, "
                   "or creates a lead with the next message)")
                    .arg(item.telegramUserId),
                false };
            m_mappings.setState(item.telegramUserId, MappingState::Stale, kActor, p.description);
            if (m_applyFixes) {
                m_actions->reresolve(item.telegramUserId, kActor, [=, this](const ActionResult &fix) {
                    IntegrityProblem fixedProblem = p;
                    fixedProblem.fixed = fix.ok;
                    if (!fix.ok)
                        fixedProblem.proposedFix += u" — "_s + fix.message;
                    report(fixedProblem);
                    finishItem();
                });
                return;
            }
            report(p);
            finishItem();
            return;
        }
        if (!result.ok()) {
            report({ IntegrityProblem::Kind::Unreachable, item.telegramUserId, item.contactId, {},
                tr("Could not read contact %1: %2").arg(item.contactId, result.message),
                tr("Run the check again"), false });
            finishItem();
            return;
        }
        const intercom::Contact contact
            = intercom::parseContact(result.payload.toObject()).value_or(intercom::Contact());
        m_mappings.cacheContact(contact);
        if (!Anchor::of(contact).contains(item.telegramUserId)) {
            const QString carried = Anchor::of(contact).primary();
            IntegrityProblem p { IntegrityProblem::Kind::AnchorMissing, item.telegramUserId, item.contactId,
                {},
                carried.isEmpty()
                    ? tr("Contact %1 no longer carries telegram_user_id %2 (removed by hand?)")
                          .arg(item.contactId)
                          .arg(item.telegramUserId)
                    : tr("Contact %1 carries telegram_user_id %2 instead of %3 (changed by hand?)")
                          .arg(item.contactId, carried)
                          .arg(item.telegramUserId),
                tr("Re-write the anchor: tgic-cli check --fix, or relink to the right contact"), false };
            if (m_applyFixes) {
                m_actions->rewriteAnchor(item.telegramUserId, kActor, [=, this](const ActionResult &fix) {
                    IntegrityProblem fixedProblem = p;
                    fixedProblem.fixed = fix.ok;
                    report(fixedProblem);
                    checkDuplicates(item, item.contactId);
                });
                return;
            }
            report(p);
        }
        checkDuplicates(item, item.contactId);
    });
}

void IntegrityCheck::checkDuplicates(const Item &item, const QString &liveContactId)
{
    m_client->searchByTelegramId(item.telegramUserId, this, [=, this](const net::ApiResult &result) {
        if (!result.ok()) {
            finishItem();
            return;
        }
        judgeCarriers(item, liveContactId, intercom::parseContactPage(result.payload.toObject()).items);
        finishItem();
    });
}

void IntegrityCheck::judgeCarriers(
    const Item &item, const QString &liveContactId, const QList<intercom::Contact> &carriers)
{
    QStringList others;
    QStringList summary;
    for (const intercom::Contact &c : carriers) {
        if (!Anchor::of(c).contains(item.telegramUserId))
            continue;
        const QString &id = c.id;
        summary << id + u" ("_s + intercom::contactRoleName(c.role) + u')';
        if (id != liveContactId)
            others << id;
    }
    const auto mapping = m_mappings.find(item.telegramUserId);
    const bool conflictState = mapping && mapping->state == MappingState::Conflict;
    if (!others.isEmpty()) {
        if (!conflictState && mapping && mapping->state == MappingState::Linked)
            m_mappings.setState(item.telegramUserId, MappingState::Conflict, kActor,
                tr("%1 contacts carry this Telegram ID").arg(others.size() + 1));
        report({ IntegrityProblem::Kind::Duplicates, item.telegramUserId, liveContactId, others,
            tr("%1 contacts carry Telegram ID %2: %3")
                .arg(others.size() + 1)
                .arg(item.telegramUserId)
                .arg(summary.join(u", "_s)),
            tr("Merge the lead(s) into the user (tgic-cli merge --from LEAD --into USER), or take the anchor "
               "off the wrong one with a relink"),
            false });
    } else if (conflictState) {
        // The duplicates are gone (merged or cleaned up in Intercom): the conflict is over.
        m_mappings.setState(item.telegramUserId, MappingState::Linked, kActor,
            tr("only one contact carries this Telegram ID now"));
    }
}

} // namespace tgic::identity
