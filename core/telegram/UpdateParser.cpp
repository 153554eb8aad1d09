// SPDX-License-Identifier: MIT
#include "TelegramTypes.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tgic::telegram {

namespace {

constexpr qint64 kMaxExactInteger = (qint64(1) << 53);

// Content fields in the order they are checked; the first present one names the message kind.
const QStringList &contentKinds()
{
    static const QStringList kinds {
        u"text"_s,
        u"photo"_s,
        u"document"_s,
        u"animation"_s,
        u"sticker"_s,
        u"voice"_s,
        u"audio"_s,
        u"video_note"_s,
        u"video"_s,
        u"contact"_s,
        u"venue"_s,
        u"location"_s,
        u"poll"_s,
        u"dice"_s,
        u"story"_s,
        u"paid_media"_s,
        u"game"_s,
        u"invoice"_s,
    };
    return kinds;
}

// Message fields that announce an event in the chat rather than carry what someone wrote.
const QStringList &serviceKinds()
{
    static const QStringList kinds {
        u"new_chat_members"_s,
        u"left_chat_member"_s,
        u"new_chat_title"_s,
        u"new_chat_photo"_s,
        u"delete_chat_photo"_s,
        u"group_chat_created"_s,
        u"supergroup_chat_created"_s,
        u"channel_chat_created"_s,
        u"message_auto_delete_timer_changed"_s,
        u"migrate_to_chat_id"_s,
        u"migrate_from_chat_id"_s,
        u"pinned_message"_s,
        u"connected_website"_s,
        u"write_access_allowed"_s,
        u"proximity_alert_triggered"_s,
        u"boost_added"_s,
        u"chat_background_set"_s,
        u"forum_topic_created"_s,
        u"forum_topic_edited"_s,
        u"forum_topic_closed"_s,
        u"forum_topic_reopened"_s,
        u"general_forum_topic_hidden"_s,
        u"general_forum_topic_unhidden"_s,
        u"giveaway_created"_s,
        u"giveaway_completed"_s,
        u"video_chat_scheduled"_s,
        u"video_chat_started"_s,
        u"video_chat_ended"_s,
        u"video_chat_participants_invited"_s,
    };
    return kinds;
}

// Fields every message has, which never name its content.
bool isEnvelopeField(const QString &key)
{
    static const QStringList envelope {
        u"message_id"_s,
        u"date"_s,
        u"chat"_s,
        u"from"_s,
        u"sender_chat"_s,
        u"edit_date"_s,
        u"message_thread_id"_s,
        u"is_topic_message"_s,
        u"reply_to_message"_s,
        u"external_reply"_s,
        u"quote"_s,
        u"forward_origin"_s,
        u"via_bot"_s,
        u"media_group_id"_s,
        u"has_protected_content"_s,
        u"entities"_s,
        u"caption"_s,
        u"caption_entities"_s,
        u"business_connection_id"_s,
        u"sender_business_bot"_s,
        u"author_signature"_s,
        u"link_preview_options"_s,
        u"reply_markup"_s,
        u"is_from_offline"_s,
        u"sender_boost_count"_s,
        u"show_caption_above_media"_s,
        u"has_media_spoiler"_s,
        u"effect_id"_s,
        u"is_automatic_forward"_s,
        u"reply_to_story"_s,
    };
    return envelope.contains(key);
}

std::optional<UserProfile> parseUser(const QJsonValue &value, QString *error)
{
    const QJsonObject o = value.toObject();
    const auto id = exactInteger(o.value(u"id"_s));
    if (!value.isObject() || !id || *id <= 0) {
        *error = u"user without a valid integer id"_s;
        return std::nullopt;
    }
    if (!o.value(u"first_name"_s).isString() || !o.value(u"is_bot"_s).isBool()) {
        *error = u"user %1 lacks first_name or is_bot"_s.arg(*id);
        return std::nullopt;
    }
    UserProfile user;
    user.id = *id;
    user.isBot = o.value(u"is_bot"_s).toBool();
    user.firstName = o.value(u"first_name"_s).toString();
    user.lastName = o.value(u"last_name"_s).toString();
    user.username = o.value(u"username"_s).toString();
    user.languageCode = o.value(u"language_code"_s).toString();
    user.isPremium = o.value(u"is_premium"_s).toBool();
    return user;
}

std::optional<ChatInfo> parseChat(const QJsonValue &value, QString *error)
{
    const QJsonObject o = value.toObject();
    const auto id = exactInteger(o.value(u"id"_s));
    if (!value.isObject() || !id || !o.value(u"type"_s).isString()) {
        *error = u"chat without a valid integer id and type"_s;
        return std::nullopt;
    }
    ChatInfo chat;
    chat.id = *id;
    chat.type = o.value(u"type"_s).toString();
    chat.username = o.value(u"username"_s).toString();
    chat.title = o.value(u"title"_s).toString();
    if (chat.title.isEmpty()) {
        chat.title = o.value(u"first_name"_s).toString();
        const QString last = o.value(u"last_name"_s).toString();
        if (!last.isEmpty())
            chat.title += u' ' + last;
    }
    return chat;
}

// The downloadable file of a media message: the largest photo size, or the object's own file.
void parseMedia(const QJsonObject &o, MessageInfo *message)
{
    static const QStringList fileKinds { u"document"_s, u"animation"_s, u"sticker"_s, u"voice"_s, u"audio"_s,
        u"video_note"_s, u"video"_s };
    if (message->kind == u"venue"_s || message->kind == u"location"_s) {
        const QJsonObject venue = o.value(u"venue"_s).toObject();
        const QJsonObject location = message->kind == u"venue"_s ? venue.value(u"location"_s).toObject()
                                                                 : o.value(u"location"_s).toObject();
        SharedPlace place;
        place.latitude = location.value(u"latitude"_s).toDouble();
        place.longitude = location.value(u"longitude"_s).toDouble();
        place.title = venue.value(u"title"_s).toString();
        place.address = venue.value(u"address"_s).toString();
        message->place = place;
    }
    QJsonObject file;
    if (message->kind == u"photo"_s) {
        const QJsonArray sizes = o.value(u"photo"_s).toArray();
        qint64 best = -1;
        for (const auto &v : sizes) {
            const QJsonObject size = v.toObject();
            const qint64 area = size.value(u"width"_s).toInteger() * size.value(u"height"_s).toInteger();
            if (area >= best) {
                best = area;
                file = size;
            }
        }
    } else if (fileKinds.contains(message->kind)) {
        file = o.value(message->kind).toObject();
    }
    if (!file.value(u"file_id"_s).isString())
        return;
    MediaFile media;
    media.fileId = file.value(u"file_id"_s).toString();
    media.fileName = file.value(u"file_name"_s).toString();
    media.mimeType = file.value(u"mime_type"_s).toString();
    media.fileSize = exactInteger(file.value(u"file_size"_s)).value_or(0);
    message->media = media;
}

bool parseMessage(const QJsonValue &value, MessageInfo *message, QString *error)
{
    if (!value.isObject()) {
        *error = u"message is not an object"_s;
        return false;
    }
    const QJsonObject o = value.toObject();
    const auto messageId = exactInteger(o.value(u"message_id"_s));
    const auto date = exactInteger(o.value(u"date"_s));
    if (!messageId || !date) {
        *error = u"message without integer message_id and date"_s;
        return false;
    }
    const auto chat = parseChat(o.value(u"chat"_s), error);
    if (!chat)
        return false;
    if (!o.contains(u"from"_s)) {
        *error = u"message %1 in chat %2 has no sender (from)"_s.arg(*messageId).arg(chat->id);
        return false;
    }
    const auto from = parseUser(o.value(u"from"_s), error);
    if (!from)
        return false;

    message->messageId = *messageId;
    message->date = *date;
    message->chat = *chat;
    message->from = *from;
    message->editDate = exactInteger(o.value(u"edit_date"_s));
    message->businessConnectionId = o.value(u"business_connection_id"_s).toString();
    if (o.contains(u"reply_to_message"_s))
        message->replyToMessageId
            = exactInteger(o.value(u"reply_to_message"_s).toObject().value(u"message_id"_s));

    message->onBehalfOfChat = o.value(u"sender_chat"_s).isObject();
    message->byBusinessBot = o.value(u"sender_business_bot"_s).isObject();
    if (o.value(u"forward_origin"_s).isObject()) {
        const QJsonObject origin = o.value(u"forward_origin"_s).toObject();
        const QString type = origin.value(u"type"_s).toString();
        if (type == u"user"_s) {
            const QJsonObject u = origin.value(u"sender_user"_s).toObject();
            message->forwardedFrom = displayName(u.value(u"first_name"_s).toString(),
                u.value(u"last_name"_s).toString(), u.value(u"username"_s).toString());
        } else if (type == u"hidden_user"_s) {
            message->forwardedFrom = origin.value(u"sender_user_name"_s).toString();
        } else {
            const QJsonObject source
                = origin.value(type == u"chat"_s ? u"sender_chat"_s : u"chat"_s).toObject();
            message->forwardedFrom = source.value(u"title"_s).toString();
        }
        if (message->forwardedFrom.isEmpty())
            message->forwardedFrom = u"someone"_s;
    }

    message->text = o.contains(u"text"_s) ? o.value(u"text"_s).toString() : o.value(u"caption"_s).toString();
    message->kind.clear();
    for (const QString &kind : contentKinds()) {
        if (o.contains(kind)) {
            message->kind = kind;
            break;
        }
    }
    if (message->kind.isEmpty()) {
        // A content type newer than this app: keep its name so the agent is told what it was.
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!isEnvelopeField(it.key())) {
                message->kind = it.key();
                break;
            }
        }
    }
    if (message->kind.isEmpty())
        message->kind = u"empty"_s;
    message->isService = serviceKinds().contains(message->kind);
    parseMedia(o, message);
    if (message->kind == u"contact"_s) {
        const QJsonObject c = o.value(u"contact"_s).toObject();
        SharedContact contact;
        contact.phoneNumber = c.value(u"phone_number"_s).toString();
        contact.firstName = c.value(u"first_name"_s).toString();
        contact.lastName = c.value(u"last_name"_s).toString();
        contact.userId = exactInteger(c.value(u"user_id"_s));
        message->contact = contact;
    }
    return true;
}

} // namespace

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > double(kMaxExactInteger))
        return std::nullopt;
    return qint64(d);
}

