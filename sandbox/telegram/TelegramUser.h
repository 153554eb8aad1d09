// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace tgic::sandbox {

// A scripted Telegram account: the customer side of a sandbox conversation.
struct TelegramUser
{
    qint64 id = 0;
    QString firstName;
    QString lastName; // empty = none
    QString username; // empty = none
    bool isBot = false;
    QString languageCode; // empty = none
    bool isPremium = false;

    // Bot API User object; optional fields that are absent are omitted, as the real server does.
    QJsonObject toJson() const;
    // The private Chat between this user and the bot (chat.id == user id).
    QJsonObject privateChatJson() const;
};

} // namespace tgic::sandbox
