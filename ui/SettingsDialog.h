// SPDX-License-Identifier: MIT
#pragma once

#include "BusinessAccounts.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace tgic::models {
class RetentionSettings;
} // namespace tgic::models

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

    //! Adds "Data retention" (the team's policy, in the database): the days to keep message
    //! contents and what the next run removes; saved on accept as `actor`.
    void setRetention(models::RetentionSettings *retention, const QString &actor);
    QSpinBox *retentionDaysBox() const { return m_retentionDays; }
    QLabel *retentionPreview() const { return m_retentionPreview; }

    //! Adds "Business accounts": the Telegram Business accounts connected to the bot, whether
    //! the bot may answer for them, and how to connect one (that is done in Telegram), and the
    //! team's read-mark option (in the database), saved on accept as `actor`.
    void setBusinessAccounts(const models::BusinessAccounts &accounts, const QString &actor);
    QLabel *businessAccountsLabel() const { return m_businessAccounts; }
    QCheckBox *readMarksBox() const { return m_readMarks; }

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

    void updateRetentionPreview();
    void saveRetention();
    models::RetentionSettings *m_retention = nullptr;
    int m_retentionGroupSlot = 0; //!< where the group goes in the dialog's layout
    QString m_retentionActor;
    QSpinBox *m_retentionDays = nullptr;
    QLabel *m_retentionPreview = nullptr;
    QLabel *m_businessAccounts = nullptr;
    void saveReadMarks();
    std::optional<models::BusinessAccounts> m_business;
    QString m_businessActor;
    QCheckBox *m_readMarks = nullptr;
};

} // namespace tgic::ui
