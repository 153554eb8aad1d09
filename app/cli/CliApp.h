// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace tgic::store {
class Database;
}

namespace tgic::cli {

class MappingCommands;

//! `tgic-cli`: global options, one command, an ExitCode. CliApp.cpp parses and dispatches and
//! holds what several commands share (the database, tokens, the Intercom URL); each command
//! lives in a file of its own (SyncCommand.cpp, UsersCommand.cpp, TokenCommand.cpp, …).
class CliApp
{
public:
    ExitCode run(const QStringList &arguments);

    //! One row per command: the help text, the options that belong to it and what runs it all
    //! come from this table (CommandTable.cpp), so a command is added in one place.
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
        std::function<ExitCode(CliApp &)> run;
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
    static const QList<Command> &commandTable(); // CommandTable.cpp
    static const QList<Option> &optionTable(); // CommandTable.cpp
    static QString helpDescription();

    // The commands, one file each (CliApp.cpp only hands over to the helper classes).
    ExitCode runSync(); // SyncCommand.cpp
    ExitCode runUsers(); // UsersCommand.cpp
    ExitCode runQuarantine(); // UsersCommand.cpp
    ExitCode runBusiness(); // BusinessCommand.cpp
    ExitCode runSandbox(); // SandboxCommand.cpp
    ExitCode runToken(); // TokenCommand.cpp
    ExitCode runForget(); // ForgetCommand.cpp
    ExitCode runRetention(); // RetentionCommand.cpp
    ExitCode runTeam(); // TeamCommands
    ExitCode runSuggestions(); // SuggestionCommands
    ExitCode runAskPhone(); // AskPhoneCommand
    enum class Needs { Store, Intercom, IntercomAdmin };
    ExitCode runMappingCommand(Needs needs, ExitCode (MappingCommands::*action)(const QStringList &));

    // What several commands share.
    bool intercomUrl(QUrl *url, ExitCode *exitCode);
    std::optional<QString> loadToken(secrets::SecretStore &store, secrets::Secret secret);
    bool openDatabase(store::Database &db);
    QString databasePath() const;
    ExitCode usageError(const QString &message);

    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_commandArgs;
};

} // namespace tgic::cli
