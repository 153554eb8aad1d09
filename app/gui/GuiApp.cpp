// SPDX-License-Identifier: MIT
#include "GuiApp.h"

#include "AppContext.h"
#include "BusinessAccounts.h"
#include "ChatListModel.h"
#include "ConnectingWindow.h"
#include "ConnectionSettings.h"
#include "DatabaseOpener.h"
#include "LogFile.h"
#include "MainWindow.h"
#include "MappingTools.h"
#include "ModelReader.h"
#include "RetentionSettings.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "SyncStatus.h"
#include "TeamDatabaseForm.h"
#include "TokenForm.h"
#include "intercom/IntercomRegion.h"
#include "store/Database.h"
#include "store/TeamImport.h"
#include "sync/SyncEngine.h"
#include "team/Workstation.h"

#ifdef TGIC_HAVE_SANDBOX
#include "sandbox/SandboxScenarios.h"
#endif

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tgic::gui {

using secrets::Secret;

GuiApp::GuiApp(GuiOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

GuiApp::~GuiApp()
{
    if (m_window && m_options.screenshotFile.isEmpty()) {
        QSettings settings;
        m_window->saveLayout(settings);
    }
    // The window's models hold the database; the engine writes to it: tear down in order. The
    // monitor writes the last minute's figures while still leading, then a leader hands the
    // lease over before its engine stops; a database that does not answer is given up on after
    // a few seconds (the lease then expires on its own).
    m_opener.reset(); // an attempt under way gives up within libpq's connect_timeout
    m_connecting.reset();
    if (m_context)
        m_context->stop();
    m_window.reset();
    m_reader.reset();
    m_context.reset();
    m_world.reset();
    m_db.reset();
}

void GuiApp::prepareOptions(const QString &path)
{
    store::OpenOptions &options = m_dbOptions;
    options.applicationName = u"tgic "_s + team::loginName();
    if (path.startsWith(u"postgres"_s) && QUrl(path).password().isEmpty())
        options.password = m_secrets.loadSync(Secret::TeamDatabasePassword).value.value_or(QString());
}

void GuiApp::watchErasures()
{
    // A customer erased on another workstation of the team: this one's log forgets them too.
    connect(m_db.get(), &store::Database::changed, this, [](store::Topic topic, const QList<qint64> &ids) {
        if (topic != store::Topic::Erasures || ids.isEmpty())
            return;
        QStringList needles;
        for (qint64 id : ids)
            needles << QString::number(id);
        LogFile::eraseMentions(needles);
    });
}

bool GuiApp::openDatabase(const QString &path)
{
    m_db = std::make_unique<store::Database>();
    prepareOptions(path);
    if (m_db->open(path, m_dbOptions)) {
        watchErasures();
        return true;
    }
    const QString message = tr("Cannot open the local cache: %1").arg(m_db->error());
    if (m_options.screenshotFile.isEmpty())
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), message);
    std::fprintf(stderr, "%s\n", qPrintable(message));
    m_exitCode = 1;
    return false;
}

void GuiApp::connectTeamDatabase(const QString &path)
{
    // Across a network the database may be slow or hang: it is opened off the window's thread,
    // and until it is up a small window says so (and why a try failed; it tries again).
    prepareOptions(path);
    m_connecting = std::make_unique<ui::ConnectingWindow>(
        QUrl(path).toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery));
    m_opener = std::make_unique<models::DatabaseOpener>(path, m_dbOptions);
    connect(m_opener.get(), &models::DatabaseOpener::failed, m_connecting.get(),
        &ui::ConnectingWindow::showFailure);
    connect(m_opener.get(), &models::DatabaseOpener::opened, this, [this] {
        m_db = m_opener->take();
        watchErasures();
        startWindow();
        m_connecting->hide(); // after the window showed: the app does not quit in between
        m_connecting.release()->deleteLater();
    });
    m_connecting->show();
    m_opener->start();
}

bool GuiApp::start()
{
#ifndef TGIC_HAVE_SANDBOX
    if (m_options.sandbox) {
        // Only whoever built it this way sees this, as with tgic-cli: not translated.
        std::fputs("tgic: this build has no sandbox (configured with TGIC_BUILD_SANDBOX=OFF)\n", stderr);
        m_exitCode = 2;
        return false;
    }
#endif
    QString path = m_options.databasePath;
    if (path.isEmpty() && m_options.sandbox) {
        // A fresh cache per sandbox run, never the real one: the story starts from the beginning.
        if (!m_sandboxDir.isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("Cannot create a temporary folder for the sandbox")));
            m_exitCode = 1;
            return false;
        }
        path = m_sandboxDir.filePath(u"sandbox.sqlite3"_s);
    } else if (path.isEmpty()) {
        // A team database (Settings → Team database, or TGIC_DB), else this seat's own cache.
        path = qEnvironmentVariable("TGIC_DB");
        if (path.isEmpty())
            path = ui::ConnectionSettings::load().teamDatabase;
        if (path.isEmpty())
            path = store::Database::defaultPath();
    }
    if (path.startsWith(u"postgres"_s) && m_options.screenshotFile.isEmpty()) {
        connectTeamDatabase(path);
        return true;
    }
    if (!openDatabase(path))
        return false;
    startWindow();
    return true;
}

