// SPDX-License-Identifier: MIT
#include "CliApp.h"

#include "AskPhoneCommand.h"
#include "Console.h"
#include "MappingCommands.h"
#include "SignalWatcher.h"
#include "SuggestionCommands.h"
#include "SyncObservability.h"
#include "TeamCommands.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomRegion.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/TeamRepository.h"
#include "store/UpdateInbox.h"
#include "store/UserDirectory.h"
#include "sync/IntercomDelivery.h"
#include "sync/SyncEngine.h"
#include "team/LeaderElection.h"
#include "team/Workstation.h"

#ifdef TGIC_HAVE_SANDBOX
#include "sandbox/SandboxScenarios.h"
#endif

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {
// A user's latest Intercom conversation in one line: "snoozed until …, Alex Agent, team
// Support, tags telegram,vip"; an assignee whose name is not known yet by kind and id.
QString conversationLine(const QJsonValue &value)
{
    if (!value.isObject())
        return u"-"_s;
    const QJsonObject c = value.toObject();
    if (!c.value(u"state"_s).isString())
        return u"not read from Intercom yet"_s;
    QString state = c.value(u"state"_s).toString();
    if (c.value(u"snoozed_until"_s).isString())
        state += u" until "_s + c.value(u"snoozed_until"_s).toString();
    auto who = [](const QJsonValue &a, const QString &kind) {
        if (!a.isObject())
            return QString();
        const QJsonObject o = a.toObject();
        return o.value(u"name"_s).isString() ? o.value(u"name"_s).toString()
                                             : kind + u' ' + o.value(u"id"_s).toString();
    };
    QStringList parts { state };
    const QString admin = who(c.value(u"admin_assignee"_s), u"admin"_s);
    parts << (admin.isEmpty() ? u"unassigned"_s : admin);
    const QString team = who(c.value(u"team_assignee"_s), u"team"_s);
    if (!team.isEmpty())
        parts << (c.value(u"team_assignee"_s).toObject().value(u"name"_s).isString() ? u"team "_s + team
                                                                                     : team);
    QStringList tags;
    for (const auto &t : c.value(u"tags"_s).toArray())
        tags << t.toString();
    if (!tags.isEmpty())
        parts << u"tags "_s + tags.join(u',');
    return parts.join(u", "_s);
}
} // namespace

