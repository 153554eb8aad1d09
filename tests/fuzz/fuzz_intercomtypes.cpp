// SPDX-License-Identifier: MIT
// Fuzz target: the typed Intercom layer (core/intercom/IntercomTypes). Input: any bytes; what
// parses as a JSON object is read as each of Intercom's types and pages.
#include "FuzzCheck.h"
#include "intercom/IntercomTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using namespace tgic::intercom;

namespace {

// What every caller relies on: an id where the parser promised one, the conversions of an
// enum that agree, and nothing an agent would read as a teammate "0".
void checkPart(const ConversationPart &part)
{
    FUZZ_CHECK(!part.id.isEmpty());
    FUZZ_CHECK(authorTypeOf(authorTypeName(part.author.type)) == part.author.type);
}

template <typename T>
void checkPage(const SearchPage<T> &page, const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue list = json.value(key);
    const qsizetype given
        = list.isObject() ? list.toObject().value(key).toArray().size() : list.toArray().size();
    // Every item is either parsed or counted as skipped: nothing vanishes silently.
    FUZZ_CHECK(page.items.size() + page.skipped == given);
    for (const T &item : page.items)
        FUZZ_CHECK(!item.id.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();

    QString error;
    if (const auto contact = parseContact(json, &error)) {
        FUZZ_CHECK(!contact->id.isEmpty());
        FUZZ_CHECK(contactRoleOf(contactRoleName(contact->role)) == contact->role);
        // The custom attributes are handed on as they came: any JSON value each.
        FUZZ_CHECK(
            contact->customAttributes == json.value(QLatin1StringView("custom_attributes")).toObject());
    } else {
        FUZZ_CHECK(!error.isEmpty()); // a refusal says why
    }
    error.clear();
    if (const auto conversation = parseConversation(json, &error)) {
        FUZZ_CHECK(!conversation->id.isEmpty());
        FUZZ_CHECK(conversation->adminAssigneeId != QLatin1StringView("0"));
        FUZZ_CHECK(conversation->teamAssigneeId != QLatin1StringView("0"));
        for (const ConversationPart &part : conversation->parts)
            checkPart(part);
        for (const QString &id : conversation->contactIds)
            FUZZ_CHECK(!id.isEmpty());
        if (conversation->tags)
            for (const Tag &tag : *conversation->tags)
                FUZZ_CHECK(!tag.name.isEmpty());
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    if (const auto part = parseConversationPart(json))
        checkPart(*part);
    if (const auto message = parseMessage(json))
        FUZZ_CHECK(!message->conversationId.isEmpty());
    if (const auto admin = parseAdmin(json))
        FUZZ_CHECK(!admin->id.isEmpty());
    if (const auto team = parseTeam(json))
        FUZZ_CHECK(!team->id.isEmpty());
    if (const auto tag = parseTag(json))
        FUZZ_CHECK(!tag->id.isEmpty());
    checkPage(parseContactPage(json), json, QLatin1StringView("data"));
    checkPage(parseConversationPage(json), json, QLatin1StringView("conversations"));
    checkPage(parseAdminList(json), json, QLatin1StringView("admins"));
    checkPage(parseTeamList(json), json, QLatin1StringView("teams"));
    return 0;
}
