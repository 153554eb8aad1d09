// SPDX-License-Identifier: MIT
#pragma once

#include "CustomerAction.h"
#include "MappingTools.h"

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
namespace tgic::team {
class LeaderElection;
}
namespace tgic::models {
class ChatListModel;
class ContactDetails;
class MessageModel;
class ModelReader;
class SuggestionsModel;
class SyncStatus;
} // namespace tgic::models

namespace tgic::ui {

class AuditLogView;
class ChatListPane;
class ContactPanel;
class ConversationView;
class SuggestionsDialog;
class SyncHealthWindow;
class SyncStatusBar;
class TrayIcon;

//! Chats on the left, the selected conversation in the centre, its linked Intercom contact on
//! the right, the sync state below. Owns the models; talks to the store only through them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    //! The models read through `reader` (the composition's: a worker thread on a team database),
    //! which outlives the window; without one they read inline on `db`.
    explicit MainWindow(
        store::Database &db, models::ModelReader *reader = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Follow an engine's status (may be null, or change when the tokens change).
    void setSyncEngine(sync::SyncEngine *engine);
    //! What the Contacts menu and the panel's "Fix the link" repair through: the tools of the
    //! running engine, or null (the repairs are then disabled). Not owned.
    void setMappingTools(models::MappingTools *tools);
    //! Team mode: who runs the sync, shown in the status bar (may be null).
    void setElection(team::LeaderElection *election);
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
    TrayIcon *trayIcon() const { return m_tray; }

    //! Re-read the tray and notification choices after Settings was saved.
    void applyDesktopSettings();

    // Repairing who-is-who (MainWindowMapping.cpp).
    models::MappingTools *mappingTools() const { return m_tools; }
    QAction *checkMappingsAction() const { return m_checkAction; }
    QAction *mergeContactsAction() const { return m_mergeAction; }
    QAction *auditLogAction() const { return m_auditAction; }
    //! "Suggested Merges (N)": the badge; opens the list.
    QAction *suggestionsAction() const { return m_suggestionsAction; }
    models::SuggestionsModel *suggestionsModel() const { return m_suggestions; }
    SuggestionsDialog *suggestionsDialog() const;
    void openRelinkDialog();
    void openEraseDialog();
    void openMergeDialog();
    //! The merge preview for a pair (from a suggestion): lead on the left, user on the right.
    void openMergeDialogFor(const QString &leadId, const QString &userId, qint64 telegramUserId);
    void openSuggestions();
    void openCheckDialog();
    void openAuditLog();
    //! View → Sync Health: the last hour of the sync as plots (the window is made on first use).
    void openSyncHealth();
    QAction *syncHealthAction() const { return m_syncHealthAction; }
    SyncHealthWindow *syncHealthWindow() const;

Q_SIGNALS:
    void settingsRequested();
    //! Team database: File → Import a Single-Seat Cache (the app asks for the file and runs it).
    void importRequested();
    //! The engine learnt the workspace id; the app remembers it for the next run.
    void intercomAppIdLearnt(const QString &appId);

private:
    void onCurrentChatChanged(qint64 chatId);
    void updateHeader();
    void createMenus();
    void showAbout();
    void createTrayIcon();
    void openLogFolder();
    void createMappingActions();
    void updateMappingActionsAvailable();
    //! What an action button of the contact panel does: a dialog, a question first, or at once.
    void runCustomerAction(CustomerAction action);
    void reportMappingResult(const QString &message, bool ok);
    void updateSuggestionsBadge();
    //! Who the audit log names for what the agent does here (with or without a running sync).
    QString auditActor() const;

    store::Database &m_db;
    models::ModelReader *m_reader;
    models::ChatListModel *m_chats;
    models::MessageModel *m_messages;
    models::ContactDetails *m_contact;
    models::SyncStatus *m_status;
    ChatListPane *m_chatPane;
    ConversationView *m_conversation;
    ContactPanel *m_contactPanel;
    SyncStatusBar *m_statusBar;
    QSplitter *m_splitter;
    TrayIcon *m_tray = nullptr;
    QPointer<models::MappingTools> m_tools;
    QAction *m_checkAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_auditAction = nullptr;
    QPointer<AuditLogView> m_auditView;
    models::SuggestionsModel *m_suggestions = nullptr;
    QAction *m_suggestionsAction = nullptr;
    QPointer<SuggestionsDialog> m_suggestionsView;
    QAction *m_syncHealthAction = nullptr;
    QPointer<SyncHealthWindow> m_healthView;
};

} // namespace tgic::ui