// The tables are the only list of commands and options: --help, the option parser, the
// "does not apply to" check and the dispatch are all derived from them (the man page test,
// tests/package/check-man-pages.sh, keeps man/tgic-cli.1 true to the --help they produce).
const QList<CliApp::Command> &CliApp::commandTable()
{
    using C = Command;
    using M = MappingCommands;
    static const QList<Command> table {
        { u"sync"_s,
            { { u"[--until-idle] [--max-time SEC] [--new-conversation-after HOURS] [--no-mark-read] "
                u"[--no-tag]\n"
                "       [--reconcile-window SEC] [--metrics [ADDRESS:]PORT]"_s,
                u"Both directions: Telegram messages into Intercom, agents'\n"
                "replies back to Telegram. With --until-idle, exit 0 once\n"
                "Telegram has nothing new, Intercom has been read at least\n"
                "once, and both outboxes are empty."_s } },
            C::Sync, false, [](CliApp &app) { return app.runSync(); } },
        { u"users"_s,
            { { u"[--json]"_s,
                u"Telegram users with their Intercom contact, mapping state\n"
                "and conversation (state, assignee, team, tags)."_s } },
            C::Sync, false, [](CliApp &app) { return app.runUsers(); } },
        { u"quarantine"_s, { { u"[--json]"_s, u"Updates that could not be processed, with the reason."_s } },
            C::Sync, false, [](CliApp &app) { return app.runQuarantine(); } },
        { u"sandbox"_s,
            { { u"[--telegram-port N] [--intercom-port N] [--pace-ms MS] [--search-lag-ms MS]"_s,
                u"Start both API emulators with the scripted seed customers,\n"
                "print their URLs and tokens, run until interrupted."_s } },
            C::Sync, false, [](CliApp &app) { return app.runSandbox(); } },
        { u"token"_s,
            { { u"set|clear|status telegram|intercom|database"_s,
                u"Manage tokens (and the team database's password) in the OS\n"
                "keychain (set reads one line from stdin)."_s } },
            C::Sync, true, [](CliApp &app) { return app.runToken(); } },
        { u"team"_s,
            { { u"status [--json]"_s,
                  u"Who runs the sync (the one poller), since when, the lease's\n"
                  "age, and the workstations seen in the last minute."_s },
                { u"import --from PATH"_s,
                    u"Copy a single-seat cache (mappings, history, messages,\n"
                    "outboxes, audit) into the team database; safe to re-run."_s } },
            C::Team, true, [](CliApp &app) { return app.runTeam(); } },
        { u"check"_s,
            { { u"[--fix] [--json]"_s,
                u"Verify every mapping against Intercom: follow merges, find\n"
                "duplicates and anchors removed by hand, propose fixes."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::check); } },
        { u"merge"_s,
            { { u"--from LEAD --into USER [--dry-run] [--yes]"_s,
                u"Merge a lead into a user, keeping every Telegram anchor."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::merge); } },
        { u"relink"_s,
            { { u"--telegram-id N --contact ID"_s,
                u"Anchor a Telegram user on another Intercom contact."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::relink); } },
        { u"unlink"_s,
            { { u"--telegram-id N"_s, u"Take the anchor off; the user's messages wait for a relink."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::unlink); } },
        { u"reresolve"_s,
            { { u"--telegram-id N"_s, u"Forget the mapping and resolve again (search, then create)."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::reresolve); } },
        { u"find-contact"_s, { { u"TEXT"_s, u"Search Intercom contacts by id, email, phone or name."_s } },
            C::Repair, true,
            [](CliApp &app) { return app.runMappingCommand(Needs::Intercom, &M::findContact); } },
        { u"suggestions"_s,
            { { u"[--json] [--all]"_s,
                  u"Merges the evidence suggests (a phone shared from the customer's\n"
                  "own Telegram account, an e-mail they typed), never performed\n"
                  "on their own: review one with merge --dry-run."_s },
                { u"dismiss ID"_s, u"Do not propose this merge again (audited)."_s } },
            C::Repair, true, [](CliApp &app) { return app.runSuggestions(); } },
        { u"ask-phone"_s,
            { { u"--telegram-id N [--text TEXT]"_s,
                u"Ask the customer in their private chat for their phone\n"
                "number: a message with a button that shares the number of\n"
                "their Telegram account (verified). Sent by the running sync."_s } },
            C::Repair, false, [](CliApp &app) { return app.runAskPhone(); } },
        { u"audit"_s,
            { { u"[--json] [--telegram-id N]"_s,
                u"Every change to a mapping: who, when, what, before, after."_s } },
            C::Repair, false, [](CliApp &app) { return app.runMappingCommand(Needs::Store, &M::audit); } },
        { u"forget"_s,
            { { u"--telegram-id N [--intercom delete|archive|keep] [--force]\n"
                "       [--dry-run] [--yes]"_s,
                u"Erase one customer on request: shows what goes where, asks,\n"
                "then removes their Intercom contact (default: delete) and\n"
                "every local row about them; the audit log keeps a hash."_s } },
            C::Repair, false, [](CliApp &app) { return app.runForget(); } },
        { u"retention"_s,
            { { u"[--days N] [--dry-run]"_s,
                u"Keep message contents N days (0: forever); show what the\n"
                "next run removes, and run it now (single seat; in a team\n"
                "the workstation that runs the sync does it once a day)."_s } },
            C::Repair, false, [](CliApp &app) { return app.runRetention(); } },
    };
    return table;
}

