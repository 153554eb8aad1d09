// SPDX-License-Identifier: MIT
// tgic: the desktop app. Parses the command line and hands over to GuiApp.
#include "GuiApp.h"
#include "I18n.h"
#include "LogFile.h"
#include "LogScrub.h"
#include "store/DataFolder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "tgic.app", QtInfoMsg)

namespace {
// --help and --version only print: they must work without a display (over SSH, in scripts),
// where constructing a QApplication aborts in the platform plugin.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    const std::unique_ptr<QCoreApplication> instance = onlyPrints(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *instance;
    QApplication::setOrganizationName(u"tgic"_s);
    QApplication::setApplicationName(u"tgic"_s);
    QApplication::setApplicationDisplayName(u"Telegram ⇄ Intercom"_s);
    QApplication::setApplicationVersion(QStringLiteral(TGIC_VERSION));
    // The reverse-DNS id of the .desktop file, the metainfo and the icon (packaging/).
    QApplication::setDesktopFileName(QStringLiteral(TGIC_APP_ID));

    // The system's language unless Settings chose one; before any translated text is made.
    const QString language = tgic::i18n::installTranslators(&app, tgic::i18n::languageSetting());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Telegram chats beside their linked Intercom contacts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(u"sandbox"_s,
        QApplication::translate("main",
            "Run against local emulators of Telegram and Intercom with scripted "
            "customers. Needs no accounts and no network."));
    const QCommandLineOption screenshot(u"screenshot"_s,
        QApplication::translate("main", "Render the main window to a PNG file, then quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption database(u"db"_s,
        QApplication::translate("main", "Use this cache file instead of the default one."),
        QApplication::translate("main", "path"));
    parser.addOptions({ sandbox, screenshot, database });
    parser.process(app);

    tgic::LogFile::Options log;
    log.directory = tgic::store::dataFolder() + u"/logs"_s; // beside the cache, which the store places
    tgic::LogFile::install(log);
    // An erased customer leaves the log files too (see identity::CustomerErasure).
    tgic::setLogScrubber([](const QStringList &needles) { tgic::LogFile::eraseMentions(needles); });
    qCInfo(lcApp, "tgic %s starting on Qt %s, language %s", TGIC_VERSION, qVersion(), qPrintable(language));

    tgic::gui::GuiOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.screenshotFile = parser.value(screenshot);
    options.databasePath = parser.value(database);
    tgic::gui::GuiApp gui(options);
    if (!gui.start())
        return gui.exitCode();
    return QApplication::exec();
}
