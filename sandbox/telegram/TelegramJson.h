// SPDX-License-Identifier: MIT
#pragma once

#include "TelegramResult.h"

#include <QByteArray>
#include <QJsonObject>

namespace tgic::sandbox {

// Builders for the JSON the Bot API puts on the wire: the response envelope and the Message shapes
// the emulator produces itself. Output is always compact, like the real server's.
class TelegramJson
{
public:
    // {"ok":true,"result":...[,"description":...]} or
    // {"ok":false,"error_code":N,"description":"..."[,"parameters":{"retry_after":N}]}
    static QByteArray envelope(const TelegramResult &result);
    static QByteArray compact(const QJsonObject &object);

    // A Message with the fields every message has; content fields are added by the caller.
    static QJsonObject messageBase(
        qint64 messageId, const QJsonObject &chat, const QJsonObject &from, qint64 date);
    static QJsonObject textMessage(
        qint64 messageId, const QJsonObject &chat, const QJsonObject &from, const QString &text, qint64 date);
    // reply_to_message nests one level only: the replied-to message loses its own reply.
    static QJsonObject asReplyTarget(QJsonObject message);

    static qint64 now();
};

} // namespace tgic::sandbox
