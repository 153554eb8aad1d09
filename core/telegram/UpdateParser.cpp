// SPDX-License-Identifier: MIT
#include "TelegramTypes.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tgic::telegram {

namespace {

constexpr qint64 kMaxExactInteger = (qint64(1) << 53);

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
    const MessageKind kind = message->kind;
    if (kind == MessageKind::Venue || kind == MessageKind::Location) {
        const QJsonObject venue = o.value(u"venue"_s).toObject();
        const QJsonObject location = kind == MessageKind::Venue ? venue.value(u"location"_s).toObject()
                                                                : o.value(u"location"_s).toObject();
        SharedPlace place;
        place.latitude = location.value(u"latitude"_s).toDouble();
        place.longitude = location.value(u"longitude"_s).toDouble();
        place.title = venue.value(u"title"_s).toString();
        place.address = venue.value(u"address"_s).toString();
        message->place = place;
    }
    QJsonObject file;
    switch (kind) {
    case MessageKind::Photo: {
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
        break;
    }
    case MessageKind::Document:
    case MessageKind::Animation:
    case MessageKind::Sticker:
    case MessageKind::Voice:
    case MessageKind::Audio:
    case MessageKind::VideoNote:
    case MessageKind::Video:
        file = o.value(message->kindName).toObject();
        break;
    default:
        break; // no file to download
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
    if (message->byBusinessBot) {
        const QJsonObject bot = o.value(u"sender_business_bot"_s).toObject();
        message->businessBotId = exactInteger(bot.value(u"id"_s)).value_or(0);
        message->businessBotName = bot.value(u"username"_s).toString().isEmpty()
            ? bot.value(u"first_name"_s).toString()
            : u'@' + bot.value(u"username"_s).toString();
    }
    message->fromOffline = o.value(u"is_from_offline"_s).toBool();
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
    // The content kinds in the enum's order: a message with more than one content field (an
    // animation also carries a document) is named by the first.
    message->kindName.clear();
    for (int k = int(MessageKind::Text); k <= int(MessageKind::Invoice); ++k) {
        const QString name = messageKindName(MessageKind(k));
        if (o.contains(name)) {
            message->kindName = name;
            break;
        }
    }
    if (message->kindName.isEmpty()) {
        // A service event, or content newer than this app: keep its name so the agent is told
        // what it was.
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!isEnvelopeField(it.key())) {
                message->kindName = it.key();
                break;
            }
        }
    }
    if (message->kindName.isEmpty())
        message->kindName = messageKindName(MessageKind::Empty);
    message->kind = messageKindOf(message->kindName);
    parseMedia(o, message);
    if (message->kind == MessageKind::Contact) {
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

NotCustomerReason MessageInfo::notCustomerReason() const
{
    if (from.isBot || byBusinessBot)
        return NotCustomerReason::Bot;
    if (onBehalfOfChat)
        return NotCustomerReason::SentAsChat;
    // In a private chat the peer's id is the chat's: anyone else is the business account itself.
    if (!businessConnectionId.isEmpty() && chat.isPrivate() && from.id != chat.id)
        return NotCustomerReason::BusinessAccount;
    if (kind == MessageKind::Service)
        return NotCustomerReason::ServiceMessage;
    return NotCustomerReason::None;
}

BusinessSender MessageInfo::businessSender() const
{
    if (byBusinessBot)
        return BusinessSender::Bot;
    // In a private chat the peer's id is the chat's: anyone else is the business account itself.
    if (from.id != chat.id)
        return fromOffline ? BusinessSender::Automatic : BusinessSender::Owner;
    return BusinessSender::Customer;
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
    if (kind == MessageKind::Text)
        return text.isEmpty() ? u"[empty message]"_s : text;
    QString placeholder;
    if (kind == MessageKind::Contact && contact) {
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
        if (kind == MessageKind::Venue)
            placeholder = u"[Venue: %1, %2 (%3) %4]"_s.arg(place->title, place->address, coordinates, map);
        else
            placeholder = u"[Location: %1 %2]"_s.arg(coordinates, map);
    } else if (media) {
        placeholder = media->fileName.isEmpty() ? u"[%1]"_s.arg(kindName)
                                                : u"[%1: %2]"_s.arg(kindName, media->fileName);
    } else {
        placeholder = u"[%1]"_s.arg(kindName);
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

    const std::optional<UpdateType> type = updateTypeNamed(update.typeName);
    if (!type) {
        update.error = u"unknown update type \"%1\""_s.arg(update.typeName);
        return update;
    }
    const ParsedUpdate::Kind kind = handlingOf(*type);
    if (kind == ParsedUpdate::Kind::Message || kind == ParsedUpdate::Kind::EditedMessage) {
        if (!parseMessage(o.value(update.typeName), &update.message, &update.error))
            return update;
        update.kind = kind;
        return update;
    }
    if (kind == ParsedUpdate::Kind::MyChatMember) {
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
    if (kind == ParsedUpdate::Kind::BusinessConnection) {
        const QJsonObject c = o.value(update.typeName).toObject();
        const auto owner = parseUser(c.value(u"user"_s), &update.error);
        if (!owner)
            return update;
        if (c.value(u"id"_s).toString().isEmpty() || !exactInteger(c.value(u"date"_s))) {
            update.error = u"business_connection without an id or a date"_s;
            return update;
        }
        update.businessConnection = c;
        update.kind = kind;
        return update;
    }
    if (kind == ParsedUpdate::Kind::BusinessDeletion) {
        const QJsonObject d = o.value(update.typeName).toObject();
        const auto chat = parseChat(d.value(u"chat"_s), &update.error);
        if (!chat)
            return update;
        BusinessDeletion &deletion = update.businessDeletion;
        deletion.connectionId = d.value(u"business_connection_id"_s).toString();
        deletion.chat = *chat;
        for (const QJsonValue id : d.value(u"message_ids"_s).toArray()) {
            if (const auto messageId = exactInteger(id))
                deletion.messageIds.append(*messageId);
        }
        if (deletion.connectionId.isEmpty() || deletion.messageIds.isEmpty()) {
            update.error = u"deleted_business_messages without a connection or message ids"_s;
            return update;
        }
        update.kind = kind;
        return update;
    }
    update.kind = ParsedUpdate::Kind::Ignored;
    return update;
}

ParsedUpdate::Kind handlingOf(UpdateType type)
{
    using Kind = ParsedUpdate::Kind;
    switch (type) {
    case UpdateType::Message:
    case UpdateType::BusinessMessage:
        return Kind::Message;
    case UpdateType::EditedMessage:
    case UpdateType::EditedBusinessMessage:
        return Kind::EditedMessage;
    case UpdateType::MyChatMember:
        return Kind::MyChatMember; // the customer blocked or unblocked the bot
    case UpdateType::BusinessConnection:
        return Kind::BusinessConnection; // whether the bot may answer for a business account
    case UpdateType::DeletedBusinessMessages:
        return Kind::BusinessDeletion; // only business chats tell the bot about deletions
    // The bot sends no inline keyboards, takes no payments, runs no polls or inline mode, reads
    // no channels and does not manage groups: nothing to relay to an agent.
    case UpdateType::ChannelPost:
    case UpdateType::EditedChannelPost:
    case UpdateType::GuestMessage:
    case UpdateType::MessageReaction:
    case UpdateType::MessageReactionCount:
    case UpdateType::InlineQuery:
    case UpdateType::ChosenInlineResult:
    case UpdateType::CallbackQuery:
    case UpdateType::ShippingQuery:
    case UpdateType::PreCheckoutQuery:
    case UpdateType::PurchasedPaidMedia:
    case UpdateType::Poll:
    case UpdateType::PollAnswer:
    case UpdateType::ChatMember:
    case UpdateType::ChatJoinRequest:
    case UpdateType::ChatBoost:
    case UpdateType::RemovedChatBoost:
    case UpdateType::ManagedBot:
        return Kind::Ignored;
    }
    return Kind::Ignored;
}

QStringList requestedUpdateTypes()
{
    QStringList names;
    for (const UpdateTypeInfo &info : kUpdateTypes) {
        if (handlingOf(info.type) != ParsedUpdate::Kind::Ignored)
            names.append(info.name);
    }
    return names;
}

} // namespace tgic::telegram
