// SPDX-License-Identifier: MIT
// tgic-cli sync: both directions until interrupted, or --until-idle; in a team only while this
// process holds the poller lease.
#include "CliApp.h"

#include "AppContext.h"
#include "Console.h"
#include "SignalWatcher.h"
#include "SyncObservability.h"
#include "intercom/IntercomApi.h"
#include "store/Database.h"
#include "store/TeamRepository.h"
#include "store/UpdateInbox.h"
#include "sync/IntercomDelivery.h"
#include "sync/SyncEngine.h"
#include "team/LeaderElection.h"
#include "team/Workstation.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {

//! A positive number given for `name` (unset: `fallback`); nothing when it is not one.
std::optional<double> positive(const QCommandLineParser &parser, const QString &name, double fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    return ok && value > 0 ? std::optional<double>(value) : std::nullopt;
}

//! The sync's settings from the options (the tokens and URLs aside); the problem, if any.
QString readOptions(const QCommandLineParser &parser, sync::SyncConfig *config, int *maxTimeSeconds)
{
    if (parser.isSet(u"new-conversation-after"_s)) {
        const auto hours = positive(parser, u"new-conversation-after"_s, 0);
        if (!hours)
            return u"--new-conversation-after takes a positive number of hours"_s;
        config->newConversationAfter = std::chrono::milliseconds(qint64(*hours * 3600 * 1000));
    }
    if (parser.isSet(u"reconcile-window"_s)) {
        const auto seconds = positive(parser, u"reconcile-window"_s, 0);
        if (!seconds)
            return u"--reconcile-window takes a positive number of seconds"_s;
        config->reconcileWindow = std::chrono::milliseconds(qint64(*seconds * 1000));
    }
    config->markReadAfterRelay = !parser.isSet(u"no-mark-read"_s);
    config->tagTelegram = !parser.isSet(u"no-tag"_s);
    *maxTimeSeconds = 0;
    if (parser.isSet(u"max-time"_s)) {
        bool ok = false;
        *maxTimeSeconds = parser.value(u"max-time"_s).toInt(&ok);
        if (!ok || *maxTimeSeconds <= 0)
            return u"--max-time takes a positive number of seconds"_s;
    }
    return {};
}

//! What the run says on stderr as it goes: who leads the team, the engine's status, each batch
//! of updates stored. Repeated lines are said once.
void reportProgress(sync::SyncEngine &engine, team::LeaderElection &election, store::Database &db)
{
    if (db.isTeam()) {
        QObject::connect(&election, &team::LeaderElection::teamChanged, &engine,
            [&db, &election, lastLeader = QString()]() mutable {
                const auto snap = store::TeamRepository(db).snapshot();
                const QString line = !db.isReachable() ? u"team database unreachable; waiting for it"_s
                    : snap ? team::describeLeader(snap->lease, election.me().memberId)
                           : QString();
                if (!line.isEmpty() && line != lastLeader)
                    err() << "tgic-cli: " << line << Qt::endl;
                lastLeader = line;
            });
    }
    QObject::connect(&engine, &sync::SyncEngine::statusChanged, &engine,
        [lastStatus = QString()](sync::SyncEngine::Status, const QString &detail) mutable {
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
}

} // namespace

ExitCode CliApp::runSync()
{
    sync::SyncConfig config;
    if (m_parser.isSet(u"telegram-api-url"_s)) {
        config.telegramApiUrl = QUrl::fromUserInput(m_parser.value(u"telegram-api-url"_s));
        if (!config.telegramApiUrl.isValid())
            return usageError(u"--telegram-api-url is not a URL"_s);
    }
    ExitCode urlError = ExitCode::Ok;
    if (!intercomUrl(&config.intercomApiUrl, &urlError))
        return urlError;
    int maxTimeSeconds = 0;
    if (const QString problem = readOptions(m_parser, &config, &maxTimeSeconds); !problem.isEmpty())
        return usageError(problem);

    secrets::SecretStore secretStore;
    const auto telegramToken = loadToken(secretStore, secrets::Secret::TelegramBotToken);
    if (!telegramToken)
        return ExitCode::Token;
    const auto intercomToken = loadToken(secretStore, secrets::Secret::IntercomAccessToken);
    if (!intercomToken)
        return ExitCode::Token;
    config.telegramToken = *telegramToken;
    config.intercomToken = *intercomToken;

    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;

    // Team database: only the elected workstation polls; this one may wait its turn.
    models::AppContextOptions options;
    options.member = team::thisWorkstation(u"tgic-cli"_s, m_parser.value(u"as"_s));
    options.member.canLead = true; // it has the bot token: it got this far
    // A follower judges its leader by the rows it writes (/readyz): the CLI has no GUI thread
    // to keep free, so it may read them on NOTIFY.
    options.watchLeader = true;
    options.healthWriteEvery = SyncObservability::healthWriteIntervalFromEnvironment();
    options.healthTurnEvery = qMin(options.healthWriteEvery, std::chrono::milliseconds(1000));
    models::AppContext context(db, options);
    context.setSyncConfig(config);
    sync::SyncEngine &engine = *context.engine();
    reportProgress(engine, context.election(), db);
    // systemd's notifications and, with --metrics, the HTTP endpoints, from the context's monitor.
    SyncObservability observability(*context.monitor());
    if (m_parser.isSet(u"metrics"_s)) {
        if (const ExitCode failed = observability.serveMetrics(m_parser.value(u"metrics"_s));
            failed != ExitCode::Ok)
            return failed;
    }

    std::optional<ExitCode> exitCode;
    QObject::connect(&engine, &sync::SyncEngine::finished, &engine,
        [&exitCode](sync::FailureKind failure, const QString &message) {
            if (failure != sync::FailureKind::None)
                err() << "tgic-cli: " << message << Qt::endl;
            exitCode = exitCodeFor(failure);
            QCoreApplication::exit(int(*exitCode));
        });
    SignalWatcher watcher;
    QObject::connect(
        &watcher, &SignalWatcher::interrupted, &engine, [&context, &exitCode, &observability](int) {
            err() << "tgic-cli: stopping; queued work stays queued" << Qt::endl;
            observability.stopping(); // STOPPING=1
            context.stop(); // the minute's figures written, the lease handed over at once, the engine stopped
            exitCode = ExitCode::Ok;
            QCoreApplication::exit(0);
        });
    if (maxTimeSeconds > 0) {
        QTimer::singleShot(maxTimeSeconds * 1000, &engine, [&engine, &exitCode] {
            err() << "tgic-cli: gave up after --max-time; " << engine.delivery()->pendingCount()
                  << " item(s) stay queued for the next run" << Qt::endl;
            engine.stop();
            exitCode = ExitCode::Failure;
            QCoreApplication::exit(int(*exitCode));
        });
    }
    if (m_parser.isSet(u"until-idle"_s))
        context.runUntilIdle();
    else
        context.start();
    const int loopResult = QCoreApplication::exec();
    observability.stopping();
    context.stop();
    err() << "tgic-cli: " << engine.delivery()->pendingCount() << " waiting for Intercom, "
          << engine.delivery()->failedCount() << " failed for good"
          << " (Intercom requests sent: " << engine.intercomApi()->wireRequestCount() << ")" << Qt::endl;
    return exitCode.value_or(loopResult == 0 ? ExitCode::Ok : ExitCode::Failure);
}

} // namespace tgic::cli
