// SPDX-License-Identifier: MIT
// Health of a team, with real processes on a real PostgreSQL cluster (with-postgres.sh): two
// `tgic-cli sync --metrics` on one database. The leader is ready because it polls, the follower
// because it follows a healthy leader (it reads the leader's sync_health rows on NOTIFY); the
// leader killed, the follower takes over and its /metrics say so (leader, epoch, failovers).

#include "TestDatabase.h"
#include "sandbox/SandboxScenarios.h"
#include "store/Database.h"
#include "store/HealthRepository.h"
#include "store/TeamRepository.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {

struct Cli
{
    QString agent;
    std::unique_ptr<QProcess> process;
    QUrl base; //!< http://127.0.0.1:PORT of its --metrics
};

class TeamHealthTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<sandbox::SandboxWorld> m_world;
    std::unique_ptr<store::Database> m_db;
    QNetworkAccessManager m_nam;

    QString logOf(const QString &agent) const
    {
        QFile file(m_dir.filePath(agent + u".err"_s));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    std::unique_ptr<Cli> start(const QString &agent)
    {
        auto cli = std::make_unique<Cli>();
        cli->agent = agent;
        cli->process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"TGIC_DB_PASSWORD"_s, u"unused-with-trust-auth"_s);
        env.insert(u"TGIC_TELEGRAM_TOKEN"_s, sandbox::SandboxWorld::telegramToken());
        env.insert(u"TGIC_INTERCOM_TOKEN"_s, sandbox::SandboxWorld::intercomToken());
        env.insert(u"TGIC_HEALTH_WRITE_MS"_s, u"500"_s); // the leader's row every 0.5 s, not 15 s
        cli->process->setProcessEnvironment(env);
        cli->process->setStandardErrorFile(m_dir.filePath(agent + u".err"_s));
        cli->process->start(QStringLiteral(TGIC_CLI_PATH),
            { u"--db"_s, m_url, u"--as"_s, agent, u"--telegram-api-url"_s,
                m_world->telegram().baseUrl().toString(), u"--intercom-api-url"_s,
                m_world->intercom().baseUrl().toString(), u"sync"_s, u"--metrics"_s, u"127.0.0.1:0"_s });
        static const QRegularExpression announced(u"metrics on (http://127\\.0\\.0\\.1:\\d+)/metrics"_s);
        (void)QTest::qWaitFor(
            [&] {
                const auto m = announced.match(logOf(agent));
                if (m.hasMatch())
                    cli->base = QUrl(m.captured(1));
                return cli->base.isValid();
            },
            20000);
        return cli;
    }

    std::pair<int, QByteArray> get(const Cli &cli, const QString &path)
    {
        QNetworkRequest request(cli.base.resolved(QUrl(path)));
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    }

    double metric(const Cli &cli, const QString &sample)
    {
        const QByteArray prefix = sample.toUtf8() + ' ';
        for (const QByteArray &line : get(cli, u"/metrics"_s).second.split('\n'))
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).toDouble();
        return -1;
    }

    QString leaderAgent() const
    {
        const auto snap = store::TeamRepository(*m_db).snapshot();
        return snap && snap->lease.held() ? snap->lease.agent : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!test::onPostgres())
            QSKIP("team mode needs PostgreSQL: run through tests/postgres/with-postgres.sh");
        m_url = test::databaseLocation(m_dir, {});
        m_db = std::make_unique<store::Database>();
        QVERIFY2(m_db->open(m_url), qPrintable(m_db->error()));
        m_world = std::make_unique<sandbox::SandboxWorld>();
        QVERIFY(m_world->listen());
    }

    void leaderAndFollowerAreReadyAndAFailoverShows()
    {
        auto first = start(u"first"_s);
        QVERIFY2(first->base.isValid(), qPrintable(logOf(u"first"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(leaderAgent(), u"first"_s, 20000);
        auto second = start(u"second"_s);
        QVERIFY2(second->base.isValid(), qPrintable(logOf(u"second"_s)));

        QTRY_COMPARE_WITH_TIMEOUT(
            get(*first, u"/readyz"_s), std::make_pair(200, QByteArray("ready: leading\n")), 20000);
        // The follower is ready once it has seen the leader's figures.
        QTRY_VERIFY_WITH_TIMEOUT(
            get(*second, u"/readyz"_s).second.startsWith("ready: following a healthy leader"), 20000);
        QVERIFY(get(*second, u"/readyz"_s).second.contains(" (first)"));
        QCOMPARE(metric(*first, u"tgic_leader"_s), 1.0);
        QCOMPARE(metric(*second, u"tgic_leader"_s), 0.0);
        const double epoch = metric(*first, u"tgic_leader_epoch"_s);
        QVERIFY(epoch >= 1);
        QCOMPARE(metric(*second, u"tgic_leader_failovers_total"_s), 0.0);

        // The leader dies without a word: the follower takes over, and says so.
        ::kill(pid_t(first->process->processId()), SIGKILL);
        first->process->waitForFinished();
        QTRY_COMPARE_WITH_TIMEOUT(leaderAgent(), u"second"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            get(*second, u"/readyz"_s), std::make_pair(200, QByteArray("ready: leading\n")), 20000);
        QCOMPARE(metric(*second, u"tgic_leader"_s), 1.0);
        QCOMPARE(metric(*second, u"tgic_leader_epoch"_s), epoch + 1);
        QCOMPARE(metric(*second, u"tgic_leader_failovers_total"_s), 1.0);
        // It writes the figures now: the current minute's row carries its name.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto rows = store::HealthRepository::minutesFrom(m_db->connection(), 0);
                return rows && !rows->isEmpty() && rows->last().leader.endsWith(u"(second)"_s);
            }(),
            10000);

        ::kill(pid_t(second->process->processId()), SIGTERM);
        QVERIFY(second->process->waitForFinished(15000));
        QCOMPARE(second->process->exitCode(), 0);
    }
};

} // namespace

QTEST_GUILESS_MAIN(TeamHealthTest)
#include "tst_teamhealth.moc"
