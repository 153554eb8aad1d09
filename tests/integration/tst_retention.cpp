// SPDX-License-Identifier: MIT
// Keeping customer data only as long as the team decides (issue 21): message contents older than
// N days go, exactly those; what is still on its way stays; who is who stays; a preview (dry run)
// changes nothing; the sync runs it once a day and in a team only the leader does. And the
// single-seat cache at rest: its folder 0700, the file and its WAL/SHM 0600. Runs on SQLite and,
// under tests/postgres/with-postgres.sh, PostgreSQL.

#include "ErasureHarness.h"
#include "store/Retention.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

class TestRetention : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;
    static constexpr qint64 kDayMs = qint64(24) * 60 * 60 * 1000;

    static TelegramUser ada()
    {
        return TelegramUser { 6111111111, u"Ada"_s, {}, u"ada_r"_s, false, {}, false };
    }
    static TelegramUser ben() { return TelegramUser { 6222222222, u"Ben"_s, {}, {}, false, {}, false }; }

    static qint64 count(SyncHarness &h, const QString &sql, const QVariantList &binds = {})
    {
        return h.scalar(sql, binds).toLongLong();
    }

    //! Messages (and what came with them) made `days` old.
    static void age(SyncHarness &h, const QString &text, int days)
    {
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - days * kDayMs;
        h.exec(u"UPDATE messages SET sent_at = ? WHERE text = ?"_s, { at, text });
        h.exec(
            u"UPDATE outbox SET created_at = ? WHERE message_id IN (SELECT id FROM messages WHERE text = ?)"_s,
            { at, text });
        h.exec(u"UPDATE telegram_updates SET received_at = ? WHERE payload LIKE ?"_s,
            { at, QString(u"%"_s + text + u"%"_s) });
        h.exec(u"UPDATE chats SET last_message_at = ? WHERE last_message_preview = ?"_s, { at, text });
    }

    //! Three messages of Ada's, ten, six and one day old, and one of Ben's, ten days old.
    static void story(SyncHarness &h)
    {
        h.converse(ada(), u"ten days ago"_s);
        h.converse(ada(), u"six days ago"_s);
        h.converse(ada(), u"yesterday"_s);
        h.converse(ben(), u"ben ten days ago"_s);
        age(h, u"ten days ago"_s, 10);
        age(h, u"six days ago"_s, 6);
        age(h, u"yesterday"_s, 1);
        age(h, u"ben ten days ago"_s, 10);
    }

