// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomRouter.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace tgic::sandbox {

class IntercomJson;
class IntercomWorld;
struct IntercomContact;

// Contacts: CRUD, search, merge, merge history, archive, and a contact's notes and tags.
class IntercomContactEndpoints
{
public:
    IntercomContactEndpoints(
        IntercomWorld &world, const IntercomJson &json, std::function<QString()> requestId);

    // The endpoints and what answers each, for IntercomRouter.
    QList<IntercomRoute> routes();

private:
    IntercomReply error(int status, const QString &code, const QString &message) const;
    IntercomReply error(const IntercomError &e) const;
    QJsonObject contactJson(const IntercomContact &contact, const IntercomRequest &request) const;
    // An archived contact, and the reading of the docs in force refuses this call on it.
    bool archivedAndRefused(const QString &id, bool allowed) const;

    IntercomReply listContacts(const IntercomRequest &request);
    IntercomReply createContact(const IntercomRequest &request);
    IntercomReply searchContacts(const IntercomRequest &request);
    IntercomReply mergeContacts(const IntercomRequest &request);
    IntercomReply getContact(const IntercomRequest &request, bool byExternalId);
    IntercomReply updateContact(const IntercomRequest &request);
    IntercomReply deleteContact(const IntercomRequest &request);
    IntercomReply setArchived(const IntercomRequest &request, bool archive);
    IntercomReply mergeHistory(const IntercomRequest &request);
    IntercomReply listNotes(const IntercomRequest &request);
    IntercomReply addNote(const IntercomRequest &request);
    IntercomReply listTags(const IntercomRequest &request);
    IntercomReply tag(const IntercomRequest &request);
    IntercomReply untag(const IntercomRequest &request);

    IntercomWorld &m_world;
    const IntercomJson &m_json;
    std::function<QString()> m_requestId;
};

} // namespace tgic::sandbox