QString MessageInfo::notFromACustomer() const
{
    if (from.isBot || byBusinessBot)
        return u"from a bot"_s;
    if (onBehalfOfChat)
        return u"sent as a chat"_s;
    // In a private chat the peer's id is the chat's: anyone else is the business account itself.
    if (!businessConnectionId.isEmpty() && chat.isPrivate() && from.id != chat.id)
        return u"from the business account"_s;
    if (isService)
        return u"service message"_s;
    return {};
}

QString MessageInfo::agentText() const
{
    if (!forwardedFrom.isEmpty()) {
        MessageInfo own = *this;
        own.forwardedFrom.clear();
        return u"[Forwarded from %1]\n"_s.arg(forwardedFrom) + own.agentText();
    }
    // Never empty: a "text" that was not a string (or was empty) still tells the agent something
    // arrived (found by fuzz_updateparser).
    if (kind == u"text"_s)
        return text.isEmpty() ? u"[empty message]"_s : text;
    QString placeholder;
    if (kind == u"contact"_s && contact) {
        placeholder = (sharesOwnPhone() ? u"[Shared their own phone number: %1 %2, %3]"_s
                                        : u"[Shared contact: %1 %2, %3]"_s)
                          .arg(contact->firstName, contact->lastName, contact->phoneNumber)
                          .simplified();
    } else if (place) {
        const QString coordinates
            = u"%1, %2"_s.arg(place->latitude, 0, 'f', 6).arg(place->longitude, 0, 'f', 6);
        const QString map
            = u"https://www.openstreetmap.org/?mlat=%1&mlon=%2"_s.arg(place->latitude, 0, 'f', 6)
                  .arg(place->longitude, 0, 'f', 6);
        if (kind == u"venue"_s)
            placeholder = u"[Venue: %1, %2 (%3) %4]"_s.arg(place->title, place->address, coordinates, map);
        else
            placeholder = u"[Location: %1 %2]"_s.arg(coordinates, map);
    } else if (media) {
        placeholder
            = media->fileName.isEmpty() ? u"[%1]"_s.arg(kind) : u"[%1: %2]"_s.arg(kind, media->fileName);
    } else {
        placeholder = u"[%1]"_s.arg(kind);
    }
    return text.isEmpty() ? placeholder : placeholder + u'\n' + text;
}

