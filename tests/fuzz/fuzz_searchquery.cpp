// SPDX-License-Identifier: MIT
// Fuzz target: the Intercom emulator's search-query compiler and matcher (contacts and
// conversations share it), on any JSON.
#include "FuzzCheck.h"
#include "sandbox/intercom/IntercomSearchQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using tgic::sandbox::IntercomError;
using tgic::sandbox::IntercomSearchQuery;
using Type = IntercomSearchQuery::FieldType;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonValue query = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const auto types = [](const QString &field) -> std::optional<Type> {
        if (field == u"name" || field == u"email" || field == u"role")
            return Type::String;
        if (field == u"custom_attributes.telegram_user_id")
            return Type::Integer;
        if (field == u"custom_attributes.score")
            return Type::Float;
        if (field == u"unsubscribed_from_emails")
            return Type::Boolean;
        if (field == u"created_at" || field == u"updated_at")
            return Type::Date;
        if (field == u"tag_ids")
            return Type::TagId;
        return std::nullopt;
    };
    const QJsonObject contact { { u"name"_s, u"Ann"_s }, { u"email"_s, QJsonValue() },
        { u"role"_s, u"lead"_s }, { u"custom_attributes.telegram_user_id"_s, 5012345678.0 },
        { u"custom_attributes.score"_s, 0.5 }, { u"unsubscribed_from_emails"_s, false },
        { u"created_at"_s, 1700000000 }, { u"updated_at"_s, 1700086400 },
        { u"tag_ids"_s, QJsonArray { u"7"_s, u"9"_s } } };
    using Q = IntercomSearchQuery;
    for (auto endpoint : { Q::Endpoint::Contacts, Q::Endpoint::Conversations }) {
        for (auto mode : { Q::DateMode::CalendarDay, Q::DateMode::Inclusive }) {
            IntercomError error;
            const auto compiled = Q::parse(query, types, endpoint, mode, &error);
            // A query is either compiled or refused with the error Intercom gives.
            FUZZ_CHECK(compiled.has_value() || !error.message.isEmpty());
            if (compiled)
                (void)compiled->matches([&contact](const QString &field) { return contact.value(field); });
        }
    }
    return 0;
}
