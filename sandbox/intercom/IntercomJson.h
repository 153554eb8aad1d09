// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomExchange.h"
#include "IntercomModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tgic::sandbox {

class IntercomWorld;

// Renders the workspace's records as the 2.16 OpenAPI schemas describe them. Fields the spec
// declares non-nullable are omitted rather than sent as null when there is no value
// (e.g. a contact's missing email), or given the value the spec names for "none"
// (admin_assignee_id 0 for an unassigned conversation), so that a response validator accepts
// every response.
class IntercomJson
{
public:
    IntercomJson(const IntercomWorld &world, const QString &baseUrl);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

    static IntercomReply reply(const QJsonObject &body, int status = 200);
    static IntercomReply errorReply(const IntercomError &error, const QString &requestId);
    static QString cursorFor(int offset);
    static std::optional<int> offsetOf(const QString &cursor);
    static QJsonObject errorList(const QString &requestId, const QString &code, const QString &message);
    // Plain text becomes one HTML paragraph (the way Intercom stores message bodies); HTML passes as is.
    static QString htmlBody(const QString &text);
    static QString plainTextBody(const QString &text); // always escaped, even if it looks like HTML
    static QJsonObject pages(int page, int perPage, int total, const QString &nextCursor);

    QJsonObject adminWithApp(const IntercomAdmin &admin) const;
    QJsonObject admin(const IntercomAdmin &admin) const;
    QJsonObject listedAdmin(const IntercomAdmin &admin) const; // as GET /admins lists it
    QJsonObject team(const IntercomTeam &team) const;
    QJsonObject dataAttribute(const IntercomAttribute &attribute, bool custom) const;
    QJsonObject contact(const IntercomContact &contact, bool includeMergeHistory) const;
    QJsonObject contactReference(const IntercomContact &contact) const;
    QJsonObject tag(const IntercomTag &tag) const;
    QJsonObject tagging(const IntercomTagging &tagging) const;
    QJsonObject note(const IntercomNote &note) const;
    QJsonObject conversation(const IntercomConversation &conversation, bool withParts) const;
    QJsonObject part(const IntercomPart &part) const;
    QJsonObject mergeHistoryItem(const IntercomMerge &merge) const;

private:
    QJsonObject author(const IntercomAuthor &author, bool sourceAuthor) const;
    QJsonObject attachment(const IntercomAttachment &attachment) const;

    const IntercomWorld &m_world;
    QString m_baseUrl;
};

} // namespace tgic::sandbox
