// SPDX-License-Identifier: MIT
#pragma once

#include "net/ApiResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tgic::telegram {

//! A file to upload as multipart form data (bytes, never a URL Telegram would have to fetch).
struct OutgoingFile
{
    QString name;
    QString contentType;
    QByteArray data;
};

//! Requests for sending to a chat. Sends are not idempotent (Telegram has no idempotency key):
//! the scheduler never repeats one that may have reached Telegram; the caller decides.
namespace requests {

inline constexpr qint64 kMaxUploadBytes = 50LL * 1024 * 1024; //!< bots may upload 50 MB
inline constexpr qint64 kMaxDownloadBytes = 20LL * 1024 * 1024; //!< and download 20 MB
inline constexpr qint64 kMaxPhotoBytes = 10LL * 1024 * 1024;

//! Plain text (no parse_mode: nothing in it can be refused as markup). `replyMarkup`, when not
//! empty, goes out as the JSON-serialized reply_markup (a keyboard, or taking one away).
net::ApiRequest sendText(qint64 chatId, const QString &text, std::optional<qint64> replyTo = {},
    const QJsonObject &replyMarkup = {});
//! sendPhoto for ordinary images up to 10 MB, sendDocument for everything else.
net::ApiRequest sendFile(qint64 chatId, const OutgoingFile &file, const QString &caption,
    std::optional<qint64> replyTo = {}, const QJsonObject &replyMarkup = {});

//! The same send on behalf of a business account (Telegram Business): `business_connection_id`
//! added to the request's form, whichever encoding it has.
net::ApiRequest onBehalfOf(net::ApiRequest request, const QString &businessConnectionId);

//! A ReplyKeyboardMarkup with one button that shares the customer's own phone number
//! (request_contact; Telegram allows it in private chats only), hidden once pressed.
QJsonObject phoneRequestKeyboard(const QString &buttonText);
//! A ReplyKeyboardRemove: the customer's custom keyboard goes away with this message.
QJsonObject removeKeyboard();
net::ApiRequest getFile(const QString &fileId);
//! A business account's connection to the bot (owner, rights, enabled).
net::ApiRequest getBusinessConnection(const QString &businessConnectionId);
//! Marks the customer's message `messageId` in a business chat read for the account
//! (requires its can_read_messages right; the chat must have been active in the last 24 hours).
net::ApiRequest readBusinessMessage(const QString &businessConnectionId, qint64 chatId, qint64 messageId);

//! The method sendFile picks for a file (for logs and tests).
QString methodFor(const OutgoingFile &file);

} // namespace requests
} // namespace tgic::telegram
