// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include "secrets/SecretStore.h"

#include <QUrl>

#include <functional>
#include <optional>

namespace tgic::store {
class Database;
}

namespace tgic::cli {

class MappingCommands;

//! `tgic-cli`: global options, one command, exit codes (0 ok, 1 runtime failure, 2 usage,
//! 3 token refused or missing, 4 service unreachable, 5 another poller owns the bot).
class CliApp
{
public:
    int run(const QStringList &arguments);

    //! One row per command: the help text, the options that belong to it and what runs it all
    //! come from this table (CliApp.cpp, commandTable()), so a command is added in one place.
    struct Command
    {
        //! One line of --help (a command may have several: team status, team import).
        struct Usage
        {
            QString synopsis; //!< what follows the name, e.g. "[--json]"; '\n' continues it
            QString summary; //!< the description; '\n' starts a new (indented) line
        };
        QString name;
        QList<Usage> usage;
        enum Section { Sync, Team, Repair } section = Sync;
        bool takesArguments = false; //!< positional arguments after the command (token, find-contact)
        std::function<int(CliApp &)> run;
    };
    //! A command-line option; `commands` lists those it applies to (empty: a global option).
    struct Option
    {
        QString name;
        QString description;
        QString valueName;
        QStringList commands;
    };

private:
    static const QList<Command> &commandTable();
    static const QList<Option> &optionTable();
    static QString helpDescription();

    int runSync();
    int runUsers();
    int runQuarantine();
    int runSandbox();
    int runToken();
    int runTeam();
    int runSuggestions();
    int runAskPhone();
    int runForget(); // ForgetCommand.cpp
    int runRetention(); // RetentionCommand.cpp
    enum class Needs { Store, Intercom, IntercomAdmin };
    int runMappingCommand(Needs needs, int (MappingCommands::*action)(const QStringList &));
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
