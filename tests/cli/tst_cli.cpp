// SPDX-License-Identifier: MIT
// tgic-cli as an operator runs it: the process, its exit codes and what it prints. The
// emulators run inside this test process, so the CLI talks to them over loopback.

#include "sandbox/SandboxScenarios.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace tgic::sandbox;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment(bool withTokens = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: only the environment counts
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        if (withTokens) {
            env.insert(u"TGIC_TELEGRAM_TOKEN"_s, SandboxWorld::telegramToken());
            env.insert(u"TGIC_INTERCOM_TOKEN"_s, SandboxWorld::intercomToken());
        } else {
            env.remove(u"TGIC_TELEGRAM_TOKEN"_s);
            env.remove(u"TGIC_INTERCOM_TOKEN"_s);
        }
        return env;
    }

    // Runs the CLI while this process's event loop keeps serving the emulators.
    Run cli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TGIC_CLI_PATH), arguments);
        if (!process.waitForStarted())
            return {};
        const bool done = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
        if (!done) {
            process.kill();
            process.waitForFinished();
        }
        return Run { done ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    QStringList syncArgs(SandboxWorld &world, const QString &db) const
    {
        return { u"--db"_s, m_dir.filePath(db), u"--telegram-api-url"_s,
            world.telegram().baseUrl().toString(), u"--intercom-api-url"_s,
            world.intercom().baseUrl().toString(), u"sync"_s, u"--until-idle"_s };
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        const Run help = cli({ u"--help"_s }, environment());
        QCOMPARE(help.exitCode, 0);
        for (const QString &word : { u"sync"_s, u"users"_s, u"sandbox"_s, u"--db"_s, u"--telegram-api-url"_s,
                 u"--intercom-api-url"_s, u"TGIC_TELEGRAM_TOKEN"_s })
            QVERIFY2(help.out.contains(word), qPrintable(word));
        const Run version = cli({ u"--version"_s }, environment());
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"tgic-cli "_s + QStringLiteral(TGIC_VERSION));
    }

    void badArgumentsAreOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList {} << u"no command"_s;
        QTest::newRow("unknown command")
            << QStringList { u"frobnicate"_s } << u"unknown command 'frobnicate'"_s;
        QTest::newRow("unknown option") << QStringList { u"--frob"_s, u"users"_s } << u"frob"_s;
        QTest::newRow("option of another command")
            << QStringList { u"users"_s, u"--until-idle"_s } << u"--until-idle does not apply to 'users'"_s;
        QTest::newRow("bad region") << QStringList { u"--intercom-region"_s, u"mars"_s, u"sync"_s }
                                    << u"us, eu, au"_s;
        QTest::newRow("bad max-time")
            << QStringList { u"sync"_s, u"--max-time"_s, u"soon"_s } << u"--max-time"_s;
        QTest::newRow("forget whom") << QStringList { u"forget"_s } << u"forget needs --telegram-id N"_s;
        QTest::newRow("forget how") << QStringList { u"forget"_s, u"--telegram-id"_s, u"5"_s, u"--intercom"_s,
            u"shred"_s } << u"delete, archive, keep"_s;
        QTest::newRow("retention days")
            << QStringList { u"retention"_s, u"--days"_s, u"-3"_s } << u"--days takes a number of days"_s;
    }

    void badArgumentsAreOneLineAndExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = cli(arguments, environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"tgic-cli: "_s) && run.err.contains(says), qPrintable(run.err));
    }

    void missingTokenSaysWhereToPutIt()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        const Run run = cli(syncArgs(world, u"missing.sqlite3"_s), environment(false));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"TGIC_TELEGRAM_TOKEN"_s), qPrintable(run.err));
    }

    void refusedTokenExitsThree()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        QProcessEnvironment env = environment();
        env.insert(u"TGIC_INTERCOM_TOKEN"_s, u"not-the-token"_s);
        const Run run = cli(syncArgs(world, u"refused.sqlite3"_s), env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"Intercom refused the token"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"not-the-token"_s));
    }

    void unreachableServerExitsFourAndHidesTheToken()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        QStringList args = syncArgs(world, u"unreachable.sqlite3"_s);
        args[args.indexOf(u"--telegram-api-url"_s) + 1] = u"http://127.0.0.1:1"_s;
        const Run run = cli(args, environment());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"Cannot reach Telegram at http://127.0.0.1:1"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(SandboxWorld::telegramToken()));
    }

    void aWebhookOwningTheBotExitsFive()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        world.telegram().setWebhook(u"https://hooks.example/bot"_s);
        const Run run = cli(syncArgs(world, u"webhook.sqlite3"_s), environment());
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(u"webhook"_s, Qt::CaseInsensitive), qPrintable(run.err));
    }

    void unreadableAnswerIsAClearErrorNotACrash()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        world.telegram().sendGarbageNext(u"getMe"_s, 10);
        const Run run = cli(syncArgs(world, u"garbage.sqlite3"_s), environment());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not a Bot API response"_s), qPrintable(run.err));
    }

    void syncUntilIdleThenUsersJson()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        world.seedWorkspace();
        world.playAll();
        const Run sync = cli(syncArgs(world, u"seed.sqlite3"_s), environment());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(sync.err.contains(u"0 waiting for Intercom, 0 failed for good"_s));

        const Run users
            = cli({ u"--db"_s, m_dir.filePath(u"seed.sqlite3"_s), u"users"_s, u"--json"_s }, environment());
        QCOMPARE(users.exitCode, 0);
        QJsonParseError error {};
        const QJsonArray list = QJsonDocument::fromJson(users.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(list.size(), 7); // seven distinct Telegram IDs in the seed
        QSet<QString> contacts;
        for (const QJsonValue &v : list) {
            const QJsonObject u = v.toObject();
            QVERIFY(u.value(u"telegram_user_id"_s).isDouble());
            QVERIFY(u.value(u"username"_s).isString() || u.value(u"username"_s).isNull());
            QVERIFY(u.value(u"display_name"_s).isString());
            QVERIFY(u.value(u"intercom_contact_id"_s).isString());
            QCOMPARE(u.value(u"state"_s).toString(), u"linked"_s);
            contacts.insert(u.value(u"intercom_contact_id"_s).toString());
        }
        QCOMPARE(contacts.size(), 7); // one contact each, none shared
        const auto anonymous = std::find_if(list.begin(), list.end(), [](const QJsonValue &v) {
            return v.toObject().value(u"telegram_user_id"_s).toInteger() == persona::anonymous().id;
        });
        QVERIFY(anonymous != list.end());
        QVERIFY(anonymous->toObject().value(u"username"_s).isNull());
        // Their conversation as the reply poller last read it from Intercom.
        const QJsonObject conversation = anonymous->toObject().value(u"conversation"_s).toObject();
        QVERIFY(conversation.value(u"id"_s).isString());
        QCOMPARE(conversation.value(u"state"_s).toString(), u"open"_s);
        QVERIFY(conversation.value(u"admin_assignee"_s).isNull());
        QVERIFY(conversation.value(u"snoozed_until"_s).isNull());
        QCOMPARE(conversation.value(u"tags"_s).toArray(), QJsonArray { u"telegram"_s });
        QVERIFY(conversation.value(u"read_at"_s).isString());

        // An agent takes it and snoozes it; the next sync reads that, and the text table says so.
        const QString id = conversation.value(u"id"_s).toString();
        world.intercom().assignConversation(id, u"admin"_s, world.intercom().agentAdminId());
        world.intercom().snoozeConversation(id, QDateTime::currentSecsSinceEpoch() + 3600);
        QCOMPARE(cli(syncArgs(world, u"seed.sqlite3"_s), environment()).exitCode, 0);
        const Run table = cli({ u"--db"_s, m_dir.filePath(u"seed.sqlite3"_s), u"users"_s }, environment());
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"CONVERSATION"_s), qPrintable(table.out));
        const QString row = table.out.split(u'\n').filter(QString::number(persona::anonymous().id)).value(0);
        QVERIFY2(row.contains(u"snoozed until "_s) && row.contains(u", Alex Agent, tags telegram"_s),
            qPrintable(row));
    }

    void businessListsTheConnectedAccounts()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        const TelegramUser owner { 5100000001, u"Olga"_s, u"Owner"_s, u"olga_shop"_s, false, {}, false };
        const TelegramUser outlet { 5100000002, u"Oscar"_s, {}, {}, false, {}, false };
        const QString db = m_dir.filePath(u"business.sqlite3"_s);
        const Run none = cli({ u"--db"_s, db, u"business"_s }, environment());
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains(u"No business account is connected"_s), qPrintable(none.out));

        const QString shop = world.telegram().connectBusiness(owner);
        const QString second = world.telegram().connectBusiness(outlet, false);
        world.telegram().setBusinessConnectionEnabled(second, false);
        QCOMPARE(cli(syncArgs(world, u"business.sqlite3"_s), environment()).exitCode, 0);

        const Run json = cli({ u"--db"_s, db, u"business"_s, u"--json"_s }, environment());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(u"id"_s).toString(), shop);
        QCOMPARE(first[u"owner"_s][u"telegram_user_id"_s].toInteger(), owner.id);
        QCOMPARE(first[u"owner"_s][u"username"_s].toString(), u"olga_shop"_s);
        QVERIFY(first.value(u"enabled"_s).toBool());
        QVERIFY(first.value(u"can_reply"_s).toBool());
        QVERIFY(first.value(u"rights"_s).toArray().contains(u"can_reply"_s));
        QVERIFY(QDateTime::fromString(first.value(u"since"_s).toString(), Qt::ISODate).isValid());
        QVERIFY(!list.at(1).toObject().value(u"enabled"_s).toBool(true));
        QVERIFY(!list.at(1).toObject().value(u"can_reply"_s).toBool(true));

        const Run table = cli({ u"--db"_s, db, u"business"_s }, environment());
        QCOMPARE(table.exitCode, 0);
        const QString row = table.out.split(u'\n').filter(shop).value(0);
        QVERIFY2(row.contains(u"Olga Owner (@olga_shop, 5100000001)"_s) && row.contains(u"yes"_s)
                && row.contains(u"can_reply"_s),
            qPrintable(table.out));
        QVERIFY2(table.out.split(u'\n').filter(second).value(0).contains(u" no "_s), qPrintable(table.out));
        QVERIFY2(table.out.contains(u"Customers' messages marked as read once answered: off"_s),
            qPrintable(table.out));
    }

    void forgetAndRetentionFromTheCommandLine()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        world.seedWorkspace();
        world.playAll();
        QVERIFY(cli(syncArgs(world, u"forget.sqlite3"_s), environment()).exitCode == 0);
        const QString db = m_dir.filePath(u"forget.sqlite3"_s);
        const QStringList intercom { u"--db"_s, db, u"--intercom-api-url"_s,
            world.intercom().baseUrl().toString() };
        const qint64 id = persona::renamer().id;
        const auto users = [&] {
            const Run run = cli({ u"--db"_s, db, u"users"_s, u"--json"_s }, environment());
            return QJsonDocument::fromJson(run.out.toUtf8()).array();
        };
        QString contact;
        QString name;
        for (const QJsonValue &v : users())
            if (v.toObject().value(u"telegram_user_id"_s).toInteger() == id) {
                contact = v.toObject().value(u"intercom_contact_id"_s).toString();
                name = v.toObject().value(u"display_name"_s).toString();
            }
        QVERIFY(!contact.isEmpty());
        // The desktop app's log on this computer mentioned the customer.
        const QString logs = m_dir.filePath(u"data/tgic/logs"_s);
        QVERIFY(QDir().mkpath(logs));
        QFile log(logs + u"/tgic.log"_s);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(u"I tgic.identity: Telegram user %1 (%2) linked\nI tgic.sync: unrelated line\n"_s.arg(id)
                      .arg(name)
                      .toUtf8());
        log.close();

        // The preview; the dry run changes nothing.
        Run run = cli(
            intercom + QStringList { u"forget"_s, u"--telegram-id"_s, QString::number(id), u"--dry-run"_s },
            environment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Erase Telegram user %1"_s.arg(id))
                && run.out.contains(u"Local database:"_s) && run.out.contains(u"is deleted with"_s),
            qPrintable(run.out));
        QCOMPARE(users().size(), 7);
        // Asks before it acts; without a terminal to ask on, --yes is needed.
        run = cli(
            intercom + QStringList { u"forget"_s, u"--telegram-id"_s, QString::number(id) }, environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"forget needs --yes"_s), qPrintable(run.err));
        QCOMPARE(users().size(), 7);

        run = cli(intercom
                + QStringList { u"forget"_s, u"--telegram-id"_s, QString::number(id), u"--intercom"_s,
                    u"archive"_s, u"--yes"_s, u"--as"_s, u"Agent CLI"_s },
            environment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"was erased"_s), qPrintable(run.out));
        QCOMPARE(users().size(), 6);
        QVERIFY(world.intercom().isArchived(contact));
        QFile scrubbed(logs + u"/tgic.log"_s);
        QVERIFY(scrubbed.open(QIODevice::ReadOnly));
        const QString after = QString::fromUtf8(scrubbed.readAll());
        QVERIFY2(!after.contains(QString::number(id)) && !after.contains(name)
                && after.contains(u"unrelated line"_s),
            qPrintable(after));
        // Asked about that ID, the audit log says it was erased, by whom; no name.
        run = cli({ u"--db"_s, db, u"audit"_s, u"--telegram-id"_s, QString::number(id) }, environment());
        QCOMPARE(run.exitCode, 0);
        const QString erasure = run.out.split(u'\n').filter(u"  erase  "_s).value(0);
        QVERIFY2(erasure.contains(u"Agent CLI"_s) && erasure.contains(u"erased "_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(name), qPrintable(run.out));
        // Erasing again finds nothing.
        run = cli(intercom + QStringList { u"forget"_s, u"--telegram-id"_s, QString::number(id), u"--yes"_s },
            environment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Nothing to erase"_s), qPrintable(run.out));

        // Retention: off until set; a dry run previews without saving.
        run = cli({ u"--db"_s, db, u"retention"_s }, environment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"off"_s), qPrintable(run.out));
        run = cli({ u"--db"_s, db, u"retention"_s, u"--days"_s, u"30"_s, u"--dry-run"_s }, environment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"The next run removes:"_s) && run.out.contains(u" 0 messages"_s),
            qPrintable(run.out));
        QVERIFY(cli({ u"--db"_s, db, u"retention"_s }, environment()).out.contains(u"off"_s));
        run = cli({ u"--db"_s, db, u"retention"_s, u"--days"_s, u"30"_s, u"--as"_s, u"Agent CLI"_s },
            environment());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.out.contains(u"kept for 30 days"_s) && run.out.contains(u"Removed:"_s), qPrintable(run.out));
        run = cli({ u"--db"_s, db, u"retention"_s, u"--dry-run"_s }, environment());
        QVERIFY2(
            run.out.contains(u"kept for 30 days"_s) && !run.out.contains(u"never"_s), qPrintable(run.out));
    }

    void askPhoneQueuesTheKeyboardAndRefusesAGroupOnlyUser()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        const TelegramUser jana { 7034567890, u"Jana"_s, {}, {}, false, u"de"_s, false };
        const TelegramUser ivan { 7045678901, u"Ivan"_s, {}, {}, false, u"ru"_s, false };
        const TelegramUser sam = persona::renamer();
        world.telegram().pushMessage(jana, u"Hallo"_s);
        world.telegram().pushMessage(ivan, u"Привет"_s);
        world.telegram().pushGroupMessage(
            { { u"id"_s, -100999 }, { u"type"_s, u"supergroup"_s }, { u"title"_s, u"Buyers"_s } }, sam,
            u"only here"_s);
        const QString db = u"phone.sqlite3"_s;
        QProcessEnvironment env = environment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)); // the settings both programs share
        QCOMPARE(cli(syncArgs(world, db), env).exitCode, 0);
        const QStringList base { u"--db"_s, m_dir.filePath(db), u"ask-phone"_s };

        // Telegram allows the button in private chats only: refused, with the reason, nothing queued.
        const Run group = cli(base + QStringList { u"--telegram-id"_s, QString::number(sam.id) }, env);
        QCOMPARE(group.exitCode, 1);
        QVERIFY2(group.err.contains(u"only in a group"_s) && group.err.contains(u"private chat"_s),
            qPrintable(group.err));
        QCOMPARE(cli(base, env).exitCode, 2);
        QCOMPARE(
            cli(base + QStringList { u"--telegram-id"_s, QString::number(jana.id), u"--text"_s, u" "_s }, env)
                .exitCode,
            2);

        const Run asked = cli(
            base + QStringList { u"--telegram-id"_s, QString::number(jana.id), u"--as"_s, u"Kim"_s }, env);
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
        QVERIFY(asked.out.contains(u"Telefonnummer"_s));
        const Run twice = cli(base + QStringList { u"--telegram-id"_s, QString::number(jana.id) }, env);
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains(u"already on its way"_s));
        // The Settings text (written by the app) is used, and --text overrides it.
        {
            QFile conf(m_dir.filePath(u"config/tgic/tgic.conf"_s));
            QVERIFY(QDir().mkpath(m_dir.filePath(u"config/tgic"_s)));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("[telegram]\nphoneRequestText=Your number, please.\n");
        }
        QCOMPARE(cli(base + QStringList { u"--telegram-id"_s, QString::number(ivan.id) }, env).exitCode, 0);
        QCOMPARE(cli(syncArgs(world, db), env).exitCode, 0);

        const auto toJana = world.telegram().sentMessages(jana.id);
        QCOMPARE(toJana.size(), 1);
        QVERIFY(toJana.first().value(u"text"_s).toString().contains(u"Telefonnummer"_s));
        const QJsonObject button = world.telegram()
                                       .replyKeyboard(jana.id)
                                       .value(u"keyboard"_s)
                                       .toArray()
                                       .at(0)
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QVERIFY(button.value(u"request_contact"_s).toBool());
        QCOMPARE(world.telegram().sentMessages(ivan.id).first().value(u"text"_s).toString(),
            u"Your number, please."_s);
        QVERIFY(world.telegram().sentMessages(-100999).isEmpty());

        const Run audit = cli({ u"--db"_s, m_dir.filePath(db), u"audit"_s, u"--json"_s }, env);
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        const auto requested = std::find_if(entries.begin(), entries.end(), [&](const QJsonValue &v) {
            return v.toObject().value(u"action"_s).toString() == u"phone_requested"_s
                && v.toObject().value(u"telegram_user_id"_s).toInteger() == jana.id;
        });
        QVERIFY(requested != entries.end());
        QCOMPARE(requested->toObject().value(u"actor"_s).toString(), u"Kim"_s);
    }

    void repairCommandsMergeCheckAndAudit()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        world.telegram().pushMessage(persona::anonymous(), u"hello"_s);
        const QString db = u"repair.sqlite3"_s;
        QCOMPARE(cli(syncArgs(world, db), environment()).exitCode, 0);
        const QStringList base { u"--db"_s, m_dir.filePath(db), u"--intercom-api-url"_s,
            world.intercom().baseUrl().toString() };
        const QString lead
            = world.intercom()
                  .contactsWithAttribute(u"telegram_user_id"_s, QString::number(persona::anonymous().id))
                  .first()
                  .value(u"id"_s)
                  .toString();
        const QString user = world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);

        const Run dry
            = cli(base + QStringList { u"merge"_s, u"--from"_s, lead, u"--into"_s, user, u"--dry-run"_s },
                environment());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"conversations moving: 1"_s), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"cannot be undone"_s));
        QCOMPARE(world.intercom().requestCount(u"POST /contacts/merge"_s), 0);

        const Run refused
            = cli(base + QStringList { u"merge"_s, u"--from"_s, user, u"--into"_s, lead }, environment());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"never a user into a lead"_s) && refused.err.contains(u"Swap"_s),
            qPrintable(refused.err));

        const Run unconfirmed
            = cli(base + QStringList { u"merge"_s, u"--from"_s, lead, u"--into"_s, user }, environment());
        QCOMPARE(unconfirmed.exitCode, 2); // not a terminal: --yes is required
        QVERIFY(unconfirmed.err.contains(u"--yes"_s));

        const Run merged = cli(base
                + QStringList { u"merge"_s, u"--from"_s, lead, u"--into"_s, user, u"--yes"_s, u"--as"_s,
                    u"agent Kim"_s },
            environment());
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY(merged.out.contains(u"Merged"_s));

        const Run audit = cli(base + QStringList { u"audit"_s, u"--json"_s }, environment());
        QCOMPARE(audit.exitCode, 0);
        bool byKim = false;
        for (const auto &v : QJsonDocument::fromJson(audit.out.toUtf8()).array()) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.contains(u"at"_s) && e.contains(u"before"_s) && e.contains(u"after"_s));
            byKim = byKim
                || (e.value(u"actor"_s).toString() == u"agent Kim"_s
                    && e.value(u"action"_s).toString() == u"merge"_s);
        }
        QVERIFY(byKim);

        // A second lead merged into the user behind the app's back: `check` follows it.
        world.telegram().pushMessage(persona::renamer(), u"hi"_s);
        QCOMPARE(cli(syncArgs(world, db), environment()).exitCode, 0);
        const QString samLead
            = world.intercom()
                  .contactsWithAttribute(u"telegram_user_id"_s, QString::number(persona::renamer().id))
                  .first()
                  .value(u"id"_s)
                  .toString();
        const QString samUser = world.intercom().createUser(u"sam@example.com"_s, u"Sam Builder"_s);
        QVERIFY(world.intercom().mergeInUi(samLead, samUser));
        const Run check = cli(base + QStringList { u"check"_s, u"--json"_s }, environment());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const QJsonObject report = QJsonDocument::fromJson(check.out.toUtf8()).object();
        QCOMPARE(report.value(u"checked"_s).toInt(), 2);
        const QJsonObject finding = report.value(u"problems"_s).toArray().first().toObject();
        QCOMPARE(finding.value(u"problem"_s).toString(), u"merged"_s);
        QVERIFY(finding.value(u"fixed"_s).toBool());
    }

    void suggestionsJsonAndDismiss()
    {
        SandboxWorld world;
        QVERIFY(world.listen());
        const QString user = world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        world.telegram().pushMessage(persona::anonymous(), u"my email is alex.morgan@example.com"_s);
        const QString db = u"suggestions.sqlite3"_s;
        const Run sync = cli(syncArgs(world, db), environment());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        const QStringList base { u"--db"_s, m_dir.filePath(db) };

        const Run listed = cli(base + QStringList { u"suggestions"_s, u"--json"_s }, environment());
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(all.size(), 1);
        const QJsonObject s = all.first().toObject();
        QCOMPARE(s.value(u"strength"_s).toString(), u"medium"_s);
        QCOMPARE(s.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(s.value(u"telegram_user_id"_s).toInteger(), persona::anonymous().id);
        QCOMPARE(s.value(u"user"_s).toObject().value(u"id"_s).toString(), user);
        QCOMPARE(s.value(u"user"_s).toObject().value(u"email"_s).toString(), u"alex.morgan@example.com"_s);
        QVERIFY(!s.value(u"lead"_s).toObject().value(u"id"_s).toString().isEmpty());
        const QJsonObject evidence = s.value(u"evidence"_s).toArray().first().toObject();
        QCOMPARE(evidence.value(u"kind"_s).toString(), u"email"_s);
        QCOMPARE(evidence.value(u"value"_s).toString(), u"alex.morgan@example.com"_s);
        QVERIFY(evidence.value(u"source_message"_s)
                    .toObject()
                    .value(u"text"_s)
                    .toString()
                    .contains(u"my email"_s));
        const QString id = QString::number(s.value(u"id"_s).toInteger());

        const Run text = cli(base + QStringList { u"suggestions"_s }, environment());
        QVERIFY2(text.out.contains(u"merge lead"_s) && text.out.contains(u"typed in a message"_s),
            qPrintable(text.out));

        const Run dismissed
            = cli(base + QStringList { u"suggestions"_s, u"dismiss"_s, id, u"--as"_s, u"agent Kim"_s },
                environment());
        QVERIFY2(dismissed.exitCode == 0, qPrintable(dismissed.err));
        const Run again = cli(base + QStringList { u"suggestions"_s, u"dismiss"_s, id }, environment());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"closed already"_s), qPrintable(again.err));
        QCOMPARE(QJsonDocument::fromJson(
                     cli(base + QStringList { u"suggestions"_s, u"--json"_s }, environment()).out.toUtf8())
                     .array()
                     .size(),
            0);
        const QJsonArray history = QJsonDocument::fromJson(
            cli(base + QStringList { u"suggestions"_s, u"--json"_s, u"--all"_s }, environment()).out.toUtf8())
                                       .array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(u"state"_s).toString(), u"dismissed"_s);
        QCOMPARE(history.first().toObject().value(u"closed_by"_s).toString(), u"agent Kim"_s);
        QCOMPARE(
            cli(base + QStringList { u"suggestions"_s, u"dismiss"_s, u"x"_s }, environment()).exitCode, 2);
    }

    void sandboxCommandServesTheSeed()
    {
        QProcess sandbox;
        sandbox.setProcessEnvironment(environment());
        sandbox.start(QStringLiteral(TGIC_CLI_PATH),
            { u"sandbox"_s, u"--pace-ms"_s, u"0"_s, u"--search-lag-ms"_s, u"0"_s });
        QVERIFY(sandbox.waitForStarted());
        QString banner;
        QVERIFY(QTest::qWaitFor(
            [&] {
                banner += QString::fromUtf8(sandbox.readAllStandardOutput());
                return banner.contains(u"all seed customers have written"_s);
            },
            15000));
        static const QRegularExpression url(u"(Telegram Bot API|Intercom API):\\s+(http://\\S+)"_s);
        QStringList urls;
        for (auto it = url.globalMatch(banner); it.hasNext();)
            urls << it.next().captured(2);
        QCOMPARE(urls.size(), 2);
        QVERIFY(banner.contains(SandboxWorld::telegramToken()));

        const Run sync = cli({ u"--db"_s, m_dir.filePath(u"sandbox.sqlite3"_s), u"--telegram-api-url"_s,
                                 urls[0], u"--intercom-api-url"_s, urls[1], u"sync"_s, u"--until-idle"_s },
            environment());
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        ::kill(pid_t(sandbox.processId()), SIGINT);
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
