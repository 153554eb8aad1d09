// SPDX-License-Identifier: MIT
// When the two outbox drains retry a row and when they give up on it (RetryPolicy).

#include "sync/RetryPolicy.h"

#include <QTest>

using namespace std::chrono;
using tgic::store::OutboxItem;
using tgic::sync::RetryPolicy;

namespace {
OutboxItem withAttempts(int attempts)
{
    OutboxItem item;
    item.id = 1;
    item.chatId = 7;
    item.attempts = attempts;
    return item;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intercomGivesUpOnlyOnWhatCannotHaveLanded()
    {
        const RetryPolicy policy = RetryPolicy::forIntercom();
        QVERIFY(!policy.afterFailure(withAttempts(49), false).giveUp);
        QVERIFY(policy.afterFailure(withAttempts(50), false).giveUp);
        // An earlier send may have arrived: it is reconciled, however long that takes.
        QVERIFY(!policy.afterFailure(withAttempts(50), true).giveUp);
        QVERIFY(!policy.afterFailure(withAttempts(500), true).giveUp);
    }

    void telegramGivesUpAfterItsAttempts()
    {
        const RetryPolicy policy = RetryPolicy::forTelegram();
        QVERIFY(!policy.afterFailure(withAttempts(29), false).giveUp);
        QVERIFY(!policy.afterFailure(withAttempts(29), true).giveUp);
        QVERIFY(policy.afterFailure(withAttempts(30), false).giveUp);
        QVERIFY(policy.afterFailure(withAttempts(30), true).giveUp);
    }

    void aHintIsFollowedElseTheBackoff()
    {
        RetryPolicy policy = RetryPolicy::forTelegram();
        QCOMPARE(policy.afterFailure(withAttempts(3), false, milliseconds(1234)).delay, milliseconds(1234));
        policy.backoff = { milliseconds(100), milliseconds(1000) };
        // Attempt 6 is next: 100 ms doubled five times is over the cap, so at most the cap,
        // at least its lower bound (the jitter keeps to the upper half).
        for (int i = 0; i < 20; ++i) {
            const milliseconds delay = policy.afterFailure(withAttempts(5), false).delay;
            QVERIFY2(delay >= milliseconds(500) && delay <= milliseconds(1000),
                qPrintable(QString::number(delay.count())));
        }
        // The first retry waits about the initial delay.
        const milliseconds first = policy.afterFailure(withAttempts(0), false).delay;
        QVERIFY2(first >= milliseconds(50) && first <= milliseconds(100),
            qPrintable(QString::number(first.count())));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
