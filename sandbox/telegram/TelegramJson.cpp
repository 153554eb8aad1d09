// SPDX-License-Identifier: MIT
#include "TelegramJson.h"

#include "Clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

QByteArray compactValue(const QJsonValue &value)
{
    // QJsonDocument only serializes containers; wrap the value and cut the brackets off.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

} // namespace

QByteArray TelegramJson::envelope(const TelegramResult &result)
{
    // Assembled by hand because QJsonObject sorts keys; the server writes ok first, then
    // result or error_code, description and parameters, and clients may log bodies verbatim.
    QByteArray out;
    if (result.isOk()) {
        out = R"({"ok":true,"result":)"_ba + compactValue(result.result);
        if (!result.description.isEmpty())
            out += R"(,"description":)"_ba + compactValue(result.description);
    } else {
        out = R"({"ok":false,"error_code":)"_ba + QByteArray::number(result.httpStatus)
            + R"(,"description":)"_ba + compactValue(result.description);
        if (result.retryAfter > 0)
            out += R"(,"parameters":{"retry_after":)"_ba + QByteArray::number(result.retryAfter) + '}';
    }
    return out + '}';
}

QByteArray TelegramJson::compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject TelegramJson::messageBase(
    qint64 messageId, const QJsonObject &chat, const QJsonObject &from, qint64 date)
{
    QJsonObject m { { u"message_id"_s, messageId }, { u"chat"_s, chat }, { u"date"_s, date } };
    if (!from.isEmpty())
        m.insert(u"from"_s, from);
    return m;
}

QJsonObject TelegramJson::textMessage(
    qint64 messageId, const QJsonObject &chat, const QJsonObject &from, const QString &text, qint64 date)
{
    QJsonObject m = messageBase(messageId, chat, from, date);
    m.insert(u"text"_s, text);
    return m;
}

QJsonObject TelegramJson::asReplyTarget(QJsonObject message)
{
    message.remove(u"reply_to_message"_s);
    return message;
}

qint64 TelegramJson::now()
{
    return tgic::nowMs() / 1000;
}

} // namespace tgic::sandbox
