// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <optional>

namespace tgic::telegram {

//! Every update type of the Bot API (10.1): the fields of Update besides update_id, in the
//! documented order. This is the one list of them. The parser decides what the client does with
//! each (handlingOf in UpdateParser.cpp: a type added here does not compile until it is decided
//! there), the poller asks for exactly the ones it acts on (requestedUpdateTypes), and the
//! Telegram emulator filters by it. tst_telegramemulator checks it against the published
//! description in tests/specs.
//!
//! Header-only and free of the client's assumptions: the emulators share it with the client,
//! as they share the clock (tests/layering/check-layering.cmake declares both).
enum class UpdateType {
    Message,
    EditedMessage,
    ChannelPost,
    EditedChannelPost,
    BusinessConnection,
    BusinessMessage,
    EditedBusinessMessage,
    DeletedBusinessMessages,
    GuestMessage,
    MessageReaction,
    MessageReactionCount,
    InlineQuery,
    ChosenInlineResult,
    CallbackQuery,
    ShippingQuery,
    PreCheckoutQuery,
    PurchasedPaidMedia,
    Poll,
    PollAnswer,
    MyChatMember,
    ChatMember,
    ChatJoinRequest,
    ChatBoost,
    RemovedChatBoost,
    ManagedBot,
};

struct UpdateTypeInfo
{
    UpdateType type;
    QLatin1StringView name; //!< as Update and allowed_updates spell it
    bool sentByDefault; //!< delivered when allowed_updates is empty
};

//! The Bot API's update types in the documented order. Without allowed_updates the server sends
//! all but chat_member, message_reaction and message_reaction_count.
inline constexpr std::array<UpdateTypeInfo, 25> kUpdateTypes { {
    { UpdateType::Message, QLatin1StringView("message"), true },
    { UpdateType::EditedMessage, QLatin1StringView("edited_message"), true },
    { UpdateType::ChannelPost, QLatin1StringView("channel_post"), true },
    { UpdateType::EditedChannelPost, QLatin1StringView("edited_channel_post"), true },
    { UpdateType::BusinessConnection, QLatin1StringView("business_connection"), true },
    { UpdateType::BusinessMessage, QLatin1StringView("business_message"), true },
    { UpdateType::EditedBusinessMessage, QLatin1StringView("edited_business_message"), true },
    { UpdateType::DeletedBusinessMessages, QLatin1StringView("deleted_business_messages"), true },
    { UpdateType::GuestMessage, QLatin1StringView("guest_message"), true },
    { UpdateType::MessageReaction, QLatin1StringView("message_reaction"), false },
    { UpdateType::MessageReactionCount, QLatin1StringView("message_reaction_count"), false },
    { UpdateType::InlineQuery, QLatin1StringView("inline_query"), true },
    { UpdateType::ChosenInlineResult, QLatin1StringView("chosen_inline_result"), true },
    { UpdateType::CallbackQuery, QLatin1StringView("callback_query"), true },
    { UpdateType::ShippingQuery, QLatin1StringView("shipping_query"), true },
    { UpdateType::PreCheckoutQuery, QLatin1StringView("pre_checkout_query"), true },
    { UpdateType::PurchasedPaidMedia, QLatin1StringView("purchased_paid_media"), true },
    { UpdateType::Poll, QLatin1StringView("poll"), true },
    { UpdateType::PollAnswer, QLatin1StringView("poll_answer"), true },
    { UpdateType::MyChatMember, QLatin1StringView("my_chat_member"), true },
    { UpdateType::ChatMember, QLatin1StringView("chat_member"), false },
    { UpdateType::ChatJoinRequest, QLatin1StringView("chat_join_request"), true },
    { UpdateType::ChatBoost, QLatin1StringView("chat_boost"), true },
    { UpdateType::RemovedChatBoost, QLatin1StringView("removed_chat_boost"), true },
    { UpdateType::ManagedBot, QLatin1StringView("managed_bot"), true },
} };

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kUpdateTypes.size(); ++i) {
        if (kUpdateTypes[i].type != UpdateType(i))
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kUpdateTypes lists every UpdateType once, in the enum's order");

//! What the Bot API says of `type`.
constexpr const UpdateTypeInfo &updateTypeInfo(UpdateType type)
{
    return kUpdateTypes[std::size_t(type)];
}

//! "edited_message" for UpdateType::EditedMessage.
constexpr QLatin1StringView updateTypeName(UpdateType type)
{
    return updateTypeInfo(type).name;
}

//! The type an Update field names; nothing for a name the Bot API does not know.
inline std::optional<UpdateType> updateTypeNamed(QStringView name, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const UpdateTypeInfo &info : kUpdateTypes) {
        if (name.compare(info.name, cs) == 0)
            return info.type;
    }
    return std::nullopt;
}

} // namespace tgic::telegram
