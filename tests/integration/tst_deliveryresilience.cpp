// SPDX-License-Identifier: MIT
// Nothing is lost and nothing is doubled: crashes, redelivered batches, malformed input, lost
// answers, outages, rate limits, refused tokens and a second poller — against the emulators.

#include "SyncHarness.h"
#include "intercom/IntercomApi.h"
#include "telegram/TelegramApi.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
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
} // namespace

class TestDeliveryResilience : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    static void pushConversation(SyncHarness &h, const TelegramUser &user, const QStringList &texts)
    {
        for (const QString &text : texts)
            h.world.telegram().pushMessage(user, text);
    }

private Q_SLOTS:
    void crashWhileIntercomRequestsAreInFlightLosesAndDuplicatesNothing()
    {
        SyncHarness h;
        const QStringList alexTexts { u"a1"_s, u"a2"_s, u"a3"_s };
        const QStringList samTexts { u"s1"_s, u"s2"_s, u"s3"_s };
        pushConversation(h, persona::anonymous(), alexTexts);
        pushConversation(h, persona::renamer(), samTexts);

        // Kill the engine the moment the first message reaches Intercom (the request is carried
        // out, the answer never read), then start again from the same database.
        auto engine = h.makeEngine();
        bool hit = false;
        QObject::connect(&h.world.intercom(), &IntercomEmulator::requestReceived, engine.get(),
            [&hit](const QString &method, const QString &path) {
                if (method == u"POST"_s && path.startsWith(u"/conversations"_s))
                    hit = true;
            });
        engine->start();
        QVERIFY(QTest::qWaitFor([&] { return hit; }, 10000));
        engine.reset();

        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.bodiesBy(h.contactOf(persona::anonymous().id)), alexTexts);
        QCOMPARE(h.bodiesBy(h.contactOf(persona::renamer().id)), samTexts);
        QCOMPARE(h.contactsAnchoredTo(persona::anonymous().id).size(), 1);
        QCOMPARE(h.world.telegram().pendingUpdateCount(), 0);
    }

    void batchStoredButNotConfirmedIsNotStoredTwice()
    {
        SyncHarness h;
        pushConversation(h, persona::anonymous(), { u"one"_s, u"two"_s });
        // Stop right after the batch is committed, before the next getUpdates confirms it.
        auto engine = h.makeEngine();
        bool stored = false;
        QObject::connect(engine.get(), &sync::SyncEngine::batchStored, engine.get(), [&] { stored = true; });
        engine->start();
        QVERIFY(QTest::qWaitFor([&] { return stored; }, 10000));
        engine.reset();
        QVERIFY(h.world.telegram().pendingUpdateCount() > 0 || h.world.telegram().confirmedUpTo() > 0);

        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM messages"_s).toInt(), 2);
        QCOMPARE(h.bodiesBy(h.contactOf(persona::anonymous().id)), (QStringList { u"one"_s, u"two"_s }));
    }

    void malformedAndUnknownUpdatesAreQuarantinedAndConfirmed()
    {
        SyncHarness h;
        h.world.telegram().pushRawUpdate(
            QJsonObject { { u"message"_s, QJsonObject { { u"text"_s, u"no ids"_s } } } });
        h.world.telegram().pushRawUpdate(
            QJsonObject { { u"future_update_kind"_s, QJsonObject { { u"x"_s, 1 } } } });
        h.world.telegram().pushRawUpdate(QJsonObject { { u"message"_s,
            QJsonObject { { u"message_id"_s, 1.5 }, { u"date"_s, 1 }, { u"chat"_s, QJsonObject {} } } } });
        h.world.telegram().pushMessage(persona::anonymous(), u"after the bad ones"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);

        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM quarantine"_s).toInt(), 3);
        QVERIFY(h.scalar(u"SELECT reason FROM quarantine WHERE payload LIKE '%future_update_kind%'"_s)
                    .toString()
                    .contains(u"unknown update type"_s));
        QCOMPARE(h.world.telegram().pendingUpdateCount(), 0); // confirmed: the pipeline is not wedged
        QCOMPARE(h.bodiesBy(h.contactOf(persona::anonymous().id)), QStringList { u"after the bad ones"_s });
    }

    void unreadableAnswersFromTelegramAreRetried()
    {
        SyncHarness h;
        h.world.telegram().sendGarbageNext(u"getUpdates"_s, 2);
        h.world.telegram().pushMessage(persona::anonymous(), u"still arrives"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.bodiesBy(h.contactOf(persona::anonymous().id)), QStringList { u"still arrives"_s });
    }

    void unreadableAnswersFromIntercomAreRetried()
    {
        SyncHarness h;
        h.world.intercom().sendGarbageNext(2, u"/contacts/search"_s);
        h.world.intercom().sendGarbageNext(1, u"/conversations"_s); // not carried out: resent once
        h.world.telegram().pushMessage(persona::anonymous(), u"hello"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.contactsAnchoredTo(persona::anonymous().id).size(), 1);
        QCOMPARE(h.bodiesBy(h.contactOf(persona::anonymous().id)), QStringList { u"hello"_s });
    }

    void lostAnswersAreReconciledNotRepeated()
    {
        SyncHarness h;
        // Each of these is carried out by Intercom, but its answer never arrives.
        h.world.intercom().loseAnswerNext(1, u"POST /contacts"_s);
        h.world.intercom().loseAnswerNext(1, u"POST /conversations"_s);
        h.world.telegram().pushMessage(persona::anonymous(), u"first"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        h.world.intercom().loseAnswerNext(1, u"POST /conversations/"_s); // a reply
        h.world.telegram().pushMessage(persona::anonymous(), u"second"_s);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);

        QCOMPARE(h.contactsAnchoredTo(persona::anonymous().id).size(), 1);
        const QString contact = h.contactOf(persona::anonymous().id);
        QCOMPARE(h.world.intercom().conversationsOf(contact).size(), 1);
        QCOMPARE(h.bodiesBy(contact), (QStringList { u"first"_s, u"second"_s }));
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM messages WHERE delivery = 'delivered'"
                          " AND intercom_part_id IS NOT NULL"_s)
                     .toInt(),
            2);
    }

    void intercomOutageDelaysButDeliversInOrder()
    {
        SyncHarness h;
        h.world.intercom().failNext(4, 503, u"/conversations"_s);
        h.world.intercom().failNext(2, 502, u"/contacts/search"_s);
        const QStringList texts { u"m1"_s, u"m2"_s, u"m3"_s, u"m4"_s };
        pushConversation(h, persona::anonymous(), texts);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.bodiesBy(h.contactOf(persona::anonymous().id)), texts);
    }

    void aMessageIntercomRefusesFailsVisiblyAndTheRestGoesOn()
    {
        SyncHarness h;
        // Intercom calls the first conversation request malformed (400): that message can never
        // go as it is, and nothing else may wait for it.
        h.world.intercom().failNext(1, 400, u"/conversations"_s);
        pushConversation(h, persona::anonymous(), { u"first"_s, u"second"_s });
        pushConversation(h, persona::renamer(), { u"other"_s });
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        // The refused one is failed, with Intercom's reason, on the message the app shows.
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM outbox WHERE state = 'failed'"_s).toInt(), 1);
        const QString failedText
            = h.scalar(u"SELECT text FROM messages WHERE delivery = 'failed'"_s).toString();
        const QString error
            = h.scalar(u"SELECT delivery_error FROM messages WHERE delivery = 'failed'"_s).toString();
        QVERIFY2(error.contains(u"Intercom refused the message"_s), qPrintable(error));
        // Every other message arrived, the refused customer's next one included.
        QStringList delivered = h.bodiesBy(h.contactOf(persona::anonymous().id))
            + h.bodiesBy(h.contactOf(persona::renamer().id));
        delivered.append(failedText);
        delivered.sort();
        QCOMPARE(delivered, (QStringList { u"first"_s, u"other"_s, u"second"_s }));
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM outbox WHERE state NOT IN ('done', 'failed')"_s).toInt(), 0);
    }

    void rateLimitSlowsDownButLosesNothing()
    {
        SyncHarness h;
        h.world.intercom().setRateLimit(5, std::chrono::milliseconds(400));
        const QList<TelegramUser> people { persona::anonymous(), persona::renamer(),
            persona::deviceSwitcher() };
        for (const TelegramUser &p : people)
            pushConversation(h, p, { u"x"_s, u"y"_s });
        QCOMPARE(h.runUntilIdle(30000).failure, sync::FailureKind::None);
        for (const TelegramUser &p : people) {
            QCOMPARE(h.contactsAnchoredTo(p.id).size(), 1);
            QCOMPARE(h.bodiesBy(h.contactOf(p.id)), (QStringList { u"x"_s, u"y"_s }));
        }
    }

    void refusedTokensStopWithAClearMessage_data()
    {
        QTest::addColumn<bool>("telegramBad");
        QTest::newRow("telegram") << true;
        QTest::newRow("intercom") << false;
    }

    void refusedTokensStopWithAClearMessage()
    {
        QFETCH(bool, telegramBad);
        SyncHarness h;
        auto config = h.config();
        (telegramBad ? config.telegramToken : config.intercomToken) = u"wrong-token"_s;
        const auto result = h.runUntilIdle(config);
        QVERIFY(result.finished);
        QCOMPARE(result.failure, sync::FailureKind::BadToken);
        QVERIFY2(
            result.message.contains(telegramBad ? u"Telegram"_s : u"Intercom"_s), qPrintable(result.message));
        QVERIFY(!result.message.contains(u"wrong-token"_s));
    }

    void webhookOwnerIsNotFought()
    {
        SyncHarness h;
        h.world.telegram().setWebhook(u"https://example.invalid/hook"_s);
        h.world.telegram().pushMessage(persona::anonymous(), u"waits for the webhook owner"_s);
        const auto result = h.runUntilIdle();
        QCOMPARE(result.failure, sync::FailureKind::Conflict);
        QVERIFY2(result.message.contains(u"webhook"_s), qPrintable(result.message));
        QCOMPARE(h.world.telegram().webhookUrl(), u"https://example.invalid/hook"_s); // never deleted
        QCOMPARE(h.world.telegram().requestCount(u"deleteWebhook"_s), 0);
    }

    void secondPollerBacksOff()
    {
        SyncHarness h;
        auto first = h.makeEngine();
        first->start();
        QVERIFY(
            QTest::qWaitFor([&] { return first->status() == sync::SyncEngine::Status::Connected; }, 10000));
        SyncHarness other; // another workstation with its own database, same bot
        auto config = h.config();
        auto second = std::make_unique<sync::SyncEngine>(*other.db, config);
        second->start();
        // Whichever poll is terminated by the other, one engine reports the conflict in words.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return first->status() == sync::SyncEngine::Status::Conflict
                    || second->status() == sync::SyncEngine::Status::Conflict;
            },
            10000));
        const QString detail = first->status() == sync::SyncEngine::Status::Conflict ? first->statusDetail()
                                                                                     : second->statusDetail();
        QVERIFY2(detail.contains(u"Another program is polling"_s), qPrintable(detail));
        first.reset();
        second.reset();

        // Backing off means waiting longer each time instead of fighting. Seen alone, with the
        // bot held by a webhook so that every poll is refused: the gaps between polls must be at
        // least the doubling backoff (100, 200, 400 ms, less the 5 % a coarse timer may fire
        // early). A slow machine only makes the gaps longer; a fight makes them near zero.
        SyncHarness held;
        held.world.telegram().setWebhook(u"https://example.invalid/hook"_s);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> polledAt;
        QObject::connect(&held.world.telegram(), &sandbox::TelegramEmulator::requestReceived,
            &held.world.telegram(), [&](const QString &method) {
                if (method == u"getUpdates"_s)
                    polledAt << clock.elapsed();
            });
        auto engine = held.makeEngine();
        engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(polledAt.size() >= 4, 15000);
        engine.reset();
        for (int i = 1; i < 4; ++i) {
            const qint64 gap = polledAt.at(i) - polledAt.at(i - 1);
            const qint64 backoff = 100 << (i - 1);
            QVERIFY2(gap >= backoff * 95 / 100,
                qPrintable(
                    u"poll %1 came %2 ms after the one before; the backoff is %3 ms"_s.arg(i).arg(gap).arg(
                        backoff)));
        }
    }

    void tokensNeverAppearInLogsOrErrors()
    {
        SyncHarness h;
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureMessages);
        QLoggingCategory::setFilterRules(u"tgic.*.debug=true"_s);
        h.world.telegram().sendGarbageNext(u"getUpdates"_s, 1);
        h.world.telegram().failNext(u"getUpdates"_s, 1, 502, u"Bad Gateway"_s);
        h.world.intercom().failNext(1, 500, u"/contacts/search"_s);
        h.world.telegram().pushMessage(persona::anonymous(), u"hi"_s);
        const auto ok = h.runUntilIdle();
        // And an unreachable Telegram, whose error text quotes the URL with the token in it.
        auto config = h.config();
        config.telegramApiUrl = QUrl(u"http://127.0.0.1:1"_s);
        const auto unreachable = h.runUntilIdle(config);
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(g_previousHandler);

        QCOMPARE(ok.failure, sync::FailureKind::None);
        QCOMPARE(unreachable.failure, sync::FailureKind::Unreachable);
        QVERIFY(!g_log.isEmpty());
        const QStringList secrets { SandboxWorld::telegramToken(), SandboxWorld::intercomToken() };
        for (const QString &line : std::as_const(g_log) + QStringList { unreachable.message })
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret),
                    qPrintable(u"a secret leaked into: "_s + line.left(200).replace(secret, u"<…>"_s)));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryResilience)
#include "tst_deliveryresilience.moc"
