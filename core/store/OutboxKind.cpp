// SPDX-License-Identifier: MIT
#include "OutboxKind.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
// The stored texts: never change one, existing databases hold them.
constexpr std::array<std::pair<OutboxKind, QStringView>, 8> kKinds { {
    { OutboxKind::Message, u"message" },
    { OutboxKind::Edit, u"edit" },
    { OutboxKind::Note, u"note" },
    { OutboxKind::Profile, u"profile" },
    { OutboxKind::Phone, u"phone" },
    { OutboxKind::AgentPart, u"agent_part" },
    { OutboxKind::Notice, u"notice" },
    { OutboxKind::PhoneRequest, u"phone_request" },
} };
} // namespace

QString outboxKindText(OutboxKind kind)
{
    for (const auto &[k, text] : kKinds)
        if (k == kind)
            return text.toString();
    return {};
}

OutboxKind outboxKindFromText(QStringView text)
{
    for (const auto &[k, stored] : kKinds)
        if (stored == text)
            return k;
    return OutboxKind::Unknown;
}

bool failureFailsMessage(OutboxKind kind)
{
    return kind != OutboxKind::Edit;
}

} // namespace tgic::store