const QList<CliApp::Option> &CliApp::optionTable()
{
    static const QList<Option> table {
        { u"db"_s, u"The local database (default: %1)."_s.arg(store::Database::defaultPath()), u"path"_s,
            {} },
        { u"telegram-api-url"_s, u"Bot API server (default: https://api.telegram.org)."_s, u"url"_s, {} },
        { u"intercom-api-url"_s, u"Intercom API server (overrides --intercom-region)."_s, u"url"_s, {} },
        { u"intercom-region"_s, u"Intercom region: us, eu or au (default: us)."_s, u"region"_s, {} },
        { u"until-idle"_s, u"stop once nothing is left to do."_s, {}, { u"sync"_s } },
        { u"max-time"_s, u"with --until-idle, give up after this many seconds (work stays queued)."_s,
            u"seconds"_s, { u"sync"_s } },
        { u"json"_s, u"print JSON."_s, {},
            { u"users"_s, u"quarantine"_s, u"check"_s, u"suggestions"_s, u"audit"_s, u"team"_s } },
        { u"new-conversation-after"_s,
            u"start a new Intercom conversation after this many hours of silence (default 168)."_s,
            u"hours"_s, { u"sync"_s } },
        { u"no-mark-read"_s, u"leave relayed conversations unread (Intercom may then email a copy)."_s, {},
            { u"sync"_s } },
        { u"no-tag"_s,
            u"do not tag contacts and conversations 'telegram' (agents' replies are then found by "
            "contact: one search per 100 contacts per poll)."_s,
            {}, { u"sync"_s } },
        { u"reconcile-window"_s,
            u"after a contact's creation was interrupted (a crash, a lost answer, a leader that died), "
            "wait this many seconds for Intercom's search to show it before creating again (default 180)."_s,
            u"seconds"_s, { u"sync"_s } },
        { u"metrics"_s,
            u"serve /metrics (Prometheus), /healthz and /readyz on this address (a port alone: 127.0.0.1)."_s,
            u"address"_s, { u"sync"_s } },
        { u"telegram-port"_s, u"port of the Bot API emulator (default: any free port)."_s, u"port"_s,
            { u"sandbox"_s } },
        { u"intercom-port"_s, u"port of the Intercom emulator (default: any free port)."_s, u"port"_s,
            { u"sandbox"_s } },
        { u"pace-ms"_s, u"milliseconds between scripted customer messages (default 3000)."_s, u"ms"_s,
            { u"sandbox"_s } },
        { u"search-lag-ms"_s, u"Intercom search lag to emulate (default 2000)."_s, u"ms"_s,
            { u"sandbox"_s } },
        { u"telegram-id"_s, u"the Telegram user ID."_s, u"id"_s,
            { u"relink"_s, u"unlink"_s, u"reresolve"_s, u"audit"_s, u"ask-phone"_s, u"forget"_s } },
        { u"contact"_s, u"the Intercom contact id to link to."_s, u"id"_s, { u"relink"_s } },
        { u"from"_s, u"the lead to merge away (merge), or the single-seat cache to copy in (team import)."_s,
            u"id"_s, { u"merge"_s, u"team"_s } },
        { u"into"_s, u"the user that survives."_s, u"id"_s, { u"merge"_s } },
        { u"text"_s,
            u"the message instead of the default (Settings, else in the customer's Telegram language)."_s,
            u"text"_s, { u"ask-phone"_s } },
        { u"dry-run"_s, u"show what would happen, change nothing."_s, {},
            { u"merge"_s, u"forget"_s, u"retention"_s } },
        { u"yes"_s, u"go ahead without asking (merge: also when both carry Telegram IDs)."_s, {},
            { u"merge"_s, u"forget"_s } },
        { u"intercom"_s,
            u"what happens to the Intercom contact: delete (default; Intercom destroys it and its "
            "conversations after 7 days), archive (hidden, kept) or keep (only its Telegram attributes "
            "are cleared). A contact that answers for other Telegram IDs is only unlinked from this one."_s,
            u"choice"_s, { u"forget"_s } },
        { u"force"_s, u"erase even while a message to or from the customer is still on its way."_s, {},
            { u"forget"_s } },
        { u"days"_s, u"keep message contents this many days (0: keep everything); saved for every run."_s,
            u"days"_s, { u"retention"_s } },
        { u"all"_s, u"also the dismissed, merged and outdated ones."_s, {}, { u"suggestions"_s } },
        { u"fix"_s, u"also re-write removed anchors and re-resolve deleted contacts."_s, {}, { u"check"_s } },
        { u"as"_s,
            u"the agent name for the audit log and, in team mode, this workstation's (default: $USER)."_s,
            u"name"_s,
            { u"check"_s, u"merge"_s, u"relink"_s, u"unlink"_s, u"reresolve"_s, u"suggestions"_s, u"sync"_s,
                u"team"_s, u"ask-phone"_s, u"forget"_s, u"retention"_s } },
    };
    return table;
}

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

