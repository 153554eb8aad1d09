// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace tgic::intercom {

//! Intercom hosts each workspace in one region; a token works only against its region's host.
inline QStringList regions()
{
    return { QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("au") };
}

//! The API base URL of a region ("us", "eu", "au"); empty for an unknown region.
inline QUrl regionBaseUrl(const QString &region)
{
    if (region == QLatin1StringView("us"))
        return QUrl(QStringLiteral("https://api.intercom.io"));
    if (region == QLatin1StringView("eu"))
        return QUrl(QStringLiteral("https://api.eu.intercom.io"));
    if (region == QLatin1StringView("au"))
        return QUrl(QStringLiteral("https://api.au.intercom.io"));
    return {};
}

} // namespace tgic::intercom
