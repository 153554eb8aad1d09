// SPDX-License-Identifier: MIT
#pragma once

// Test support for the GUI suites: the desktop app as GuiApp composes it, on SyncHarness's
// emulators and database. One models::AppContext (test::makeContext: the engine from a test
// config, the election, the health monitor, the repair tools) on a thread and connection of its
// own, as on the desktop, and the main window wired to it, its models reading through a
// models::ModelReader as GuiApp gives them one (on PostgreSQL on a thread of its own: what they
// show arrives a little later, so tests wait for it with QTRY_*). The test talks to the engine only
// through onEngineThread().
// Header-only; link tgic_ui and tgic_models.

#include "ContextFixture.h"
#include "MainWindow.h"
#include "MappingTools.h"
#include "ModelReader.h"
#include "SyncStatus.h"

#include <functional>
#include <memory>

namespace tgic::test {

class DesktopHarness
{
public:
    //! The window on a context built from SyncHarness::config(), changed by `tune` if given.
    //! Nothing runs until start().
    explicit DesktopHarness(
        const std::function<void(sync::SyncConfig &)> &tune = {}, const QString &agent = QString())
    {
        sync::SyncConfig config = h.config();
        if (tune)
            tune(config);
        context = makeContext(h, config, agent, true);
        reader = makeReader(*h.db);
        window = std::make_unique<ui::MainWindow>(*h.db, reader.get());
        wire(*window, *context);
    }
    ~DesktopHarness()
    {
        context->stop();
        window.reset();
        reader.reset();
        context.reset();
    }

    //! The window's reader as GuiApp makes it: on a team database a thread and connection of
    //! its own, inline on SQLite.
    static std::unique_ptr<models::ModelReader> makeReader(store::Database &db)
    {
        return db.isTeam() ? std::make_unique<models::ModelReader>(db, store::OpenOptions {})
                           : std::make_unique<models::ModelReader>(db);
    }
    DesktopHarness(const DesktopHarness &) = delete;
    DesktopHarness &operator=(const DesktopHarness &) = delete;

    //! Show the window and start the sync (engine, election, monitor), as GuiApp does.
    void start()
    {
        window->show();
        context->start();
    }

    //! What GuiApp gives the window of its context: the engine, the repair tools, the election,
    //! whether the sync waits for its connection.
    static void wire(ui::MainWindow &window, models::AppContext &context)
    {
        window.setSyncEngine(context.engine());
        window.setMappingTools(context.tools());
        window.setElection(&context.election());
        window.syncStatus()->setSyncWaiting(context.isSyncWaiting());
        QObject::connect(&context, &models::AppContext::syncWaitingChanged, window.syncStatus(),
            &models::SyncStatus::setSyncWaiting, Qt::UniqueConnection);
    }

    sync::SyncEngine *engine() const { return context->engine(); }
    //! Run `work` on the engine's thread and wait for it: the engine is not to be called from
    //! the window's.
    void onEngineThread(const std::function<void(sync::SyncEngine &)> &work) const
    {
        sync::SyncEngine *e = context->engine();
        QMetaObject::invokeMethod(
            e, [e, &work] { work(*e); }, Qt::BlockingQueuedConnection);
    }
    models::MappingTools *tools() const { return context->tools(); }

    SyncHarness h;
    std::unique_ptr<models::AppContext> context;
    std::unique_ptr<models::ModelReader> reader;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace tgic::test
