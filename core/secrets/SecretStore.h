// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace tgic::secrets {

enum class Secret {
    TelegramBotToken,
    IntercomAccessToken,
    TeamDatabasePassword, //!< the shared PostgreSQL database's password (team mode)
};

//! The environment variable that overrides a secret for headless use.
QString environmentVariable(Secret secret);
QString secretKey(Secret secret);

//! Tokens in the OS keychain (Secret Service on Linux) through QtKeychain — never in SQLite,
//! QSettings or logs. All calls are asynchronous; `done` runs on the caller's thread.
//! There is deliberately no plain-text fallback: when no keychain is available the error says
//! so, and the caller decides (environment variable, or keep for this run only).
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    struct ReadResult
    {
        std::optional<QString> value; //!< nullopt: not stored (or error)
        QString error; //!< non-empty: the keychain itself failed
    };

    explicit SecretStore(QString service = QStringLiteral("tgic"), QObject *parent = nullptr);

    void read(Secret secret, std::function<void(const ReadResult &)> done);
    void write(Secret secret, const QString &value, std::function<void(const QString &error)> done);
    void remove(Secret secret, std::function<void(const QString &error)> done);

    //! The environment override if set, else the keychain.
    void load(Secret secret, std::function<void(const ReadResult &)> done);

    //! Blocking helpers for the command line (spin a local event loop).
    ReadResult loadSync(Secret secret);
    QString writeSync(Secret secret, const QString &value);
    QString removeSync(Secret secret);

private:
    QString m_service;
};

} // namespace tgic::secrets
