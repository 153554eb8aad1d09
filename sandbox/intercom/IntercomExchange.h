// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Every name in an emulator carries its service's prefix (Intercom…, Telegram…): both emulators
// share the tgic::sandbox namespace and one link line.
namespace tgic::sandbox {

// A failed operation, as the real service words it. Rendered into an error.list body.
struct IntercomError
{
    int status = 400;
    QString code;
    QString message;
    QByteArray link; // 410 for merged contacts: Link: </contacts/{id}>; rel="canonical"
};

// One parsed request after routing (IntercomRouter): `args` are the values of the route's {id}
// placeholders in order.
struct IntercomRequest
{
    QStringList args;
    QUrlQuery query;
    QJsonObject body;
    QString version; // Intercom-Version actually in force
};

struct IntercomReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false; // write nothing and keep the connection open (a hung server or proxy)
};

} // namespace tgic::sandbox
