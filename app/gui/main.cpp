// SPDX-License-Identifier: MIT
// tgic: the desktop app. Parses the command line and hands over to GuiApp.
#include "GuiApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"tgic"_s);
    QApplication::setApplicationName(u"tgic"_s);
    QApplication::setApplicationDisplayName(u"Telegram ⇄ Intercom"_s);
    QApplication::setApplicationVersion(QStringLiteral(TGIC_VERSION));
    QApplication::setDesktopFileName(u"tgic"_s);

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), u"tgic"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&appTranslator);

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

    tgic::gui::GuiOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.screenshotFile = parser.value(screenshot);
    options.databasePath = parser.value(database);
    tgic::gui::GuiApp gui(options);
    if (!gui.start())
        return gui.exitCode();
    return QApplication::exec();
}
