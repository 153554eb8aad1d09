// SPDX-License-Identifier: MIT
#include "IntercomPartPoller.h"

#include "FileDownloader.h"
#include "Logging.h"
#include "Timers.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/ConversationStateRepository.h"
#include "store/Database.h"
#include "store/Meta.h"
#include "store/Sql.h"
#include "telegram/HtmlToTelegram.h"
#include "telegram/TelegramRequests.h"

#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace tgic::sync {

namespace {
const QString kPolledTo = u"intercom.parts_polled_to"_s;
const QString kRelayEpoch = u"intercom.relay_epoch"_s;
const QString kOwnPackageCode = u"intercom.app_package_code"_s;
const QString kTelegramTagId = u"intercom.tag.telegram"_s;
// Set once a search came back out of order: the service ignores `sort`, so never stop early.
const QString kSortIgnored = u"intercom.conversation_sort_ignored"_s;
constexpr int kContactsPerQuery = 100;
constexpr int kTagsPerCycle = 150;
// Clocks differ between this machine and Intercom, and its search index lags behind writes:
// a conversation counts as judged only if it is this much older than the last cycle's start.
constexpr qint64 kSearchMarginSeconds = 600;
// Intercom may match dates by calendar day (of the workspace's time zone), `>` starting at the
// next day. Asking for a day and two hours more than needed (a day is 25 h when clocks change)
// covers everything since the last cycle under either reading; the exact cut is ours.
constexpr qint64 kDayPrecisionWindow = qint64(26) * 3600;
// A fresh install relays what agents said in the last few minutes, not the whole history.
constexpr qint64 kFirstRunLookbackSeconds = 600;
// Intercom's attachment links expire after 30 minutes; after that a download failure is final.
constexpr qint64 kLinkLifetimeSeconds = qint64(30) * 60;
constexpr qint64 kSameSecondSlack = 5;

qint64 nowSeconds()
{
    return store::nowMs() / 1000;
}
} // namespace

IntercomPartPoller::IntercomPartPoller(
    store::Database &db, intercom::IntercomClient *client, FileDownloader *downloader, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_outbox(db)
    , m_client(client)
    , m_downloader(downloader)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IntercomPartPoller::beginCycle);
}

void IntercomPartPoller::start()
{
    m_running = true;
    m_meta.clear(); // read afresh: another workstation may have polled meanwhile
    pollNow();
}

void IntercomPartPoller::stop()
{
    m_running = false;
    m_timer->stop();
}

void IntercomPartPoller::pollNow()
{
    if (!m_running)
        return;
    if (m_cycleRunning) {
        m_again = true;
        return;
    }
    m_timer->start(0);
}

void IntercomPartPoller::noteActivity()
{
    const bool wasIdle = store::nowMs() - m_lastActivityAt > m_activeWindow.count();
    m_lastActivityAt = store::nowMs();
    // From the idle pace to the active one at once: an answer is likely soon.
    if (wasIdle && m_running && !m_cycleRunning && m_timer->remainingTime() > int(m_activeInterval.count()))
        m_timer->start(int(m_activeInterval.count()));
}

QString IntercomPartPoller::metaValue(const QString &key)
{
    // Only the lease holder polls and writes these: what it read or wrote stays true until it
    // stops leading (start() forgets them).
    auto it = m_meta.constFind(key);
    if (it == m_meta.cend())
        it = m_meta.insert(key, store::meta::get(m_db, key));
    return *it;
}

qint64 IntercomPartPoller::relayEpoch()
{
    const QString stored = metaValue(kRelayEpoch);
    if (!stored.isEmpty())
        return stored.toLongLong();
    const qint64 epoch = nowSeconds() - kFirstRunLookbackSeconds;
    if (store::meta::set(m_db, kRelayEpoch, QString::number(epoch)))
        m_meta.insert(kRelayEpoch, QString::number(epoch));
    return epoch;
}

