// SPDX-License-Identifier: MIT
#include "OutboxKind.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
// The stored texts: never change one, existing databases hold them.
constexpr std::array<std::pair<OutboxKind, QStringView>, 10> kKinds { {
    { OutboxKind::Message, u"message" },
    { OutboxKind::Edit, u"edit" },
    { OutboxKind::Note, u"note" },
    { OutboxKind::Profile, u"profile" },
    { OutboxKind::Phone, u"phone" },
    { OutboxKind::AgentPart, u"agent_part" },
    { OutboxKind::Notice, u"notice" },
    { OutboxKind::PhoneRequest, u"phone_request" },
    { OutboxKind::ReadMark, u"read_mark" },
    { OutboxKind::ConversationNote, u"conversation_note" },
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
    // A conversation note may refer to a message that is already where it belongs (the business
    // account's own, or one that was deleted): only the note failed.
    // A read mark refers to no message of its own.
    return kind != OutboxKind::Edit && kind != OutboxKind::ConversationNote && kind != OutboxKind::ReadMark;
}

} // namespace tgic::store