private Q_SLOTS:
    void removesExactlyWhatIsOlderThanNDays()
    {
        SyncHarness h;
        story(h);
        store::Retention retention(*h.db);
        QCOMPARE(retention.days(), 0); // off until someone decides
        QVERIFY(retention.setDays(7, u"Agent Rita"_s));
        QCOMPARE(retention.days(), 7);
        QVERIFY(retention.due());

        // The preview is a dry run: counts, and nothing changes.
        const QMap<QString, qint64> before = test::rowCounts(*h.db);
        const QString valuesBefore = test::everyValue(*h.db, false);
        const store::RetentionPlan plan = retention.plan(7);
        QCOMPARE(plan.messages, 2);
        QVERIFY(plan.rawUpdates >= 2);
        QCOMPARE(plan.heldBack, 0);
        QCOMPARE(test::rowCounts(*h.db), before);
        QCOMPARE(test::everyValue(*h.db, false), valuesBefore);

        bool ok = false;
        QString error;
        const store::RetentionPlan removed = retention.run(u"Agent Rita"_s, &ok, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(removed.messages, 2);
        QCOMPARE(
            count(h, u"SELECT COUNT(*) FROM messages WHERE text IN ('ten days ago', 'ben ten days ago')"_s),
            0);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages WHERE text IN ('six days ago', 'yesterday')"_s), 2);
        const QString values = test::everyValue(*h.db);
        QVERIFY(!values.contains(u"ten days ago"_s)); // not in the raw updates either
        QVERIFY(values.contains(u"six days ago"_s));
        // Who is who stays.
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM mappings WHERE intercom_contact_id IS NOT NULL"_s), 2);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM telegram_users"_s), 2);
        QCOMPARE(h.scalar(u"SELECT username FROM telegram_users WHERE telegram_user_id = ?"_s, { ada().id })
                     .toString(),
            u"ada_r"_s);
        // Audited, remembered, not due again for a day.
        QCOMPARE(
            count(h, u"SELECT COUNT(*) FROM audit_log WHERE action = 'retention' AND actor = 'Agent Rita'"_s),
            1);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM audit_log WHERE action = 'retention policy'"_s), 1);
        QVERIFY(retention.lastRunAt() > 0);
        QVERIFY(!retention.due());
        // Again right away: nothing more is older than seven days.
        QCOMPARE(retention.plan(7).total(), 0);
        if (h.db->isSqlite()) {
            const QByteArray file = test::fileBytes(h.location) + test::fileBytes(h.location + u"-wal"_s);
            QCOMPARE(test::foundIn(file, { u"ben ten days ago"_s }), QStringList());
        }
    }

    void aMessageStillOnItsWayIsKept()
    {
        SyncHarness h;
        story(h);
        // Ben's old message never reached Intercom: it waits, and keeps its text.
        h.exec(
            u"UPDATE outbox SET state = 'pending' WHERE message_id IN (SELECT id FROM messages WHERE text = ?)"_s,
            { u"ben ten days ago"_s });
        store::Retention retention(*h.db);
        QVERIFY(retention.setDays(7, u"Agent Rita"_s));
        QCOMPARE(retention.plan(7).heldBack, 1);
        bool ok = false;
        const store::RetentionPlan removed = retention.run(u"Agent Rita"_s, &ok);
        QVERIFY(ok);
        QCOMPARE(removed.messages, 1);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages WHERE text = 'ben ten days ago'"_s), 1);
    }

    void offMeansEverythingIsKept()
    {
        SyncHarness h;
        story(h);
        store::Retention retention(*h.db);
        QVERIFY(!retention.plan(0).enabled());
        QVERIFY(!retention.due());
        bool ok = true;
        QString error;
        retention.run(u"Agent Rita"_s, &ok, &error);
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages"_s), 4);
    }

    void theSyncRunsItOnceADay()
    {
        SyncHarness h;
        story(h);
        QVERIFY(store::Retention(*h.db).setDays(7, u"Agent Rita"_s));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QVERIFY(QTest::qWaitFor(
            [&] { return count(h, u"SELECT COUNT(*) FROM audit_log WHERE action = 'retention'"_s) == 1; },
            5000));
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages"_s), 2);
        // A restart the same day does not run it again.
        age(h, u"six days ago"_s, 8);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM audit_log WHERE action = 'retention'"_s), 1);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages"_s), 2);
    }

    void inATeamOnlyTheLeaderRemovesData()
    {
        if (!test::onPostgres())
            QSKIP("the poller lease: the team database only");
        SyncHarness h;
        story(h);
        QVERIFY(store::Retention(*h.db).setDays(7, u"Agent Rita"_s));
        // Another workstation: sees the policy and the preview, but does not run it.
        store::Database other;
        QVERIFY2(other.open(h.location), qPrintable(other.error()));
        store::Retention follower(other);
        QCOMPARE(follower.days(), 7);
        QCOMPARE(follower.plan(7).messages, 2);
        bool ok = true;
        QString error;
        follower.run(u"Agent Bea"_s, &ok, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(u"only the workstation that runs the sync"_s), qPrintable(error));
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages"_s), 4);
        store::Retention(*h.db).run(u"Agent Rita"_s, &ok, &error); // the leader
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages"_s), 2);
    }

    void theCacheIsItsOwnersAlone()
    {
        if (test::onPostgres())
            QSKIP("file permissions: the single-seat cache only");
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"data/tgic"_s);
        const QString path = folder + u"/tgic.sqlite3"_s;
        {
            store::Database db;
            QVERIFY2(db.open(path), qPrintable(db.error()));
            QVERIFY(store::Retention(db).setDays(30, u"test"_s)); // a write: the WAL exists
            const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
            for (const QString &file : QStringList { path, path + u"-wal"_s, path + u"-shm"_s }) {
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
                const auto permissions = QFileInfo(file).permissions()
                    & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
                QCOMPARE(permissions, ownerOnly);
            }
            const auto folderPermissions = QFileInfo(folder).permissions()
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
            QCOMPARE(int(folderPermissions), 0);
        }
    }
};

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
