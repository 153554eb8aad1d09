// SPDX-License-Identifier: MIT
#include "CliApp.h"

#include "AskPhoneCommand.h"
#include "Console.h"
#include "MappingCommands.h"
#include "SuggestionCommands.h"
#include "TeamCommands.h"
#include "intercom/IntercomRegion.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::cli {

QString CliApp::helpDescription()
{
    // The layout --help has always had: the synopsis, then the summary from column 40, on the
    // same line when the synopsis leaves room for it.
    constexpr int column = 40;
    auto section = [](Command::Section which) {
        QString text;
        for (const Command &command : commandTable()) {
            if (command.section != which)
                continue;
            for (const Command::Usage &usage : command.usage) {
                QString head = u"  "_s + command.name;
                if (!usage.synopsis.isEmpty())
                    head += u' ' + usage.synopsis;
                const bool fits = head.size() <= column - 2 && !head.contains(u'\n');
                text += fits ? head.leftJustified(column) : head + u'\n' + QString(column, u' ');
                text += QString(usage.summary).replace(u"\n"_s, u"\n"_s + QString(column, u' ')) + u'\n';
            }
        }
        return text;
    };
    return uR"(Telegram ⇄ Intercom sync for support teams. Every Telegram user maps to exactly one
Intercom contact, anchored on the immutable Telegram user ID (never username, phone or name).

Commands:
)"_s + section(Command::Sync)
        + u"\nTeam mode (several workstations on one bot through a shared PostgreSQL database):\n"_s
        + section(Command::Team)
        + u"\nRepairing who is who (each change is written to the audit log and noted on the Intercom contact):\n"_s
        + section(Command::Repair) + uR"(
Tokens come from the OS keychain; TGIC_TELEGRAM_TOKEN and TGIC_INTERCOM_TOKEN override it.
--db (or TGIC_DB) takes a file for a single seat or postgresql://user@host:port/db?sslmode=verify-full
for a team; its password comes from TGIC_DB_PASSWORD or the keychain, never from the URL on disk.
In team mode 'sync' runs only while this process holds the poller lease; otherwise it waits.
Exit codes: 0 ok, 1 failure, 2 bad arguments, 3 token missing or refused, 4 service unreachable,
5 another poller or a webhook owns the bot.)"_s;
}

ExitCode CliApp::runTeam()
{
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    return TeamCommands(m_parser, db).run(m_commandArgs);
}

ExitCode CliApp::runSuggestions()
{
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    return SuggestionCommands(m_parser, db, actorName(m_parser)).run(m_commandArgs);
}

ExitCode CliApp::runAskPhone()
{
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    return askPhone(m_parser, db);
}

ExitCode CliApp::usageError(const QString &message)
{
    err() << "tgic-cli: " << message << "\n"
          << "Try 'tgic-cli --help'." << Qt::endl;
    return ExitCode::Usage;
}

ExitCode CliApp::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(helpDescription());
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help = m_parser.addHelpOption();
    const QCommandLineOption version = m_parser.addVersionOption();
    for (const Option &option : optionTable()) {
        // "users, quarantine: print JSON." — the commands an option belongs to lead its help line.
        const QString description = option.commands.isEmpty()
            ? option.description
            : option.commands.join(u", "_s) + u": "_s + option.description;
        m_parser.addOption(QCommandLineOption(option.name, description, option.valueName));
    }
    m_parser.addPositionalArgument(u"command"_s, u"One of the commands above."_s);

    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(version)) {
        out() << "tgic-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Ok;
    }
    if (m_parser.isSet(help)) {
        out() << m_parser.helpText() << Qt::endl;
        return ExitCode::Ok;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(u"no command given"_s);
    m_command = positional.first();
    m_commandArgs = positional.mid(1);

    const auto command = std::find_if(commandTable().cbegin(), commandTable().cend(),
        [this](const Command &c) { return c.name == m_command; });
    if (command == commandTable().cend())
        return usageError(u"unknown command '%1'"_s.arg(m_command));
    // Options that only make sense for another command are mistakes worth pointing out.
    for (const QString &name : m_parser.optionNames()) {
        const auto option = std::find_if(optionTable().cbegin(), optionTable().cend(),
            [&name](const Option &o) { return o.name == name; });
        if (option != optionTable().cend() && !option->commands.isEmpty()
            && !option->commands.contains(m_command))
            return usageError(u"--%1 does not apply to '%2'"_s.arg(name, m_command));
    }
    if (!command->takesArguments && !m_commandArgs.isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(m_commandArgs.first()));
    return command->run(*this);
}

