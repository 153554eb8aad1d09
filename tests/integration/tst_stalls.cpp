// SPDX-License-Identifier: MIT
// Stalls made visible: a service that stops answering without closing the connection. The
// request is dropped at its transfer timeout and sent again (nothing lost, nothing doubled), and
// the stall is logged once, counted, said in the status ("No answer from Telegram for 2 s —
// reconnecting") and marked in the figures every workstation's Sync Health plots.

#include "Clock.h"
#include "SyncHarness.h"
#include "health/SyncMonitor.h"
#include "intercom/IntercomApi.h"
#include "store/HealthRepository.h"
#include "telegram/TelegramApi.h"

#include <QDateTime>
#include <QMutex>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

namespace {
QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    g_previousHandler(type, context, message);
}

int logLinesContaining(const QString &text)
{
    QMutexLocker lock(&g_logMutex);
    return int(
        std::count_if(g_log.cbegin(), g_log.cend(), [&](const QString &l) { return l.contains(text); }));
}
} // namespace

class TestStalls : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    //! Every status detail the engine showed, in order.
    struct StatusLog
    {
        explicit StatusLog(sync::SyncEngine *engine)
        {
            QObject::connect(engine, &sync::SyncEngine::statusChanged, &context,
                [this](sync::SyncEngine::Status status, const QString &detail) {
                    details << detail;
                    states << status;
                });
        }
        QObject context;
        QStringList details;
        QList<sync::SyncEngine::Status> states;
    };

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureMessages); }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }

    void hungLongPollIsDroppedCountedAndShown()
    {
        SyncHarness h;
        sync::SyncConfig config = h.fastConfig();
        config.longPollSeconds = 1;
        config.longPollGrace = std::chrono::seconds(1); // a poll without a byte for 2 s is a stall
        auto engine = h.makeEngine(config);
        health::SyncMonitor monitor(*h.db);
        monitor.attach(engine.get());
        monitor.attachElection(h.lease.get());
        monitor.start();
        StatusLog status(engine.get());
        engine->start();
        QVERIFY(QTest::qWaitFor([&] { return h.world.telegram().hasParkedPoll(); }, 10000));

        // Telegram stops answering: the next getUpdates is read and never answered, the
        // connection held open. A customer writes meanwhile.
        h.world.telegram().hangNext(u"getUpdates"_s, 1);
        const int pollsBefore = h.world.telegram().requestCount(u"getUpdates"_s);
        QVERIFY(QTest::qWaitFor([&] { return h.world.telegram().hangingRequests() == 1; }, 10000));
        h.world.telegram().pushMessage(persona::anonymous(), u"sent while Telegram hung"_s);

        // Dropped after 2 s, said once, counted, shown; the next poll brings the message.
        QVERIFY(QTest::qWaitFor([&] { return !h.contactOf(persona::anonymous().id).isEmpty(); }, 20000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return h.bodiesBy(h.contactOf(persona::anonymous().id))
                    == QStringList { u"sent while Telegram hung"_s };
            },
            20000));
        QVERIFY(h.world.telegram().requestCount(u"getUpdates"_s) >= pollsBefore + 2);
        QCOMPARE(h.world.telegram().hangingRequests(), 0); // the client hung up on it
        QCOMPARE(logLinesContaining(u"Telegram did not answer getUpdates for 2 s"_s), 1);
        QVERIFY2(status.details.contains(u"No answer from Telegram for 2 s — reconnecting"_s),
            qPrintable(status.details.join(u" | "_s)));
        QCOMPARE(
            status.states.at(status.details.indexOf(u"No answer from Telegram for 2 s — reconnecting"_s)),
            sync::SyncEngine::Status::Reconnecting);
        // A good answer ends it.
        QTRY_COMPARE(engine->status(), sync::SyncEngine::Status::Connected);
        QCOMPARE(monitor.metrics().value(u"tgic_stalls_total"_s, { { u"service"_s, u"telegram"_s } }), 1.0);
        QCOMPARE(monitor.metrics().value(u"tgic_stalls_total"_s, { { u"service"_s, u"intercom"_s } }), 0.0);
        QVERIFY(monitor.isHealthy()); // a dropped stall is the loop working, not wedged

        // The stall is marked in the figures every workstation plots.
        QVERIFY(monitor.writeFigures());
        const auto rows = store::HealthRepository::minutesFrom(h.db->connection(), 0);
        QVERIFY(rows && !rows->isEmpty());
        int stalls = 0;
        for (const store::HealthMinuteRow &row : *rows) {
            const auto figures = health::HealthFigures::fromJson(row.minuteAt, row.figures.toUtf8());
            QVERIFY(figures);
            for (const health::HealthEvent &e : figures->events)
                stalls += e.what == u"stall"_s && e.service == u"Telegram"_s && e.seconds == 2 ? 1 : 0;
        }
        QCOMPARE(stalls, 1);
        engine->stop();
    }

    void aWedgedPollLoopStarvesTheWatchdog()
    {
        // The clock seam lets the test be past "twice the long poll and its grace" at once,
        // while the hung request has not yet timed out in real time.
        tgic::ManualClock manual(QDateTime::currentMSecsSinceEpoch());
        tgic::ScopedClock scoped(manual);
        SyncHarness h;
        sync::SyncConfig config = h.fastConfig();
        config.longPollSeconds = 1;
        config.longPollGrace = std::chrono::seconds(30);
        auto engine = h.makeEngine(config);
        health::SyncMonitor monitor(*h.db);
        monitor.attach(engine.get());
        monitor.attachElection(h.lease.get());
        monitor.start();
        engine->start();
        QVERIFY(QTest::qWaitFor([&] { return h.world.telegram().hasParkedPoll(); }, 10000));
        QTRY_VERIFY(monitor.readiness().ready);
        h.world.telegram().hangNext(u"getUpdates"_s, 1);
        QVERIFY(QTest::qWaitFor([&] { return h.world.telegram().hangingRequests() == 1; }, 10000));
        QVERIFY(monitor.isHealthy());
        QCOMPARE(monitor.staleAfter(), std::chrono::milliseconds(62000)); // 2 × (1 s + 30 s)

        manual.advance(63000);
        const qint64 turns = monitor.loopTurns();
        QTRY_VERIFY(monitor.loopTurns() > turns); // the loop itself still turns
        QVERIFY(monitor.isAlive());
        QVERIFY(!monitor.isHealthy()); // but getUpdates has shown no sign of life: no WATCHDOG=1
        QVERIFY(!monitor.readiness().ready);
        QVERIFY2(monitor.readiness().reason.startsWith(u"leading; no good answer from Telegram for"_s),
            qPrintable(monitor.readiness().reason));
        engine->stop();
    }

    void hungIntercomRequestIsReconciledNotRepeated_data()
    {
        QTest::addColumn<bool>("carriedOut");
        QTest::newRow("the answer hangs (carried out)") << true;
        QTest::newRow("the request hangs (not carried out)") << false;
    }

    void hungIntercomRequestIsReconciledNotRepeated()
    {
        QFETCH(bool, carriedOut);
        SyncHarness h;
        sync::SyncConfig config = h.fastConfig();
        config.requestTimeout = std::chrono::seconds(1);
        const TelegramUser &customer = persona::anonymous();
        h.world.telegram().pushMessage(customer, u"first"_s);
        auto run = h.runUntilIdle(config);
        QVERIFY2(run.finished && run.failure == sync::FailureKind::None, qPrintable(run.message));

        // The reply into the open conversation hangs once.
        const QString conversation
            = h.world.intercom().conversationsOf(h.contactOf(customer.id)).first().value(u"id"_s).toString();
        h.world.intercom().hangNext(1, u"POST /conversations/%1/reply"_s.arg(conversation), carriedOut);
        h.world.telegram().pushMessage(customer, u"second"_s);
        auto engine = h.makeEngine(config);
        health::SyncMonitor monitor(*h.db);
        monitor.attach(engine.get());
        StatusLog status(engine.get());
        bool finished = false;
        QObject::connect(
            engine.get(), &sync::SyncEngine::finished, engine.get(), [&finished] { finished = true; });
        engine->runUntilIdle();
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 30000));
        QCOMPARE(h.bodiesBy(h.contactOf(customer.id)), QStringList({ u"first"_s, u"second"_s }));
        QCOMPARE(monitor.metrics().value(u"tgic_stalls_total"_s, { { u"service"_s, u"intercom"_s } }), 1.0);
        QVERIFY2(status.details.contains(u"No answer from Intercom for 1 s — reconnecting"_s),
            qPrintable(status.details.join(u" | "_s)));
        QCOMPARE(logLinesContaining(u"Intercom did not answer POST /conversations/"_s), 1);
        engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestStalls)
#include "tst_stalls.moc"