ParsedUpdate parseUpdate(const QJsonValue &input)
{
    ParsedUpdate update;
    const QJsonValue raw = normalizeJson(input, &update.textRepair);
    if (!raw.isObject()) {
        update.error = u"update is not a JSON object"_s;
        return update;
    }
    const QJsonObject o = raw.toObject();
    update.updateId = exactInteger(o.value(u"update_id"_s));
    if (!update.updateId || *update.updateId < 0) {
        update.updateId.reset();
        update.error = u"update without a valid integer update_id"_s;
        return update;
    }

    static const QStringList messageTypes { u"message"_s, u"business_message"_s };
    static const QStringList editTypes { u"edited_message"_s, u"edited_business_message"_s };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"update_id"_s) {
            update.typeName = it.key();
            break;
        }
    }
    if (update.typeName.isEmpty()) {
        update.error = u"update %1 carries no payload"_s.arg(*update.updateId);
        return update;
    }

    if (messageTypes.contains(update.typeName) || editTypes.contains(update.typeName)) {
        if (!parseMessage(o.value(update.typeName), &update.message, &update.error))
            return update;
        update.kind = editTypes.contains(update.typeName) ? ParsedUpdate::Kind::EditedMessage
                                                          : ParsedUpdate::Kind::Message;
        return update;
    }
    if (update.typeName == u"my_chat_member"_s) {
        const QJsonObject m = o.value(update.typeName).toObject();
        const auto chat = parseChat(m.value(u"chat"_s), &update.error);
        if (!chat)
            return update;
        const auto from = parseUser(m.value(u"from"_s), &update.error);
        if (!from)
            return update;
        const QString status = m.value(u"new_chat_member"_s).toObject().value(u"status"_s).toString();
        if (status.isEmpty()) {
            update.error = u"my_chat_member without new_chat_member.status"_s;
            return update;
        }
        update.memberChange = { *chat, *from, exactInteger(m.value(u"date"_s)).value_or(0), status };
        update.kind = ParsedUpdate::Kind::MyChatMember;
        return update;
    }
    static const QStringList knownButUnused {
        u"channel_post"_s,
        u"edited_channel_post"_s,
        u"callback_query"_s,
        u"inline_query"_s,
        u"chosen_inline_result"_s,
        u"chat_member"_s,
        u"chat_join_request"_s,
        u"business_connection"_s,
        u"deleted_business_messages"_s,
        u"message_reaction"_s,
        u"message_reaction_count"_s,
        u"poll"_s,
        u"poll_answer"_s,
        u"shipping_query"_s,
        u"pre_checkout_query"_s,
        u"purchased_paid_media"_s,
        u"chat_boost"_s,
        u"removed_chat_boost"_s,
    };
    if (knownButUnused.contains(update.typeName)) {
        update.kind = ParsedUpdate::Kind::Ignored;
        return update;
    }
    update.error = u"unknown update type \"%1\""_s.arg(update.typeName);
    return update;
}

} // namespace tgic::telegram
