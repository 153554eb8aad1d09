// SPDX-License-Identifier: MIT
// View → Sync Health, offscreen: the window plots the figures of the last hour (messages in,
// both latencies, the outboxes), marks stalls and quarantines, follows new figures as they are
// written — from another connection too, as a follower workstation sees its leader's (run on
// PostgreSQL as tst_synchealth_postgres) — and the status bar says when Telegram stops answering.
// With TGIC_SCREENSHOT_DIR set it saves the window as sync-health.png (docs/sync-health.png).

#include "Clock.h"
#include "MainWindow.h"
#include "SyncHarness.h"
#include "SyncHealthModel.h"
#include "SyncHealthWindow.h"
#include "SyncStatusBar.h"
#include "health/HealthFigures.h"
#include "store/HealthRepository.h"

#include <QAction>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>

using namespace Qt::StringLiterals;
using namespace tgic;

namespace {

// An hour of a plausible afternoon: a busy stretch, a stalled poll, a quarantined update, an
// Intercom slowdown that fills the outbox for a few minutes.
health::HealthFigures minuteOfFigures(qint64 minuteAt, int i)
{
    health::HealthFigures f;
    f.minuteAt = minuteAt;
    f.inbound = 4 + (i * 7) % 11 + (i > 35 && i < 45 ? 12 : 0);
    f.customerToIntercom = { f.inbound, 600 + (i % 5) * 150, 1400 + (i % 7) * 300 };
    f.replyToTelegram = { 1 + i % 4, 2100 + (i % 3) * 500, 4800 + (i % 4) * 900 };
    const bool slow = i >= 47 && i < 52;
    f.toIntercom
        = { slow ? 6 + (i - 47) * 5 : i % 3, slow ? 3 + (i - 47) : i % 2, slow ? 30 + (i - 47) * 60 : i % 3 };
    f.toTelegram = { i % 2, i % 2, i % 2 };
    if (slow)
        f.customerToIntercom = { f.inbound, 20000 + (i - 47) * 15000, 45000 + (i - 47) * 30000 };
    if (i == 22)
        f.events << health::HealthEvent { minuteAt + 31000, u"stall"_s, u"Telegram"_s, 45 };
    if (i == 40)
        f.events << health::HealthEvent { minuteAt + 12000, u"quarantine"_s, {}, 0 };
    f.state = u"leading"_s;
    f.epoch = 3;
    return f;
}

bool writeMinute(store::Database &db, const health::HealthFigures &f, const QString &leader)
{
    return store::HealthRepository(db).writeMinute({ f.minuteAt, tgic::nowMs(), leader,
        QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)) });
}

} // namespace

class TestSyncHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plotsTheLastHourAndFollowsNewFigures()
    {
        QTemporaryDir dir;
        const QString location = test::databaseLocation(dir, u"health.sqlite3"_s);
        store::Database leader; // writes, as the workstation running the sync does
        QVERIFY2(leader.open(location), qPrintable(leader.error()));
        store::Database follower; // reads, as every workstation's window does
        QVERIFY2(follower.open(location), qPrintable(follower.error()));

        const qint64 now = health::minuteOf(tgic::nowMs());
        for (int i = 0; i < 58; ++i)
            QVERIFY(
                writeMinute(leader, minuteOfFigures(now - (59 - i) * 60000, i), u"support-01 (tgic-sync)"_s));
        // Older than the hour: not shown.
        QVERIFY(writeMinute(leader, minuteOfFigures(now - 3 * 3600000, 0), u"support-01 (tgic-sync)"_s));

        auto *model = new models::SyncHealthModel(follower);
        ui::SyncHealthWindow window(model);
        model->setParent(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(model->hasRead());
        QCOMPARE(model->minutes().size(), 58);
        QCOMPARE(window.points(u"inbound"_s).size(), 58);
        QCOMPARE(window.points(u"c2iP95"_s).size(), 58);
        QCOMPARE(window.points(u"depthToIntercom"_s).at(49).y(), 16.0);
        QCOMPARE(window.points(u"ageToIntercom"_s).at(50).y(), 210.0);
        QCOMPARE(window.points(u"c2iP50"_s).at(48).y(), 35.0);
        // The stall and the quarantine are marked on every plot's time axis, and listed.
        for (const QString &chart : { u"inbound"_s, u"c2i"_s, u"r2t"_s, u"depth"_s, u"age"_s }) {
            QCOMPARE(window.points(u"stalls."_s + chart).size(), 1);
            QCOMPARE(window.points(u"quarantines."_s + chart).size(), 1);
        }
        QCOMPARE(window.points(u"stalls.inbound"_s).first().x(), double(now - 37 * 60000 + 31000));
        const QStringList events = window.eventLines();
        QCOMPARE(events.size(), 2);
        QVERIFY2(events.at(0).endsWith(u"No answer from Telegram for 45 s — reconnected"_s),
            qPrintable(events.at(0)));
        QVERIFY2(events.at(1).contains(u"quarantine"_s), qPrintable(events.at(1)));
        QVERIFY2(window.headerText().contains(u"support-01 (tgic-sync)"_s), qPrintable(window.headerText()));

        if (const QString out = qEnvironmentVariable("TGIC_SCREENSHOT_DIR"); !out.isEmpty()) {
            window.resize(1280, 900);
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(out).filePath(u"sync-health.png"_s), "PNG"));
        }

        // The writer refreshes the current minute: the follower's window follows, on its own
        // (NOTIFY on a team database; the same process on SQLite).
        const int readsBefore = model->readCount();
        health::HealthFigures latest = minuteOfFigures(now, 59);
        latest.inbound = 99;
        QVERIFY(writeMinute(leader, latest, u"support-01 (tgic-sync)"_s));
        leader.notifyChanged(store::Topic::Health);
        if (!test::onPostgres())
            follower.notifyChanged(store::Topic::Health); // SQLite: one process, one database object each
        QTRY_VERIFY_WITH_TIMEOUT(model->readCount() > readsBefore, 10000);
        QTRY_COMPARE(window.points(u"inbound"_s).size(), 59);
        QCOMPARE(window.points(u"inbound"_s).last().y(), 99.0);

        // Hidden, it stops reading: the notice reaches the follower (the model heard it first:
        // it connected first) and no read follows.
        window.hide();
        const int readsHidden = model->readCount();
        bool heard = false;
        QObject::connect(&follower, &store::Database::changed, &window,
            [&heard](store::Topic topic) { heard = heard || topic == store::Topic::Health; });
        leader.notifyChanged(store::Topic::Health);
        if (!test::onPostgres())
            follower.notifyChanged(store::Topic::Health);
        QTRY_VERIFY(heard);
        QCoreApplication::processEvents();
        QCOMPARE(model->readCount(), readsHidden);
        QVERIFY(!model->isActive());
    }

    void emptyAtFirst()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY(db.open(dir.filePath(u"empty.sqlite3"_s)));
        auto *model = new models::SyncHealthModel(db);
        ui::SyncHealthWindow window(model);
        model->setParent(&window);
        window.show();
        QTRY_VERIFY(model->hasRead());
        QVERIFY2(window.headerText().startsWith(u"No figures yet"_s), qPrintable(window.headerText()));
        QCOMPARE(window.points(u"inbound"_s).size(), 0);
        QCOMPARE(window.eventLines(), QStringList { u"None in the last hour"_s });
    }

    void viewMenuOpensItAndTheStatusBarShowsAStall()
    {
        test::SyncHarness h;
        sync::SyncConfig config = h.fastConfig();
        config.longPollSeconds = 1;
        config.longPollGrace = std::chrono::seconds(1);
        auto engine = h.makeEngine(config);
        ui::MainWindow window(*h.db);
        window.setSyncEngine(engine.get());
        window.show();
        engine->start();

        QAction *open = window.syncHealthAction();
        QVERIFY(open);
        QCOMPARE(open->objectName(), u"openSyncHealth"_s);
        open->trigger();
        QVERIFY(window.syncHealthWindow());
        QVERIFY(QTest::qWaitForWindowExposed(window.syncHealthWindow()));

        // Telegram stops answering: the status bar says so, then goes back to normal.
        QVERIFY(QTest::qWaitFor([&] { return h.world.telegram().hasParkedPoll(); }, 10000));
        h.world.telegram().hangNext(u"getUpdates"_s, 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.syncStatusBar()->stateText(), u"No answer from Telegram for 2 s — reconnecting"_s, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.syncStatusBar()->stateText(), u"Connected, waiting for Telegram"_s, 15000);
        engine->stop();
    }
};

QTEST_MAIN(TestSyncHealth)
#include "tst_synchealth.moc"
