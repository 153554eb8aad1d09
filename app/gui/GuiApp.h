// SPDX-License-Identifier: MIT
#pragma once

#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace tgic::models {
class AppContext;
class DatabaseOpener;
class ModelReader;
} // namespace tgic::models
namespace tgic::store {
class Database;
}
namespace tgic::ui {
class ConnectingWindow;
class MainWindow;
} // namespace tgic::ui

namespace tgic::gui {

struct GuiOptions
{
    bool sandbox = false;
    QString screenshotFile; //!< render the window to this PNG, then quit
    QString databasePath; //!< empty: the default (or a temporary one in sandbox mode)
};

//! Bootstrap of the desktop app: opens the cache, gets the tokens (keychain, wizard), runs the
//! sync engine and the main window; in sandbox mode runs the emulators and the scripted
//! customers in process instead.
class GuiApp final : public QObject
{
    Q_OBJECT

public:
    explicit GuiApp(GuiOptions options, QObject *parent = nullptr);
    ~GuiApp() override;

    //! Returns false (with a message already shown or printed) when the app cannot start.
    bool start();
    int exitCode() const { return m_exitCode; }

private:
    //! How the database is opened: the application name, the team database's password.
    void prepareOptions(const QString &path);
    bool openDatabase(const QString &path);
    //! A team database: opened off the window's thread, the connecting window shown meanwhile;
    //! startWindow() once it is up.
    void connectTeamDatabase(const QString &path);
    void watchErasures();
    //! The main window, its reader and the sync (or the sandbox), on the open database.
    void startWindow();
    void startSandbox();
    void loadTokens();
    void runWizard(const QString &keychainProblem);
    void storeTokens(const QString &telegram, const QString &intercom, const QString &appId);
    void startEngine();
    void startElection();
    void openSettings();
    void importCache();
    void saveTeamDatabase(const QString &url, const QString &password);
    void scheduleScreenshot();
    void takeScreenshot();

    GuiOptions m_options;
    QTemporaryDir m_sandboxDir;
    std::unique_ptr<store::Database> m_db;
    //! Until a team database is open: what opens it, and the window that says so.
    std::unique_ptr<models::DatabaseOpener> m_opener;
    std::unique_ptr<ui::ConnectingWindow> m_connecting;
    store::OpenOptions m_dbOptions; //!< how m_db was opened: the sync's own connection opens so too
    //! The sandbox::SandboxWorld in sandbox mode. Held as its QObject base so that a build
    //! without the emulators (TGIC_BUILD_SANDBOX=OFF) need not know the type; what the rest of
    //! the app needs from it is copied into m_sandbox.
    std::unique_ptr<QObject> m_world;
    struct
    {
        QUrl telegramApi, intercomApi;
        qint64 showcaseChatId = 0; //!< the chat the screenshot shows
    } m_sandbox;
    //! The sync as both apps compose it: the election (made at the first start, on a team even
    //! without tokens: this workstation is seen and follows), the engine when there are tokens,
    //! its health monitor (while this workstation runs the sync it writes the figures every
    //! workstation's Sync Health plots) and the window's repair tools.
    models::AppContext &context();
    std::unique_ptr<models::AppContext> m_context;
    bool m_electionShown = false; //!< the window was given the election
    //! Where the window's models read: on a team database a thread and connection of their own,
    //! so that the GUI thread never waits for a round trip; inline on SQLite.
    std::unique_ptr<models::ModelReader> m_reader;
    std::unique_ptr<ui::MainWindow> m_window;
    secrets::SecretStore m_secrets;
    //! In memory only: read from the keychain, or kept "for this run only".
    QString m_telegramToken;
    QString m_intercomToken;
    int m_exitCode = 0;
};

} // namespace tgic::gui
