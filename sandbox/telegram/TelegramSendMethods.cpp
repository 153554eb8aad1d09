// SPDX-License-Identifier: MIT
#include "TelegramSendMethods.h"

#include "Clock.h"
#include "TelegramBusiness.h"
#include "TelegramChatRegistry.h"
#include "TelegramFileStore.h"
#include "TelegramJson.h"
#include "TelegramRateLimiter.h"
#include "TelegramRequestParams.h"

#include <QJsonArray>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

// The API counts characters (code points) after entity parsing, not UTF-16 units or bytes.
qsizetype characterCount(const QString &text)
{
    return text.toUcs4().size();
}

// HTML parse mode: the message keeps the text without tags, with the entities unescaped. Entities
// themselves are not reconstructed; clients that need them should send `entities` instead.
QString stripHtml(const QString &html)
{
    QString out;
    bool inTag = false;
    for (const QChar c : html) {
        if (c == u'<')
            inTag = true;
        else if (c == u'>' && inTag)
            inTag = false;
        else if (!inTag)
            out += c;
    }
    out.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return out.replace(u"&amp;"_s, u"&"_s);
}

// Where Telegram files each kind of upload; it shows in getFile's file_path.
QString folderFor(const QString &kind)
{
    if (kind == "photo"_L1)
        return u"photos"_s;
    if (kind == "voice"_L1)
        return u"voice"_s;
    if (kind == "audio"_L1)
        return u"music"_s;
    if (kind == "video"_L1)
        return u"videos"_s;
    if (kind == "animation"_L1)
        return u"animations"_s;
    return u"documents"_s;
}

TelegramResult badRequest(const QString &what)
{
    return TelegramResult::error(400, u"Bad Request: "_s + what);
}

} // namespace

TelegramSendMethods::TelegramSendMethods(TelegramChatRegistry &chats, TelegramBusiness &business,
    TelegramFileStore &files, TelegramRateLimiter &limiter)
    : m_chats(chats)
    , m_business(business)
    , m_files(files)
    , m_limiter(limiter)
{ }

TelegramResult TelegramSendMethods::sendMessage(const TelegramRequestParams &params)
{
    if (params.string(u"chat_id"_s).trimmed().isEmpty())
        return badRequest(u"chat_id is empty"_s);
    QString text = params.string(u"text"_s);
    const QString parseMode = params.string(u"parse_mode"_s).toLower();
    if (parseMode == "html"_L1)
        text = stripHtml(text);
    else if (!parseMode.isEmpty() && parseMode != "markdown"_L1 && parseMode != "markdownv2"_L1)
        return badRequest(u"unsupported parse_mode"_s);
    // The server trims surrounding whitespace before it checks for an empty message.
    if (text.trimmed().isEmpty())
        return badRequest(u"message text is empty"_s);
    if (characterCount(text) > MaxTextLength)
        return badRequest(u"message is too long"_s);

    const auto markup = TelegramReplyMarkup::fromParams(params);
    if (const auto *error = std::get_if<TelegramResult>(&markup))
        return *error;

    QJsonObject content { { u"text"_s, text } };
    const QJsonValue entities = params.json(u"entities"_s);
    if (entities.isArray() && !entities.toArray().isEmpty())
        content.insert(u"entities"_s, entities);
    auto target = admit(params, std::get<TelegramReplyMarkup>(markup));
    if (auto *error = std::get_if<TelegramResult>(&target))
        return *error;
    return deliver(std::get<Target>(target), content, std::get<TelegramReplyMarkup>(markup));
}

