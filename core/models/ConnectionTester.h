// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace tgic::models {

//! \brief "Test connection" for the set-up wizard and the settings: calls Telegram `getMe` and
//! Intercom `GET /me` with the tokens as typed, asynchronously, and says what it found (the
//! bot's @name, the workspace and admin) or why it failed, in words an agent can act on.
//! Never stores, logs or echoes the tokens.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    struct Result
    {
        bool ok = false;
        QString message; //!< the bot / workspace, or the reason
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const QUrl &telegramUrl, const QString &telegramToken, const QUrl &intercomUrl,
        const QString &intercomToken);
    //! The API host of an Intercom region (us, eu or au), which its tokens work against; empty
    //! for an unknown region.
    static QUrl intercomUrl(const QString &region);
    bool isRunning() const { return m_pending > 0; }
    void abort();

    Result telegram() const { return m_telegram; }
    Result intercom() const { return m_intercom; }
    QString intercomAppId() const { return m_appId; }

Q_SIGNALS:
    void telegramChecked(const tgic::models::ConnectionTester::Result &result);
    void intercomChecked(const tgic::models::ConnectionTester::Result &result);
    void finished(bool allOk);

private:
    void done();

    QNetworkAccessManager *m_nam;
    QObject *m_run = nullptr; //!< parent of one test's APIs: deleting it abandons the test
    Result m_telegram;
    Result m_intercom;
    QString m_appId;
    int m_pending = 0;
};

} // namespace tgic::models
