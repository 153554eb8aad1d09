// SPDX-License-Identifier: MIT
#pragma once

#include "TelegramReplyMarkup.h"
#include "TelegramResult.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace tgic::sandbox {

class TelegramBusiness;
class TelegramChatRegistry;
class TelegramFileStore;
class TelegramRequestParams;
class TelegramRateLimiter;
struct TelegramStoredFile;

// The Bot API methods that write into a chat (sendMessage and the media sends) plus getFile,
// with the server's validation order and error texts. It returns results; the emulator puts
// them on the wire and records what was sent.
class TelegramSendMethods
{
public:
    // Bots may upload up to 50 MB and download up to 20 MB.
    static constexpr qint64 MaxUploadBytes = 50LL * 1024 * 1024;
    static constexpr qint64 MaxDownloadBytes = 20LL * 1024 * 1024;
    static constexpr int MaxTextLength = 4096;
    static constexpr int MaxCaptionLength = 1024;

    TelegramSendMethods(TelegramChatRegistry &chats, TelegramBusiness &business, TelegramFileStore &files,
        TelegramRateLimiter &limiter);

    void setBotUser(const QJsonObject &user) { m_bot = user; }

    TelegramResult sendMessage(const TelegramRequestParams &params);
    // kind: photo, document, voice, audio, video or animation (the parameter name of the method).
    TelegramResult sendMedia(const QString &kind, const TelegramRequestParams &params);
    TelegramResult sendChatAction(const TelegramRequestParams &params);
    TelegramResult getFile(const TelegramRequestParams &params);

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
        QString businessConnectionId; // sent on behalf of this business account (empty: the bot's own)
        QJsonObject owner; // the business account, the sender of what the bot sends for it
    };
    // Resolves the chat and applies the checks every send shares; returns the chat or an error.
    std::variant<TelegramResult, QJsonObject> targetChat(const TelegramRequestParams &params);
    // The same for a send on behalf of a business account (business_connection_id).
    std::variant<TelegramResult, Target> businessTarget(const TelegramRequestParams &params);
    // reply_parameters (or the older reply_to_message_id): the message to quote, an error, or
    // an empty object when the message is not a reply.
    std::variant<TelegramResult, QJsonObject> replyTarget(const TelegramRequestParams &params, qint64 chatId);
    // Chat, reply, markup and flood checks, in the server's order; the last one counts the send.
    std::variant<TelegramResult, Target> admit(
        const TelegramRequestParams &params, const TelegramReplyMarkup &markup = {});
    // Builds the Message the bot sent, remembers it for replies (and its keyboard) and returns it.
    TelegramResult deliver(
        const Target &target, const QJsonObject &content, const TelegramReplyMarkup &markup = {});
    std::variant<TelegramResult, TelegramStoredFile> inputFile(
        const QString &kind, const TelegramRequestParams &params);
    QJsonValue mediaField(
        const QString &kind, const TelegramStoredFile &file, const TelegramRequestParams &params);

    TelegramChatRegistry &m_chats;
    TelegramBusiness &m_business;
    TelegramFileStore &m_files;
    TelegramRateLimiter &m_limiter;
    QJsonObject m_bot;
    QHash<qint64, QJsonObject> m_keyboards; // chat -> the reply keyboard shown
    QHash<qint64, QHash<qint64, QJsonObject>> m_markups; // chat -> message -> reply_markup sent
};

} // namespace tgic::sandbox
