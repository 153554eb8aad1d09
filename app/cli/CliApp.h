// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include "secrets/SecretStore.h"

#include <QUrl>

#include <optional>

namespace tgic::store {
class Database;
}

namespace tgic::cli {

//! `tgic-cli`: global options, one command, exit codes (0 ok, 1 runtime failure, 2 usage,
//! 3 token refused or missing, 4 service unreachable, 5 another poller owns the bot).
class CliApp
{
public:
    int run(const QStringList &arguments);

private:
    int runSync();
    int runUsers();
    int runQuarantine();
    int runSandbox();
    int runToken();
    int runMappingCommand();
    bool intercomUrl(QUrl *url, int *exitCode);
    std::optional<QString> loadToken(secrets::SecretStore &store, secrets::Secret secret);
    bool openDatabase(store::Database &db);
    QString databasePath() const;
    int usageError(const QString &message);

    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_commandArgs;
};

} // namespace tgic::cli
