// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tgic::models {
class ConnectionTester;
}

namespace tgic::ui {

//! The two tokens and the Intercom region, with "Test connection". Used by the first-run
//! wizard and the settings. Tokens are typed into password fields and never displayed again:
//! when a token is already stored, the field stays empty ("keep") and only its last four
//! characters are hinted.
class TokenForm final : public QWidget
{
    Q_OBJECT

public:
    explicit TokenForm(QWidget *parent = nullptr);

    QString telegramToken() const;
    QString intercomToken() const;
    QString region() const;
    void setRegion(const QString &region);

    //! Tokens already stored: the fields may stay empty, the test uses these.
    void setStoredTokens(const QString &telegram, const QString &intercom);
    //! Test against other hosts (the sandbox emulators, tests).
    void setApiOverride(const QUrl &telegram, const QUrl &intercom);

    //! "…abcd": enough to recognise a token, useless to anyone who sees it.
    static QString maskToken(const QString &token);

    bool hasBothTokens() const;
    QPushButton *testButton() const { return m_test; }
    QString testResultText() const;

Q_SIGNALS:
    void changed();
    void tested(bool ok, const QString &intercomAppId);

private:
    void runTest();

    QLineEdit *m_telegram;
    QLineEdit *m_intercom;
    QComboBox *m_region;
    QPushButton *m_test;
    QLabel *m_telegramResult;
    QLabel *m_intercomResult;
    models::ConnectionTester *m_tester;
    QString m_storedTelegram;
    QString m_storedIntercom;
    QUrl m_telegramUrl;
    QUrl m_intercomUrl;
};

} // namespace tgic::ui
