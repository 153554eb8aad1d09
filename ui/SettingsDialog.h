// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QPlainTextEdit;

namespace tgic::ui {

class TeamDatabaseForm;
class TokenForm;

//! Change the tokens or the region later. Empty token fields keep the stored tokens; "Forget
//! tokens" removes both from the keychain (the caller does it on accept).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    TokenForm *tokenForm() const { return m_form; }
    TeamDatabaseForm *teamForm() const { return m_team; }
    bool forgetRequested() const { return m_forget; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *trayBox() const { return m_tray; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QPlainTextEdit *phoneRequestTextBox() const { return m_phoneRequestText; }

private:
    TokenForm *m_form;
    TeamDatabaseForm *m_team;
    bool m_forget = false;

    // Desktop: language, tray icon, notifications (saved here on accept).
    QGroupBox *createDesktopGroup();
    void saveDesktopSettings();
    QComboBox *m_language = nullptr;
    QCheckBox *m_tray = nullptr;
    QCheckBox *m_notifications = nullptr;

    // Asking customers for their phone number: the agent's own wording (saved on accept).
    QGroupBox *createPhoneRequestGroup();
    void savePhoneRequestText();
    QPlainTextEdit *m_phoneRequestText = nullptr;
};

} // namespace tgic::ui