int CliApp::runTeam()
{
    store::Database db;
    if (!openDatabase(db))
        return int(sync::FailureKind::Runtime);
    return TeamCommands(m_parser, db).run(m_commandArgs);
}

int CliApp::runSuggestions()
{
    store::Database db;
    if (!openDatabase(db))
        return int(sync::FailureKind::Runtime);
    return SuggestionCommands(m_parser, db, actorName(m_parser)).run(m_commandArgs);
}

int CliApp::runAskPhone()
{
    store::Database db;
    if (!openDatabase(db))
        return int(sync::FailureKind::Runtime);
    return askPhone(m_parser, db);
}

int CliApp::usageError(const QString &message)
{
    err() << "tgic-cli: " << message << "\n"
          << "Try 'tgic-cli --help'." << Qt::endl;
    return int(sync::FailureKind::Usage);
}

int CliApp::run(const QStringList &arguments)
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
        return 0;
    }
    if (m_parser.isSet(help)) {
        out() << m_parser.helpText() << Qt::endl;
        return 0;
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

bool CliApp::intercomUrl(QUrl *url, int *exitCode)
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

int CliApp::runMappingCommand(Needs needs, int (MappingCommands::*action)(const QStringList &))
{
    store::Database db;
    if (!openDatabase(db))
        return int(sync::FailureKind::Runtime);
    if (needs == Needs::Store)
        return (MappingCommands(m_parser, db).*action)(m_commandArgs);
    QUrl url;
    int exitCode = 0;
    if (!intercomUrl(&url, &exitCode))
        return exitCode;
    secrets::SecretStore store;
    const auto token = loadToken(store, secrets::Secret::IntercomAccessToken);
    if (!token)
        return int(sync::FailureKind::BadToken);
    MappingCommands commands(m_parser, db, url, *token);
    // Changes are noted on the contact in the name of the admin behind the token.
    if (needs == Needs::IntercomAdmin && !commands.fetchAdmin())
        return int(sync::FailureKind::Unreachable);
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

int CliApp::runSync()
{
    sync::SyncConfig config;
    if (m_parser.isSet(u"telegram-api-url"_s)) {
        config.telegramApiUrl = QUrl::fromUserInput(m_parser.value(u"telegram-api-url"_s));
        if (!config.telegramApiUrl.isValid())
            return usageError(u"--telegram-api-url is not a URL"_s);
    }
    int urlError = 0;
    if (!intercomUrl(&config.intercomApiUrl, &urlError))
        return urlError;
    if (m_parser.isSet(u"new-conversation-after"_s)) {
        bool ok = false;
        const double hours = m_parser.value(u"new-conversation-after"_s).toDouble(&ok);
        if (!ok || hours <= 0)
            return usageError(u"--new-conversation-after takes a positive number of hours"_s);
        config.newConversationAfter = std::chrono::milliseconds(qint64(hours * 3600 * 1000));
    }
    if (m_parser.isSet(u"reconcile-window"_s)) {
        bool ok = false;
        const double seconds = m_parser.value(u"reconcile-window"_s).toDouble(&ok);
        if (!ok || seconds <= 0)
            return usageError(u"--reconcile-window takes a positive number of seconds"_s);
        config.reconcileWindow = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    config.markReadAfterRelay = !m_parser.isSet(u"no-mark-read"_s);
    config.tagTelegram = !m_parser.isSet(u"no-tag"_s);
    int maxTimeSeconds = 0;
    if (m_parser.isSet(u"max-time"_s)) {
        bool ok = false;
        maxTimeSeconds = m_parser.value(u"max-time"_s).toInt(&ok);
        if (!ok || maxTimeSeconds <= 0)
            return usageError(u"--max-time takes a positive number of seconds"_s);
    }

    secrets::SecretStore secretStore;
    const auto telegramToken = loadToken(secretStore, secrets::Secret::TelegramBotToken);
    if (!telegramToken)
        return int(sync::FailureKind::BadToken);
    const auto intercomToken = loadToken(secretStore, secrets::Secret::IntercomAccessToken);
    if (!intercomToken)
        return int(sync::FailureKind::BadToken);
    config.telegramToken = *telegramToken;
    config.intercomToken = *intercomToken;

    store::Database db;
    if (!openDatabase(db))
        return int(sync::FailureKind::Runtime);

    sync::SyncEngine engine(db, config);
    // Team database: only the elected workstation polls; this one may wait its turn.
    store::TeamMember me = team::thisWorkstation(u"tgic-cli"_s, m_parser.value(u"as"_s));
    me.canLead = true; // it has the bot token: it got this far
    team::LeaderElection election(db, me);
    engine.setLeading(!db.isTeam());
    QObject::connect(
        &election, &team::LeaderElection::leadingChanged, &engine, &sync::SyncEngine::setLeading);
    // Outlives the connection below: the lambda writes to it for as long as the loop runs (it
    // was declared inside the if-block, so every write landed on whatever took its stack slot).
    QString lastLeader;
    if (db.isTeam()) {
        QObject::connect(
            &election, &team::LeaderElection::teamChanged, &engine, [&db, &election, &lastLeader] {
                const auto snap = store::TeamRepository(db).snapshot();
                const QString line = !db.isReachable() ? u"team database unreachable; waiting for it"_s
                    : snap ? team::describeLeader(snap->lease, election.me().memberId)
                           : QString();
                if (!line.isEmpty() && line != lastLeader)
                    err() << "tgic-cli: " << line << Qt::endl;
                lastLeader = line;
            });
    }
    // The health monitor, systemd's notifications and, with --metrics, the HTTP endpoints.
    SyncObservability observability(db, engine, election);
    if (m_parser.isSet(u"metrics"_s)) {
        if (const int failed = observability.serveMetrics(m_parser.value(u"metrics"_s)))
            return failed;
    }
    int exitCode = -1;
    QString lastStatus;
    QObject::connect(&engine, &sync::SyncEngine::statusChanged, &engine,
        [&lastStatus](sync::SyncEngine::Status, const QString &detail) {
            if (detail != lastStatus)
                err() << "tgic-cli: " << detail << Qt::endl;
            lastStatus = detail;
        });
    QObject::connect(&engine, &sync::SyncEngine::batchStored, &engine, [](const store::IngestReport &report) {
        err() << "tgic-cli: stored " << report.stored << " update(s)";
        if (report.quarantined)
            err() << ", quarantined " << report.quarantined;
        if (report.duplicates)
            err() << ", skipped " << report.duplicates << " already stored";
        if (report.fromBots)
            err() << ", ignored: " << report.fromBots << " from a bot";
        if (report.notFromCustomers)
            err() << ", ignored: " << report.notFromCustomers << " not from a customer";
        if (report.textRepaired)
            err() << ", text repaired in " << report.textRepaired;
        err() << Qt::endl;
    });
    QObject::connect(&engine, &sync::SyncEngine::finished, &engine,
        [&exitCode](sync::FailureKind failure, const QString &message) {
            if (failure != sync::FailureKind::None)
                err() << "tgic-cli: " << message << Qt::endl;
            exitCode = int(failure);
            QCoreApplication::exit(exitCode);
        });
    SignalWatcher watcher;
    QObject::connect(
        &watcher, &SignalWatcher::interrupted, &engine, [&engine, &election, &exitCode, &observability](int) {
            err() << "tgic-cli: stopping; queued work stays queued" << Qt::endl;
            observability.stopping(); // STOPPING=1, the minute's figures written
            election.stop(); // hand the lease over at once
            engine.stop();
            exitCode = 0;
            QCoreApplication::exit(0);
        });
    if (maxTimeSeconds > 0) {
        QTimer::singleShot(maxTimeSeconds * 1000, &engine, [&engine, &exitCode] {
            err() << "tgic-cli: gave up after --max-time; " << engine.delivery()->pendingCount()
                  << " item(s) stay queued for the next run" << Qt::endl;
            engine.stop();
            exitCode = int(sync::FailureKind::Runtime);
            QCoreApplication::exit(exitCode);
        });
    }
    if (m_parser.isSet(u"until-idle"_s))
        engine.runUntilIdle();
    else
        engine.start();
    election.start();
    observability.start();
    const int loopResult = QCoreApplication::exec();
    observability.stopping();
    election.stop();
    engine.stop();
    const int pending = engine.delivery()->pendingCount();
    const int failed = engine.delivery()->failedCount();
    err() << "tgic-cli: " << pending << " waiting for Intercom, " << failed << " failed for good"
          << " (Intercom requests sent: " << engine.intercomApi()->wireRequestCount() << ")" << Qt::endl;
    return exitCode >= 0 ? exitCode : loopResult;
}

int CliApp::runUsers()
{
    store::Database db;
    if (!openDatabase(db))
        return 1;
    const QJsonArray users = store::UserDirectory(db).users();
    if (m_parser.isSet(u"json"_s)) {
        out() << QString::fromUtf8(QJsonDocument(users).toJson(QJsonDocument::Indented));
        out().flush();
        return 0;
    }
    out() << u"%1  %2  %3  %4  %5  %6"_s.arg(u"TELEGRAM ID"_s, -15)
                 .arg(u"USERNAME"_s, -20)
                 .arg(u"NAME"_s, -24)
                 .arg(u"INTERCOM CONTACT"_s, -26)
                 .arg(u"STATE"_s, -12)
                 .arg(u"CONVERSATION"_s)
          << "\n";
    for (const auto &v : users) {
        const QJsonObject u = v.toObject();
        const QString username
            = u.value(u"username"_s).isNull() ? u"-"_s : u'@' + u.value(u"username"_s).toString();
        const QString contact = u.value(u"intercom_contact_id"_s).isNull()
            ? u"-"_s
            : u.value(u"intercom_contact_id"_s).toString();
        out() << u"%1  %2  %3  %4  %5  %6"_s
                     .arg(QString::number(u.value(u"telegram_user_id"_s).toInteger()), -15)
                     .arg(username, -20)
                     .arg(u.value(u"display_name"_s).toString(), -24)
                     .arg(contact, -26)
                     .arg(u.value(u"state"_s).toString(), -12)
                     .arg(conversationLine(u.value(u"conversation"_s)))
              << "\n";
    }
    out().flush();
    return 0;
}

int CliApp::runQuarantine()
{
    store::Database db;
    if (!openDatabase(db))
        return 1;
    const QJsonArray items = store::UserDirectory(db).quarantine();
    if (m_parser.isSet(u"json"_s)) {
        out() << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &v : items) {
            const QJsonObject q = v.toObject();
            out() << q.value(u"received_at"_s).toString() << "  update "
                  << q.value(u"update_id"_s).toVariant().toString() << "  " << q.value(u"reason"_s).toString()
                  << "\n";
        }
        if (items.isEmpty())
            out() << "Nothing in quarantine.\n";
    }
    out().flush();
    return 0;
}

int CliApp::runToken()
{
    if (m_commandArgs.size() != 2)
        return usageError(u"usage: tgic-cli token set|clear|status telegram|intercom|database"_s);
    const QString action = m_commandArgs.at(0);
    const QString service = m_commandArgs.at(1);
    static const QHash<QString, secrets::Secret> services { { u"telegram"_s,
                                                                secrets::Secret::TelegramBotToken },
        { u"intercom"_s, secrets::Secret::IntercomAccessToken },
        { u"database"_s, secrets::Secret::TeamDatabasePassword } };
    if (!services.contains(service))
        return usageError(u"token: the service is 'telegram', 'intercom' or 'database'"_s);
    const auto secret = services.value(service);
    secrets::SecretStore store;
    if (action == u"set"_s) {
        QTextStream in(stdin);
        const QString token = in.readLine().trimmed();
        if (token.isEmpty())
            return usageError(u"token set reads the token from standard input; got nothing"_s);
        const QString error = store.writeSync(secret, token);
        if (!error.isEmpty()) {
            err() << "tgic-cli: could not store the token: " << error << Qt::endl;
            return 1;
        }
        out() << "Stored the " << service << " token in the keychain." << Qt::endl;
        return 0;
    }
    if (action == u"clear"_s) {
        const QString error = store.removeSync(secret);
        if (!error.isEmpty()) {
            err() << "tgic-cli: " << error << Qt::endl;
            return 1;
        }
        out() << "Removed the " << service << " token from the keychain." << Qt::endl;
        return 0;
    }
    if (action == u"status"_s) {
        if (!qEnvironmentVariableIsEmpty(secrets::environmentVariable(secret).toLatin1().constData()))
            out() << service << ": set by " << secrets::environmentVariable(secret) << Qt::endl;
        const auto stored = store.loadSync(secret);
        if (!stored.error.isEmpty()) {
            err() << "tgic-cli: " << stored.error << Qt::endl;
            return 1;
        }
        out() << service << ": " << (stored.value ? "stored (not shown)" : "not stored") << Qt::endl;
        return 0;
    }
    return usageError(u"token: the action is set, clear or status"_s);
}

int CliApp::runSandbox()
{
#ifdef TGIC_HAVE_SANDBOX
    auto portOption = [this](const QString &name, bool *ok) -> quint16 {
        *ok = true;
        if (!m_parser.isSet(name))
            return 0;
        const uint port = m_parser.value(name).toUInt(ok);
        *ok = *ok && port < 65536;
        return quint16(port);
    };
    bool okTelegram = false, okIntercom = false, okPace = true, okLag = true;
    const quint16 telegramPort = portOption(u"telegram-port"_s, &okTelegram);
    const quint16 intercomPort = portOption(u"intercom-port"_s, &okIntercom);
    const int pace = m_parser.isSet(u"pace-ms"_s) ? m_parser.value(u"pace-ms"_s).toInt(&okPace) : 3000;
    const int lag
        = m_parser.isSet(u"search-lag-ms"_s) ? m_parser.value(u"search-lag-ms"_s).toInt(&okLag) : 2000;
    if (!okTelegram || !okIntercom || !okPace || !okLag || pace < 0 || lag < 0)
        return usageError(u"sandbox: ports and milliseconds must be non-negative numbers"_s);

    sandbox::SandboxWorld world;
    if (!world.listen(telegramPort, intercomPort)) {
        err() << "tgic-cli: could not listen on 127.0.0.1 (port in use?)" << Qt::endl;
        return 1;
    }
    world.intercom().setSearchLag(std::chrono::milliseconds(lag));
    world.seedWorkspace();
    world.answerPhoneRequests(std::chrono::milliseconds(2000));
    const QString tg = world.telegram().baseUrl().toString();
    const QString ic = world.intercom().baseUrl().toString();
    out() << "Sandbox running (local emulators; no accounts, no network).\n"
          << "  Telegram Bot API: " << tg << "\n"
          << "  Intercom API:     " << ic << "\n\n"
          << "In another terminal:\n"
          << "  export TGIC_TELEGRAM_TOKEN='" << sandbox::SandboxWorld::telegramToken() << "'\n"
          << "  export TGIC_INTERCOM_TOKEN='" << sandbox::SandboxWorld::intercomToken() << "'\n"
          << "  tgic-cli --db /tmp/tgic-sandbox.sqlite3 --telegram-api-url " << tg << " --intercom-api-url "
          << ic << " sync\n\nPress Ctrl+C to stop." << Qt::endl;
    QObject::connect(&world, &sandbox::SandboxWorld::stepPlayed, &world,
        [](const QString &description) { out() << "scenario: " << description << Qt::endl; });
    QObject::connect(&world, &sandbox::SandboxWorld::finishedPlaying, &world,
        [] { out() << "scenario: all seed customers have written; still serving." << Qt::endl; });
    if (pace == 0)
        world.playAll();
    else
        world.play(std::chrono::milliseconds(pace));
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &world, [](int) { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
#else
    err() << "tgic-cli: this build has no sandbox (configured with TGIC_BUILD_SANDBOX=OFF)" << Qt::endl;
    return 1;
#endif
}

} // namespace tgic::cli
