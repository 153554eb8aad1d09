// SPDX-License-Identifier: MIT
// models::ModelReader, the window's reads: inline they answer before read() returns; on a worker
// thread with a connection of its own they run there, see what the window's connection wrote,
// and answer on the caller's thread; an answer whose receiver went, or that a newer read of the
// same thing overtook, never arrives.

#include "CacheFixture.h"
#include "ModelReader.h"

#include <QSemaphore>
#include <QThread>

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
};

QTEST_GUILESS_MAIN(TestModelReader)
#include "tst_modelreader.moc"