void IntercomPartPoller::beginCycle()
{
    if (!m_running || m_cycleRunning)
        return;
    m_cycleRunning = true;
    m_again = false;
    m_capped = false;
    m_queuedThisCycle = 0;
    m_hits.clear();
    m_targets.clear();
    m_tagged.clear();
    m_statesRead.clear();
    m_cursorsRead.clear();
    m_scopes.clear();
    m_untagged.clear();
    m_cycleStartedAt = nowSeconds();
    m_ownPackageCode = metaValue(kOwnPackageCode); // the delivery side tells rememberMeta()
    relayEpoch();

    // Nobody to hear from agents yet: no request at all.
    if (!store::scalar(m_db.connection(),
            u"SELECT 1 FROM mappings WHERE intercom_contact_id IS NOT NULL AND state <> 'detached'"_s)
             .isValid()) {
        endCycle(true);
        return;
    }
    if (m_useTag) {
        ensureTag();
        return;
    }
    startSearch();
}

void IntercomPartPoller::ensureTag()
{
    m_tagId = metaValue(kTelegramTagId);
    if (!m_tagId.isEmpty()) {
        tagBacklog();
        return;
    }
    m_client->ensureTag(u"telegram"_s, this, [this](const net::ApiResult &r) {
        if (!m_cycleRunning)
            return;
        const auto tag = intercom::parseTag(r.payload.toObject());
        if (r.ok() && tag) {
            const QString id = tag->id;
            if (store::meta::set(m_db, kTelegramTagId, id))
                m_meta.insert(kTelegramTagId, id);
            m_tagId = id;
            tagBacklog();
            return;
        }
        if (r.outcome == net::Outcome::Unauthorized) {
            Q_EMIT authFailed(r.message);
            endCycle(false, r.message);
            return;
        }
        // No tag this time: search by contact ids (dearer, but nothing is missed).
        qCInfo(lcSync).noquote() << "cannot create the telegram tag, searching by contact:" << r.message;
        m_tagId.clear();
        startSearch();
    });
}

void IntercomPartPoller::tagBacklog()
{
    if (!m_cycleRunning)
        return;
    if (m_untagged.isEmpty()) {
        // The conversations this app opened and has not tagged yet (new ones, and those of an
        // older version), the most recently active first; a few per cycle.
        m_untagged = store::ConversationStateRepository(m_db).untagged(kTagsPerCycle);
        if (m_untagged.isEmpty()) {
            startSearch();
            return;
        }
    }
    const QString adminId = metaValue(QString::fromLatin1(store::meta::kIntercomAdminId));
    if (adminId.isEmpty()) {
        // Tagging needs the admin (known after the first delivery): meanwhile, by contact.
        m_untagged.clear();
        m_tagId.clear();
        startSearch();
        return;
    }
    const QString conversationId = m_untagged.takeFirst();
    m_client->tagConversation(
        conversationId, m_tagId, adminId, this, [this, conversationId](const net::ApiResult &r) {
            if (!m_cycleRunning)
                return;
            if (r.ok() || r.outcome == net::Outcome::NotFound) {
                // Gone from Intercom counts as done: there is nothing left to hear from. Recorded
                // with the rest of the cycle (a crash before that only tags it once more).
                m_tagged << conversationId;
            } else {
                // Not tagged, so the tag search cannot see it: this cycle asks by contact instead.
                qCInfo(lcSync).noquote()
                    << "tagging conversation" << conversationId << "failed:" << r.message;
                m_untagged.clear();
                m_tagId.clear();
                startSearch();
                return;
            }
            if (m_untagged.isEmpty()) {
                startSearch();
                return;
            }
            tagBacklog();
        });
}