bool CliApp::intercomUrl(QUrl *url, ExitCode *exitCode)
{
    *url = QUrl(u"https://api.intercom.io"_s);
    if (m_parser.isSet(u"intercom-region"_s)) {
        *url = intercom::regionBaseUrl(m_parser.value(u"intercom-region"_s));
        if (url->isEmpty()) {
            *exitCode = usageError(
                u"--intercom-region must be one of: %1"_s.arg(intercom::regions().join(u", "_s)));
            return false;
        }
    }
    if (m_parser.isSet(u"intercom-api-url"_s)) {
        *url = QUrl::fromUserInput(m_parser.value(u"intercom-api-url"_s));
        if (!url->isValid()) {
            *exitCode = usageError(u"--intercom-api-url is not a URL"_s);
            return false;
        }
    }
    return true;
}

std::optional<QString> CliApp::loadToken(secrets::SecretStore &store, secrets::Secret secret)
{
    const auto token = store.loadSync(secret);
    if (token.value && !token.value->isEmpty())
        return token.value;
    const bool telegram = secret == secrets::Secret::TelegramBotToken;
    err() << "tgic-cli: no " << (telegram ? "Telegram bot token" : "Intercom access token") << ": set "
          << secrets::environmentVariable(secret) << " or run 'tgic-cli token set "
          << (telegram ? "telegram" : "intercom") << "'"
          << (token.error.isEmpty() ? QString() : QString(u" ("_s + token.error + u')')) << Qt::endl;
    return std::nullopt;
}

ExitCode CliApp::runMappingCommand(Needs needs, ExitCode (MappingCommands::*action)(const QStringList &))
{
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    if (needs == Needs::Store)
        return (MappingCommands(m_parser, db).*action)(m_commandArgs);
    QUrl url;
    ExitCode exitCode = ExitCode::Ok;
    if (!intercomUrl(&url, &exitCode))
        return exitCode;
    secrets::SecretStore store;
    const auto token = loadToken(store, secrets::Secret::IntercomAccessToken);
    if (!token)
        return ExitCode::Token;
    MappingCommands commands(m_parser, db, url, *token);
    // Changes are noted on the contact in the name of the admin behind the token.
    if (needs == Needs::IntercomAdmin && !commands.fetchAdmin())
        return ExitCode::Unreachable;
    return (commands.*action)(m_commandArgs);
}

QString CliApp::databasePath() const
{
    if (m_parser.isSet(u"db"_s))
        return m_parser.value(u"db"_s);
    const QString fromEnvironment = qEnvironmentVariable("TGIC_DB");
    return fromEnvironment.isEmpty() ? store::Database::defaultPath() : fromEnvironment;
}

bool CliApp::openDatabase(store::Database &db)
{
    const QString path = databasePath();
    store::OpenOptions options;
    // Distinct per process, so an admin (or a test) can find each workstation's backends.
    options.applicationName = u"tgic-cli "_s + m_command
        + (m_parser.isSet(u"as"_s) ? u" "_s + m_parser.value(u"as"_s) : QString());
    if (path.startsWith(u"postgres"_s) && QUrl(path).password().isEmpty()) {
        // The team database's password: TGIC_DB_PASSWORD, else the keychain, else none (trust,
        // peer or a ~/.pgpass file are libpq's business).
        secrets::SecretStore store;
        const auto password = store.loadSync(secrets::Secret::TeamDatabasePassword);
        options.password = password.value.value_or(QString());
    }
    if (db.open(path, options))
        return true;
    err() << "tgic-cli: " << db.error() << Qt::endl;
    return false;
}

} // namespace tgic::cli
