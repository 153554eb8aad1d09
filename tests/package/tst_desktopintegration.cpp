// SPDX-License-Identifier: MIT
// Desktop integration (issue 6): the log file keeps no token and rotates, the tray counts unread
// chats and notifies of new customer messages (and stays quiet when switched off), About shows
// the one project version, Settings saves the desktop choices.

#include "AboutDialog.h"
#include "ConnectionSettings.h"
#include "DesktopSettings.h"
#include "I18n.h"
#include "LogFile.h"
#include "MainWindow.h"
#include "ModelReader.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"
#include "store/Database.h"
#include "store/UpdateInbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic;

Q_LOGGING_CATEGORY(lcTest, "tgic.test", QtDebugMsg)

namespace {
QJsonObject message(
    qint64 updateId, qint64 userId, qint64 messageId, const QString &text, const QString &name)
{
    return QJsonObject { { u"update_id"_s, updateId },
        { u"message"_s,
            QJsonObject { { u"message_id"_s, messageId }, { u"date"_s, 1760000000 + updateId },
                { u"chat"_s,
                    QJsonObject {
                        { u"id"_s, userId }, { u"type"_s, u"private"_s }, { u"first_name"_s, name } } },
                { u"from"_s,
                    QJsonObject { { u"id"_s, userId }, { u"is_bot"_s, false }, { u"first_name"_s, name } } },
                { u"text"_s, text } } } };
}

// Stands in for the desktop's notification service (what GNOME Shell or a notification daemon
// provides) on a private session bus.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;
    QStringList icons;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(replacesId)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        summaries << summary;
        bodies << body;
        icons << icon;
        return uint(summaries.size());
    }
};

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Settings and data of this test only (QSettings follows the test-mode locations too).
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"tgic-test"_s);
        QCoreApplication::setApplicationName(u"tgic-desktop-test"_s);
        QSettings().clear();
    }

    void logFileNeverContainsATokenEvenWhenCodeLogsOne()
    {
        const QString dir = m_dir.filePath(u"logs"_s);
        LogFile::Options options;
        options.directory = dir;
        options.echo = false;
        QVERIFY(LogFile::install(options));
        // Shaped like a real bot token (digits, colon, 35 characters), assembled at run time so
        // the source never holds anything that looks like a live token.
        const QString telegram = QString::number(7123456789) + u':' + u"FAKE-test_"_s + QString(25, u'x');
        const QString intercom = u"dG9rOmFiY2RlZl9zZWNyZXRfaW50ZXJjb21fdG9rZW4xMjM0NTY3ODkw"_s;
        const QString held = u"a-token-of-any-shape-the-app-holds"_s;
        LogFile::addSecret(held);
        // Every way a token could slip into a message, as careless code would write it.
        qCInfo(lcTest).noquote() << u"GET https://api.telegram.org/bot"_s + telegram
                + u"/getUpdates failed"_s;
        qCWarning(lcTest).noquote() << u"file https://api.telegram.org/file/bot"_s + telegram
                + u"/photos/1.jpg"_s;
        qCWarning(lcTest).noquote() << u"Authorization: Bearer "_s + intercom;
        qCWarning(lcTest).noquote() << u"token was "_s + intercom + u" and "_s + held;
        qCDebug(lcTest).noquote() << "https://user:pa55word@example.com/?access_token=abc123&x=1";
        qInfo("plain qInfo with %s", qPrintable(held));
        const QString log = readAll(dir + u"/tgic.log"_s);
        LogFile::uninstall();

        QVERIFY2(log.count(u'\n') == 6, qPrintable(log));
        for (const QString &secret : { telegram, intercom, held, u"pa55word"_s, u"abc123"_s })
            QVERIFY2(!log.contains(secret), qPrintable(log));
        QVERIFY2(log.contains(u"/getUpdates failed"_s), qPrintable(log)); // the rest of the line stays
        QVERIFY(log.contains(u" I tgic.test: "_s));
        QVERIFY(log.contains(u" W tgic.test: "_s));
        QVERIFY(log.contains(u" I default: plain qInfo with <redacted>"_s));
        QVERIFY(!(QFile(dir + u"/tgic.log"_s).permissions() & (QFile::ReadOther | QFile::ReadGroup)));
    }

    void logFileRotatesAndKeepsFiveFiles()
    {
        const QString dir = m_dir.filePath(u"rotating"_s);
        LogFile::Options options;
        options.directory = dir;
        options.maxBytes = 2000;
        options.echo = false;
        QVERIFY(LogFile::install(options));
        const QString filler(150, u'x');
        for (int i = 0; i < 200; ++i)
            qCInfo(lcTest).noquote() << i << filler;
        LogFile::uninstall();
        const QStringList files = QDir(dir).entryList({ u"tgic*.log"_s }, QDir::Files, QDir::Name);
        QCOMPARE(files,
            QStringList(
                { u"tgic.1.log"_s, u"tgic.2.log"_s, u"tgic.3.log"_s, u"tgic.4.log"_s, u"tgic.log"_s }));
        for (const QString &f : files)
            QVERIFY(QFileInfo(dir + u'/' + f).size() < 2000 + 300);
        QVERIFY(readAll(dir + u"/tgic.log"_s).contains(u" 199 "_s)); // the newest lines are in tgic.log
    }

    void trayCountsUnreadAndNotifiesOfNewMessages()
    {
        store::Database db;
        QVERIFY(db.open(m_dir.filePath(u"tray.sqlite3"_s)));
        store::UpdateInbox inbox(db);
        QVERIFY(inbox.ingest({ message(1, 101, 1, u"hello"_s, u"Ana"_s) }).ok);

        ui::DesktopSettings { true, true }.save();
        models::ModelReader reader(db);
        ui::TrayIcon tray(reader, nullptr);
        QCOMPARE(tray.unreadChats(), 1);
        QVERIFY(tray.summary().contains(u'1'));
        QSignalSpy notified(&tray, &ui::TrayIcon::notified);

        // One new message: a notification with the customer's name and text.
        QVERIFY(inbox.ingest({ message(2, 101, 2, u"are you there?"_s, u"Ana"_s) }).ok);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 5000);
        QCOMPARE(notified.at(0).at(0).toString(), u"Ana"_s);
        QCOMPARE(notified.at(0).at(1).toString(), u"are you there?"_s);
        QCOMPARE(tray.unreadChats(), 1);
        QCOMPARE(tray.unreadMessages(), 2);

        // A burst from two new customers: one notification that names them.
        QVERIFY(
            inbox.ingest({ message(3, 102, 1, u"hi"_s, u"Ben"_s), message(4, 103, 1, u"hey"_s, u"Cleo"_s) })
                .ok);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 5000);
        QVERIFY2(
            notified.at(1).at(1).toString().contains(u"Ben"_s), qPrintable(notified.at(1).at(1).toString()));
        QVERIFY(notified.at(1).at(1).toString().contains(u"Cleo"_s));
        QCOMPARE(tray.unreadChats(), 3);

        // Switched off in Settings: counted, not announced.
        ui::DesktopSettings { true, false }.save();
        tray.applySettings();
        QVERIFY(!tray.notificationsEnabled());
        QVERIFY(inbox.ingest({ message(5, 104, 1, u"quiet"_s, u"Dan"_s) }).ok);
        QTRY_COMPARE_WITH_TIMEOUT(tray.unreadChats(), 4, 5000);
        // Switched on again, the next customer is announced, and only they: had Dan's message
        // been announced (or kept for later), it would come first or share this notification.
        ui::DesktopSettings { true, true }.save();
        tray.applySettings();
        QVERIFY(inbox.ingest({ message(6, 105, 1, u"hello again"_s, u"Eve"_s) }).ok);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 3, 5000);
        QVERIFY2(
            notified.at(2).at(0).toString().contains(u"Eve"_s), qPrintable(notified.at(2).at(0).toString()));
        QVERIFY(!notified.at(2).at(0).toString().contains(u"Dan"_s));
        QVERIFY(!notified.at(2).at(1).toString().contains(u"quiet"_s));
        QTRY_COMPARE(tray.unreadChats(), 5);
    }

    // Runs under dbus-run-session (ctest: tst_desktopintegration_dbus); skipped without a bus.
    void notificationsReachTheDesktopServiceWithoutATray()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no D-Bus session bus");
        // A separate connection plays the desktop, as GNOME Shell would be another process.
        QDBusConnection desktop = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"desktop"_s);
        FakeNotifications service;
        QVERIFY(desktop.registerObject(
            u"/org/freedesktop/Notifications"_s, &service, QDBusConnection::ExportAllSlots));
        QVERIFY(desktop.registerService(u"org.freedesktop.Notifications"_s));

        store::Database db;
        QVERIFY(db.open(m_dir.filePath(u"notify.sqlite3"_s)));
        store::UpdateInbox inbox(db);
        QVERIFY(inbox.ingest({ message(1, 201, 1, u"first"_s, u"Eva"_s) }).ok);
        ui::DesktopSettings { false, true }.save(); // no tray icon, notifications on
        models::ModelReader reader(db);
        ui::TrayIcon tray(reader, nullptr);
        QVERIFY(!tray.isShown());
        QVERIFY(inbox.ingest({ message(2, 201, 2, u"<b>still waiting</b>"_s, u"Eva"_s) }).ok);
        QTRY_COMPARE_WITH_TIMEOUT(service.summaries.size(), 1, 5000);
        QCOMPARE(service.summaries.first(), u"Eva"_s);
        // The body is markup for the service: a customer's text must arrive escaped.
        QCOMPARE(service.bodies.first(), u"&lt;b&gt;still waiting&lt;/b&gt;"_s);
        QCOMPARE(service.icons.first(), QStringLiteral(TGIC_APP_ID));
        desktop.unregisterService(u"org.freedesktop.Notifications"_s);
        QDBusConnection::disconnectFromBus(u"desktop"_s);
    }

    void aboutShowsTheProjectVersionQtAndLicence()
    {
        ui::AboutDialog about;
        const QString version = about.findChild<QLabel *>(u"aboutVersion"_s)->text();
        QVERIFY2(version.contains(QStringLiteral(TGIC_EXPECTED_VERSION)), qPrintable(version));
        QVERIFY(
            about.findChild<QLabel *>(u"aboutQtVersion"_s)->text().contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.findChild<QLabel *>(u"aboutLicence"_s)->text().contains(u"MIT"_s));
        QVERIFY(about.findChild<QLabel *>(u"aboutLinks"_s)->text().contains(u"href"_s));
    }

    void settingsSavesTheDesktopChoices()
    {
        ui::DesktopSettings { true, true }.save();
        i18n::setLanguageSetting({});
        {
            ui::SettingsDialog dialog;
            // System default, English, then every embedded translation.
            QCOMPARE(dialog.languageBox()->count(), 2 + int(i18n::availableLanguages().size()));
            QVERIFY(i18n::availableLanguages().contains(u"ru"_s));
            QCOMPARE(dialog.languageBox()->currentIndex(), 0);
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
            dialog.trayBox()->setChecked(false);
            dialog.notificationsBox()->setChecked(false);
            dialog.accept();
        }
        QCOMPARE(i18n::languageSetting(), u"de"_s);
        QVERIFY(!ui::DesktopSettings::load().trayIcon);
        QVERIFY(!ui::DesktopSettings::load().notifications);
        i18n::setLanguageSetting({});
    }

    // Where the app connects survives a restart under the names earlier versions wrote, and
    // going back to this seat's own cache leaves no team database behind.
    void connectionSettingsKeepTheirNames()
    {
        QSettings().clear();
        const ui::ConnectionSettings defaults = ui::ConnectionSettings::load();
        QCOMPARE(defaults.intercomRegion, u"us"_s);
        QVERIFY(defaults.intercomAppId.isEmpty());
        QVERIFY(defaults.teamDatabase.isEmpty());

        {
            QSettings older; // as a version before ConnectionSettings wrote them
            older.setValue(u"intercom/region"_s, u"eu"_s);
            older.setValue(u"intercom/appId"_s, u"abc123"_s);
            older.setValue(u"team/database"_s, u"postgresql://db.example/tgic"_s);
        }
        ui::ConnectionSettings s = ui::ConnectionSettings::load();
        QCOMPARE(s.intercomRegion, u"eu"_s);
        QCOMPARE(s.intercomAppId, u"abc123"_s);
        QCOMPARE(s.teamDatabase, u"postgresql://db.example/tgic"_s);

        s.intercomRegion = u"au"_s;
        s.teamDatabase.clear();
        s.save();
        QCOMPARE(QSettings().value(u"intercom/region"_s).toString(), u"au"_s);
        QVERIFY(!QSettings().contains(u"team/database"_s));
        QCOMPARE(ui::ConnectionSettings::load().intercomAppId, u"abc123"_s);
        QSettings().clear();
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
