// SPDX-License-Identifier: MIT
#pragma once

#include "OutboxDrain.h"
#include "intercom/IntercomTypes.h"
#include "net/ApiResult.h"
#include "store/OutboxRepository.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <chrono>

class QTimer;

namespace tgic::store {
class Database;
}
namespace tgic::intercom {
class IntercomClient;
}
namespace tgic::telegram {
class TelegramApi;
}
namespace tgic::identity {
class IdentityResolver;
class ProfilePusher;
struct Resolution;
} // namespace tgic::identity

namespace tgic::sync {

//! Drains the Telegram → Intercom outbox: for each chat, strictly in order and one at a time,
//! resolves the sender to their contact and posts the message as that contact — the first one
//! opens a conversation, later ones reply to it.
//!
//! Every send is recorded as attempted before it goes out. If its answer is lost, the next
//! attempt first looks in Intercom for the part it may have created (reconcile), so a retry
//! neither loses nor duplicates a message (invariant 3).
class IntercomDelivery final : public OutboxDrain
{
    Q_OBJECT

public:
    IntercomDelivery(store::Database &db, intercom::IntercomClient *client,
        identity::IdentityResolver *resolver, identity::ProfilePusher *profiles, QObject *parent = nullptr);
    //! Deliveries still waiting for their batch window are recorded now.
    ~IntercomDelivery() override;

    void setNewConversationAfter(std::chrono::milliseconds idle) { m_newConversationAfter = idle; }
    //! Where customers' files come from (getFile + download); without it media go as text only.
    void setMediaSource(telegram::TelegramApi *telegram, class FileDownloader *downloader)
    {
        m_telegram = telegram;
        m_downloader = downloader;
    }

Q_SIGNALS:
    void delivered(qint64 chatId);
    //! A message opened a new Intercom conversation (for tagging).
    void conversationOpened(qint64 chatId, const QString &contactId, const QString &conversationId);
    //! Intercom told us the package code of the parts this app creates (to avoid echoes).
    void ownPackageCodeSeen(const QString &code);
    //! This app added a part to a conversation, and Intercom answered with the whole
    //! `conversation`: for the reply poller, which need not read back a change of its own
    //! (IntercomPartPoller::noteOwnWrite).
    void conversationWritten(const QString &conversationId, const intercom::Conversation &conversation);

private:
    void process(const store::OutboxItem &item) override;
    void deliver(const store::OutboxItem &item, const QString &contactId);
    void deliverText(const store::OutboxItem &item, const QString &contactId, const QString &body);
    void send(const store::OutboxItem &item, const QString &contactId, const QString &body,
        const QString &conversationId);
    //! The request itself, once the attempt is recorded.
    void post(const store::OutboxItem &item, const QString &contactId, const QString &body,
        const QString &conversationId);
    QList<store::SqlStatement> takeOutcomes(QSet<qint64> *chats) override;
    void outcomesRecorded(bool ok) override;
    void reconcile(const store::OutboxItem &item, const QString &contactId, const QString &body,
        const QString &conversationId);
    void onSendFailed(const store::OutboxItem &item, const QString &contactId, const net::ApiResult &result,
        bool duringReconcile = false);
    void onResolutionFailed(const store::OutboxItem &item, const identity::Resolution &resolution);
    void complete(const store::OutboxItem &item, const QString &contactId, const QString &conversationId,
        const QString &partId, bool newConversation);

    // Media, phone numbers and notes (IntercomDeliveryMedia.cpp).
    static QJsonObject mediaOf(const store::OutboxItem &item);
    void sendMedia(const store::OutboxItem &item, const QString &contactId, const QString &body,
        const QString &conversationId);
    void openThenAttach(const store::OutboxItem &item, const QString &contactId, const QString &body);
    void attach(const store::OutboxItem &item, const QString &contactId, const QString &body,
        const QString &conversationId);
    void postWithFile(const store::OutboxItem &item, const QString &contactId, const QString &body,
        const QString &conversationId, const QJsonArray &files);
    void deliverPhone(const store::OutboxItem &item, const QString &contactId);
    void deliverNote(const store::OutboxItem &item, const QString &contactId);
    //! In the chat's latest conversation; on the contact while the chat has none.
    void deliverConversationNote(const store::OutboxItem &item, const QString &contactId);

    QString bodyFor(const store::OutboxItem &item) const;
    QString openConversationFor(const store::OutboxItem &item, const QString &contactId) const;
    bool isKnownPart(const QString &partId) const;
    //! The id of the part a reply as `contactId` created, from Intercom's answer (the whole
    //! conversation); reports the app package code it carries (ownPackageCodeSeen).
    QString ourNewestPart(const intercom::Conversation &reply, const QString &contactId);

    store::Database &m_db;
    intercom::IntercomClient *m_client;
    identity::IdentityResolver *m_resolver;
    identity::ProfilePusher *m_profiles;
    telegram::TelegramApi *m_telegram = nullptr;
    class FileDownloader *m_downloader = nullptr;
    std::chrono::milliseconds m_newConversationAfter { std::chrono::hours(24 * 7) };
    QList<store::IntercomCompletion> m_completions; //!< delivered, to record with the next cycle
    QList<store::IntercomCompletion> m_recording; //!< delivered, being recorded (takeOutcomes)
    mutable QSet<qint64> m_noConversationYet; //!< rows whose contact was created for them just now
};

//! Intercom part bodies come back as HTML; compare them with what we sent as plain text.
QString normalizedBody(const QString &htmlOrText);

} // namespace tgic::sync
