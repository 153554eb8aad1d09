// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"

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
    // Chat, reply and flood checks, in the server's order; the last one counts the send.
    std::variant<ApiResult, Target> admit(const RequestParams &params);
    // Builds the Message the bot sent, remembers it for replies and returns it.
    ApiResult deliver(const Target &target, const QJsonObject &content);
    std::variant<ApiResult, StoredFile> inputFile(const QString &kind, const RequestParams &params);
    QJsonValue mediaField(const QString &kind, const StoredFile &file, const RequestParams &params);

    ChatRegistry &m_chats;
    FileStore &m_files;
    SendRateLimiter &m_limiter;
    QJsonObject m_bot;
};

} // namespace tgic::sandbox
