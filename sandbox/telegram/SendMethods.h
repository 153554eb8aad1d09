// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"
#include "ReplyMarkup.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace tgic::sandbox {

class ChatRegistry;
class FileStore;
class RequestParams;
class SendRateLimiter;
struct StoredFile;

// The Bot API methods that write into a chat (sendMessage and the media sends) plus getFile,
// with the server's validation order and error texts. It returns results; the emulator puts
// them on the wire and records what was sent.
class SendMethods
{
public:
    // Bots may upload up to 50 MB and download up to 20 MB.
    static constexpr qint64 MaxUploadBytes = 50LL * 1024 * 1024;
    static constexpr qint64 MaxDownloadBytes = 20LL * 1024 * 1024;
    static constexpr int MaxTextLength = 4096;
    static constexpr int MaxCaptionLength = 1024;

    SendMethods(ChatRegistry &chats, FileStore &files, SendRateLimiter &limiter);

    void setBotUser(const QJsonObject &user) { m_bot = user; }

    ApiResult sendMessage(const RequestParams &params);
    // kind: photo, document, voice, audio, video or animation (the parameter name of the method).
    ApiResult sendMedia(const QString &kind, const RequestParams &params);
    ApiResult sendChatAction(const RequestParams &params);
    ApiResult getFile(const RequestParams &params);

    // The reply keyboard a chat shows now (the last ReplyKeyboardMarkup sent to it and not taken
    // away by a ReplyKeyboardRemove); empty when none.
    QJsonObject replyKeyboard(qint64 chatId) const { return m_keyboards.value(chatId); }
    // The reply_markup a sent message carried (the server's Message shows only inline ones).
    QJsonObject replyMarkupOf(qint64 chatId, qint64 messageId) const
    {
        return m_markups.value(chatId).value(messageId);
    }

private:
    struct Target
    {
        QJsonObject chat;
        QJsonObject replyTo; // empty when the message is not a reply
    };
    // Resolves the chat and applies the checks every send shares; returns the chat or an error.
    std::variant<ApiResult, QJsonObject> targetChat(const RequestParams &params);
    // reply_parameters (or the older reply_to_message_id): the message to quote, an error, or
    // an empty object when the message is not a reply.
    std::variant<ApiResult, QJsonObject> replyTarget(const RequestParams &params, qint64 chatId);
    // Chat, reply, markup and flood checks, in the server's order; the last one counts the send.
    std::variant<ApiResult, Target> admit(const RequestParams &params, const ReplyMarkup &markup = {});
    // Builds the Message the bot sent, remembers it for replies (and its keyboard) and returns it.
    ApiResult deliver(const Target &target, const QJsonObject &content, const ReplyMarkup &markup = {});
    std::variant<ApiResult, StoredFile> inputFile(const QString &kind, const RequestParams &params);
    QJsonValue mediaField(const QString &kind, const StoredFile &file, const RequestParams &params);

    ChatRegistry &m_chats;
    FileStore &m_files;
    SendRateLimiter &m_limiter;
    QJsonObject m_bot;
    QHash<qint64, QJsonObject> m_keyboards; // chat -> the reply keyboard shown
    QHash<qint64, QHash<qint64, QJsonObject>> m_markups; // chat -> message -> reply_markup sent
};

} // namespace tgic::sandbox
