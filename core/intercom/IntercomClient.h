// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomApi.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace tgic::intercom {

//! The custom contact attributes this app keeps on Intercom contacts.
namespace attr {
inline constexpr auto kTelegramUserId = "telegram_user_id"; //!< the anchor: decimal string
inline constexpr auto kTelegramUsername = "telegram_username";
inline constexpr auto kTelegramName = "telegram_display_name";
} // namespace attr

//! Typed calls on top of IntercomApi. Each describes one request and hands back the scheduler's
//! final result; none of them retries or waits on its own.
class IntercomClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const net::ApiResult &)>;

    explicit IntercomClient(IntercomApi *api, QObject *parent = nullptr);
    IntercomApi *api() const { return m_api; }

    void me(const QObject *ctx, Callback cb);
    void listContactAttributes(const QObject *ctx, Callback cb);
    void createContactAttribute(
        const QString &name, const QString &description, const QObject *ctx, Callback cb);
    //! Make sure every attribute in attr:: exists (creating the missing ones).
    void ensureContactAttributes(
        const QObject *ctx, const std::function<void(bool ok, const QString &error)> &done);

    //! Contacts whose telegram_user_id equals `telegramUserId` (eventually consistent!).
    void searchByTelegramId(qint64 telegramUserId, const QObject *ctx, Callback cb);
    void createLead(const QJsonObject &fields, const QObject *ctx, Callback cb);
    void getContact(const QString &contactId, const QObject *ctx, Callback cb);
    void updateContact(const QString &contactId, const QJsonObject &fields, const QObject *ctx, Callback cb);

    //! Start a conversation as the contact; the answer is a message with `conversation_id`.
    void createConversation(const QString &contactId, const QString &body, const QObject *ctx, Callback cb);
    //! Reply as the contact; the answer is the whole conversation.
    void replyAsContact(const QString &conversationId, const QString &contactId, const QString &body,
        const QObject *ctx, Callback cb);
    void getConversation(const QString &conversationId, const QObject *ctx, Callback cb);
    //! The contact's conversations (2.16 has no sort here: order them by updated_at yourself).
    void searchConversationsOf(const QString &contactId, const QObject *ctx, Callback cb);

    //! The contact id a 409 conflict names ("… already exists with id=<id>"), if any.
    static QString conflictingContactId(const net::ApiResult &result);
    //! The survivor a 410 `Link: </contacts/ID>; rel="canonical"` header points to, if any.
    static QString canonicalContactId(const net::ApiResult &result);

private:
    IntercomApi *m_api;
};

} // namespace tgic::intercom
