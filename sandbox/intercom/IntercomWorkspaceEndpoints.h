// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomRouter.h"

#include <QList>
#include <QString>

#include <functional>

namespace tgic::sandbox {

class IntercomJson;
class IntercomWorld;

// What belongs to the workspace rather than to one contact or conversation: the token's admin
// (GET /me), the teammates and teams, the data attributes and the tags.
class IntercomWorkspaceEndpoints
{
public:
    IntercomWorkspaceEndpoints(
        IntercomWorld &world, const IntercomJson &json, std::function<QString()> requestId);

    // The endpoints and what answers each, for IntercomRouter.
    QList<IntercomRoute> routes();

private:
    IntercomReply error(int status, const QString &code, const QString &message) const;
    IntercomReply error(const IntercomError &e) const;

    IntercomReply me(const IntercomRequest &request);
    IntercomReply listAdmins(const IntercomRequest &request);
    IntercomReply listTeams(const IntercomRequest &request);
    IntercomReply listAttributes(const IntercomRequest &request);
    IntercomReply defineAttribute(const IntercomRequest &request);
    IntercomReply listTags(const IntercomRequest &request);
    IntercomReply saveTag(const IntercomRequest &request);

    IntercomWorld &m_world;
    const IntercomJson &m_json;
    std::function<QString()> m_requestId;
};

} // namespace tgic::sandbox
