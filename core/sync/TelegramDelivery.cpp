// SPDX-License-Identifier: MIT
#include "TelegramDelivery.h"

#include "Logging.h"
#include "store/BusinessReadMarks.h"
#include "store/BusinessRepository.h"
#include "store/Database.h"
#include "store/PhoneRequests.h"
#include "store/Sql.h"
#include "telegram/TelegramApi.h"
#include "telegram/TelegramRequests.h"

#include <QJsonObject>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace tgic::sync {

using net::Outcome;

namespace {
const QString kToTelegram = u"to_telegram"_s;

QString sizeText(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}
} // namespace

TelegramDelivery::TelegramDelivery(store::Database &db, telegram::TelegramApi *api, QObject *parent)
    : OutboxDrain(db, kToTelegram, 30, RetryPolicy::forTelegram(), parent)
    , m_db(db)
    , m_telegramOutbox(db)
    , m_api(api)
{ }

qint64 TelegramDelivery::readyAt(qint64 chatId) const
{
    qint64 slot = m_lastSendAt.value(chatId, 0) + m_perChatInterval.count();
    if (m_recentSends.size() >= m_globalPerSecond)
        slot = std::max(slot, m_recentSends.at(m_recentSends.size() - m_globalPerSecond) + 1000);
    return slot;
}

void TelegramDelivery::willProcess(qint64 chatId)
{
    const qint64 now = store::nowMs();
    m_lastSendAt.insert(chatId, now);
    m_recentSends.append(now);
    while (!m_recentSends.isEmpty() && m_recentSends.first() <= now - 1000)
        m_recentSends.removeFirst();
}

void TelegramDelivery::process(const store::OutboxItem &item)
{
    if (item.kind == store::OutboxKind::ReadMark) {
        markRead(item);
        return;
    }
    const QString state = m_telegramOutbox.chatState(item.chatId);
    if (state == u"blocked"_s || state == u"deactivated"_s || state == u"kicked"_s) {
        fail(item,
            state == u"blocked"_s      ? tr("the customer blocked the bot")
                : state == u"kicked"_s ? tr("the bot was removed from the group")
                                       : tr("the customer's Telegram account was deleted"));
        return;
    }
    const store::TelegramWork work = store::TelegramWork::fromPayload(item.payload);
    if (work.done >= work.pieces()) {
        m_outbox.markDone(item.id);
        release(item);
        return;
    }
    // A business chat is written to on behalf of its account, under the Telegram chat id it
    // shares with the bot chat.
    std::optional<store::BusinessChat> business;
    if (store::BusinessRepository::isBusinessChat(item.chatId)) {
        business = store::BusinessRepository(m_db).chat(item.chatId);
        if (!business) {
            fail(item, tr("the business chat is not known to this database"));
            return;
        }
    }
    const qint64 chatId = business ? business->telegramChatId : item.chatId;
    const QJsonObject markup = replyMarkupFor(item, work);
    net::ApiRequest request;
    if (work.done < work.texts.size()) {
        request = telegram::requests::sendText(chatId, work.texts.at(work.done), work.replyTo, markup);
    } else {
        const int position = work.done - int(work.texts.size());
        const auto file = m_telegramOutbox.file(item.id, position);
        if (!file) {
            fail(item, tr("an attachment of this message is missing from the local database"));
            return;
        }
        if (!file->data.isEmpty()) {
            request = telegram::requests::sendFile(
                chatId, { file->name, file->contentType, file->data }, QString(), work.replyTo, markup);
        } else if (!file->link.isEmpty()) {
            request = telegram::requests::sendText(chatId,
                tr("📎 %1 (%2) is too large to send here. Download it: %3")
                    .arg(file->name, sizeText(file->size), file->link),
                work.replyTo, markup);
        } else {
            request = telegram::requests::sendText(chatId,
                tr("📎 The agent attached %1, but it could not be fetched (%2). Please ask them to send it "
                   "again.")
                    .arg(file->name, file->error),
                work.replyTo, markup);
        }
    }
    if (business)
        request = telegram::requests::onBehalfOf(request, business->connectionId);
    // Persist the attempt (and the probe) before the request leaves.
    const qint64 knownMax = m_telegramOutbox.knownMaxMessageId(item.chatId);
    if (!m_telegramOutbox.markAttempt(item, knownMax)) {
        retry(item, tr("the local database is not writable"), item.attemptStartedAt.has_value());
        return;
    }
    store::OutboxItem attempted = item;
    const bool resend = item.attemptStartedAt.has_value();
    if (resend)
        qCWarning(lcSync) << "to_telegram row" << item.id
                          << "had an unanswered send; Telegram cannot be asked, sending again";
    attempted.attemptStartedAt = store::nowMs();
    attempted.attempts += 1;
    m_api->send(request, this, [this, attempted, work, resend, markup](const net::ApiResult &result) {
        if (result.ok())
            keyboardDelivered(attempted.chatId, markup);
        onResult(attempted, work, result, resend);
    });
}

