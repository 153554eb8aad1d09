// SPDX-License-Identifier: MIT
// SyncEngine, continued: the Intercom → Telegram direction and the conversation policy.
#include "SyncEngine.h"

#include "IntercomDelivery.h"
#include "IntercomPartPoller.h"
#include "Logging.h"
#include "TeammateNames.h"
#include "TelegramDelivery.h"
#include "identity/MappingState.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/Database.h"
#include "store/MappingRepository.h"
#include "store/Meta.h"
#include "store/OutboxRepository.h"

using namespace Qt::StringLiterals;

namespace tgic::sync {

namespace {
const QString kOwnPackageCode = u"intercom.app_package_code"_s;
const QString kTelegramTagId = u"intercom.tag.telegram"_s;
} // namespace

void SyncEngine::wireTwoWay()
{
    // The poller's one search per cycle goes by the conversation tag; without tags, by contact.
    m_partPoller->setUseTag(m_config.tagTelegram);
    connect(m_partPoller, &IntercomPartPoller::partsQueued, m_telegramDelivery, &TelegramDelivery::kick);
    // Marking read and tagging run beside the outboxes: "idle" waits for them too.
    connect(m_intercomApi, &net::RequestScheduler::jobFinished, this, &SyncEngine::checkIdle,
        Qt::QueuedConnection);
    connect(m_partPoller, &IntercomPartPoller::cycleFinished, this, &SyncEngine::checkIdle);
    // Assignees without a name: GET /admins and /teams again (rarely; TeammateNames decides).
    connect(m_partPoller, &IntercomPartPoller::unnamedAssignees, m_teammates, &TeammateNames::noteUnnamed);
    connect(m_partPoller, &IntercomPartPoller::authFailed, this, [this](const QString &reason) {
        setStatus(Status::Unauthorized, tr("Intercom refused the access token: %1").arg(reason));
        fail(FailureKind::BadToken, tr("Intercom refused the access token: %1").arg(reason));
    });
    connect(m_telegramDelivery, &TelegramDelivery::becameIdle, this, &SyncEngine::checkIdle);
    connect(m_telegramDelivery, &TelegramDelivery::authFailed, this, [this](const QString &reason) {
        setStatus(Status::Unauthorized, tr("Telegram refused the bot token: %1").arg(reason));
        fail(FailureKind::BadToken, tr("Telegram refused the bot token: %1").arg(reason));
    });
    connect(m_telegramDelivery, &TelegramDelivery::chatClosed, this, &SyncEngine::onChatClosed);
    connect(m_telegramDelivery, &TelegramDelivery::sent, this, [this](qint64, const QString &conversationId) {
        m_partPoller->noteActivity();
        if (!m_config.markReadAfterRelay || conversationId.isEmpty())
            return;
        // The customer has it on Telegram: Intercom need not email them a copy.
        m_intercom->markConversationRead(conversationId, this, [conversationId](const net::ApiResult &r) {
            if (!r.ok())
                qCInfo(lcSync).noquote()
                    << "could not mark conversation" << conversationId << "read:" << r.message;
        });
    });
    connect(m_delivery, &IntercomDelivery::delivered, m_partPoller, &IntercomPartPoller::noteActivity);
    connect(m_delivery, &IntercomDelivery::ownPackageCodeSeen, this, [this](const QString &code) {
        // Every reply carries it: read and write the stored one only when it is news here.
        if (code == m_ownPackageCode)
            return;
        if (store::meta::get(m_db, kOwnPackageCode) != code)
            store::meta::set(m_db, kOwnPackageCode, code);
        m_ownPackageCode = code;
        m_partPoller->rememberMeta(kOwnPackageCode, code);
    });
    connect(m_delivery, &IntercomDelivery::conversationOpened, this,
        [this](qint64, const QString &contactId, const QString &conversationId) {
            if (m_config.tagTelegram)
                tagConversation(contactId, conversationId);
        });
}

void SyncEngine::onChatClosed(qint64 chatId, qint64 telegramUserId, store::MappingState state)
{
    if (chatId != telegramUserId)
        return; // a group: nothing to say about one person
    store::MappingRepository mappings(m_db);
    const auto mapping = mappings.find(telegramUserId);
    const bool deactivated = state == store::MappingState::Deactivated;
    mappings.setState(telegramUserId, state, u"sync"_s,
        deactivated ? u"Telegram: user is deactivated"_s : u"Telegram: bot was blocked by the user"_s);
    if (!mapping || mapping->contactId.isEmpty())
        return;
    const QString body = deactivated
        ? tr("This customer's Telegram account was deleted: replies cannot reach them any more.")
        : tr("This customer blocked the Telegram bot: replies cannot reach them until they unblock it.");
    store::OutboxRepository(m_db).enqueueNote(chatId, telegramUserId, body);
    m_delivery->kick();
}

void SyncEngine::tagConversation(const QString &contactId, const QString &conversationId)
{
    // Best effort for the contact: its tag is for agents and must never hold a message back.
    // The conversation's tag is how agents' replies are found: the part poller applies it (and
    // retries it) before its search, so a new conversation is heard from in the same cycle.
    Q_UNUSED(conversationId)
    m_partPoller->pollNow();
    auto apply = [this](const QString &contact, const QString &tagId) {
        m_intercom->tagContact(contact, tagId, this, [](const net::ApiResult &r) {
            if (!r.ok())
                qCInfo(lcSync).noquote() << "tagging failed:" << r.message;
        });
    };
    // Read once per run, then kept: only this process (the leader) writes it.
    if (m_tagId.isEmpty() && m_waitingForTag.isEmpty())
        m_tagId = store::meta::get(m_db, kTelegramTagId);
    if (!m_tagId.isEmpty()) {
        apply(contactId, m_tagId);
        return;
    }
    m_waitingForTag << contactId;
    if (m_waitingForTag.size() > 1)
        return; // the tag is being ensured already
    m_intercom->ensureTag(u"telegram"_s, this, [this, apply](const net::ApiResult &r) {
        const QStringList waiting = std::exchange(m_waitingForTag, {});
        const auto tag = intercom::parseTag(r.payload.toObject());
        if (!r.ok() || !tag) {
            qCInfo(lcSync).noquote() << "cannot create the telegram tag:" << r.message;
            return;
        }
        const QString id = tag->id;
        if (store::meta::set(m_db, kTelegramTagId, id)) {
            m_tagId = id;
            m_partPoller->rememberMeta(kTelegramTagId, id);
        }
        for (const QString &contact : waiting)
            apply(contact, id);
    });
}

} // namespace tgic::sync
