// SPDX-License-Identifier: MIT
// The embedded translations reach the widgets: with each language's translator installed, the
// main window's menus and actions and the Settings dialog read differently from English; and
// the translator set-up honours the choice made in Settings.

#include "I18n.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {
// Every menu title and menu action text of the window, in order.
QStringList menuTexts(ui::MainWindow &window)
{
    QStringList out;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus) {
        out << menu->text();
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (!action->isSeparator())
                    out << action->text();
    }
    return out;
}
} // namespace

class TestI18nGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    QStringList m_english;
    QString m_englishSettingsTitle;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"tgic-test"_s);
        QCoreApplication::setApplicationName(u"tgic-i18n-test"_s);
        m_db = std::make_unique<store::Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"i18n.sqlite3"_s)));
        ui::MainWindow window(*m_db);
        m_english = menuTexts(window);
        QVERIFY(m_english.contains(u"&File"_s));
        m_englishSettingsTitle = ui::SettingsDialog().windowTitle();
    }

    void everyLanguageIsEmbedded()
    {
        QCOMPARE(i18n::availableLanguages(), QStringList({ u"de"_s, u"es"_s, u"ru"_s }));
        QCOMPARE(i18n::nativeName(u"ru"_s), u"Русский"_s);
        QCOMPARE(i18n::nativeName(u"de"_s), u"Deutsch"_s);
    }

    void windowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file"); // what "&File" becomes
        QTest::newRow("de") << u"de"_s << u"&Datei"_s;
        QTest::newRow("es") << u"es"_s << u"&Archivo"_s;
        QTest::newRow("ru") << u"ru"_s << u"&Файл"_s;
    }

    void windowSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/tgic_"_s + language + u".qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        ui::MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList texts = menuTexts(window);
        QCOMPARE(texts.size(), m_english.size());
        QCOMPARE(texts.first(), file);
        for (int i = 0; i < texts.size(); ++i)
            QVERIFY2(texts.at(i) != m_english.at(i), qPrintable(m_english.at(i) + u" was not translated"_s));
        ui::SettingsDialog settings;
        QVERIFY(settings.windowTitle() != m_englishSettingsTitle);
        QCoreApplication::removeTranslator(&translator);
    }

    // Last: installTranslators() installs for the rest of the process.
    void installTranslatorsHonoursTheChoice()
    {
        QCOMPARE(i18n::installTranslators(qApp, u"en"_s), u"en"_s); // English: nothing to load
        QCOMPARE(QCoreApplication::translate("tgic::ui::MainWindow", "&File"), u"&File"_s);
        QCOMPARE(i18n::installTranslators(qApp, u"ru"_s), u"ru"_s);
        QCOMPARE(QCoreApplication::translate("tgic::ui::MainWindow", "&File"), u"&Файл"_s);
        QCOMPARE(QLocale().language(), QLocale::Russian); // dates and numbers follow the choice
    }
};

QTEST_MAIN(TestI18nGui)
#include "tst_i18n_gui.moc"
