// SPDX-License-Identifier: MIT
#include "TelegramReplyMarkup.h"

#include "TelegramRequestParams.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

TelegramResult badRequest(const QString &what)
{
    return TelegramResult::error(400, u"Bad Request: "_s + what);
}

// A button of a reply keyboard: a string, or an object with a non-empty "text".
std::optional<TelegramResult> checkKeyboardButton(const QJsonValue &button)
{
    if (button.isString())
        return std::nullopt;
    if (!button.isObject())
        return badRequest(u"can't parse keyboard button: KeyboardButton must be a String or an Object"_s);
    const QJsonValue text = button.toObject().value(u"text"_s);
    if (!text.isString())
        return badRequest(u"can't parse keyboard button: Field \"text\" must be of type String"_s);
    return std::nullopt;
}

std::optional<TelegramResult> checkRows(const QJsonValue &rows, const QString &field, const QString &type)
{
    if (!rows.isArray())
        return badRequest(u"field \"%1\" of the %2 must be an Array"_s.arg(field, type));
    for (const QJsonValue row : rows.toArray()) {
        if (!row.isArray())
            return badRequest(u"field \"%1\" of the %2 must be an Array of Arrays"_s.arg(field, type));
        if (field != u"keyboard"_s)
            continue;
        for (const QJsonValue button : row.toArray()) {
            if (auto error = checkKeyboardButton(button))
                return error;
        }
    }
    return std::nullopt;
}

bool hasButtons(const QJsonValue &rows)
{
    for (const QJsonValue row : rows.toArray()) {
        if (!row.toArray().isEmpty())
            return true;
    }
    return false;
}

} // namespace

std::variant<TelegramResult, TelegramReplyMarkup> TelegramReplyMarkup::fromParams(
    const TelegramRequestParams &params)
{
    TelegramReplyMarkup markup;
    const QString text = params.string(u"reply_markup"_s);
    if (text.isEmpty())
        return markup;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return badRequest(u"can't parse reply keyboard markup JSON object"_s);
    if (!doc.isObject())
        return badRequest(u"object expected as reply markup"_s);
    const QJsonObject o = doc.object();
    if (o.contains(u"keyboard"_s)) {
        if (auto e = checkRows(o.value(u"keyboard"_s), u"keyboard"_s, u"ReplyKeyboardMarkup"_s))
            return *e;
    }
    if (o.contains(u"inline_keyboard"_s)) {
        if (auto e
            = checkRows(o.value(u"inline_keyboard"_s), u"inline_keyboard"_s, u"InlineKeyboardMarkup"_s))
            return *e;
    }
    // The server picks the first kind present, in this order; an object with none of them (or
    // an empty keyboard) is no markup at all.
    if (hasButtons(o.value(u"keyboard"_s)))
        markup.m_kind = Kind::ReplyKeyboard;
    else if (hasButtons(o.value(u"inline_keyboard"_s)))
        markup.m_kind = Kind::InlineKeyboard;
    else if (o.value(u"remove_keyboard"_s).toBool())
        markup.m_kind = Kind::RemoveKeyboard;
    else if (o.value(u"force_reply"_s).toBool())
        markup.m_kind = Kind::ForceReply;
    if (markup.m_kind != Kind::None)
        markup.m_json = o;
    return markup;
}

std::optional<TelegramResult> TelegramReplyMarkup::checkChat(const QJsonObject &chat) const
{
    if (m_kind != Kind::ReplyKeyboard || chat.value(u"type"_s).toString() == u"private"_s)
        return std::nullopt;
    // TDLib's words for each button kind that needs a private chat.
    static const QList<std::pair<QString, QString>> privateOnly {
        { u"request_contact"_s, u"phone number can be requested in private chats only"_s },
        { u"request_location"_s, u"location can be requested in private chats only"_s },
        { u"request_poll"_s, u"poll can be requested in private chats only"_s },
        { u"request_users"_s, u"users can be requested in private chats only"_s },
        { u"request_chat"_s, u"chats can be requested in private chats only"_s },
        { u"web_app"_s, u"web App buttons can be used in private chats only"_s },
    };
    for (const QJsonValue row : m_json.value(u"keyboard"_s).toArray()) {
        for (const QJsonValue button : row.toArray()) {
            const QJsonObject b = button.toObject();
            for (const auto &[field, description] : privateOnly) {
                const QJsonValue v = b.value(field);
                if (v.isObject() || v.toBool())
                    return badRequest(description);
            }
        }
    }
    return std::nullopt;
}

} // namespace tgic::sandbox