void GuiApp::startWindow()
{
    m_reader = m_db->isTeam() ? std::make_unique<models::ModelReader>(*m_db, m_dbOptions)
                              : std::make_unique<models::ModelReader>(*m_db);
    m_window = std::make_unique<ui::MainWindow>(*m_db, m_reader.get());
    QSettings settings;
    if (m_options.screenshotFile.isEmpty())
        m_window->restoreLayout(settings);
    else
        m_window->resize(1360, 820);
    if (!m_options.sandbox)
        m_window->setIntercomAppId(ui::ConnectionSettings::load().intercomAppId);
    connect(m_window.get(), &ui::MainWindow::intercomAppIdLearnt, this, [this](const QString &appId) {
        if (m_options.sandbox)
            return;
        ui::ConnectionSettings connection = ui::ConnectionSettings::load();
        connection.intercomAppId = appId;
        connection.save();
    });
    connect(m_window.get(), &ui::MainWindow::settingsRequested, this, &GuiApp::openSettings);
    connect(m_window.get(), &ui::MainWindow::importRequested, this, &GuiApp::importCache);
    m_window->show();

    if (m_options.sandbox)
        startSandbox();
    else
        loadTokens();
    if (!m_options.screenshotFile.isEmpty())
        scheduleScreenshot();
}

void GuiApp::startSandbox()
{
#ifdef TGIC_HAVE_SANDBOX
    auto *world = new sandbox::SandboxWorld;
    m_world.reset(world);
    if (!world->listen()) {
        QMessageBox::critical(m_window.get(), QApplication::applicationDisplayName(),
            tr("Cannot start the local Telegram and Intercom emulators."));
        return;
    }
    world->seedWorkspace();
    world->answerPhoneRequests(std::chrono::milliseconds(2000));
    m_sandbox.telegramApi = world->telegram().baseUrl();
    m_sandbox.intercomApi = world->intercom().baseUrl();
    // The renamed customer tells the product's story best: one contact, two usernames.
    m_sandbox.showcaseChatId = sandbox::persona::renamer().id;
    m_window->setSandbox(true);
    m_telegramToken = sandbox::SandboxWorld::telegramToken();
    m_intercomToken = sandbox::SandboxWorld::intercomToken();
    startEngine();
    if (!m_options.screenshotFile.isEmpty()) {
        world->playAll();
        return;
    }
    // A newcomer watches customers arrive one by one once the engine is connected (as the
    // status bar hears it: the engine is built on the sync's thread, and announced later).
    auto *once = new QObject(this);
    const models::SyncStatus *status = m_window->syncStatus();
    connect(status, &models::SyncStatus::changed, once, [world, once, status] {
        if (status->state() != sync::SyncEngine::Status::Connected)
            return;
        delete once;
        world->play(std::chrono::milliseconds(2500));
    });
#endif
}

models::AppContext &GuiApp::context()
{
    if (!m_context) {
        models::AppContextOptions options;
        options.member = team::thisWorkstation(u"tgic"_s);
        // The window's thread never waits for the sync's round trips (issue 17).
        options.ownThread = true;
        options.databaseOptions = m_dbOptions;
        m_context = std::make_unique<models::AppContext>(*m_db, options);
        // Built on the sync's thread and announced when ready: the window never waits for it.
        connect(m_context.get(), &models::AppContext::syncChanged, this, [this] {
            m_window->setSyncEngine(m_context->engine());
            m_window->setMappingTools(m_context->tools());
        });
        // Until the sync's own connection opens there is no engine; the status bar says why.
        connect(m_context.get(), &models::AppContext::syncWaitingChanged, m_window->syncStatus(),
            &models::SyncStatus::setSyncWaiting);
    }
    return *m_context;
}

