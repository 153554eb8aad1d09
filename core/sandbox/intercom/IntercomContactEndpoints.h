// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomExchange.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace tgic::sandbox {

class IntercomJson;
class IntercomWorld;
struct IntercomContact;

// GET /me, data attributes, contacts (CRUD, search, merge, merge history, archive), notes and tags.
class IntercomContactEndpoints
{
public:
    IntercomContactEndpoints(
        IntercomWorld &world, const IntercomJson &json, std::function<QString()> requestId);

    // nullopt when the route is not one of these endpoints.
    std::optional<IntercomReply> handle(const IntercomRequest &request);

    static const QStringList &routes();

private:
    IntercomReply error(int status, const QString &code, const QString &message) const;
    IntercomReply error(const IntercomError &e) const;
    QJsonObject contactJson(const IntercomContact &contact, const IntercomRequest &request) const;
    // An archived contact, and the reading of the docs in force refuses this call on it.
    bool archivedAndRefused(const QString &id, bool allowed) const;

    IntercomReply listAttributes(const IntercomRequest &request);
    IntercomReply listContacts(const IntercomRequest &request);
    IntercomReply searchContacts(const IntercomRequest &request);
    IntercomReply getContact(const IntercomRequest &request, bool byExternalId);
    IntercomReply mergeContacts(const IntercomRequest &request);
    IntercomReply mergeHistory(const IntercomRequest &request);
    IntercomReply notes(const IntercomRequest &request);
    IntercomReply tags(const IntercomRequest &request);

    IntercomWorld &m_world;
    const IntercomJson &m_json;
    std::function<QString()> m_requestId;
};

} // namespace tgic::sandbox
