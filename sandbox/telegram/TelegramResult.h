// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace tgic::sandbox {

// The outcome of one Bot API method before it is put on the wire: either a result or an error
// with the exact HTTP status and description the real server uses.
struct TelegramResult
{
    int httpStatus = 200;
    QJsonValue result;
    QString description; // on success, the optional "description" the server adds (e.g. "Webhook was set")
    int retryAfter = 0; // > 0 adds parameters.retry_after

    bool isOk() const { return httpStatus == 200; }

    static TelegramResult ok(const QJsonValue &value, const QString &description = {})
    {
        TelegramResult r;
        r.result = value;
        r.description = description;
        return r;
    }
    static TelegramResult error(int status, const QString &description, int retryAfter = 0)
    {
        TelegramResult r;
        r.httpStatus = status;
        r.description = description;
        r.retryAfter = retryAfter;
        return r;
    }
};

} // namespace tgic::sandbox
