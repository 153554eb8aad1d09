// SPDX-License-Identifier: MIT
// Team mode with real processes on a real PostgreSQL cluster (tests/postgres/with-postgres.sh):
// several `tgic-cli` processes on one database and one bot, the emulators of both APIs in this
// test process, the leader killed with SIGKILL and cut off from the database mid-work.
//
// What a team would notice, asserted: no process fails at start-up, exactly one polls at any
// moment (the Telegram emulator counts overlapping getUpdates and 409s), every customer has one
// Intercom contact, every message reaches Intercom exactly once and in order, and a new leader
// takes over within seconds. The measured failover times are printed.

#include "IntercomBodies.h"
#include "LatencyProxy.h"
#include "TestDatabase.h"
#include "identity/MappingState.h"
#include "sandbox/SandboxScenarios.h"
#include "store/Database.h"
#include "store/MappingRepository.h"
#include "store/TeamRepository.h"
#include "store/UpdateInbox.h"
#include "sync/IntercomDelivery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {

struct Member
{
    QString agent;
    std::unique_ptr<QProcess> process;
};

class TeamModeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    //! What the processes are given: m_url, or, with TGIC_TEAM_LATENCY_MS set, the same database
    //! behind a LatencyProxy with that round trip (a team whose database is across a network).
    QString m_membersUrl;
    std::unique_ptr<test::LatencyProxy> m_proxy;
    std::unique_ptr<sandbox::SandboxWorld> m_world;
    std::unique_ptr<store::Database> m_db; //!< the test's own view of the team database
    std::vector<Member> m_members;
    int m_nextAgent = 1;

    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: tokens and password come from here
        env.insert(u"TGIC_DB_PASSWORD"_s, u"unused-with-trust-auth"_s);
        if (m_world) {
            env.insert(u"TGIC_TELEGRAM_TOKEN"_s, sandbox::SandboxWorld::telegramToken());
            env.insert(u"TGIC_INTERCOM_TOKEN"_s, sandbox::SandboxWorld::intercomToken());
        }
        env.insert(u"QT_LOGGING_RULES"_s, u"tgic.*.info=true"_s);
        return env;
    }

    QProcess *startCli(const QStringList &arguments, const QString &agent)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(childEnvironment());
        process->setProgram(QStringLiteral(TGIC_CLI_PATH));
        QStringList args { u"--db"_s, m_membersUrl };
        if (!agent.isEmpty())
            args << u"--as"_s << agent;
        args << arguments;
        process->setArguments(args);
        process->setStandardOutputFile(
            m_dir.filePath(agent.isEmpty() ? u"cli.out"_s : agent + u".out"_s), QIODevice::Append);
        process->setStandardErrorFile(
            m_dir.filePath(agent.isEmpty() ? u"cli.err"_s : agent + u".err"_s), QIODevice::Append);
        process->start();
        QProcess *raw = process.get();
        m_members.push_back({ agent, std::move(process) });
        return raw;
    }

    QProcess *startSync()
    {
        const QString agent = u"agent%1"_s.arg(m_nextAgent++);
        return startCli({ u"--telegram-api-url"_s, m_world->telegram().baseUrl().toString(),
                            u"--intercom-api-url"_s, m_world->intercom().baseUrl().toString(), u"sync"_s,
                            // The emulator's search lags 300 ms, not minutes: a lead whose creation
                            // was cut short by a kill is found (not created twice) within seconds.
                            u"--reconcile-window"_s, u"3"_s },
            agent);
    }

    store::LeaseState lease() const
    {
        const auto snap = store::TeamRepository(*m_db).snapshot();
        return snap ? snap->lease : store::LeaseState {};
    }

    //! The agent whose process holds the lease now, waiting up to `ms` for there to be one
    //! taken after epoch `afterEpoch` (a new election: the old leader may win it again once it
    //! has reconnected — that is fine, as long as it stopped meanwhile).
    QString waitForLeader(int ms, qint64 afterEpoch = 0) const
    {
        QString leader;
        (void)QTest::qWaitFor(
            [&] {
                const store::LeaseState l = lease();
                leader = l.held() && l.epoch > afterEpoch ? l.agent : QString();
                return !leader.isEmpty();
            },
            ms);
        return leader;
    }

    Member *member(const QString &agent)
    {
        for (Member &m : m_members)
            if (m.agent == agent)
                return &m;
        return nullptr;
    }

    QString logsOf(const QString &agent) const
    {
        QFile file(m_dir.filePath(agent + u".err"_s));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).right(3000) : QString();
    }

    QStringList bodiesBy(const QString &contactId) const
    {
        return test::bodiesBy(m_world->intercom(), contactId);
    }

    void stopAll()
    {
        for (Member &m : m_members) {
            if (m.process->state() != QProcess::NotRunning) {
                m.process->terminate();
                if (!m.process->waitForFinished(8000))
                    m.process->kill();
                m.process->waitForFinished(3000);
            }
        }
        m_members.clear();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(test::onPostgres(), "run through tests/postgres/with-postgres.sh");
        m_url = test::databaseLocation(m_dir, {}); // an empty team database
        m_membersUrl = m_url;
        if (const int latency = qEnvironmentVariableIntValue("TGIC_TEAM_LATENCY_MS"); latency > 0) {
            m_proxy = test::LatencyProxy::forUrl(m_url, std::chrono::milliseconds(latency));
            m_membersUrl = m_proxy->url(m_url);
            qInfo().noquote() << "the workstations reach the database with a" << latency << "ms round trip";
        }
        m_nextAgent = 1;
    }

    void cleanup()
    {
        stopAll();
        m_proxy.reset();
        m_db.reset();
        m_world.reset();
    }

    void manyWorkstationsStartAtOnceOnAnEmptyDatabase()
    {
        // Six at the same instant on an empty database: one migrates, the others wait for it.
        QList<QProcess *> starting;
        for (int i = 0; i < 6; ++i)
            starting << startCli({ u"team"_s, u"status"_s }, u"starter%1"_s.arg(i));
        for (QProcess *p : std::as_const(starting)) {
            QVERIFY(p->waitForFinished(30000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QVERIFY2(p->exitCode() == 0, qPrintable(logsOf(m_members[size_t(starting.indexOf(p))].agent)));
        }
        m_db = std::make_unique<store::Database>();
        QVERIFY2(m_db->open(m_url), qPrintable(m_db->error()));
        QCOMPARE(m_db->schemaVersion(), store::Database::latestSchemaVersion());
    }

    void exactlyOneLeadsAndFailoverLosesAndDoublesNothing()
    {
        m_world = std::make_unique<sandbox::SandboxWorld>();
        QVERIFY(m_world->listen());
        m_world->intercom().setSearchLag(std::chrono::milliseconds(300));
        m_db = std::make_unique<store::Database>();
        QVERIFY2(m_db->open(m_url), qPrintable(m_db->error()));

        for (int i = 0; i < 3; ++i)
            startSync();
        QString leader = waitForLeader(20000);
        QVERIFY2(!leader.isEmpty(), "nobody took the lease");

        // 40 customers, 5 messages each, arriving over the whole run while leaders fall.
        constexpr int kCustomers = 40;
        constexpr int kPerCustomer = 5;
        QHash<qint64, QStringList> sent;
        QList<std::pair<sandbox::TelegramUser, QString>> script;
        for (int round = 0; round < kPerCustomer; ++round)
            for (int c = 0; c < kCustomers; ++c) {
                sandbox::TelegramUser user { 7100000000 + c, u"Customer %1"_s.arg(c), {}, {}, false, {},
                    false };
                script.append({ user, u"message %1 from customer %2"_s.arg(round).arg(c) });
            }
        int next = 0;
        auto pushSome = [&](int count) {
            for (int i = 0; i < count && next < script.size(); ++i, ++next) {
                m_world->telegram().pushMessage(script[next].first, script[next].second);
                sent[script[next].first.id] << script[next].second;
            }
        };

        QList<qint64> failoverMs;
        auto takeOver = [&](const QString &why, auto &&cut) {
            pushSome(25);
            QTest::qWait(700); // mid-work: batches in flight, creates and posts under way
            const qint64 epoch = lease().epoch;
            QElapsedTimer clock;
            clock.start();
            cut(leader);
            const QString successor = waitForLeader(15000, epoch);
            QVERIFY2(!successor.isEmpty(), qPrintable(u"no takeover after "_s + why));
            failoverMs << clock.elapsed();
            qInfo().noquote() << "failover after" << why << ":" << clock.elapsed() << "ms (" << leader << "→"
                              << successor << ")";
            leader = successor;
            startSync(); // the team stays three strong
        };

        pushSome(40);
        for (int kill = 0; kill < 3; ++kill) {
            takeOver(u"SIGKILL"_s, [&](const QString &agent) { member(agent)->process->kill(); });
            if (QTest::currentTestFailed())
                return;
        }
        // A partition, as the database sees it: the leader's connection is cut, the process lives.
        takeOver(u"terminated backend"_s, [&](const QString &agent) {
            QSqlQuery q(m_db->connection());
            q.prepare(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?"_s);
            q.addBindValue(QString(u"tgic-cli sync "_s + agent));
            QVERIFY(q.exec());
        });
        if (QTest::currentTestFailed())
            return;
        // A clean quit hands over at once.
        takeOver(u"clean exit"_s, [&](const QString &agent) { member(agent)->process->terminate(); });
        if (QTest::currentTestFailed())
            return;
        pushSome(int(script.size()));

        // Everything arrives, once, in order, on one contact per person.
        const bool delivered = QTest::qWaitFor(
            [&] {
                for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
                    const auto contacts = m_world->intercom().contactsWithAttribute(
                        u"telegram_user_id"_s, QString::number(it.key()));
                    if (contacts.size() != 1
                        || bodiesBy(contacts.first().value(u"id"_s).toString()).size() < it.value().size())
                        return false;
                }
                return true;
            },
            60000);
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            const auto contacts
                = m_world->intercom().contactsWithAttribute(u"telegram_user_id"_s, QString::number(it.key()));
            QVERIFY2(contacts.size() == 1,
                qPrintable(u"Telegram user %1 has %2 contacts"_s.arg(it.key()).arg(contacts.size())));
            QCOMPARE(bodiesBy(contacts.first().value(u"id"_s).toString()), it.value());
        }
        QVERIFY2(delivered, qPrintable(logsOf(leader)));
        QCOMPARE(m_world->telegram().overlappingPolls(), 0);
        QCOMPARE(m_world->telegram().pollConflicts(), 0);
        for (qint64 ms : std::as_const(failoverMs))
            QVERIFY2(ms < 10000, "a takeover took longer than 10 s");

        // Followers did no network work: getUpdates came only from leaders, and a quiet team
        // costs what one process costs (checked in bench_team); here: every process is alive.
        for (const Member &m : m_members)
            if (m.process->state() == QProcess::NotRunning && m.process->exitStatus() == QProcess::NormalExit)
                QVERIFY2(m.process->exitCode() == 0, qPrintable(m.agent + u": "_s + logsOf(m.agent)));
    }

    void anIdleTeamCostsWhatOneWorkstationCosts()
    {
        m_world = std::make_unique<sandbox::SandboxWorld>();
        QVERIFY(m_world->listen());
        m_db = std::make_unique<store::Database>();
        QVERIFY2(m_db->open(m_url), qPrintable(m_db->error()));
        auto requestsOver = [&](int ms) {
            const int telegram = m_world->telegram().requestCount();
            const int intercom = m_world->intercom().requestCount();
            QTest::qWait(ms);
            return std::pair { m_world->telegram().requestCount() - telegram,
                m_world->intercom().requestCount() - intercom };
        };
        startSync();
        QVERIFY(!waitForLeader(20000).isEmpty());
        QTest::qWait(3000); // start-up checks done
        const auto alone = requestsOver(8000);
        startSync();
        startSync();
        startSync();
        QTest::qWait(4000); // the newcomers' one-off start-up checks (getMe, GET /me, attributes)
        const auto team = requestsOver(8000);
        qInfo() << "requests in 8 idle seconds, one workstation: Telegram" << alone.first << "Intercom"
                << alone.second << "— four workstations: Telegram" << team.first << "Intercom" << team.second;
        // The followers add nothing: the same long poll, the same reply poll (±1 for timing).
        QVERIFY2(team.first <= alone.first + 1, "followers are calling Telegram");
        QVERIFY2(team.second <= alone.second + 1, "followers are calling Intercom");
        QCOMPARE(m_world->telegram().pollConflicts(), 0);
    }

    void losingTheDatabaseStopsPollingAndLosesNothing()
    {
        m_world = std::make_unique<sandbox::SandboxWorld>();
        QVERIFY(m_world->listen());
        m_db = std::make_unique<store::Database>();
        QVERIFY2(m_db->open(m_url), qPrintable(m_db->error()));
        startSync();
        startSync();
        QVERIFY(!waitForLeader(20000).isEmpty());
        const sandbox::TelegramUser kim { 7400000001, u"Kim"_s, {}, {}, false, {}, false };
        m_world->telegram().pushMessage(kim, u"before the outage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_world->intercom().contactsWithAttribute(u"telegram_user_id"_s, QString::number(kim.id)).size(),
            1, 20000);
        m_db.reset();

        QCOMPARE(QProcess::execute(u"sh"_s, { u"-c"_s, qEnvironmentVariable("TGIC_TEST_PG_STOP") }), 0);
        // Give every process time to notice (a renewal fails within a second).
        QTest::qWait(2500);
        const int pollsWhileDown = m_world->telegram().requestCount(u"getUpdates"_s);
        m_world->telegram().pushMessage(kim, u"during the outage"_s);
        QTest::qWait(4000);
        // Nobody polls while the database is away: updates wait at Telegram, unconfirmed.
        QCOMPARE(m_world->telegram().requestCount(u"getUpdates"_s), pollsWhileDown);
        QCOMPARE(m_world->telegram().pendingUpdateCount(), 1);
        QCOMPARE(QProcess::execute(u"sh"_s, { u"-c"_s, qEnvironmentVariable("TGIC_TEST_PG_START") }), 0);

        const QString contact = m_world->intercom()
                                    .contactsWithAttribute(u"telegram_user_id"_s, QString::number(kim.id))
                                    .first()
                                    .value(u"id"_s)
                                    .toString();
        QTRY_COMPARE_WITH_TIMEOUT(bodiesBy(contact).size(), 2, 30000);
        QCOMPARE(bodiesBy(contact), (QStringList { u"before the outage"_s, u"during the outage"_s }));
        QCOMPARE(
            m_world->intercom().contactsWithAttribute(u"telegram_user_id"_s, QString::number(kim.id)).size(),
            1);
        QCOMPARE(m_world->telegram().overlappingPolls(), 0);
        for (const Member &m : m_members)
            QVERIFY2(m.process->state() == QProcess::Running,
                qPrintable(m.agent + u" gave up: "_s + logsOf(m.agent)));
    }

    void aSingleSeatCacheMovesInOnceHoweverOftenItIsImported()
    {
        // A single seat's cache: three customers, their messages (queued for Intercom), one link,
        // one audit entry and a profile change.
        const QString seat = m_dir.filePath(u"seat.sqlite3"_s);
        {
            store::Database cache;
            QVERIFY2(cache.open(seat), qPrintable(cache.error()));
            store::UpdateInbox inbox(cache);
            QJsonArray batch;
            qint64 updateId = 500;
            for (int c = 0; c < 3; ++c) {
                const sandbox::TelegramUser from { 7200000000 + c, u"Seat %1"_s.arg(c), {},
                    u"seat_user_%1"_s.arg(c), false, {}, false };
                for (int m = 1; m <= 4; ++m)
                    batch.append(QJsonObject { { u"update_id"_s, ++updateId },
                        { u"message"_s,
                            QJsonObject { { u"message_id"_s, m }, { u"date"_s, 1767225600 + m },
                                { u"chat"_s, from.privateChatJson() }, { u"from"_s, from.toJson() },
                                { u"text"_s, u"seat message %1"_s.arg(m) } } } });
            }
            QVERIFY(inbox.ingest(batch).ok);
            store::MappingRepository mappings(cache);
            intercom::Contact lead;
            lead.id = u"6762f0d01bb69f9f21939999"_s;
            lead.role = intercom::ContactRole::Lead;
            QVERIFY(mappings.link(7200000000, lead, identity::MappingState::Linked, u"search"_s, 0,
                u"agent Kim"_s, u"found"_s));
        }
        auto import = [&](QString *output) {
            QProcess p;
            p.setProcessEnvironment(childEnvironment());
            p.start(QStringLiteral(TGIC_CLI_PATH),
                { u"--db"_s, m_url, u"team"_s, u"import"_s, u"--from"_s, seat });
            if (!p.waitForFinished(30000))
                return -1;
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString first, second;
        QCOMPARE(import(&first), 0);
        QVERIFY2(first.contains(u"messages: 12 new, 0 already there"_s), qPrintable(first));
        QVERIFY2(first.contains(u"outbox: 12 new"_s), qPrintable(first));
        QVERIFY2(first.contains(u"mappings: 3 new"_s), qPrintable(first));
        QCOMPARE(import(&second), 0);
        QVERIFY2(second.contains(u"messages: 0 new, 12 already there"_s), qPrintable(second));
        QVERIFY2(second.contains(u"outbox: 0 new, 12 already there"_s), qPrintable(second));
        QVERIFY2(second.contains(u"audit_log: 0 new"_s), qPrintable(second));

        m_db = std::make_unique<store::Database>();
        QVERIFY2(m_db->open(m_url), qPrintable(m_db->error()));
        auto count = [&](const QString &sql) {
            QSqlQuery q(m_db->connection());
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count(u"SELECT COUNT(*) FROM messages"_s), 12);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s), 12);
        // Every outbox row still points at its own message (serial ids were renumbered).
        QCOMPARE(
            count(
                u"SELECT COUNT(*) FROM outbox o JOIN messages m ON m.id = o.message_id AND m.chat_id = o.chat_id"_s),
            12);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM mappings WHERE intercom_contact_id = '6762f0d01bb69f9f21939999'"_s),
            1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE actor = 'agent Kim'"_s), 1);
        QCOMPARE(count(u"SELECT value::BIGINT FROM meta WHERE key = 'telegram.offset'"_s), 513);
    }

    void threeWorkstationsEraseTheSameCustomerAtOnce()
    {
        // A leader syncs; the customer is in Intercom and in the team database.
        m_world = std::make_unique<sandbox::SandboxWorld>();
        QVERIFY(m_world->listen());
        m_db = std::make_unique<store::Database>();
        QVERIFY2(m_db->open(m_url), qPrintable(m_db->error()));
        startSync();
        QVERIFY(!waitForLeader(20000).isEmpty());
        const sandbox::TelegramUser erin { 7300000001, u"Erin Erasable"_s, {}, u"erin_erasable"_s, false, {},
            false };
        const sandbox::TelegramUser otto { 7300000002, u"Otto Other"_s, {}, {}, false, {}, false };
        m_world->telegram().pushMessage(erin, u"please forget me"_s);
        m_world->telegram().pushMessage(otto, u"keep me"_s);
        auto count = [&](const QString &sql) {
            QSqlQuery q(m_db->connection());
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                return count(u"SELECT COUNT(*) FROM mappings WHERE intercom_contact_id IS NOT NULL"_s) == 2
                    && count(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s) == 0;
            },
            20000));
        const QString contact = store::MappingRepository(*m_db).find(erin.id)->contactId;

        // Three agents on three workstations erase her at the same moment.
        QList<QProcess *> erasers;
        for (int i = 1; i <= 3; ++i)
            erasers << startCli({ u"--intercom-api-url"_s, m_world->intercom().baseUrl().toString(),
                                    u"forget"_s, u"--telegram-id"_s, QString::number(erin.id), u"--yes"_s },
                u"eraser%1"_s.arg(i));
        for (int i = 0; i < erasers.size(); ++i) {
            QProcess *p = erasers.at(i);
            if (!QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, 30000)) {
                QFile out(m_dir.filePath(u"eraser%1.out"_s.arg(i + 1)));
                (void)out.open(QIODevice::ReadOnly);
                QFAIL(qPrintable(u"eraser%1 still runs: "_s.arg(i + 1) + QString::fromUtf8(out.readAll())
                    + logsOf(u"eraser%1"_s.arg(i + 1))));
            }
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QVERIFY2(p->exitCode() == 0 || p->exitCode() == 1, qPrintable(logsOf(u"eraser%1"_s.arg(i + 1))));
        }
        QString said;
        for (int i = 1; i <= 3; ++i) {
            QFile out(m_dir.filePath(u"eraser%1.out"_s.arg(i)));
            QVERIFY(out.open(QIODevice::ReadOnly));
            said += QString::fromUtf8(out.readAll()) + logsOf(u"eraser%1"_s.arg(i));
        }
        // Serialized: one erased her, the others were told someone was at it or found her gone.
        QCOMPARE(said.count(u"was erased:"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'erase'"_s), 1);
        QVERIFY(m_world->intercom().isDeleted(contact));
        QCOMPARE(count(u"SELECT COUNT(*) FROM telegram_users WHERE telegram_user_id = 7300000001"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM messages WHERE chat_id = 7300000001"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM repair_locks"_s), 0);
        // The leader goes on: Otto's next message arrives, Erin's trace does not come back.
        m_world->telegram().pushMessage(otto, u"still here"_s);
        QVERIFY(QTest::qWaitFor(
            [&] { return count(u"SELECT COUNT(*) FROM messages WHERE chat_id = 7300000002"_s) == 2; },
            15000));
        QCOMPARE(count(u"SELECT COUNT(*) FROM telegram_users"_s), 1);
    }

    void teamStatusNamesTheLeaderAndTheMembers()
    {
        m_world = std::make_unique<sandbox::SandboxWorld>();
        QVERIFY(m_world->listen());
        m_db = std::make_unique<store::Database>();
        QVERIFY2(m_db->open(m_url), qPrintable(m_db->error()));
        startSync();
        startSync();
        const QString leader = waitForLeader(20000);
        QVERIFY(!leader.isEmpty());
        QTest::qWait(1500); // both have sent a heartbeat
        QProcess status;
        status.setProcessEnvironment(childEnvironment());
        status.start(
            QStringLiteral(TGIC_CLI_PATH), { u"--db"_s, m_url, u"team"_s, u"status"_s, u"--json"_s });
        QVERIFY(status.waitForFinished(20000));
        QCOMPARE(status.exitCode(), 0);
        const QJsonObject doc = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
        QCOMPARE(doc.value(u"leader"_s).toObject().value(u"agent"_s).toString(), leader);
        QVERIFY(doc.value(u"leader"_s).toObject().value(u"lease_age_ms"_s).toInteger() < 4000);
        const QJsonArray members = doc.value(u"members"_s).toArray();
        QStringList agents;
        for (const QJsonValue &m : members)
            agents << m.toObject().value(u"agent"_s).toString();
        QVERIFY2(agents.contains(u"agent1"_s) && agents.contains(u"agent2"_s), qPrintable(agents.join(u',')));
        QVERIFY(!doc.value(u"database"_s).toString().contains(u"unused-with-trust-auth"_s));
    }
};

} // namespace

QTEST_GUILESS_MAIN(TeamModeTest)
#include "tst_teammode.moc"
