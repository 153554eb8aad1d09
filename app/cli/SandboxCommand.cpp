// SPDX-License-Identifier: MIT
// tgic-cli sandbox: both API emulators with the scripted customers, until interrupted.
#include "CliApp.h"

#include "Console.h"
#include "SignalWatcher.h"

#ifdef TGIC_HAVE_SANDBOX
#include "sandbox/SandboxScenarios.h"
#endif

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tgic::cli {

ExitCode CliApp::runSandbox()
{
#ifdef TGIC_HAVE_SANDBOX
    auto portOption = [this](const QString &name, bool *ok) -> quint16 {
        *ok = true;
        if (!m_parser.isSet(name))
            return 0; // any free port
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
        return ExitCode::Failure;
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
    return QCoreApplication::exec() == 0 ? ExitCode::Ok : ExitCode::Failure;
#else
    err() << "tgic-cli: this build has no sandbox (configured with TGIC_BUILD_SANDBOX=OFF)" << Qt::endl;
    return ExitCode::Failure;
#endif
}

} // namespace tgic::cli