TelegramResult TelegramSendMethods::sendMedia(const QString &kind, const TelegramRequestParams &params)
{
    // The upload limit is enforced by the front end before the request reaches the API,
    // so it wins over every other check.
    const auto upload = params.file(kind);
    if (upload && upload->data.size() > MaxUploadBytes)
        return TelegramResult::error(413, u"Request Entity Too Large"_s);
    if (params.string(u"chat_id"_s).trimmed().isEmpty())
        return badRequest(u"chat_id is empty"_s);
    auto file = inputFile(kind, params);
    if (auto *error = std::get_if<TelegramResult>(&file))
        return *error;
    const QString caption = params.string(u"caption"_s);
    if (characterCount(caption) > MaxCaptionLength)
        return badRequest(u"message caption is too long"_s);
    const auto markup = TelegramReplyMarkup::fromParams(params);
    if (const auto *error = std::get_if<TelegramResult>(&markup))
        return *error;

    // Nothing is stored until every check passed, so a refused send leaves no file behind.
    QJsonObject content;
    if (!caption.isEmpty()) {
        content.insert(u"caption"_s, caption);
        const QJsonValue entities = params.json(u"caption_entities"_s);
        if (entities.isArray() && !entities.toArray().isEmpty())
            content.insert(u"caption_entities"_s, entities);
    }
    auto target = admit(params, std::get<TelegramReplyMarkup>(markup));
    if (auto *error = std::get_if<TelegramResult>(&target))
        return *error;

    TelegramStoredFile stored = std::get<TelegramStoredFile>(file);
    if (stored.fileId.isEmpty())
        stored = m_files.add(stored.content, stored.fileName, stored.mimeType, -1, folderFor(kind));
    content.insert(kind, mediaField(kind, stored, params));
    if (kind == "animation"_L1)
        content.insert(u"document"_s, TelegramFileStore::describe(stored)); // the API sets both for GIFs
    return deliver(std::get<Target>(target), content, std::get<TelegramReplyMarkup>(markup));
}

TelegramResult TelegramSendMethods::sendChatAction(const TelegramRequestParams &params)
{
    static const QStringList actions { u"typing"_s, u"upload_photo"_s, u"record_video"_s, u"upload_video"_s,
        u"record_voice"_s, u"upload_voice"_s, u"upload_document"_s, u"choose_sticker"_s, u"find_location"_s,
        u"record_video_note"_s, u"upload_video_note"_s };
    if (params.string(u"chat_id"_s).trimmed().isEmpty())
        return badRequest(u"chat_id is empty"_s);
    if (!actions.contains(params.string(u"action"_s)))
        return badRequest(u"wrong parameter action in request"_s);
    if (!params.string(u"business_connection_id"_s).isEmpty()) {
        auto business = businessTarget(params);
        if (auto *error = std::get_if<TelegramResult>(&business))
            return *error;
        return TelegramResult::ok(true);
    }
    auto chat = targetChat(params);
    if (auto *error = std::get_if<TelegramResult>(&chat))
        return *error;
    return TelegramResult::ok(true);
}

TelegramResult TelegramSendMethods::getFile(const TelegramRequestParams &params)
{
    const TelegramStoredFile *file = m_files.find(params.string(u"file_id"_s).trimmed());
    if (!file)
        return badRequest(u"invalid file_id"_s);
    if (file->size > MaxDownloadBytes)
        return badRequest(u"file is too big"_s);
    return TelegramResult::ok(
        QJsonObject { { u"file_id"_s, file->fileId }, { u"file_unique_id"_s, file->fileUniqueId },
            { u"file_size"_s, file->size }, { u"file_path"_s, file->filePath } });
}

std::variant<TelegramResult, QJsonObject> TelegramSendMethods::targetChat(const TelegramRequestParams &params)
{
    const auto chatId = m_chats.resolve(params.string(u"chat_id"_s));
    if (chatId) {
        // A user who blocked the bot or deleted the account is known to the server, so these
        // come before "chat not found".
        if (m_chats.isDeactivated(*chatId))
            return TelegramResult::error(403, u"Forbidden: user is deactivated"_s);
        if (m_chats.isBlocked(*chatId))
            return TelegramResult::error(403, u"Forbidden: bot was blocked by the user"_s);
    }
    const auto chat = chatId ? m_chats.chat(*chatId) : std::nullopt;
    // Someone known only from a business chat never started the bot: the bot may not write first.
    if (!chat && chatId && m_business.isBusinessChat(*chatId))
        return TelegramResult::error(403, u"Forbidden: bot can't initiate conversation with a user"_s);
    if (!chat)
        return badRequest(u"chat not found"_s);
    return *chat;
}

std::variant<TelegramResult, TelegramSendMethods::Target> TelegramSendMethods::businessTarget(
    const TelegramRequestParams &params)
{
    const QString connection = params.string(u"business_connection_id"_s);
    const auto chatId = m_chats.resolve(params.string(u"chat_id"_s));
    if (!chatId)
        return badRequest(u"chat not found"_s);
    auto admitted = m_business.admitSend(connection, *chatId, TelegramJson::now());
    if (auto *error = std::get_if<TelegramResult>(&admitted))
        return *error;
    const auto &business = std::get<TelegramBusiness::Target>(admitted);
    return Target { business.chat, {}, connection, business.owner };
}

