// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::ui {

//! The desktop-integration preferences (Settings → Desktop), kept in QSettings. The interface
//! language is tgic::i18n::languageSetting(), applied at start-up.
struct DesktopSettings
{
    bool trayIcon = true; //!< an icon in the system tray with the unread count
    bool notifications = true; //!< a desktop notification for new customer messages

    static DesktopSettings load();
    void save() const;
};

} // namespace tgic::ui
