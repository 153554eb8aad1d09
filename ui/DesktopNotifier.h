// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace tgic::ui {

//! \brief Desktop notifications through the freedesktop Notifications service (D-Bus), for
//! desktops without a system tray — GNOME by default — where QSystemTrayIcon::showMessage()
//! has nothing to show its message with.
class DesktopNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    //! Whether a notification service answers on the session bus.
    static bool isAvailable();
    //! Shows (or replaces the previous) notification; false when no service took it.
    bool notify(const QString &title, const QString &body);

Q_SIGNALS:
    //! The agent clicked the notification.
    void activated();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);

private:
    uint m_lastId = 0;
};

} // namespace tgic::ui
