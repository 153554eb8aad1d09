// SPDX-License-Identifier: MIT
#pragma once

// Test support for the GUI suites on a team database across a slow link: a LatencyProxy in
// front of SyncHarness's PostgreSQL, a connection through it, and the desktop's sync
// (models::AppContext, on a thread of its own, leading) on that connection or on the harness's
// direct one. Header-only; link tgic_ui and tgic_models.

#include "DesktopHarness.h"
#include "LatencyProxy.h"

#include <chrono>
#include <memory>

namespace tgic::test {

class SlowContext
{
    Q_DISABLE_COPY_MOVE(SlowContext)

public:
    //! Which side of the link the sync's connection is on.
    enum class Engine { BehindTheLink, Direct };

    //! The context is built from the harness's fastConfig(), its engine built (on the sync's
    //! thread) by the time this returns; nothing runs until start(). Check isOpen(). `lease` is
    //! the election's timing (the product's default unless a case needs room for a slower link).
    SlowContext(
        SyncHarness &h, std::chrono::milliseconds roundTrip, Engine engine, team::LeaseTiming lease = {})
        : proxy(LatencyProxy::forUrl(h.location, roundTrip))
    {
        if (!slow.open(proxy->url(h.location)))
            return;
        h.lease.reset(); // the context's election takes the poller lease
        models::AppContextOptions options;
        options.member = team::thisWorkstation(QStringLiteral("tgic"), QStringLiteral("agent Kim"));
        options.member.canLead = true;
        options.ownThread = true;
        options.leaseTiming = lease;
        context = std::make_unique<models::AppContext>(engine == Engine::Direct ? *h.db : slow, options);
        context->setSyncConfig(h.fastConfig());
        if (!QTest::qWaitFor([this] { return context->engine() != nullptr; }, 10000))
            qWarning("the context's engine was not built within 10 s");
    }
    ~SlowContext()
    {
        if (context)
            context->stop();
    }

    //! The connection through the link opened (else see slow.error()).
    bool isOpen() const { return context != nullptr; }

    //! As GuiApp wires it: the context's sync now, and each engine it announces later.
    void wire(ui::MainWindow &window) const
    {
        DesktopHarness::wire(window, *context);
        QObject::connect(
            context.get(), &models::AppContext::syncChanged, &window, [&window, c = context.get()] {
                window.setSyncEngine(c->engine());
                window.setMappingTools(c->tools());
            });
    }

    std::unique_ptr<LatencyProxy> proxy;
    store::Database slow; //!< through the link
    std::unique_ptr<models::AppContext> context;
};

} // namespace tgic::test
