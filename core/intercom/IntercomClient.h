// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomApi.h"
#include "IntercomTypes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace tgic::intercom {

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
    void createContactAttribute(const QString &name, const QString &description, const QObject *ctx,
        Callback cb, const QString &dataType = QStringLiteral("string"));
    //! Make sure every attribute in attr:: exists (creating the missing ones).
    void ensureContactAttributes(
        const QObject *ctx, const std::function<void(bool ok, const QString &error)> &done);

    //! Contacts whose telegram_user_id equals `telegramUserId` (eventually consistent!).
    void searchByTelegramId(qint64 telegramUserId, const QObject *ctx, Callback cb);
    void createLead(const QJsonObject &fields, const QObject *ctx, Callback cb);
    void getContact(const QString &contactId, const QObject *ctx, Callback cb);
    void updateContact(const QString &contactId, const QJsonObject &fields, const QObject *ctx, Callback cb);
    //! DELETE /contacts/{id}: Intercom keeps the contact for a 7-day grace period, then destroys
    //! it with its conversations. Repeating it is harmless: a contact already gone answers 404.
    void deleteContact(const QString &contactId, const QObject *ctx, Callback cb);
    //! POST /contacts/{id}/archive (or /unarchive): archived contacts are neither listed nor
    //! searched; only their id brings them back.
    void archiveContact(const QString &contactId, bool archive, const QObject *ctx, Callback cb);

    //! Start a conversation as the contact; the answer is a message with `conversation_id`.
    void createConversation(const QString &contactId, const QString &body, const QObject *ctx, Callback cb);
    //! Reply as the contact; the answer is the whole conversation.
    void replyAsContact(const QString &conversationId, const QString &contactId, const QString &body,
        const QObject *ctx, Callback cb);
    void getConversation(const QString &conversationId, const QObject *ctx, Callback cb);
    //! The contact's conversations (2.16 has no sort here: order them by updated_at yourself).
    void searchConversationsOf(const QString &contactId, const QObject *ctx, Callback cb);

    //! Merge a lead into a user (the only pair Intercom merges). 2.16 refuses contacts that share
    //! no email or phone unless `skip_duplicate_validation` is set — Telegram leads have neither.
    void mergeContacts(const QString &leadId, const QString &userId, const QObject *ctx, Callback cb);
    //! Contacts matching what an agent typed: an Intercom id, an email, a phone number or a name.
    void searchContacts(const QString &text, const QObject *ctx, Callback cb);

    //! Users (never leads) whose phone or email is `forms` (the same value written the ways a
    //! workspace may store it; at most 10). The search matches strings as the service reads `=`,
    //! so the caller confirms each hit on its own side. One page of 50.
    void searchUsersBy(const QString &field, const QStringList &forms, const QObject *ctx, Callback cb);

    //! Reply as the contact with files (base64 `attachment_files`, at most 10).
    void replyAsContactWithFiles(const QString &conversationId, const QString &contactId, const QString &body,
        const QJsonArray &attachmentFiles, const QObject *ctx, Callback cb);
    //! The conversation with its parts' HTML bodies as Intercom stores them (for relaying).
    void getConversationHtml(const QString &conversationId, const QObject *ctx, Callback cb);
    //! Conversations matching `scope` (taggedWith / ofContacts) whose `updated_at` is past
    //! `sinceSeconds` as the service reads `>` (to the second, or from the next calendar day on),
    //! asking for the newest first — which the service may or may not honour. One page of 150.
    void searchConversationsUpdatedSince(const QJsonObject &scope, qint64 sinceSeconds,
        const QString &startingAfter, const QObject *ctx, Callback cb);
    static QJsonObject taggedWith(const QString &tagId);
    static QJsonObject ofContacts(const QStringList &contactIds);
    static constexpr int kTelegramIdsPerSearch = 150;
    //! Contacts carrying any of `telegramUserIds` (at most 150), primary or linked; one page of 150.
    void searchByTelegramIds(
        const QList<qint64> &telegramUserIds, const QString &startingAfter, const QObject *ctx, Callback cb);
    //! PUT /conversations/{id} {read: true}: Intercom then does not email the customer a copy.
    void markConversationRead(const QString &conversationId, const QObject *ctx, Callback cb);
    //! An internal note on the contact (audit trail for agents).
    //! An internal note in a conversation, written as the admin (agents see it, the customer never).
    void addConversationNote(const QString &conversationId, const QString &adminId, const QString &body,
        const QObject *ctx, Callback cb);
    void addContactNote(const QString &contactId, const QString &adminId, const QString &body,
        const QObject *ctx, Callback cb);
    //! Create (or find: names are unique) a tag; the answer carries its id.
    void ensureTag(const QString &name, const QObject *ctx, Callback cb);
    void tagContact(const QString &contactId, const QString &tagId, const QObject *ctx, Callback cb);
    void tagConversation(const QString &conversationId, const QString &tagId, const QString &adminId,
        const QObject *ctx, Callback cb);

    //! GET /admins: the workspace's teammates (`admin.list`, `admins[]` with id and name).
    void listAdmins(const QObject *ctx, Callback cb);
    //! GET /teams: the workspace's teams (`team.list`, `teams[]` with id and name).
    void listTeams(const QObject *ctx, Callback cb);

    //! The contact id a 409 conflict names ("… already exists with id=<id>"), if any.
    static QString conflictingContactId(const net::ApiResult &result);
    //! The survivor a 410 `Link: </contacts/ID>; rel="canonical"` header points to, if any.
    static QString canonicalContactId(const net::ApiResult &result);

private:
    IntercomApi *m_api;
};

} // namespace tgic::intercom