void IntercomPartPoller::startSearch()
{
    m_scopes.clear();
    if (!m_tagId.isEmpty()) {
        m_scopes << intercom::IntercomClient::taggedWith(m_tagId);
    } else {
        // Detached users are parked on purpose; everyone else with a contact may hear from agents.
        store::SqlResult q = store::runSql(m_db.connection(),
            u"SELECT DISTINCT intercom_contact_id FROM mappings WHERE intercom_contact_id IS NOT NULL"
            " AND state <> 'detached' ORDER BY intercom_contact_id"_s);
        QStringList chunk;
        while (q.next()) {
            chunk << q.value(0).toString();
            if (chunk.size() == kContactsPerQuery) {
                m_scopes << intercom::IntercomClient::ofContacts(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty())
            m_scopes << intercom::IntercomClient::ofContacts(chunk);
    }
    if (m_scopes.isEmpty()) {
        endCycle(true);
        return;
    }
    const QString polledTo = metaValue(kPolledTo);
    m_floor = polledTo.isEmpty() ? 0 : polledTo.toLongLong() - kSearchMarginSeconds;
    searchChunk(0, {});
}

void IntercomPartPoller::searchChunk(int chunk, const QString &startingAfter)
{
    const QString polledTo = metaValue(kPolledTo);
    const qint64 since = (polledTo.isEmpty() ? nowSeconds() : polledTo.toLongLong()) - kSearchMarginSeconds
        - kDayPrecisionWindow;
    if (startingAfter.isEmpty())
        m_previousUpdatedAt = std::numeric_limits<qint64>::max();
    m_client->searchConversationsUpdatedSince(
        m_scopes.at(chunk), since, startingAfter, this, [this, chunk](const net::ApiResult &result) {
            if (!m_cycleRunning)
                return;
            if (!result.ok()) {
                if (result.outcome == net::Outcome::Unauthorized)
                    Q_EMIT authFailed(result.message);
                endCycle(false, result.message);
                return;
            }
            const auto page = intercom::parseConversationPage(result.payload.toObject());
            const qint64 epoch = relayEpoch();
            qint64 oldestOnPage = std::numeric_limits<qint64>::max();
            QList<intercom::Conversation> states;
            // The page's cursors in one read.
            QStringList ids;
            for (const intercom::Conversation &c : page.items)
                ids << c.id;
            const QHash<QString, store::TelegramOutbox::Cursor> cursors = m_outbox.cursors(ids);
            for (const intercom::Conversation &c : page.items) {
                const auto found = cursors.constFind(c.id);
                const auto cursor = found == cursors.cend() ? std::optional<store::TelegramOutbox::Cursor>()
                                                            : std::optional(*found);
                const Hit hit { c.id, c.updatedAt, cursor };
                if (hit.updatedAt > m_previousUpdatedAt && m_sorted) {
                    // The service ignores the sort: from now on every page is read.
                    m_sorted = false;
                    if (store::meta::set(m_db, kSortIgnored, u"1"_s))
                        m_meta.insert(kSortIgnored, u"1"_s);
                }
                m_previousUpdatedAt = hit.updatedAt;
                oldestOnPage = std::min(oldestOnPage, hit.updatedAt);
                // The exact cut, whatever precision the search had. updated_at has whole
                // seconds: a read within the same second (plus clock skew) may have missed a
                // later change in it, so only an older one proves nothing is new.
                // What agents decided (state, assignees, tags), from this very page; an object
                // older than the one last read for its parts is a lagging index, not news.
                if (!cursor || hit.updatedAt >= cursor->seenUpdatedAt)
                    states.append(c);
                if (cursor && cursor->seenUpdatedAt >= hit.updatedAt
                    && cursor->checkedAt / 1000 > hit.updatedAt + kSameSecondSlack)
                    continue;
                if (!cursor && hit.updatedAt < epoch)
                    continue; // unchanged since before this install relays anything
                if (onlyOwnWrite(hit, c))
                    continue;
                m_hits.append(hit);
            }
            recordStates(states);
            const QString next = page.nextCursor;
            // Newest first: once a page reaches what the last cycle judged, the rest is older.
            const bool sortTrusted = m_sorted && metaValue(kSortIgnored).isEmpty();
            const bool pastFloor = sortTrusted && m_floor > 0 && oldestOnPage < m_floor;
            if (!next.isEmpty() && !pastFloor) {
                searchChunk(chunk, next);
                return;
            }
            if (chunk + 1 < m_scopes.size()) {
                searchChunk(chunk + 1, {});
                return;
            }
            // Oldest change first, and not more than the cap: the rest stays for the next cycle.
            std::sort(m_hits.begin(), m_hits.end(),
                [](const Hit &a, const Hit &b) { return a.updatedAt < b.updatedAt; });
            if (m_hits.size() > m_maxPerCycle) {
                m_hits = m_hits.mid(0, m_maxPerCycle);
                m_capped = true;
            }
            readTargets();
            readNext();
        });
}

void IntercomPartPoller::noteOpened(const QString &conversationId)
{
    // The customer's first message is the conversation's source, not a part, and Intercom did
    // not say its updated_at. Zero parts proves no agent has answered yet.
    m_ownWrites.insert(conversationId, OwnWrite { 0, 0 });
    m_answersRead.insert(conversationId, 0);
}

void IntercomPartPoller::noteOwnWrite(
    const QString &conversationId, const intercom::Conversation &conversation)
{
    // An agent who answered after this poller's last read is in Intercom's answer too: the
    // conversation must then be read, or the answer would hide behind the app's own write.
    const auto read = m_answersRead.constFind(conversationId);
    if (conversation.updatedAt <= 0 || !conversation.totalParts || read == m_answersRead.cend()
        || *read != answersIn(conversation)) {
        m_ownWrites.remove(conversationId);
        return;
    }
    m_ownWrites.insert(conversationId, OwnWrite { conversation.updatedAt, *conversation.totalParts });
}

int IntercomPartPoller::answersIn(const intercom::Conversation &conversation) const
{
    return int(std::count_if(conversation.parts.cbegin(), conversation.parts.cend(),
        [this](const intercom::ConversationPart &part) { return isRelayable(part); }));
}

bool IntercomPartPoller::onlyOwnWrite(const Hit &hit, const intercom::Conversation &conversation)
{
    const auto own = m_ownWrites.constFind(hit.id);
    if (own == m_ownWrites.cend())
        return false;
    // The same second is not enough (an agent may answer within it): the part count must not
    // have moved either. A search without statistics proves nothing, so it is read. For a
    // conversation this app opened, whose updated_at Intercom did not say (zero), the count alone
    // decides: an agent's answer, note or assignment is a part.
    const bool sameTime = own->updatedAt == 0 || hit.updatedAt == own->updatedAt;
    if (sameTime && conversation.partCount == own->partCount)
        return true;
    if (own->updatedAt == 0 || hit.updatedAt >= own->updatedAt)
        m_ownWrites.remove(hit.id); // changed since: read it, and judge it by its cursor again
    return false;
}

void IntercomPartPoller::readNext()
{
    if (!m_cycleRunning)
        return;
    if (m_hits.isEmpty()) {
        endCycle(true);
        return;
    }
    const Hit hit = m_hits.takeFirst();
    m_client->getConversationHtml(hit.id, this, [this, hit](const net::ApiResult &result) {
        if (!m_cycleRunning)
            return;
        if (!result.ok()) {
            if (result.outcome == net::Outcome::Unauthorized) {
                Q_EMIT authFailed(result.message);
                endCycle(false, result.message);
                return;
            }
            // One unreadable conversation must not stop the others; it is read again next cycle.
            qCInfo(lcSync).noquote() << "cannot read Intercom conversation" << hit.id << ":"
                                     << result.message;
            m_capped = true;
            readNext();
            return;
        }
        const auto conversation = intercom::parseConversation(result.payload.toObject());
        if (!conversation) {
            qCInfo(lcSync).noquote() << "cannot read Intercom conversation" << hit.id
                                     << ": the answer is not a conversation";
            m_capped = true;
            readNext();
            return;
        }
        onConversation(hit, *conversation);
    });
}

void IntercomPartPoller::readTargets()
{
    // Where each conversation to read goes, for all of them in one read rather than one each.
    m_targets.clear();
    if (m_hits.isEmpty())
        return;
    QVariantList ids;
    for (const Hit &hit : std::as_const(m_hits))
        ids << hit.id;
    store::SqlResult q = store::runSql(m_db.connection(),
        u"SELECT intercom_conversation_id, chat_id, telegram_user_id FROM conversations"
        " WHERE intercom_conversation_id IN (%1)"_s.arg(store::placeholders(ids.size())),
        ids);
    while (q.next())
        m_targets.insert(q.value(0).toString(), Target { q.value(1).toLongLong(), q.value(2).toLongLong() });
}

bool IntercomPartPoller::target(
    const intercom::Conversation &conversation, qint64 *chatId, qint64 *telegramUserId) const
{
    const auto known = m_targets.constFind(conversation.id);
    if (known != m_targets.cend()) {
        *chatId = known->chatId;
        *telegramUserId = known->telegramUserId;
        return true;
    }
    // A conversation this app did not open (an agent wrote first, or another install opened it):
    // it can only go to the contact's private chat, and only if that person ever wrote to the bot.
    for (const QString &contactId : conversation.contactIds) {
        store::SqlResult q = store::runSql(m_db.connection(),
            u"SELECT m.telegram_user_id FROM mappings m JOIN chats c ON c.chat_id = m.telegram_user_id"
            " WHERE m.intercom_contact_id = ? AND m.state <> 'detached'"_s,
            { contactId });
        if (q.next()) {
            *chatId = q.value(0).toLongLong();
            *telegramUserId = *chatId;
            return true;
        }
    }
    return false;
}

bool IntercomPartPoller::isRelayable(const intercom::ConversationPart &part) const
{
    static const QStringList spoken { u"comment"_s, u"quick_reply"_s };
    static const QStringList stateChanges { u"close"_s, u"open"_s, u"assignment"_s, u"assign_and_reopen"_s };
    const QString &type = part.partType;
    if (part.author.type != intercom::AuthorType::Admin && part.author.type != intercom::AuthorType::Bot)
        return false; // the customer's own words, including everything this app posted for them
    if (!m_ownPackageCode.isEmpty() && part.appPackageCode == m_ownPackageCode)
        return false; // this app wrote it as an admin: it went to Telegram directly
    const bool hasBody = !telegram::htmlToTelegramText(part.body).isEmpty();
    const bool hasFiles = !part.attachments.isEmpty();
    if (spoken.contains(type))
        return hasBody || hasFiles;
    return stateChanges.contains(type) && hasBody; // never notes, never silent state changes
}

void IntercomPartPoller::recordStates(const QList<intercom::Conversation> &conversations)
{
    QList<store::ConversationState> views;
    for (const intercom::Conversation &c : conversations)
        if (const auto view = store::ConversationState::fromIntercom(c))
            views.append(*view);
    const auto recorded = store::ConversationStateRepository(m_db).record(views);
    if (!recorded.unnamed.isEmpty())
        Q_EMIT unnamedAssignees(recorded.unnamed);
}

void IntercomPartPoller::onConversation(const Hit &hit, const intercom::Conversation &conversation)
{
    m_statesRead.append(conversation); // recorded with the rest of the cycle (writeCycle)
    auto pending = std::make_shared<Pending>();
    pending->conversationId = hit.id;
    pending->updatedAt = std::max(hit.updatedAt, conversation.updatedAt);
    // As read with the search page, unless this cycle has moved it since.
    const auto moved = m_cursorsRead.constFind(hit.id);
    const auto cursor = moved != m_cursorsRead.cend() ? std::optional(*moved) : hit.cursor;
    pending->cursor = cursor.value_or(store::TelegramOutbox::Cursor { relayEpoch(), 0, 0, 0 });
    // Read now: a change within this second may not show in updated_at (see searchChunk).
    pending->cursor.checkedAt = store::nowMs();
    pending->answers = answersIn(conversation);
    if (!target(conversation, &pending->chatId, &pending->telegramUserId)) {
        finishConversation(pending, true);
        return;
    }
    QList<intercom::ConversationPart> parts;
    for (const intercom::ConversationPart &part : conversation.parts) {
        const QString &id = part.id;
        if (part.createdAt < pending->cursor.highWaterAt || !isRelayable(part))
            continue;
        // Parts this app created for the customer, or already queued, are never relayed again.
        if (m_outbox.isRelayed(id)
            || store::scalar(
                m_db.connection(), u"SELECT 1 FROM messages WHERE intercom_part_id = ?"_s, { id })
                   .isValid())
            continue;
        parts.append(part);
    }
    std::stable_sort(parts.begin(), parts.end(),
        [](const intercom::ConversationPart &a, const intercom::ConversationPart &b) {
            if (a.createdAt != b.createdAt)
                return a.createdAt < b.createdAt;
            return a.id.toLongLong() < b.id.toLongLong();
        });
    pending->parts = parts;
    relayNext(pending);
}

void IntercomPartPoller::relayNext(const std::shared_ptr<Pending> &pending)
{
    if (!m_cycleRunning)
        return;
    if (pending->next >= pending->parts.size()) {
        finishConversation(pending, true);
        return;
    }
    const intercom::ConversationPart &part = pending->parts.at(pending->next);
    store::AgentPart &a = pending->current;
    a = store::AgentPart {};
    a.conversationId = pending->conversationId;
    a.partId = part.id;
    a.createdAt = part.createdAt;
    a.chatId = pending->chatId;
    a.telegramUserId = pending->telegramUserId;
    a.texts = telegram::splitForTelegram(telegram::htmlToTelegramText(part.body));
    if (pending->chatId < 0) {
        // In a group, answer the customer's latest message of this conversation, as a reply.
        const QVariant latest = store::scalar(m_db.connection(),
            u"SELECT MAX(telegram_message_id) FROM messages WHERE chat_id = ? AND direction = 'in'"
            " AND sender_id = ? AND (intercom_conversation_id = ? OR intercom_conversation_id IS NULL)"_s,
            { pending->chatId, pending->telegramUserId, pending->conversationId });
        if (latest.isValid() && !latest.isNull())
            a.replyTo = latest.toLongLong();
    }
    pending->attachments = part.attachments;
    pending->nextAttachment = 0;
    fetchAttachments(pending);
}

void IntercomPartPoller::fetchAttachments(const std::shared_ptr<Pending> &pending)
{
    store::AgentPart &a = pending->current;
    if (pending->nextAttachment >= pending->attachments.size()) {
        if (!m_outbox.enqueuePart(a)) {
            finishConversation(pending, false);
            return;
        }
        pending->cursor.highWaterAt = std::max(pending->cursor.highWaterAt, a.createdAt);
        pending->cursor.lastAgentPartAt = std::max(pending->cursor.lastAgentPartAt, a.createdAt);
        m_outbox.saveCursor(pending->conversationId, pending->cursor);
        ++m_queuedThisCycle;
        Q_EMIT partsQueued(a.chatId);
        ++pending->next;
        relayNext(pending);
        return;
    }
    const intercom::Attachment &attachment = pending->attachments.at(pending->nextAttachment);
    store::PartFile file;
    file.name = attachment.name.isEmpty() ? u"file"_s : attachment.name;
    file.contentType = attachment.contentType;
    file.size = attachment.fileSize;
    const QUrl url(attachment.url);
    auto next = [this, pending](const store::PartFile &f) {
        pending->current.files.append(f);
        ++pending->nextAttachment;
        fetchAttachments(pending);
    };
    if (file.size > telegram::requests::kMaxUploadBytes) {
        file.link = url.toString();
        next(file);
        return;
    }
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        file.error = tr("no usable link");
        next(file);
        return;
    }
    m_downloader->download(url, telegram::requests::kMaxUploadBytes, this,
        [this, pending, file, url, next](const FileDownloader::Result &r) mutable {
            if (!m_cycleRunning)
                return;
            if (r.ok) {
                file.data = r.data;
                file.size = r.data.size();
                if (file.contentType.isEmpty())
                    file.contentType = r.contentType;
                next(file);
                return;
            }
            if (r.tooLarge) {
                file.link = url.toString();
                next(file);
                return;
            }
            const qint64 age = nowSeconds() - pending->current.createdAt;
            if (age < kLinkLifetimeSeconds) {
                // Try again next cycle while the link still lives; nothing was queued yet.
                qCInfo(lcSync).noquote() << "attachment download failed, retrying next cycle:" << r.error;
                finishConversation(pending, false);
                return;
            }
            file.error = r.error;
            next(file);
        });
}

void IntercomPartPoller::finishConversation(const std::shared_ptr<Pending> &pending, bool complete)
{
    if (complete) {
        // Written with the rest of the cycle: a crash before that only reads it once more (a
        // part queued from it is recorded as relayed with the part itself).
        pending->cursor.seenUpdatedAt = pending->updatedAt;
        m_cursorsRead.insert(pending->conversationId, pending->cursor);
        m_answersRead.insert(pending->conversationId, pending->answers);
    } else {
        m_capped = true; // not done: search it again next cycle
        m_cursorsRead.remove(pending->conversationId);
        m_answersRead.remove(pending->conversationId);
        m_ownWrites.remove(pending->conversationId);
    }
    readNext();
}

void IntercomPartPoller::endCycle(bool ok, const QString &error)
{
    if (!m_cycleRunning)
        return;
    m_cycleRunning = false;
    const QString polledTo = ok && !m_capped ? QString::number(m_cycleStartedAt) : QString();
    if (writeCycle(polledTo) && !polledTo.isEmpty())
        m_meta.insert(kPolledTo, polledTo);
    if (!ok) {
        qCInfo(lcSync).noquote() << "Intercom poll failed:" << error;
        Q_EMIT pollFailed(error);
    }
    if (m_queuedThisCycle > 0)
        m_lastActivityAt = store::nowMs();
    ++m_completedCycles;
    Q_EMIT cycleFinished(m_queuedThisCycle);
    scheduleNext();
}

bool IntercomPartPoller::writeCycle(const QString &polledTo)
{
    if (!m_statesRead.isEmpty())
        recordStates(std::exchange(m_statesRead, {}));
    store::SqlBatch batch(m_db.connection());
    store::ConversationStateRepository::addTagged(batch, std::exchange(m_tagged, {}));
    store::TelegramOutbox::addCursors(batch, std::exchange(m_cursorsRead, {}));
    // In the same batch, which is atomic: the cycle counts as done only with its cursors.
    if (!polledTo.isEmpty())
        batch.add(store::meta::setSql(), { kPolledTo, polledTo });
    if (batch.isEmpty())
        return true;
    if (batch.exec())
        return true;
    qCInfo(lcSync).noquote() << "cannot record the Intercom poll:" << batch.errorText();
    return false;
}

void IntercomPartPoller::scheduleNext()
{
    if (!m_running)
        return;
    if (m_again) {
        m_timer->start(0);
        return;
    }
    const bool active = store::nowMs() - m_lastActivityAt < m_activeWindow.count()
        || store::scalar(m_db.connection(),
            u"SELECT 1 FROM conversation_cursors WHERE last_agent_part_at > ?"_s,
            { nowSeconds() - qint64(m_activeWindow.count() / 1000) })
               .isValid();
    qint64 interval = (active ? m_activeInterval : m_idleInterval).count();
    auto *api = m_client->api();
    if (api->rateLimit() > 0 && api->rateRemaining() >= 0 && api->rateRemaining() < api->rateLimit() / 5)
        interval *= 4; // leave the headroom to the messages themselves
    startClamped(*m_timer, interval, 0, kHourMs);
}

} // namespace tgic::sync
