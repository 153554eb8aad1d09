// SPDX-License-Identifier: MIT
#include "IntercomDelivery.h"

#include "Logging.h"
#include "identity/IdentityResolver.h"
#include "identity/ProfilePusher.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/Database.h"
#include "store/MappingState.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace tgic::sync {

using identity::Resolution;
using net::Outcome;

namespace {
const QString kToIntercom = u"to_intercom"_s;
// Chats in flight at once. Intercom sees no more requests at a time than the scheduler allows
// (IntercomApi: 6); more chats per cycle let their database work share round trips.
constexpr int kParallelChats = 32;
// How far before our recorded attempt an Intercom part may be timestamped and still be ours
// (clocks differ between this machine and Intercom).
constexpr qint64 kClockSkewMs = qint64(120) * 1000;
} // namespace

QString normalizedBody(const QString &htmlOrText)
{
    QString s = htmlOrText;
    static const QRegularExpression breaks(
        u"<\\s*(br|/p|/div)\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    s.replace(breaks, u" "_s);
    s.remove(tags);
    s.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    s.replace(u"&#39;"_s, u"'"_s).replace(u"&nbsp;"_s, u" "_s).replace(u"&amp;"_s, u"&"_s);
    return s.simplified();
}

IntercomDelivery::IntercomDelivery(store::Database &db, intercom::IntercomClient *client,
    identity::IdentityResolver *resolver, identity::ProfilePusher *profiles, QObject *parent)
    : OutboxDrain(db, kToIntercom, kParallelChats, RetryPolicy::forIntercom(), parent)
    , m_db(db)
    , m_client(client)
    , m_resolver(resolver)
    , m_profiles(profiles)
{ }

IntercomDelivery::~IntercomDelivery()
{
    // They reached Intercom: write them now rather than leave them to a reconcile next time.
    if (!m_completions.isEmpty())
        m_outbox.completeToIntercom(std::exchange(m_completions, {}));
}

void IntercomDelivery::process(const store::OutboxItem &item)
{
    m_noConversationYet.remove(item.id);
    // Stored by an older version that mirrored bots: a bot is nobody's customer.
    const bool bot = item.context
        ? item.context->senderIsBot
        : store::scalar(m_db.connection(),
            u"SELECT 1 FROM telegram_users WHERE telegram_user_id = ? AND is_bot = 1"_s,
            { item.telegramUserId })
              .isValid();
    if (bot) {
        fail(item, tr("sent by a bot: bots are not mirrored to Intercom"));
        return;
    }
    // The mapping came with the row: a returning customer is resolved without a read.
    std::optional<store::Mapping> known;
    if (item.context) {
        if (item.context->mapped) {
            store::Mapping m;
            m.telegramUserId = item.telegramUserId;
            m.contactId = item.context->contactId;
            m.state = store::mappingStateFromName(item.context->mappingState);
            m.createStartedAt = item.context->createStartedAt;
            known = m;
        }
    }
    auto done = [this, item](const Resolution &resolution) {
        if (!resolution.ok()) {
            onResolutionFailed(item, resolution);
            return;
        }
        if (resolution.created)
            m_noConversationYet.insert(item.id); // nothing to look up for a lead made just now
        deliver(item, resolution.contactId);
    };
    if (item.context)
        m_resolver->resolveKnown(item.telegramUserId, known, done);
    else
        m_resolver->resolve(item.telegramUserId, done);
}

void IntercomDelivery::onResolutionFailed(const store::OutboxItem &item, const Resolution &resolution)
{
    switch (resolution.status) {
    case Resolution::Status::Unauthorized:
        haltForAuth(item, resolution.error);
        return;
    case Resolution::Status::Parked:
        // Kept, not failed: it goes out once an agent relinks the user.
        retry(item, resolution.error, item.attemptStartedAt.has_value(), minutes(10));
        return;
    default:
        // Nothing was sent this time; an earlier, unanswered send still needs reconciling.
        retry(item, resolution.error, item.attemptStartedAt.has_value(), resolution.retryAfter);
    }
}

void IntercomDelivery::deliver(const store::OutboxItem &item, const QString &contactId)
{
    using store::OutboxKind;
    switch (item.kind) {
    case OutboxKind::Profile:
        m_profiles->push(
            item.telegramUserId, contactId, [this, item, contactId](const net::ApiResult &result) {
                if (result.ok()) {
                    m_outbox.markDone(item.id);
                    release(item);
                    return;
                }
                onSendFailed(item, contactId, result);
            });
        return;
    case OutboxKind::Phone:
        deliverPhone(item, contactId);
        return;
    case OutboxKind::Note:
        deliverNote(item, contactId);
        return;
    case OutboxKind::ConversationNote:
        deliverConversationNote(item, contactId);
        return;
    case OutboxKind::Message:
    case OutboxKind::Edit:
        break;
    case OutboxKind::AgentPart:
    case OutboxKind::Notice:
    case OutboxKind::PhoneRequest:
    case OutboxKind::ReadMark:
    case OutboxKind::Unknown:
        // Rows for Telegram, or of no known kind (the store fails those): not for Intercom.
        fail(item, tr("this item is not one to deliver to Intercom"));
        return;
    }
    const QString body = bodyFor(item);
    if (body.isEmpty()) {
        fail(item, tr("the message has no text to deliver"));
        return;
    }
    deliverText(item, contactId, body);
}

void IntercomDelivery::deliverText(
    const store::OutboxItem &item, const QString &contactId, const QString &body)
{
    const QString conversationId = openConversationFor(item, contactId);
    if (item.attemptStartedAt) {
        reconcile(item, contactId, body, conversationId);
        return;
    }
    send(item, contactId, body, conversationId);
}

QString IntercomDelivery::bodyFor(const store::OutboxItem &item) const
{
    if (item.kind == store::OutboxKind::Edit) {
        const QJsonObject edit = QJsonDocument::fromJson(item.payload.toUtf8()).object();
        qint64 telegramMessageId = 0;
        qint64 sentAt = 0;
        if (item.context) {
            telegramMessageId = item.context->telegramMessageId;
            sentAt = item.context->sentAt;
        } else if (item.messageId) {
            store::SqlResult q = store::runSql(m_db.connection(),
                u"SELECT telegram_message_id, sent_at FROM messages WHERE id = ?"_s, { *item.messageId });
            if (q.next()) {
                telegramMessageId = q.value(0).toLongLong();
                sentAt = q.value(1).toLongLong();
            }
        }
        // Agents see texts, not Telegram message ids: quote what was edited and when it was sent.
        return tr("✏️ Edited by the customer (their message of %1, Telegram message "
                  "%2).\nNow:\n%3\n\nBefore:\n%4")
            .arg(QDateTime::fromMSecsSinceEpoch(sentAt).toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
            .arg(telegramMessageId)
            .arg(edit.value(u"new"_s).toString(), edit.value(u"old"_s).toString());
    }
    if (!item.messageId)
        return {};
    // Edited before it went out: what the customer first wrote, pinned when the edit came in
    // (the edit follows as its own part).
    const QJsonValue pinned = QJsonDocument::fromJson(item.payload.toUtf8()).object().value(u"text"_s);
    if (pinned.isString())
        return pinned.toString();
    if (item.context)
        return item.context->messageText;
    return store::scalar(m_db.connection(), u"SELECT text FROM messages WHERE id = ?"_s, { *item.messageId })
        .toString();
}

QString IntercomDelivery::openConversationFor(const store::OutboxItem &item, const QString &contactId) const
{
    // Reuse the latest open conversation of this person in this chat, unless it has been quiet
    // for longer than the policy allows. Read with the row when the contact is the one mapped.
    if (m_noConversationYet.remove(item.id))
        return {};
    if (item.context && item.context->contactId == contactId) {
        if (item.context->conversationId.isEmpty()
            || store::nowMs() - item.context->conversationActivityAt > m_newConversationAfter.count())
            return {};
        return item.context->conversationId;
    }
    store::SqlResult q = store::runSql(m_db.connection(),
        u"SELECT intercom_conversation_id, last_activity_at FROM conversations"
        " WHERE chat_id = ? AND telegram_user_id = ? AND intercom_contact_id = ?"
        " AND state = 'open' ORDER BY last_activity_at DESC LIMIT 1"_s,
        { item.chatId, item.telegramUserId, contactId });
    if (!q.next())
        return {};
    if (store::nowMs() - q.value(1).toLongLong() > m_newConversationAfter.count())
        return {};
    return q.value(0).toString();
}

bool IntercomDelivery::isKnownPart(const QString &partId) const
{
    return store::scalar(
        m_db.connection(), u"SELECT 1 FROM messages WHERE intercom_part_id = ?"_s, { partId })
        .isValid();
}

void IntercomDelivery::send(const store::OutboxItem &item, const QString &contactId, const QString &body,
    const QString &conversationId)
{
    if (!mediaOf(item).isEmpty() && m_telegram && m_downloader) {
        sendMedia(item, contactId, body, conversationId);
        return;
    }
    // Persist the attempt before the request leaves (invariant 3); the sends that start in this
    // turn are recorded together.
    whenAttemptRecorded(item, [=, this](bool recorded) {
        if (!recorded) {
            retry(item, tr("the local database is not writable"), false);
            return;
        }
        post(item, contactId, body, conversationId);
    });
}

void IntercomDelivery::post(const store::OutboxItem &item, const QString &contactId, const QString &body,
    const QString &conversationId)
{
    store::OutboxItem attempted = item;
    attempted.attemptStartedAt = store::nowMs();
    if (conversationId.isEmpty()) {
        m_client->createConversation(contactId, body, this, [=, this](const net::ApiResult &result) {
            if (!result.ok()) {
                onSendFailed(attempted, contactId, result);
                return;
            }
            const auto message = intercom::parseMessage(result.payload.toObject());
            if (!message) {
                retry(attempted, tr("Intercom did not say which conversation it opened"), true);
                return;
            }
            complete(attempted, contactId, message->conversationId, message->id, true);
        });
        return;
    }
    m_client->replyAsContact(conversationId, contactId, body, this, [=, this](const net::ApiResult &result) {
        if (!result.ok()) {
            onSendFailed(attempted, contactId, result);
            return;
        }
        const auto conversation = intercom::parseConversation(result.payload.toObject());
        complete(attempted, contactId, conversationId,
            conversation ? ourNewestPart(*conversation, contactId) : QString(), false);
        if (conversation)
            Q_EMIT conversationWritten(conversationId, *conversation);
    });
}

QString IntercomDelivery::ourNewestPart(const intercom::Conversation &reply, const QString &contactId)
{
    // The answer to a reply is the whole conversation: ours is the newest part by the contact.
    for (qsizetype i = reply.parts.size() - 1; i >= 0; --i) {
        const intercom::ConversationPart &part = reply.parts.at(i);
        if (part.author.id != contactId)
            continue;
        if (!part.appPackageCode.isEmpty())
            Q_EMIT ownPackageCodeSeen(part.appPackageCode);
        return part.id;
    }
    return {};
}

void IntercomDelivery::reconcile(const store::OutboxItem &item, const QString &contactId, const QString &body,
    const QString &conversationId)
{
    const qint64 since = (*item.attemptStartedAt - kClockSkewMs) / 1000;
    const QString wanted = normalizedBody(body);
    qCInfo(lcSync) << "outbox row" << item.id << "was sent before without an answer; checking Intercom first";
    if (!conversationId.isEmpty()) {
        m_client->getConversation(conversationId, this, [=, this](const net::ApiResult &result) {
            if (!result.ok()) {
                onSendFailed(item, contactId, result, true);
                return;
            }
            const auto conversation = intercom::parseConversation(result.payload.toObject());
            for (const intercom::ConversationPart &part :
                conversation ? conversation->parts : QList<intercom::ConversationPart>()) {
                const QString &partId = part.id;
                if (part.author.id == contactId && part.createdAt >= since && !isKnownPart(partId)
                    && normalizedBody(part.body) == wanted) {
                    qCInfo(lcSync) << "outbox row" << item.id << "had landed as part" << partId;
                    complete(item, contactId, conversationId, partId, false);
                    return;
                }
            }
            send(item, contactId, body, conversationId);
        });
        return;
    }
    m_client->searchConversationsOf(contactId, this, [=, this](const net::ApiResult &result) {
        if (!result.ok()) {
            onSendFailed(item, contactId, result, true);
            return;
        }
        for (const intercom::Conversation &conversation :
            intercom::parseConversationPage(result.payload.toObject()).items) {
            const intercom::ConversationSource &source = conversation.source;
            const QString &conversationIdFound = conversation.id;
            const QString &sourceId = source.id;
            const bool known = store::scalar(m_db.connection(),
                u"SELECT 1 FROM conversations WHERE intercom_conversation_id = ?"_s, { conversationIdFound })
                                   .isValid();
            if (!known && source.author.id == contactId && conversation.createdAt >= since
                && normalizedBody(source.body) == wanted) {
                qCInfo(lcSync) << "outbox row" << item.id << "had opened conversation" << conversationIdFound;
                complete(item, contactId, conversationIdFound, sourceId, true);
                return;
            }
        }
        send(item, contactId, body, {});
    });
}

void IntercomDelivery::onSendFailed(const store::OutboxItem &item, const QString &contactId,
    const net::ApiResult &result, bool duringReconcile)
{
    switch (result.outcome) {
    case Outcome::Aborted:
    case Outcome::Unauthorized:
        settleStopped(item, result);
        return;
    case Outcome::Gone:
    case Outcome::NotFound:
        // The contact was merged away or deleted — or only the conversation is gone. Check the
        // contact: the resolver follows a merge or marks the mapping stale.
        m_client->getContact(contactId, this, [=, this](const net::ApiResult &check) {
            if (check.ok()) {
                m_outbox.markConversationsMissing(item.chatId, item.telegramUserId, contactId);
                retry(item, tr("the Intercom conversation is gone; starting a new one"), false,
                    milliseconds(1));
                return;
            }
            if (check.outcome != Outcome::Gone && check.outcome != Outcome::NotFound) {
                retry(item, check.message, false);
                return;
            }
            m_resolver->contactGone(
                item.telegramUserId, contactId, check, [=, this](const Resolution &resolution) {
                    if (!resolution.ok())
                        onResolutionFailed(item, resolution);
                    else
                        retry(item, tr("the contact moved; delivering to %1").arg(resolution.contactId),
                            false, milliseconds(1));
                });
        });
        return;
    case Outcome::ClientError:
    case Outcome::Forbidden:
    case Outcome::Conflict:
        fail(item, tr("Intercom refused the message: %1").arg(result.message));
        return;
    default:
        // A failed look-up during reconciliation proves nothing about the earlier send.
        retry(item, result.message, duringReconcile || result.mayHaveReachedServer, result.retryAfter);
    }
}

void IntercomDelivery::complete(const store::OutboxItem &item, const QString &contactId,
    const QString &conversationId, const QString &partId, bool newConversation)
{
    // Recorded with the others that reach Intercom within the batch window, in the same round
    // trip as the next cycle's read of the heads (takeOutcomes).
    if (m_completions.isEmpty())
        afterBatchWindow(&IntercomDelivery::recordOutcomes);
    m_completions.append({ item, contactId, conversationId, partId, newConversation });
}

QList<store::SqlStatement> IntercomDelivery::takeOutcomes(QSet<qint64> *chats)
{
    m_recording += std::exchange(m_completions, {});
    for (const store::IntercomCompletion &c : std::as_const(m_recording))
        chats->insert(c.item.chatId);
    return m_outbox.completionWrites(m_recording);
}

void IntercomDelivery::outcomesRecorded(bool ok)
{
    const QList<store::IntercomCompletion> done = std::exchange(m_recording, {});
    if (!ok) {
        // Delivered but not recorded: the next attempt reconciles instead of sending again.
        for (const store::IntercomCompletion &c : done)
            retry(c.item, tr("the local database refused the delivery record"), true);
        return;
    }
    m_outbox.completedToIntercom(done);
    for (const store::IntercomCompletion &c : done) {
        if (c.newConversation)
            Q_EMIT conversationOpened(c.item.chatId, c.contactId, c.conversationId);
        Q_EMIT delivered(c.item.chatId);
        Q_EMIT itemDelivered(c.item);
    }
}

} // namespace tgic::sync