void GuiApp::startEngine()
{
    if (m_context)
        m_context->dropSync(); // the election stays: a token change keeps this seat in the team
    if (m_telegramToken.isEmpty() || m_intercomToken.isEmpty()) {
        if (m_db->isTeam())
            startElection(); // be seen in the team, and follow
        return;
    }
    // The log handler scrubs these from every line, whatever reports them.
    LogFile::addSecret(m_telegramToken);
    LogFile::addSecret(m_intercomToken);
    sync::SyncConfig config;
    config.telegramToken = m_telegramToken;
    config.intercomToken = m_intercomToken;
    if (m_world) {
        config.telegramApiUrl = m_sandbox.telegramApi;
        config.intercomApiUrl = m_sandbox.intercomApi;
        config.longPollSeconds = 2;
        config.backoff = net::Backoff { std::chrono::milliseconds(200), std::chrono::seconds(2) };
        config.reconcileWindow = std::chrono::seconds(2);
    } else {
        const QUrl url = intercom::regionBaseUrl(ui::ConnectionSettings::load().intercomRegion);
        if (url.isValid())
            config.intercomApiUrl = url;
    }
    // Queued to the sync's thread; syncChanged hands the new engine to the window, which then
    // starts (startElection's start() waits for it without blocking).
    context().setSyncConfig(config);
    startElection();
}

void GuiApp::startElection()
{
    if (!m_electionShown) {
        m_window->setElection(&context().election());
        m_electionShown = true;
    }
    // Without the bot token this workstation follows, shows and repairs, but never polls.
    context().setCanLead(!m_telegramToken.isEmpty(), tr("no Telegram bot token on this workstation"));
    // The engine (if any), the election, the monitor (with the engine).
    m_context->start();
}

void GuiApp::loadTokens()
{
    // Read both, then decide: start, or ask. Each read is asynchronous (the keychain may prompt).
    m_secrets.load(Secret::TelegramBotToken, [this](const secrets::SecretStore::ReadResult &tg) {
        m_secrets.load(Secret::IntercomAccessToken, [this, tg](const secrets::SecretStore::ReadResult &ic) {
            m_telegramToken = tg.value.value_or(QString());
            m_intercomToken = ic.value.value_or(QString());
            if (!m_telegramToken.isEmpty() && !m_intercomToken.isEmpty()) {
                startEngine();
                return;
            }
            const QString problem = !tg.error.isEmpty() ? tg.error : ic.error;
            if (m_options.screenshotFile.isEmpty())
                runWizard(problem);
        });
    });
}

void GuiApp::runWizard(const QString &keychainProblem)
{
    auto *wizard = new ui::SetupWizard(m_window.get());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->tokenForm()->setRegion(ui::ConnectionSettings::load().intercomRegion);
    if (!keychainProblem.isEmpty())
        wizard->tokenForm()->setToolTip(keychainProblem);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        ui::ConnectionSettings connection = ui::ConnectionSettings::load();
        connection.intercomRegion = wizard->tokenForm()->region();
        connection.save();
        storeTokens(wizard->tokenForm()->telegramToken(), wizard->tokenForm()->intercomToken(),
            wizard->intercomAppId());
    });
    wizard->open();
}

void GuiApp::storeTokens(const QString &telegram, const QString &intercom, const QString &appId)
{
    if (!appId.isEmpty()) {
        ui::ConnectionSettings connection = ui::ConnectionSettings::load();
        connection.intercomAppId = appId;
        connection.save();
        m_window->setIntercomAppId(appId);
    }
    const QString tg = telegram.isEmpty() ? m_telegramToken : telegram;
    const QString ic = intercom.isEmpty() ? m_intercomToken : intercom;
    m_secrets.write(Secret::TelegramBotToken, tg, [this, tg, ic](const QString &error1) {
        m_secrets.write(Secret::IntercomAccessToken, ic, [this, tg, ic, error1](const QString &error2) {
            const QString error = error1.isEmpty() ? error2 : error1;
            if (!error.isEmpty()) {
                // No silent plain-text fallback: say what happened and let the agent choose.
                QMessageBox box(QMessageBox::Warning, tr("No keychain available"),
                    tr("The tokens could not be saved in the system keychain:\n%1\n\nThey can be kept in "
                       "memory for this run only; you will be asked again next time. They are never "
                       "written to disk.")
                        .arg(error),
                    QMessageBox::Cancel, m_window.get());
                QPushButton *keep = box.addButton(tr("Keep for this run only"), QMessageBox::AcceptRole);
                box.exec();
                if (box.clickedButton() != keep)
                    return;
            }
            m_telegramToken = tg;
            m_intercomToken = ic;
            startEngine();
        });
    });
}

