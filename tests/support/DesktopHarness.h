// SPDX-License-Identifier: MIT
#pragma once

// Test support for the GUI suites: the desktop app as GuiApp composes it, on SyncHarness's
// emulators and database. One models::AppContext (test::makeContext: the engine from a test
// config, the election, the health monitor, the repair tools) and the main window wired to it.
// Header-only; link tgic_ui and tgic_models.

#include "ContextFixture.h"
#include "MainWindow.h"
#include "MappingTools.h"

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
        context = makeContext(h, config, agent);
        window = std::make_unique<ui::MainWindow>(*h.db);
        wire(*window, *context);
    }
    ~DesktopHarness()
    {
        context->stop();
        window.reset();
        context.reset();
    }
    DesktopHarness(const DesktopHarness &) = delete;
    DesktopHarness &operator=(const DesktopHarness &) = delete;

    //! Show the window and start the sync (engine, election, monitor), as GuiApp does.
    void start()
    {
        window->show();
        context->start();
    }

    //! What GuiApp gives the window of its context: the engine, the repair tools, the election.
    static void wire(ui::MainWindow &window, models::AppContext &context)
    {
        window.setSyncEngine(context.engine());
        window.setMappingTools(context.tools());
        window.setElection(&context.election());
    }

    sync::SyncEngine *engine() const { return context->engine(); }
    models::MappingTools *tools() const { return context->tools(); }

    SyncHarness h;
    std::unique_ptr<models::AppContext> context;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace tgic::test
