// SPDX-License-Identifier: MIT
#pragma once

// Test support: the app's composition (models::AppContext) on SyncHarness's database, made the
// way the desktop app makes it. Header-only; link tgic_models.

#include "AppContext.h"
#include "SyncHarness.h"
#include "team/Workstation.h"

#include <QTest>

#include <memory>

namespace tgic::test {

//! A context on the harness's database that is this test process's one poller: the harness's
//! own lease is handed over to the context's election (on a team database it takes the lease
//! at its start()). `agent` names the workstation in the team; `ownThread`: the engine runs on
//! a thread and connection of its own, as on the desktop (models::AppContextOptions::ownThread).
inline std::unique_ptr<models::AppContext> makeContext(SyncHarness &harness, const sync::SyncConfig &config,
    const QString &agent = QString(), bool ownThread = false)
{
    harness.lease.reset();
    models::AppContextOptions options;
    options.member = team::thisWorkstation(QStringLiteral("tgic"), agent);
    options.member.canLead = true;
    options.ownThread = ownThread;
    auto context = std::make_unique<models::AppContext>(*harness.db, options);
    context->setSyncConfig(config);
    // On a thread of its own the engine is built there, and announced when it is ready.
    if (!QTest::qWaitFor([&] { return context->engine() != nullptr; }, 10000))
        qWarning("the context's engine was not built within 10 s");
    return context;
}

} // namespace tgic::test
