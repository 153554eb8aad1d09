// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomConversations.h"
#include "IntercomRouter.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tgic::sandbox {

class IntercomJson;
class IntercomWorld;

// Conversations: create (as a contact), get, list, search, reply (contact or admin), manage
// (close/open/snooze/assign), mark read, tag.
class IntercomConversationEndpoints
{
public:
    // Parts created through the API carry this app_package_code.
    static constexpr auto kAppPackageCode = "tgic-sandbox";

    IntercomConversationEndpoints(
        IntercomWorld &world, const IntercomJson &json, std::function<QString()> requestId);

    // The endpoints and what answers each, for IntercomRouter.
    QList<IntercomRoute> routes();

private:
    IntercomReply error(int status, const QString &code, const QString &message) const;
    IntercomReply error(const IntercomError &e) const;
    IntercomReply notFound() const;
    // attachment_urls and attachment_files of a request body (at most 10 each).
    bool readAttachments(const QJsonObject &body, IntercomPartInput *input, IntercomError *error);

    // The conversation exists, and admin_id names an admin; otherwise the refusal.
    std::optional<IntercomReply> checkTagging(const IntercomRequest &request) const;

    IntercomReply list(const IntercomRequest &request);
    IntercomReply create(const IntercomRequest &request);
    IntercomReply search(const IntercomRequest &request);
    IntercomReply get(const IntercomRequest &request);
    IntercomReply update(const IntercomRequest &request);
    IntercomReply reply(const IntercomRequest &request);
    IntercomReply manage(const IntercomRequest &request);
    IntercomReply tag(const IntercomRequest &request);
    IntercomReply untag(const IntercomRequest &request);

    IntercomWorld &m_world;
    const IntercomJson &m_json;
    std::function<QString()> m_requestId;
};

} // namespace tgic::sandbox
