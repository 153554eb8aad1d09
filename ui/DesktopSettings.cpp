// SPDX-License-Identifier: MIT
#include "DesktopSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {
const QString kTray = u"desktop/trayIcon"_s;
const QString kNotifications = u"desktop/notifications"_s;
} // namespace

DesktopSettings DesktopSettings::load()
{
    const QSettings settings;
    DesktopSettings s;
    s.trayIcon = settings.value(kTray, s.trayIcon).toBool();
    s.notifications = settings.value(kNotifications, s.notifications).toBool();
    return s;
}

void DesktopSettings::save() const
{
    QSettings settings;
    settings.setValue(kTray, trayIcon);
    settings.setValue(kNotifications, notifications);
}

} // namespace tgic::ui