void TelegramDelivery::markRead(const store::OutboxItem &item)
{
    const auto business = store::BusinessRepository(m_db).chat(item.chatId);
    const qint64 messageId = store::BusinessReadMarks::messageIdOf(item.payload);
    if (!business || messageId <= 0) {
        giveUpReadMark(item, tr("the business chat or the message to mark is not known"));
        return;
    }
    // Counted and fenced like a send: only the lease holder marks (team mode), and the attempts
    // lengthen the backoff. Marking twice is harmless, so an unanswered attempt is simply repeated.
    if (!m_telegramOutbox.markAttempt(item, 0)) {
        retry(item, tr("the local database is not writable"), false);
        return;
    }
    store::OutboxItem attempted = item;
    attempted.attempts += 1;
    m_api->send(
        telegram::requests::readBusinessMessage(business->connectionId, business->telegramChatId, messageId),
        this, [this, item = attempted](const net::ApiResult &result) {
            switch (result.outcome) {
            case Outcome::Success:
                m_outbox.markDone(item.id);
                release(item);
                return;
            case Outcome::Aborted:
            case Outcome::Unauthorized:
                settleStopped(item, result);
                return;
            case Outcome::Forbidden:
            case Outcome::ClientError:
            case Outcome::NotFound:
            case Outcome::Gone:
            case Outcome::Conflict:
                // The right was taken, the chat went quiet for a day, the message is gone: asking
                // again will not change Telegram's mind.
                giveUpReadMark(item, tr("Telegram refused the read mark: %1").arg(result.message));
                return;
            case Outcome::RateLimited:
            case Outcome::ServerError:
            case Outcome::NetworkError:
            case Outcome::BadResponse:
                // A read mark is idempotent: one that may have landed is simply set again.
                retry(item, result.message, false, result.retryAfter);
                return;
            }
        });
}

void TelegramDelivery::giveUpReadMark(const store::OutboxItem &item, const QString &reason)
{
    // Recorded on the row, but no message failed: the reply reached the customer, only its read
    // mark did not (counted apart from failed deliveries, OutboxRepository::Counts).
    qCWarning(lcSync).noquote() << "read mark row" << item.id << "for business chat" << item.chatId
                                << "given up:" << reason;
    m_outbox.markFailed(item, reason);
    release(item);
}

QJsonObject TelegramDelivery::replyMarkupFor(
    const store::OutboxItem &item, const store::TelegramWork &work) const
{
    // A phone request's keyboard goes with its first piece. Otherwise, once the customer has
    // answered one, the next message takes it away. Every send used here (sendMessage, sendPhoto,
    // sendDocument) accepts reply_markup; sendMediaGroup, which does not, is never used.
    if (work.done == 0 && !work.replyMarkup.isEmpty())
        return work.replyMarkup;
    if (store::PhoneRequests(m_db).removeKeyboardDue(item.chatId))
        return telegram::requests::removeKeyboard();
    return {};
}

void TelegramDelivery::keyboardDelivered(qint64 chatId, const QJsonObject &markup)
{
    // Only after Telegram took the message: a failed send leaves the flag for the next one.
    if (markup.contains(u"keyboard"_s))
        store::PhoneRequests(m_db).keyboardSent(chatId);
    else if (markup.value(u"remove_keyboard"_s).toBool())
        store::PhoneRequests(m_db).keyboardRemoved(chatId);
}

