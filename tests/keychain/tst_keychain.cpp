// SPDX-License-Identifier: MIT
// Tokens in the real OS keychain (gnome-keyring over the Secret Service), run inside
// with-keyring.sh. Shows the round trip, the environment override, that the CLI stores and
// uses a token without ever printing it, and the clear error when there is no keychain.

#include "sandbox/SandboxScenarios.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QProcessEnvironment env()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(u"TGIC_TELEGRAM_TOKEN"_s);
        e.remove(u"TGIC_INTERCOM_TOKEN"_s);
        return e;
    }

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    Run cli(const QStringList &args, const QByteArray &input = {}, QProcessEnvironment e = env())
    {
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(TGIC_CLI_PATH), args);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000))
            p.kill();
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/keychain/with-keyring.sh: there is no D-Bus session");
    }

    void roundTripThroughTheRealKeyring()
    {
        secrets::SecretStore store(u"tgic-test"_s);
        QCOMPARE(store.writeSync(secrets::Secret::IntercomAccessToken, u"intercom-secret-1"_s), QString());
        auto read = store.loadSync(secrets::Secret::IntercomAccessToken);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.value.value_or(QString()), u"intercom-secret-1"_s);
        QCOMPARE(store.removeSync(secrets::Secret::IntercomAccessToken), QString());
        read = store.loadSync(secrets::Secret::IntercomAccessToken);
        QVERIFY(read.error.isEmpty());
        QVERIFY(!read.value); // absent is not an error
    }

    void environmentOverridesTheKeyring()
    {
        secrets::SecretStore store(u"tgic-test"_s);
        QCOMPARE(store.writeSync(secrets::Secret::TelegramBotToken, u"from-keyring"_s), QString());
        qputenv("TGIC_TELEGRAM_TOKEN", "from-environment");
        QCOMPARE(store.loadSync(secrets::Secret::TelegramBotToken).value.value_or(QString()),
            u"from-environment"_s);
        qunsetenv("TGIC_TELEGRAM_TOKEN");
        QCOMPARE(
            store.loadSync(secrets::Secret::TelegramBotToken).value.value_or(QString()), u"from-keyring"_s);
        store.removeSync(secrets::Secret::TelegramBotToken);
    }

    void cliStoresTokensAndSyncsWithoutEverPrintingThem()
    {
        sandbox::SandboxWorld world;
        QVERIFY(world.listen());
        world.telegram().pushMessage(sandbox::persona::anonymous(), u"hello via the keyring"_s);
        const QByteArray telegram = sandbox::SandboxWorld::telegramToken().toUtf8();
        const QByteArray intercom = sandbox::SandboxWorld::intercomToken().toUtf8();
        QCOMPARE(cli({ u"token"_s, u"set"_s, u"telegram"_s }, telegram + '\n').exitCode, 0);
        QCOMPARE(cli({ u"token"_s, u"set"_s, u"intercom"_s }, intercom + '\n').exitCode, 0);

        const Run status = cli({ u"token"_s, u"status"_s, u"telegram"_s });
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(u"stored (not shown)"_s), qPrintable(status.out));

        const QString db = m_dir.filePath(u"k.sqlite3"_s);
        const Run sync = cli({ u"--db"_s, db, u"--telegram-api-url"_s, world.telegram().baseUrl().toString(),
            u"--intercom-api-url"_s, world.intercom().baseUrl().toString(), u"sync"_s, u"--until-idle"_s });
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QCOMPARE(world.intercom()
                     .contactsWithAttribute(
                         u"telegram_user_id"_s, QString::number(sandbox::persona::anonymous().id))
                     .size(),
            1);
        for (const Run &r : { status, sync }) {
            QVERIFY(
                !r.out.contains(QString::fromUtf8(telegram)) && !r.err.contains(QString::fromUtf8(telegram)));
            QVERIFY(
                !r.out.contains(QString::fromUtf8(intercom)) && !r.err.contains(QString::fromUtf8(intercom)));
        }
        // Nothing secret on disk either.
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(telegram) && !bytes.contains(intercom));

        QCOMPARE(cli({ u"token"_s, u"clear"_s, u"telegram"_s }).exitCode, 0);
        QVERIFY(cli({ u"token"_s, u"status"_s, u"telegram"_s }).out.contains(u"not stored"_s));
    }

    void withoutAKeychainTheErrorSaysSo()
    {
        QProcessEnvironment e = env();
        e.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        e.remove(u"DISPLAY"_s);
        const Run run = cli({ u"token"_s, u"set"_s, u"telegram"_s }, "x\n", e);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
