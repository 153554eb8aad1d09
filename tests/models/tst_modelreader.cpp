// SPDX-License-Identifier: MIT
// models::ModelReader, the window's reads: inline they answer before read() returns; on a worker
// thread with a connection of its own they run there, see what the window's connection wrote,
// and answer on the caller's thread; an answer whose receiver went, or that a newer read of the
// same thing overtook, never arrives.

#include "CacheFixture.h"
#include "ModelReader.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using tgic::models::ModelReader;
using tgic::models::ReadSeries;

namespace {
int chatCount(tgic::store::Database &db)
{
    return tgic::store::scalar(db.connection(), u"SELECT COUNT(*) FROM chats"_s).toInt();
}
} // namespace

class TestModelReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inlineAnswersBeforeReadReturns()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(1, u"Ann"_s, {}, {}, 1000);
        ModelReader reader(*cache.db);
        QVERIFY(!reader.isOnWorkerThread());
        QObject receiver;
        int chats = -1;
        reader.read(chatCount, &receiver, [&](int n) { chats = n; });
        QCOMPARE(chats, 1);
    }

    void aWorkerReadsOnItsOwnThreadAndAnswersOnTheCallers()
    {
        tgic::test::CacheFixture cache;
        ModelReader reader(*cache.db, tgic::store::OpenOptions {});
        QVERIFY(reader.isOnWorkerThread());
        // Written on the window's connection, read on the reader's.
        cache.addCustomer(1, u"Ann"_s, {}, {}, 1000);
        cache.addCustomer(2, u"Bob"_s, {}, {}, 2000);
        QObject receiver;
        QThread *ranOn = nullptr;
        QThread *answeredOn = nullptr;
        int chats = -1;
        reader.read(
            [&ranOn](tgic::store::Database &db) {
                ranOn = QThread::currentThread();
                return chatCount(db);
            },
            &receiver,
            [&](int n) {
                answeredOn = QThread::currentThread();
                chats = n;
            });
        QTRY_COMPARE(chats, 2);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(ranOn != QThread::currentThread());
    }

    void anAnswerForAReceiverThatWentIsDropped()
    {
        tgic::test::CacheFixture cache;
        ModelReader reader(*cache.db, tgic::store::OpenOptions {});
        QSemaphore go;
        auto *gone = new QObject;
        bool goneAnswered = false;
        reader.read(
            [&go](tgic::store::Database &db) {
                go.acquire();
                return chatCount(db);
            },
            gone, [&](int) { goneAnswered = true; });
        QObject receiver;
        bool laterAnswered = false;
        reader.read(chatCount, &receiver, [&](int) { laterAnswered = true; });
        delete gone; // while its read is still running
        go.release();
        // The later read answers after the first one's answer would have: it was dropped.
        QTRY_VERIFY(laterAnswered);
        QVERIFY(!goneAnswered);
    }

    void aNewerReadOfTheSameThingOvertakesAnOlderOne()
    {
        tgic::test::CacheFixture cache;
        ModelReader reader(*cache.db, tgic::store::OpenOptions {});
        QObject receiver;
        ReadSeries series;
        QList<int> shown;
        reader.read(
            [](tgic::store::Database &) { return 1; }, &receiver, series.latest([&](int v) { shown << v; }));
        reader.read(
            [](tgic::store::Database &) { return 2; }, &receiver, series.latest([&](int v) { shown << v; }));
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown, QList<int> { 2 });

        // Inline the same rule holds, and a read answered at once is the newest.
        ModelReader inlineReader(*cache.db);
        inlineReader.read(
            [](tgic::store::Database &) { return 3; }, &receiver, series.latest([&](int v) { shown << v; }));
        QCOMPARE(shown, (QList<int> { 2, 3 }));
    }

    void aClicksReadGoesBeforeTheReReadsQueuedBeforeIt()
    {
        tgic::test::CacheFixture cache;
        ModelReader reader(*cache.db, tgic::store::OpenOptions {});
        QSemaphore go;
        QSemaphore started;
        QObject receiver;
        QList<QString> answered;
        // A read under way holds the connection while a burst's re-reads queue up behind it.
        reader.read(
            [&go, &started](tgic::store::Database &db) {
                started.release();
                go.acquire();
                return chatCount(db);
            },
            &receiver, [&](int) { answered << u"running"_s; });
        QVERIFY(started.tryAcquire(1, 10000));
        for (int i = 0; i < 3; ++i)
            reader.read(chatCount, &receiver, [&answered, i](int) { answered << u"re-read %1"_s.arg(i); });
        reader.read(
            chatCount, &receiver, [&](int) { answered << u"click"_s; }, ModelReader::Lane::Interactive);
        go.release();
        QTRY_COMPARE(answered.size(), 5);
        QCOMPARE(answered,
            (QList<QString> { u"running"_s, u"click"_s, u"re-read 0"_s, u"re-read 1"_s, u"re-read 2"_s }));
    }

    void twoModelsAskingForTheSameRowsShareOneRead()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(1, u"Ann"_s, {}, {}, 1000);
        ModelReader reader(*cache.db, tgic::store::OpenOptions {});
        QSemaphore go;
        QObject receiver;
        reader.read(
            [&go](tgic::store::Database &) {
                go.acquire();
                return 0;
            },
            &receiver, [](int) {});
        std::atomic<int> jobs { 0 };
        auto job = [&jobs](tgic::store::Database &db) {
            ++jobs;
            return chatCount(db);
        };
        int window = -1;
        int tray = -1;
        int other = -1;
        reader.readShared(u"chats 1"_s, job, &receiver, [&](int n) { window = n; });
        reader.readShared(u"chats 1"_s, job, &receiver, [&](int n) { tray = n; });
        reader.readShared(u"chats 2"_s, job, &receiver, [&](int n) { other = n; });
        go.release();
        QTRY_VERIFY(window >= 0 && tray >= 0 && other >= 0);
        QCOMPARE(window, 1);
        QCOMPARE(tray, 1);
        QCOMPARE(jobs.load(), 2); // "chats 1" once, "chats 2" once

        // Asked for once the shared read has started: a read of its own, which sees what
        // changed since.
        reader.readShared(
            u"chats 1"_s,
            [&go, &jobs](tgic::store::Database &db) {
                ++jobs;
                go.acquire();
                return chatCount(db);
            },
            &receiver, [&](int n) { window = n; });
        QTRY_COMPARE(jobs.load(), 3); // started, waiting
        cache.addCustomer(2, u"Bob"_s, {}, {}, 2000);
        reader.readShared(u"chats 1"_s, job, &receiver, [&](int n) { tray = n; });
        go.release();
        QTRY_COMPARE(tray, 2);
        QCOMPARE(jobs.load(), 4);

        // Inline (SQLite) nothing is shared: each answers at once.
        ModelReader inlineReader(*cache.db);
        int inlineAnswer = -1;
        inlineReader.readShared(u"chats 1"_s, job, &receiver, [&](int n) { inlineAnswer = n; });
        QCOMPARE(inlineAnswer, 2);
    }
};

QTEST_GUILESS_MAIN(TestModelReader)
#include "tst_modelreader.moc"