void TelegramDelivery::onResult(
    const store::OutboxItem &item, const store::TelegramWork &work, const net::ApiResult &result, bool resend)
{
    if (result.ok()) {
        const qint64 messageId = result.payload.toObject().value(u"message_id"_s).toInteger();
        QString note;
        // After an unanswered attempt in a private chat: any id between the probe and this one
        // that no known message explains is probably our first attempt.
        const QVariant probe = store::scalar(
            m_db.connection(), u"SELECT probe_message_id FROM outbox WHERE id = ?"_s, { item.id });
        if (item.chatId > 0 && resend && !probe.isNull()) {
            const qint64 after = probe.toLongLong();
            const qint64 gap = messageId - after - 1;
            if (gap > 0 && m_telegramOutbox.knownMessagesBetween(item.chatId, after, messageId) < gap) {
                note = tr("An earlier attempt may have reached the customer: this message may have been sent "
                          "twice");
                qCWarning(lcSync) << "to_telegram row" << item.id << "may have been delivered twice";
            }
        }
        m_recordingOutcome = true;
        const bool recorded = m_telegramOutbox.recordPieceSent(item, work, messageId, note);
        m_recordingOutcome = false;
        if (!recorded) {
            // Sent but not recorded: the row stays marked and would be resent; say so loudly.
            retry(item, tr("the local database refused the delivery record"), true);
            return;
        }
        if (work.done + 1 >= work.pieces()) {
            const QString conversationId = item.messageId
                ? store::scalar(m_db.connection(),
                    u"SELECT intercom_conversation_id FROM messages WHERE id = ?"_s, { *item.messageId })
                      .toString()
                : QString();
            Q_EMIT sent(item.chatId, conversationId);
            Q_EMIT itemDelivered(item);
        }
        release(item);
        return;
    }
    const QString description = result.message;
    // In a business chat a refusal is about the account's connection or the reply window, not
    // about the chat itself: the bot chat with the same customer stays as it is.
    const bool refused = result.outcome == Outcome::Forbidden || result.outcome == Outcome::ClientError
        || result.outcome == Outcome::NotFound;
    if (refused && store::BusinessRepository::isBusinessChat(item.chatId)) {
        refuseBusinessReply(item, work, description);
        return;
    }
    switch (result.outcome) {
    case Outcome::Aborted:
    case Outcome::Unauthorized:
        settleStopped(item, result);
        return;
    case Outcome::Forbidden: {
        QString state = u"kicked"_s;
        QString reason = tr("Telegram refused the message: %1").arg(description);
        if (description.contains(u"blocked by the user"_s, Qt::CaseInsensitive)) {
            state = u"blocked"_s;
            reason = tr("the customer blocked the bot");
        } else if (description.contains(u"deactivated"_s, Qt::CaseInsensitive)) {
            state = u"deactivated"_s;
            reason = tr("the customer's Telegram account was deleted");
        } else if (!description.contains(u"kicked"_s, Qt::CaseInsensitive)
            && !description.contains(u"not a member"_s, Qt::CaseInsensitive)) {
            fail(item, reason);
            return;
        }
        qCWarning(lcSync).noquote() << "chat" << item.chatId << "closed:" << reason;
        m_telegramOutbox.closeChat(item.chatId, state, reason);
        Q_EMIT deliveryFailed(item.chatId, reason);
        Q_EMIT chatClosed(item.chatId, item.telegramUserId,
            state == u"deactivated"_s ? store::MappingState::Deactivated : store::MappingState::Blocked);
        release(item);
        return;
    }
    case Outcome::ClientError:
    case Outcome::NotFound:
    case Outcome::Conflict:
        fail(item, tr("Telegram refused the message: %1").arg(description));
        return;
    default:
        retry(item, description, result.mayHaveReachedServer, result.retryAfter);
    }
}

QString TelegramDelivery::businessRefusalReason(const QString &description)
{
    // Telegram's own words stay in the log; agents read what it means for them.
    if (description.contains(u"24 hours"_s, Qt::CaseInsensitive))
        return tr("the customer has not written in this business chat for over 24 hours, and the business "
                  "account may answer only within 24 hours of the customer's last message");
    if (description.contains(u"disabled"_s, Qt::CaseInsensitive))
        return tr("the business account has switched off its connection to the bot");
    if (description.contains(u"rights"_s, Qt::CaseInsensitive))
        return tr("the business account does not allow the bot to reply for it");
    if (description.contains(u"business connection not found"_s, Qt::CaseInsensitive))
        return tr("the business account is no longer connected to the bot");
    return tr("Telegram refused it (%1)").arg(description);
}

void TelegramDelivery::refuseBusinessReply(
    const store::OutboxItem &item, const store::TelegramWork &work, const QString &description)
{
    const QString reason = businessRefusalReason(description);
    qCWarning(lcSync).noquote() << "to_telegram row" << item.id << "for business chat" << item.chatId
                                << "refused for good:" << description;
    if (!store::BusinessRepository(m_db).replyRefused(item, reason, work.texts.join(u'\n'))) {
        retry(item, tr("the local database is not writable"), false);
        return;
    }
    Q_EMIT deliveryFailed(item.chatId, reason);
    release(item);
}

} // namespace tgic::sync
