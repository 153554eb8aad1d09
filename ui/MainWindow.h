// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>

class QSettings;
class QSplitter;

namespace tgic::store {
class Database;
}
namespace tgic::sync {
class SyncEngine;
}
namespace tgic::models {
class ChatListModel;
class ContactDetails;
class MessageModel;
class SyncStatus;
} // namespace tgic::models

namespace tgic::ui {

class ChatListPane;
class ContactPanel;
class ConversationView;
class SyncStatusBar;

//! Chats on the left, the selected conversation in the centre, its linked Intercom contact on
//! the right, the sync state below. Owns the models; talks to the store only through them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(store::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Follow an engine's status (may be null, or change when the tokens change).
    void setSyncEngine(sync::SyncEngine *engine);
    void setSandbox(bool sandbox);
    //! The Intercom workspace id for "Open in Intercom" (remembered from an earlier run).
    void setIntercomAppId(const QString &appId);

    void selectChat(qint64 chatId);
    void restoreLayout(const QSettings &settings);
    void saveLayout(QSettings &settings) const;

    models::ChatListModel *chatModel() const { return m_chats; }
    models::MessageModel *messageModel() const { return m_messages; }
    models::ContactDetails *contactDetails() const { return m_contact; }
    models::SyncStatus *syncStatus() const { return m_status; }
    ChatListPane *chatListPane() const { return m_chatPane; }
    ConversationView *conversationView() const { return m_conversation; }
    ContactPanel *contactPanel() const { return m_contactPanel; }
    SyncStatusBar *syncStatusBar() const { return m_statusBar; }

Q_SIGNALS:
    void settingsRequested();
    //! The engine learnt the workspace id; the app remembers it for the next run.
    void intercomAppIdLearnt(const QString &appId);

private:
    void onCurrentChatChanged(qint64 chatId);
    void updateHeader();
    void createMenus();
    void showAbout();

    store::Database &m_db;
    models::ChatListModel *m_chats;
    models::MessageModel *m_messages;
    models::ContactDetails *m_contact;
    models::SyncStatus *m_status;
    ChatListPane *m_chatPane;
    ConversationView *m_conversation;
    ContactPanel *m_contactPanel;
    SyncStatusBar *m_statusBar;
    QSplitter *m_splitter;
    QPointer<sync::SyncEngine> m_engine;
};

} // namespace tgic::ui