std::variant<TelegramResult, QJsonObject> TelegramSendMethods::replyTarget(
    const TelegramRequestParams &params, qint64 chatId)
{
    QJsonObject reply = params.json(u"reply_parameters"_s).toObject();
    if (reply.isEmpty() && params.integer(u"reply_to_message_id"_s)) {
        reply.insert(u"message_id"_s, *params.integer(u"reply_to_message_id"_s));
        reply.insert(u"allow_sending_without_reply"_s, params.boolean(u"allow_sending_without_reply"_s));
    }
    if (reply.isEmpty())
        return QJsonObject();
    qint64 replyChat = chatId;
    const QJsonValue replyChatParam = reply.value(u"chat_id"_s);
    if (replyChatParam.isDouble() || replyChatParam.isString()) {
        const auto resolved
            = m_chats.resolve(replyChatParam.isDouble() ? QString::number(replyChatParam.toInteger())
                                                        : replyChatParam.toString());
        if (!resolved)
            return badRequest(u"chat not found"_s);
        replyChat = *resolved;
    }
    const auto target = m_chats.message(replyChat, reply.value(u"message_id"_s).toInteger());
    if (target)
        return TelegramJson::asReplyTarget(*target);
    if (reply.value(u"allow_sending_without_reply"_s).toBool())
        return QJsonObject();
    return badRequest(u"message to be replied not found"_s);
}

std::variant<TelegramResult, TelegramSendMethods::Target> TelegramSendMethods::admit(
    const TelegramRequestParams &params, const TelegramReplyMarkup &markup)
{
    Target target;
    if (params.string(u"business_connection_id"_s).isEmpty()) {
        auto chat = targetChat(params);
        if (auto *error = std::get_if<TelegramResult>(&chat))
            return *error;
        target.chat = std::get<QJsonObject>(chat);
    } else {
        auto business = businessTarget(params);
        if (auto *error = std::get_if<TelegramResult>(&business))
            return *error;
        target = std::get<Target>(business);
    }
    const qint64 chatId = target.chat.value(u"id"_s).toInteger();
    // Replies quote the bot chat's messages only; a business chat's ids are its own.
    if (target.businessConnectionId.isEmpty()) {
        auto reply = replyTarget(params, chatId);
        if (auto *error = std::get_if<TelegramResult>(&reply))
            return *error;
        target.replyTo = std::get<QJsonObject>(reply);
    }
    if (auto error = markup.checkChat(target.chat))
        return *error;
    if (const int wait = m_limiter.admit(chatId, tgic::monotonicMs()); wait > 0)
        return TelegramResult::error(429, u"Too Many Requests: retry after "_s + QString::number(wait), wait);
    return target;
}

TelegramResult TelegramSendMethods::deliver(
    const Target &target, const QJsonObject &content, const TelegramReplyMarkup &markup)
{
    const qint64 chatId = target.chat.value(u"id"_s).toInteger();
    const bool business = !target.businessConnectionId.isEmpty();
    // On behalf of a business account the message is the owner's, in the business chat, and
    // names the bot that sent it.
    QJsonObject message = business
        ? TelegramJson::messageBase(m_business.nextMessageId(target.businessConnectionId, chatId),
            target.chat, target.owner, TelegramJson::now())
        : TelegramJson::messageBase(m_chats.nextMessageId(chatId), target.chat, m_bot, TelegramJson::now());
    if (business) {
        message.insert(u"business_connection_id"_s, target.businessConnectionId);
        message.insert(u"sender_business_bot"_s, m_bot);
    }
    for (auto it = content.begin(); it != content.end(); ++it)
        message.insert(it.key(), it.value());
    if (!target.replyTo.isEmpty())
        message.insert(u"reply_to_message"_s, target.replyTo);
    // A Message shows only an inline keyboard; a reply keyboard changes what the chat shows.
    if (markup.kind() == TelegramReplyMarkup::Kind::InlineKeyboard)
        message.insert(u"reply_markup"_s,
            QJsonObject { { u"inline_keyboard"_s, markup.json().value(u"inline_keyboard"_s) } });
    else if (markup.kind() == TelegramReplyMarkup::Kind::ReplyKeyboard)
        m_keyboards.insert(chatId, markup.json());
    else if (markup.kind() == TelegramReplyMarkup::Kind::RemoveKeyboard)
        m_keyboards.remove(chatId);
    if (!markup.isEmpty())
        m_markups[chatId].insert(message.value(u"message_id"_s).toInteger(), markup.json());
    if (business)
        m_business.rememberMessage(target.businessConnectionId, message);
    else
        m_chats.rememberMessage(message);
    return TelegramResult::ok(message);
}

