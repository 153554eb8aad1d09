// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::ui {

//! Where the desktop app connects, kept in QSettings: each key's name and default are written
//! once, in ConnectionSettings.cpp (after KeePassXC's Config). Never a secret: the tokens and the
//! team database's password are the keychain's. The Desktop preferences are DesktopSettings, the
//! interface language i18n::languageSetting().
struct ConnectionSettings
{
    QString intercomRegion = QStringLiteral("us"); //!< us, eu or au: whose API the token belongs to
    QString intercomAppId; //!< the workspace, learnt from the API: links into the Intercom web app
    QString teamDatabase; //!< the team database's URL, without its password; empty: this seat's cache

    static ConnectionSettings load();
    //! Writes every field; an empty team database removes its key (back to this seat's cache).
    void save() const;
};

} // namespace tgic::ui