void GuiApp::openSettings()
{
    auto *dialog = new ui::SettingsDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->tokenForm()->setStoredTokens(m_telegramToken, m_intercomToken);
    const ui::ConnectionSettings connection = ui::ConnectionSettings::load();
    dialog->tokenForm()->setRegion(connection.intercomRegion);
    dialog->teamForm()->setUrl(connection.teamDatabase);
    if (m_world)
        dialog->tokenForm()->setApiOverride(m_sandbox.telegramApi, m_sandbox.intercomApi);
    if (m_db && m_db->isOpen()) {
        const QString actor = m_context && m_context->tools() ? m_context->tools()->actor()
                                                              : models::MappingTools::defaultActor();
        dialog->setRetention(new models::RetentionSettings(*m_db, dialog), actor);
        dialog->setBusinessAccounts(models::BusinessAccounts(*m_db), actor);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_window->applyDesktopSettings();
        if (!m_world)
            saveTeamDatabase(dialog->teamForm()->url(), dialog->teamForm()->password());
        if (m_world) {
            QMessageBox::information(m_window.get(), tr("Sandbox"),
                tr("The sandbox always uses its own tokens; nothing was stored."));
            return;
        }
        if (dialog->forgetRequested()) {
            m_secrets.remove(Secret::TelegramBotToken, [](const QString &) {});
            m_secrets.remove(Secret::IntercomAccessToken, [](const QString &) {});
            m_telegramToken.clear();
            m_intercomToken.clear();
            startEngine();
            return;
        }
        ui::ConnectionSettings saved = ui::ConnectionSettings::load();
        saved.intercomRegion = dialog->tokenForm()->region();
        saved.save();
        storeTokens(dialog->tokenForm()->telegramToken(), dialog->tokenForm()->intercomToken(), {});
    });
    dialog->open();
}

void GuiApp::importCache()
{
    const QString from = QFileDialog::getOpenFileName(m_window.get(), tr("Import a Single-Seat Cache"),
        store::Database::defaultPath(), tr("tgic caches (*.sqlite3);;All files (*)"));
    if (from.isEmpty())
        return;
    store::Database source;
    if (!source.open(from)) {
        QMessageBox::warning(m_window.get(), tr("Import"), source.error());
        return;
    }
    const store::ImportReport report = store::TeamImport(source, *m_db).run();
    if (!report.ok) {
        QMessageBox::warning(m_window.get(), tr("Import"),
            tr("The import stopped and nothing of it was kept: %1").arg(report.error));
        return;
    }
    QStringList lines;
    for (const auto &[table, counts] : report.tables)
        lines << tr("%1: %2 new, %3 already there").arg(table).arg(counts.first).arg(counts.second);
    lines += report.notes;
    QMessageBox::information(m_window.get(), tr("Import"),
        tr("Imported %1 into the team database.").arg(from) + u"\n\n"_s + lines.join(u'\n'));
}

void GuiApp::saveTeamDatabase(const QString &url, const QString &password)
{
    ui::ConnectionSettings connection = ui::ConnectionSettings::load();
    const QString before = connection.teamDatabase;
    connection.teamDatabase = url; // never with the password: that is the keychain's
    connection.save();
    if (!password.isEmpty())
        m_secrets.write(Secret::TeamDatabasePassword, password, [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(m_window.get(), tr("Team database"),
                    tr("The team database's password could not be saved in the keychain:\n%1").arg(error));
        });
    if (url != before || !password.isEmpty())
        QMessageBox::information(m_window.get(), tr("Team database"),
            url.isEmpty() ? tr("tgic uses this workstation's own cache from the next start.")
                          : tr("tgic opens the team database from the next start."));
}

void GuiApp::scheduleScreenshot()
{
    // Wait until the story has played through: the outbox drained and the chat list settled,
    // or give up waiting after 20 s and take what there is.
    auto *poll = new QTimer(this);
    auto stableSince = std::make_shared<int>(0);
    auto lastCount = std::make_shared<int>(-1);
    auto waited = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, stableSince, lastCount, waited] {
        *waited += 200;
        const int chats = m_window->chatModel()->rowCount();
        // As the status bar shows it: the engine runs on a thread of its own.
        const models::SyncStatus *status = m_window->syncStatus();
        const bool idle = !m_context || !m_context->engine()
            || (status->state() == sync::SyncEngine::Status::Connected && status->pendingCount() == 0);
        *stableSince = (idle && chats == *lastCount && chats > 0) ? *stableSince + 200 : 0;
        *lastCount = chats;
        if (*stableSince < 1200 && *waited < 20000 && m_options.sandbox)
            return;
        if (!m_options.sandbox && *waited < 1500)
            return;
        poll->stop();
        takeScreenshot();
    });
    poll->start(200);
}

void GuiApp::takeScreenshot()
{
    const qint64 showcase = m_sandbox.showcaseChatId;
    const int row = showcase ? m_window->chatModel()->rowOfChat(showcase) : -1;
    m_window->selectChat(row >= 0 ? showcase : m_window->chatModel()->chatIdAt(0));
    QTimer::singleShot(600, this, [this] {
        const bool saved = m_window->grab().save(m_options.screenshotFile, "PNG");
        if (!saved)
            std::fprintf(stderr, "%s\n", qPrintable(tr("Cannot write %1").arg(m_options.screenshotFile)));
        m_exitCode = saved ? 0 : 1;
        QApplication::exit(m_exitCode);
    });
}

} // namespace tgic::gui
