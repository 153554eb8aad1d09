// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tgic::ui {

//! Settings → Team database: where the team's shared PostgreSQL database is. The URL (without a
//! password) is kept in the settings; the password goes to the keychain (the caller stores it).
class TeamDatabaseForm final : public QGroupBox
{
    Q_OBJECT

public:
    explicit TeamDatabaseForm(QWidget *parent = nullptr);

    //! Fill the fields from a `postgresql://user@host:port/db?sslmode=…` URL (empty: single seat).
    void setUrl(const QString &url);
    //! The URL to store: empty when the team database is off. Never carries the password.
    QString url() const;
    //! What the agent typed; empty keeps the stored password.
    QString password() const;

private:
    void updateEnabled();

    QCheckBox *m_enabled;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_rootCert;
};

} // namespace tgic::ui
