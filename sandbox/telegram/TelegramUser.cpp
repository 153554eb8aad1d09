// SPDX-License-Identifier: MIT
#include "TelegramUser.h"

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

QJsonObject TelegramUser::toJson() const
{
    QJsonObject o { { u"id"_s, id }, { u"is_bot"_s, isBot }, { u"first_name"_s, firstName } };
    if (!lastName.isEmpty())
        o.insert(u"last_name"_s, lastName);
    if (!username.isEmpty())
        o.insert(u"username"_s, username);
    if (!languageCode.isEmpty())
        o.insert(u"language_code"_s, languageCode);
    // The server sends is_premium only when true.
    if (isPremium)
        o.insert(u"is_premium"_s, true);
    return o;
}

QJsonObject TelegramUser::privateChatJson() const
{
    QJsonObject o { { u"id"_s, id }, { u"type"_s, u"private"_s }, { u"first_name"_s, firstName } };
    if (!lastName.isEmpty())
        o.insert(u"last_name"_s, lastName);
    if (!username.isEmpty())
        o.insert(u"username"_s, username);
    return o;
}

} // namespace tgic::sandbox
