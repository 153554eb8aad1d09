// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomExchange.h"
#include "IntercomModel.h"
#include "IntercomSearchQuery.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tgic::sandbox {

class IntercomWorld;

// What a new part carries besides its author: the body (HTML), files, and whether it came
// through the API (app_package_code set) or from the web app (null).
struct IntercomPartInput
{
    QString body; // as stored and shown: HTML
    QString received; // the body exactly as the request carried it (what tests compare)
    QList<IntercomAttachment> attachments;
    std::optional<qint64> createdAt;
    QString appPackageCode;
};

// Conversations and their parts: creation by a contact, replies, state changes (close, open,
// snooze, assignment), read flag, tags, and the fields conversation search can filter on.
class IntercomConversations
{
public:
    explicit IntercomConversations(IntercomWorld &world);

    const IntercomConversation *conversation(const QString &id) const;
    QList<const IntercomConversation *> all() const;
    QList<const IntercomConversation *> ofContact(const QString &contactId) const;
    QString latestOf(const QString &contactId) const; // for replies to "last"
    QString latest() const;

    // Returns the conversation id; *messageId gets the id of its source message.
    QString create(const IntercomContact &from, const IntercomPartInput &input, QString *messageId);
    QString contactReply(
        const QString &conversationId, const IntercomContact &contact, const IntercomPartInput &input);
    QString adminReply(const QString &conversationId, const QString &adminId, const QString &messageType,
        const IntercomPartInput &input);
    // close | open | snoozed | assignment; returns the new part id or empty with *error set.
    QString manage(const QString &conversationId, const QJsonObject &request, const QString &appPackageCode,
        IntercomError *error);
    // Snoozed conversations whose snoozed_until has passed are open again (Intercom does it on
    // time; the emulator when next asked).
    void wakeSnoozed();
    void setRead(const QString &conversationId, bool read);
    void setCustomAttributes(const QString &conversationId, const QJsonObject &attributes);
    std::optional<IntercomTagging> tag(
        const QString &conversationId, const QString &tagId, const QString &adminId);
    bool untag(const QString &conversationId, const QString &tagId);
    void reassignContact(const QString &fromId, const QString &intoId, const QString &intoRole);

    // Files attached through attachment_files, served back by the emulator at their url.
    IntercomAttachment storeFile(const QString &name, const QString &contentType, const QByteArray &data);
    std::optional<QPair<QByteArray, QByteArray>> file(const QString &path) const; // content type, data

    std::optional<IntercomSearchQuery::FieldType> fieldType(const QString &field) const;
    QJsonValue fieldValue(const IntercomConversation &conversation, const QString &field) const;

private:
    IntercomPart &appendPart(IntercomConversation &conversation, const QString &partType,
        const IntercomAuthor &author, const IntercomPartInput &input);

    IntercomWorld &m_world;
    QMap<qint64, IntercomConversation> m_conversations; // numeric id -> conversation, creation order
    QHash<QString, QPair<QByteArray, QByteArray>> m_files;
};

} // namespace tgic::sandbox
