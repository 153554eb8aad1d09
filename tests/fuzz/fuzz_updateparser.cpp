// SPDX-License-Identifier: MIT
// Fuzz target: telegram::parseUpdate on any JSON (or not-JSON) a Bot API server might send.
#include "FuzzCheck.h"
#include "telegram/TelegramTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using tgic::telegram::isNormalText;
using tgic::telegram::ParsedUpdate;

namespace {
// Everything the parser hands on is free of NULs and unpaired surrogates: the database, Intercom
// and the views could not take them (normalized once, at the border).
bool handsOnNormalText(const ParsedUpdate &u)
{
    const auto &m = u.message;
    for (const QString &s : { u.typeName, u.error, m.text, m.kindName, m.from.firstName, m.from.lastName,
             m.from.username, m.from.languageCode, m.chat.title, m.chat.username, m.chat.type,
             m.forwardedFrom, m.businessConnectionId, m.agentText(), m.from.displayName(),
             u.memberChange.newStatus, u.memberChange.from.firstName, u.memberChange.chat.title })
        if (!isNormalText(s))
            return false;
    if (m.media && (!isNormalText(m.media->fileName) || !isNormalText(m.media->mimeType)))
        return false;
    if (m.contact && (!isNormalText(m.contact->phoneNumber) || !isNormalText(m.contact->firstName)))
        return false;
    return !m.place || (isNormalText(m.place->title) && isNormalText(m.place->address));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    // getUpdates' result is an array of updates; a single object is one update.
    QJsonArray updates = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
    for (const QJsonValue &raw : std::as_const(updates)) {
        const ParsedUpdate update = tgic::telegram::parseUpdate(raw);
        // Malformed input is reported, never silently accepted: a reason goes to quarantine.
        FUZZ_CHECK(update.kind != ParsedUpdate::Kind::Malformed || !update.error.isEmpty());
        FUZZ_CHECK(handsOnNormalText(update));
        if (update.kind == ParsedUpdate::Kind::Message || update.kind == ParsedUpdate::Kind::EditedMessage) {
            FUZZ_CHECK(update.updateId.has_value());
            // What the agent reads is never empty (a placeholder names the content at least).
            FUZZ_CHECK(!update.message.agentText().isEmpty());
            (void)update.message.from.displayName();
            (void)update.message.sharesOwnPhone();
        }
    }
    return 0;
}
