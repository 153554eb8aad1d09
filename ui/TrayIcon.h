// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace tgic::models {
class ChatListModel;
class ModelReader;
} // namespace tgic::models

namespace tgic::ui {

class DesktopNotifier;

//! \brief The system-tray icon: the number of unread chats on the app icon, and a desktop
//! notification when a customer writes while the agent looks elsewhere.
//!
//! It watches its own, unfiltered ChatListModel (the window's may be narrowed by a search), so
//! it counts what the store says, not what the list shows. Notifications go through the tray
//! where there is one, else straight to the desktop's notification service (GNOME has no tray). Unread chats
//! sit at the top (newest activity first); further pages are read only while the last loaded chat is still
//! unread.
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    //! Its chat list reads through the window's `reader`, which outlives it.
    TrayIcon(models::ModelReader &reader, QWidget *window);
    ~TrayIcon() override;

    //! Show or hide the icon and switch notifications, from DesktopSettings.
    void applySettings();

    int unreadChats() const { return m_unreadChats; }
    int unreadMessages() const { return m_unreadMessages; }
    bool isShown() const;
    bool notificationsEnabled() const { return m_notify; }
    //! The tooltip (also the accessible summary): "3 unread chats".
    QString summary() const;
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }

Q_SIGNALS:
    //! A notification went out (also when the platform has no tray to show it; tests use it).
    void notified(const QString &title, const QString &body);
    void unreadChanged(int chats, int messages);

private:
    void rebaseline();
    void recount();
    void noteIncrease(qint64 chatId, int before, int after, const QString &title, const QString &preview);
    void flushNotifications();
    void toggleWindow();
    QIcon badgedIcon(int count) const;

    models::ChatListModel *m_model;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray;
    DesktopNotifier *m_notifier;
    QMenu *m_menu;
    QIcon m_baseIcon;
    QHash<qint64, int> m_unread; //!< per chat, as last seen: an increase is a new message
    int m_unreadChats = 0;
    int m_unreadMessages = 0;
    bool m_notify = true;
    bool m_loadingPage = false;
    //! New messages are collected for a moment, so a burst makes one notification, not ten.
    QTimer m_batch;
    QStringList m_pendingTitles;
    QString m_pendingPreview;
    int m_pendingMessages = 0;
};

} // namespace tgic::ui