std::variant<TelegramResult, TelegramStoredFile> TelegramSendMethods::inputFile(
    const QString &kind, const TelegramRequestParams &params)
{
    std::optional<TelegramUpload> upload = params.file(kind);
    const QString value = params.string(kind).trimmed();
    if (!upload && value.startsWith("attach://"_L1)) {
        upload = params.file(value.mid(9));
        if (!upload)
            return badRequest(u"there is no "_s + kind + u" in the request"_s);
    }
    if (upload) {
        if (upload->data.size() > MaxUploadBytes)
            return TelegramResult::error(413, u"Request Entity Too Large"_s);
        if (upload->data.isEmpty())
            return badRequest(u"file must be non-empty"_s);
        TelegramStoredFile f;
        f.fileName = upload->fileName;
        f.content = upload->data;
        f.size = upload->data.size();
        f.mimeType = upload->mimeType;
        // Clients often send no type or a generic one; the server then goes by the file name.
        if (f.mimeType.isEmpty() || f.mimeType == "application/octet-stream"_L1) {
            const QMimeType guessed
                = QMimeDatabase().mimeTypeForFile(f.fileName, QMimeDatabase::MatchExtension);
            f.mimeType = guessed.isDefault() ? u"application/octet-stream"_s : guessed.name();
        }
        return f;
    }
    if (value.isEmpty())
        return badRequest(u"there is no "_s + kind + u" in the request"_s);
    if (const TelegramStoredFile *known = m_files.find(value))
        return *known;
    if (value.startsWith("http://"_L1) || value.startsWith("https://"_L1))
        return badRequest(u"failed to get HTTP URL content"_s); // the emulator never fetches URLs
    return badRequest(u"wrong file identifier/HTTP URL specified"_s);
}

QJsonValue TelegramSendMethods::mediaField(
    const QString &kind, const TelegramStoredFile &file, const TelegramRequestParams &params)
{
    const auto intParam
        = [&params](const QString &name, qint64 fallback) { return params.integer(name).value_or(fallback); };
    if (kind == "photo"_L1) {
        // Telegram stores several sizes of every photo, smallest first; clients take the last.
        // The emulator decodes no images, so the sizes are nominal and share the bytes.
        const TelegramStoredFile thumb
            = m_files.add(file.content, file.fileName, file.mimeType, -1, u"photos"_s);
        const auto size = [](const TelegramStoredFile &f, int w, int h) {
            return QJsonObject { { u"file_id"_s, f.fileId }, { u"file_unique_id"_s, f.fileUniqueId },
                { u"file_size"_s, f.size }, { u"width"_s, w }, { u"height"_s, h } };
        };
        return QJsonArray { size(thumb, 90, 68), size(file, 1280, 960) };
    }
    if (kind == "document"_L1)
        return TelegramFileStore::describe(file);
    QJsonObject o = TelegramFileStore::describe(file, kind != "voice"_L1);
    if (kind == "voice"_L1 || kind == "audio"_L1 || kind == "video"_L1 || kind == "animation"_L1)
        o.insert(u"duration"_s, intParam(u"duration"_s, 0));
    if (kind == "audio"_L1) {
        for (const QString &key : { u"performer"_s, u"title"_s }) {
            if (!params.string(key).isEmpty())
                o.insert(key, params.string(key));
        }
    }
    if (kind == "video"_L1 || kind == "animation"_L1) {
        o.insert(u"width"_s, intParam(u"width"_s, 640));
        o.insert(u"height"_s, intParam(u"height"_s, 360));
    }
    return o;
}

} // namespace tgic::sandbox
