// SPDX-License-Identifier: MIT
#pragma once

#include "TelegramResult.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace tgic::sandbox {

class TelegramRequestParams;

// The reply_markup parameter of the send methods, read and checked as the Bot API server does:
// a JSON-serialized object (as a JSON value in application/json bodies, as a string in query,
// form and multipart bodies), one of InlineKeyboardMarkup, ReplyKeyboardMarkup,
// ReplyKeyboardRemove or ForceReply. Parsing errors come before the chat is looked at; the
// private-chat-only buttons are refused once the chat is known, like TDLib does.
class TelegramReplyMarkup
{
public:
    enum class Kind { None, InlineKeyboard, ReplyKeyboard, RemoveKeyboard, ForceReply };

    // The markup of a request, or the error the server answers with.
    static std::variant<TelegramResult, TelegramReplyMarkup> fromParams(const TelegramRequestParams &params);

    // Buttons that only work in private chats (request_contact, request_location, …) in a group.
    std::optional<TelegramResult> checkChat(const QJsonObject &chat) const;

    Kind kind() const { return m_kind; }
    QJsonObject json() const { return m_json; }
    bool isEmpty() const { return m_kind == Kind::None; }

private:
    Kind m_kind = Kind::None;
    QJsonObject m_json;
};

} // namespace tgic::sandbox
