// SPDX-License-Identifier: MIT
// The local store: schema ladder, privacy of the file, and the all-or-nothing, idempotent
// ingest of a getUpdates batch.

#include "Clock.h"
#include "TestDatabase.h"
#include "store/ConversationStateRepository.h"
#include "store/DataFolder.h"
#include "store/Database.h"
#include "store/Meta.h"
#include "store/OutboxRepository.h"
#include "store/TelegramOutbox.h"
#include "store/Transaction.h"
#include "store/UpdateInbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::store;

namespace {
QJsonObject message(qint64 updateId, qint64 userId, qint64 messageId, const QString &text,
    qint64 date = 1760000000, const QString &username = {}, const QString &firstName = u"Alex"_s)
{
    QJsonObject from { { u"id"_s, userId }, { u"is_bot"_s, false }, { u"first_name"_s, firstName } };
    if (!username.isEmpty())
        from.insert(u"username"_s, username);
    return QJsonObject { { u"update_id"_s, updateId },
        { u"message"_s,
            QJsonObject { { u"message_id"_s, messageId }, { u"date"_s, date },
                { u"chat"_s, QJsonObject { { u"id"_s, userId }, { u"type"_s, u"private"_s } } },
                { u"from"_s, from }, { u"text"_s, text } } } };
}

int count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void dataOfTheDoubledFolderMovesToTheSharedOne()
    {
        // Organisation and application are both "tgic": AppDataLocation doubles the name.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"tgic"_s);
        QCoreApplication::setApplicationName(u"tgic"_s);
        const QString folder = tgic::store::dataFolder();
        const QString legacy = tgic::store::legacyDataFolder();
        QVERIFY(folder.endsWith(u"/tgic"_s));
        QVERIFY(!folder.endsWith(u"/tgic/tgic"_s));
        QCOMPARE(legacy, folder + u"/tgic"_s);
        QDir(folder).removeRecursively();
        {
            Database old;
            QVERIFY(old.open(legacy + u"/tgic.sqlite3"_s));
            QVERIFY(tgic::store::meta::set(old, u"probe"_s, u"kept"_s));
        }
        QDir().mkpath(legacy + u"/logs"_s);
        QFile log(legacy + u"/logs/tgic.log"_s);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.close();

        const QString path = Database::defaultPath();
        QCOMPARE(path, folder + u"/tgic.sqlite3"_s);
        QVERIFY(!QFile::exists(legacy + u"/tgic.sqlite3"_s));
        QVERIFY(QFile::exists(folder + u"/logs/tgic.log"_s));
        QVERIFY(!QDir(legacy).exists());
        Database moved;
        QVERIFY(moved.open(path));
        QCOMPARE(tgic::store::meta::get(moved, u"probe"_s), u"kept"_s);
        // Nothing left to move: the same answer again.
        QCOMPARE(Database::defaultPath(), path);
        moved.close();
        QDir(folder).removeRecursively();
    }

    void freshDatabaseIsPrivateMigratedAndInWalMode()
    {
        if (tgic::test::onPostgres())
            QSKIP("file mode and WAL are SQLite matters");
        Database db;
        const QString path = m_dir.filePath(u"fresh/tgic.sqlite3"_s);
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(QFile::permissions(path)
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QSqlQuery q(db.connection());
        q.exec(u"PRAGMA journal_mode"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        q.exec(u"PRAGMA foreign_keys"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        const QString path = tgic::test::databaseLocation(m_dir, u"reopen.sqlite3"_s);
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(meta::set(db, u"k"_s, u"v"_s));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(meta::get(db, u"k"_s), u"v"_s);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void databaseFromANewerVersionIsRefused()
    {
        const QString path = tgic::test::databaseLocation(m_dir, u"newer.sqlite3"_s);
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            // SQLite keeps the schema version in user_version, PostgreSQL in the meta table.
            QVERIFY(tgic::test::onPostgres()
                    ? q.exec(u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(
                        Database::latestSchemaVersion() + 1))
                    : q.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1)));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().contains(u"newer version"_s), qPrintable(db.error()));
    }

    void aTransactionGuardKeepsOnlyWhatWasCommitted()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"guard.sqlite3"_s)));
        {
            Transaction abandoned(db);
            QVERIFY(abandoned.isActive());
            QVERIFY(meta::set(db, u"guard.abandoned"_s, u"1"_s));
        } // an early return: rolled back
        QCOMPARE(meta::get(db, u"guard.abandoned"_s), QString());
        {
            Transaction kept(db);
            QVERIFY(meta::set(db, u"guard.kept"_s, u"1"_s));
            QVERIFY(kept.commit());
            QVERIFY(!kept.isActive());
        }
        QCOMPARE(meta::get(db, u"guard.kept"_s), u"1"_s);
        {
            Transaction undone(db);
            QVERIFY(meta::set(db, u"guard.undone"_s, u"1"_s));
            undone.rollback();
            QVERIFY(!undone.commit()); // nothing left to commit
        }
        QCOMPARE(meta::get(db, u"guard.undone"_s), QString());
        if (!tgic::test::onPostgres()) {
            // SQLite refuses a second BEGIN; the refused guard must leave the open one alone.
            // (PostgreSQL only warns about it, so there is nothing to refuse.)
            Transaction outer(db);
            QVERIFY(meta::set(db, u"guard.outer"_s, u"1"_s));
            {
                Transaction inner(db);
                QVERIFY(!inner.isActive());
                QVERIFY(!inner.commit());
            }
            QVERIFY(outer.commit());
            QCOMPARE(meta::get(db, u"guard.outer"_s), u"1"_s);
        }
    }

    void sameBatchTwiceIsStoredOnce()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"dedupe.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        const QJsonArray batch { message(100, 1, 1, u"a"_s), message(101, 1, 2, u"b"_s),
            message(102, 2, 1, u"c"_s) };
        const IngestReport first = inbox.ingest(batch);
        QVERIFY(first.ok);
        QCOMPARE(first.stored, 3);
        QCOMPARE(*first.nextOffset, 103);
        const IngestReport again = inbox.ingest(batch); // re-delivered after a crash before confirming
        QVERIFY(again.ok);
        QCOMPARE(again.stored, 0);
        QCOMPARE(again.duplicates, 3);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM messages"_s), 3);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM outbox"_s), 3);
        QCOMPARE(meta::get(db, QString::fromLatin1(meta::kTelegramOffset)), u"103"_s);
        // The same message under a new update_id (it happens after Telegram resets ids) too.
        QVERIFY(inbox.ingest(QJsonArray { message(500, 1, 1, u"a"_s) }).ok);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM messages"_s), 3);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM chats WHERE chat_id = 1"_s), 1);
    }

    void anUpdateTheDatabaseRefusesIsQuarantinedAndTheRestStored()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"poison.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        QVERIFY(inbox.ingest(QJsonArray { message(1, 1, 1, u"kept"_s) }).ok);
        // A rule in the schema refuses whatever chat 2 brings: that one update can never be
        // stored, however often it is tried.
        QSqlQuery q(db.connection());
        if (tgic::test::onPostgres()) {
            QVERIFY(q.exec(
                u"CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.chat_id = 2 THEN"
                " RAISE EXCEPTION 'refused by a rule'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(q.exec(
                u"CREATE TRIGGER refuse BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse()"_s));
        } else {
            QVERIFY(q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON outbox WHEN NEW.chat_id = 2"
                           " BEGIN SELECT RAISE(ABORT, 'refused by a rule'); END"_s));
        }
        QJsonArray batch;
        // A full getUpdates answer: 100 updates, the refused one in the middle.
        for (qint64 id = 2; id <= 101; ++id)
            batch.append(id == 50 ? message(id, 2, 1, u"poison"_s) : message(id, 1000 + id, 1, u"fine"_s));
        const IngestReport report = inbox.ingest(batch);
        // The 99 others are stored and the batch is confirmed past the refused one.
        QVERIFY(report.ok);
        QCOMPARE(report.stored, 99);
        QCOMPARE(report.quarantined, 1);
        QCOMPARE(report.nextOffset, std::optional<qint64>(102));
        QCOMPARE(meta::get(db, QString::fromLatin1(meta::kTelegramOffset)), u"102"_s);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM messages WHERE text = 'fine'"_s), 99);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM outbox"_s), 100);
        // Nothing of the refused update is half-stored; the quarantine says why.
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM messages WHERE chat_id = 2"_s), 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM quarantine WHERE update_id = 50"_s), 1);
        QSqlQuery reason(db.connection());
        QVERIFY(
            reason.exec(u"SELECT reason, payload FROM quarantine WHERE update_id = 50"_s) && reason.next());
        QVERIFY2(reason.value(0).toString().contains(u"refused by a rule"_s),
            qPrintable(reason.value(0).toString()));
        QVERIFY(reason.value(1).toString().contains(u"poison"_s)); // kept raw, to look at or replay
        // The same answer again (a crash before the offset reached Telegram) changes nothing.
        const IngestReport again = inbox.ingest(batch);
        QVERIFY(again.ok);
        QCOMPARE(again.duplicates, 100);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM quarantine"_s), 1);
        // And the next message from a customer of that batch goes through.
        QVERIFY(inbox.ingest(QJsonArray { message(102, 1003, 2, u"next"_s) }).ok);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM messages WHERE text = 'next'"_s), 1);
    }

    void aFailureThatMayPassStoresNothingAndQuarantinesNothing()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"transient.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        QVERIFY(inbox.ingest(QJsonArray { message(1, 1, 1, u"kept"_s) }).ok);
        QSqlQuery q(db.connection());
        std::optional<QSqlDatabase> locker;
        if (tgic::test::onPostgres()) {
            // What a concurrent transaction can cause: a serialization failure (SQLSTATE 40001).
            QVERIFY(
                q.exec(u"CREATE FUNCTION conflict() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION"
                       " 'could not serialize access' USING ERRCODE = '40001'; END $$ LANGUAGE plpgsql"_s));
            QVERIFY(q.exec(
                u"CREATE TRIGGER conflict BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION conflict()"_s));
        } else {
            // Another process holds the file's write lock longer than this one waits.
            QVERIFY(q.exec(u"PRAGMA busy_timeout = 50"_s));
            locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
            locker->setDatabaseName(db.connection().databaseName());
            QVERIFY(locker->open());
            QVERIFY(QSqlQuery(*locker).exec(u"BEGIN IMMEDIATE"_s));
        }
        const IngestReport report
            = inbox.ingest(QJsonArray { message(2, 3, 1, u"x"_s), message(3, 2, 1, u"y"_s) });
        QVERIFY(!report.ok);
        QVERIFY(!report.nextOffset);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM messages"_s), 1); // nothing of the batch
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM quarantine"_s), 0); // and nobody blamed
        QCOMPARE(meta::get(db, QString::fromLatin1(meta::kTelegramOffset)), u"2"_s); // not advanced
        if (locker) {
            QSqlQuery(*locker).exec(u"ROLLBACK"_s);
            locker->close();
            locker.reset();
            QSqlDatabase::removeDatabase(u"locker"_s);
        }
    }

    void aBatchIsStoredSetBasedWithTheSameRowsAsOneByOne()
    {
        // One batch with what the per-update way handles (an edit) between ordinary messages:
        // profiles with history, a profile change told to Intercom once, duplicates, the outbox
        // in arrival order per chat, the chat's unread count and latest preview.
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"setbased.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        QVERIFY(inbox.ingest(QJsonArray { message(1, 2, 1, u"hi"_s, 1000, {}, u"Bo"_s) }).ok);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            u"UPDATE mappings SET intercom_contact_id = 'c2', state = 'linked' WHERE telegram_user_id = 2"_s));
        QJsonObject edit = message(14, 1, 10, u"first, edited"_s, 1060, u"al"_s, u"Al"_s);
        edit.insert(u"edited_message"_s, edit.take(u"message"_s));
        const QJsonArray batch { message(10, 1, 10, u"first"_s, 1050, u"al"_s, u"Al"_s),
            message(11, 2, 2, u"as Bob"_s, 1100, {}, u"Bob"_s),
            message(12, 2, 3, u"as Bobby"_s, 1200, {}, u"Bobby"_s),
            message(11, 2, 2, u"as Bob"_s, 1100, {}, u"Bob"_s), // the same update again
            message(13, 2, 3, u"as Bobby"_s, 1200, {}, u"Bobby"_s), // the same message again
            edit, message(15, 1, 11, u"second"_s, 1070, u"al"_s, u"Alan"_s),
            message(16, 2, 4, u"older"_s, 900, {}, u"Bob"_s) }; // sent earlier, arrives late
        const qint64 before = db.roundTrips();
        const IngestReport report = inbox.ingest(batch);
        QVERIFY(report.ok);
        QCOMPARE(report.duplicates, 1);
        QCOMPARE(report.stored, 7); // the repeated message too, as before
        QCOMPARE(*report.nextOffset, 17);

        auto column = [&](const QString &sql) {
            QStringList out;
            QSqlQuery r(db.connection());
            r.exec(sql);
            while (r.next())
                out << r.value(0).toString();
            return out;
        };
        // The outbox in arrival order: Bob's profile change once, before the message that
        // brought it; the edit after the message it edits; the original's text pinned.
        QCOMPARE(column(u"SELECT kind || ':' || chat_id || ':' || COALESCE(message_id, 0) FROM outbox"
                        " WHERE id > 1 ORDER BY id"_s),
            (QStringList { u"message:1:2"_s, u"profile:2:0"_s, u"message:2:3"_s, u"message:2:4"_s,
                u"edit:1:2"_s, u"message:1:5"_s, u"message:2:6"_s }));
        QCOMPARE(column(u"SELECT payload FROM outbox WHERE message_id = 2 AND kind = 'message'"_s),
            (QStringList { u"{\"text\":\"first\"}"_s }));
        QCOMPARE(column(u"SELECT telegram_message_id || ':' || text FROM messages ORDER BY id"_s),
            (QStringList { u"1:hi"_s, u"10:first, edited"_s, u"2:as Bob"_s, u"3:as Bobby"_s, u"11:second"_s,
                u"4:older"_s }));
        // Profiles: the latest snapshot wins, every change in the history, the late one ignored.
        QCOMPARE(column(u"SELECT first_name FROM telegram_users ORDER BY telegram_user_id"_s),
            (QStringList { u"Alan"_s, u"Bobby"_s }));
        QCOMPARE(column(u"SELECT COALESCE(old_value, '-') || '>' || new_value FROM profile_history"
                        " WHERE telegram_user_id = 2 AND field = 'display_name' ORDER BY id"_s),
            (QStringList { u"->Bo"_s, u"Bo>Bob"_s, u"Bob>Bobby"_s }));
        QCOMPARE(column(u"SELECT COALESCE(old_value, '-') || '>' || new_value FROM profile_history"
                        " WHERE telegram_user_id = 1 ORDER BY id"_s),
            (QStringList { u"->Al"_s, u"->al"_s, u"Al>Alan"_s }));
        // Chats: one unread per message (the repeated one too, as before), the latest preview.
        QCOMPARE(column(u"SELECT chat_id || ':' || unread_count || ':' || last_message_preview FROM chats"
                        " ORDER BY chat_id"_s),
            (QStringList { u"1:2:second"_s, u"2:5:as Bobby"_s }));
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM mappings"_s), 2);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM telegram_updates"_s), 8);
        QCOMPARE(meta::get(db, QString::fromLatin1(meta::kTelegramOffset)), u"17"_s);
        if (db.isTeam())
            QVERIFY2(db.roundTrips() - before <= 12, qPrintable(QString::number(db.roundTrips() - before)));
    }

    void aBatchOfOrdinaryMessagesIsTwoRoundTrips()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"trips.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        QJsonArray batch;
        for (int i = 0; i < 100; ++i)
            batch.append(message(
                1000 + i, 100 + i % 20, 1 + i, u"message %1"_s.arg(i), 1000 + i, u"u%1"_s.arg(i % 20)));
        QCoreApplication::processEvents();
        const qint64 before = db.roundTrips();
        const IngestReport report = inbox.ingest(batch);
        QVERIFY(report.ok);
        QCOMPARE(report.stored, 100);
        if (db.isTeam())
            QCOMPARE(db.roundTrips() - before, qint64(2)); // reads with BEGIN; writes with COMMIT
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM outbox"_s), 100);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM telegram_users"_s), 20);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM chats WHERE unread_count = 5"_s), 20);
        // Outbox ids follow the messages' arrival.
        QCOMPARE(count(db,
                     u"SELECT COUNT(*) FROM outbox o JOIN messages m ON m.id = o.message_id"
                     " WHERE o.id <> m.id"_s),
            0);
    }

    void outboxKindsReadAsTheyAreStored()
    {
        // The column's texts are the contract with every existing database: pinned one by one.
        const QList<QPair<OutboxKind, QString>> stored { { OutboxKind::Message, u"message"_s },
            { OutboxKind::Edit, u"edit"_s }, { OutboxKind::Note, u"note"_s },
            { OutboxKind::Profile, u"profile"_s }, { OutboxKind::Phone, u"phone"_s },
            { OutboxKind::AgentPart, u"agent_part"_s }, { OutboxKind::Notice, u"notice"_s },
            { OutboxKind::PhoneRequest, u"phone_request"_s } };
        for (const auto &[kind, text] : stored) {
            QCOMPARE(outboxKindText(kind), text);
            QCOMPARE(outboxKindFromText(text), kind);
        }
        QCOMPARE(outboxKindFromText(u"Message"), OutboxKind::Unknown);
        QCOMPARE(outboxKindFromText(u""), OutboxKind::Unknown);
        QVERIFY(outboxKindText(OutboxKind::Unknown).isEmpty());
    }

    void anOutboxRowOfUnknownKindFailsVisiblyAndIsNeverHandedOut()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"unknownkind.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        QVERIFY(inbox.ingest(QJsonArray { message(1, 7, 1, u"first"_s), message(2, 7, 2, u"second"_s) }).ok);
        // As a newer version (or a damaged file) could leave it.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"UPDATE outbox SET kind = 'sticker_pack' WHERE id = (SELECT MIN(id) FROM outbox)"_s));

        OutboxRepository outbox(db);
        QVERIFY(outbox.dueHeads(u"to_intercom"_s, {}, 10).isEmpty());
        QCOMPARE(count(db,
                     u"SELECT COUNT(*) FROM outbox WHERE state = 'failed' AND kind = 'sticker_pack'"
                     " AND last_error LIKE '%sticker_pack%'"_s),
            1);
        // The customer's message shows as failed with the reason, not as waiting or delivered.
        QCOMPARE(count(db,
                     u"SELECT COUNT(*) FROM messages WHERE telegram_message_id = 1"
                     " AND delivery = 'failed' AND delivery_error LIKE '%sticker_pack%'"_s),
            1);
        // The chat is not wedged: its next row is handed out, as what it is.
        const QList<OutboxItem> next = outbox.dueHeads(u"to_intercom"_s, {}, 10);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().kind, OutboxKind::Message);
        QCOMPARE(
            count(
                db, u"SELECT telegram_message_id FROM messages WHERE id = %1"_s.arg(*next.first().messageId)),
            2);
        QCOMPARE(outbox.failedCount(u"to_intercom"_s), 1);
    }

    void theHeadsThatGoAtOnceHaveTheirAttemptRecordedWithTheirRead()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"claimattempts.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        // One chat each: 7 is on a contact; 8 must first be resolved; 9 is a bot on a contact;
        // 10's row was sent before without an answer (reconciled first); 11's contact is stale.
        QVERIFY(inbox
                    .ingest(QJsonArray { message(1, 7, 1, u"seven"_s), message(2, 8, 1, u"eight"_s),
                        message(3, 9, 1, u"nine"_s), message(4, 10, 1, u"ten"_s),
                        message(5, 11, 1, u"eleven"_s), message(6, 7, 2, u"seven again"_s) })
                    .ok);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"UPDATE mappings SET intercom_contact_id = 'c' || telegram_user_id, state = 'linked'"
                       " WHERE telegram_user_id IN (7, 9, 10)"_s));
        QVERIFY(q.exec(u"UPDATE mappings SET intercom_contact_id = 'c11', state = 'stale'"
                       " WHERE telegram_user_id = 11"_s));
        QVERIFY(q.exec(u"UPDATE telegram_users SET is_bot = 1 WHERE telegram_user_id = 9"_s));
        QVERIFY(q.exec(u"UPDATE outbox SET attempt_started_at = 5 WHERE telegram_user_id = 10"_s));

        OutboxRepository outbox(db);
        // Chat 7 in flight: nothing of it is handed out or marked.
        OutboxRepository::Heads heads = outbox.claimHeads(u"to_intercom"_s, { 7 }, 10);
        QVERIFY(heads.ok);
        QCOMPARE(heads.items.size(), 4);
        QVERIFY(heads.attemptsRecorded.isEmpty());
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM outbox WHERE attempts > 0"_s), 0);

        heads = outbox.claimHeads(u"to_intercom"_s, {}, 10);
        QCOMPARE(heads.items.size(), 5);
        const OutboxItem seven = heads.items.first();
        QCOMPARE(seven.telegramUserId, qint64(7));
        QCOMPARE(heads.attemptsRecorded, QSet<qint64> { seven.id });
        // Handed out as it was: the attempt is this send's, not an earlier one to reconcile.
        QVERIFY(!seven.attemptStartedAt);
        QCOMPARE(seven.attempts, 0);
        QCOMPARE(count(db,
                     u"SELECT COUNT(*) FROM outbox WHERE attempts = 1 AND attempt_started_at IS NOT NULL"
                     " AND id = %1"_s.arg(seven.id)),
            1);
        // Only that one: 7's second message waits behind the first, the others are not sent at once.
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM outbox WHERE attempts > 0"_s), 1);

        // A send that had to wait (its sender was resolved meanwhile) rides with the next read.
        const qint64 eight = heads.items.at(1).id;
        heads = outbox.claimHeads(u"to_intercom"_s, { 7, 8, 9, 10, 11 }, 10, {}, { eight });
        QVERIFY(heads.ok);
        QVERIFY(heads.items.isEmpty());
        QCOMPARE(heads.attemptsStarted, QSet<qint64> { eight });
        QCOMPARE(count(db, u"SELECT attempts FROM outbox WHERE id = %1"_s.arg(eight)), 1);
    }

    void givingUpOnARowFailsTheMessageItCarries()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"markfailed.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        OutboxRepository outbox(db);
        QVERIFY(inbox.ingest(QJsonArray { message(1, 7, 1, u"before"_s) }).ok);
        const OutboxItem original = outbox.dueHeads(u"to_intercom"_s, {}, 10).value(0);
        QCOMPARE(original.kind, OutboxKind::Message);
        QVERIFY(outbox.completeToIntercom(original, u"c1"_s, u"1001"_s, u"p1"_s, true));
        // The customer edits the delivered message; the edit fails for good. The original
        // reached Intercom and must not show as failed.
        QJsonObject edit = message(2, 7, 1, u"after"_s);
        QJsonObject edited = edit.take(u"message"_s).toObject();
        edited.insert(u"edit_date"_s, 1760000100);
        edit.insert(u"edited_message"_s, edited);
        QVERIFY(inbox.ingest(QJsonArray { edit }).ok);
        const OutboxItem editRow = outbox.dueHeads(u"to_intercom"_s, {}, 10).value(0);
        QCOMPARE(editRow.kind, OutboxKind::Edit);
        QCOMPARE(editRow.messageId, original.messageId);
        QVERIFY(outbox.markFailed(editRow, u"refused"_s));
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM messages WHERE delivery = 'delivered'"_s), 1);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM outbox WHERE state = 'failed'"_s), 1);

        // An agent's part that fails for good shows as failed with the reason.
        AgentPart part;
        part.conversationId = u"1001"_s;
        part.partId = u"p2"_s;
        part.createdAt = 1760000200;
        part.chatId = 7;
        part.telegramUserId = 7;
        part.texts = QStringList { u"hello from the agent"_s };
        QVERIFY(TelegramOutbox(db).enqueuePart(part));
        const OutboxItem toTelegram = outbox.dueHeads(u"to_telegram"_s, {}, 10).value(0);
        QCOMPARE(toTelegram.kind, OutboxKind::AgentPart);
        QVERIFY(outbox.markFailed(toTelegram, u"the customer blocked the bot"_s));
        QCOMPARE(count(db,
                     u"SELECT COUNT(*) FROM messages WHERE intercom_part_id = 'p2' AND delivery = 'failed'"
                     " AND delivery_error = 'the customer blocked the bot'"_s),
            1);
    }

    void profileChangesKeepHistoryAndOlderSnapshotsDoNotWin()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"profile.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        QVERIFY(
            inbox.ingest(QJsonArray { message(1, 7, 1, u"a"_s, 1000, u"sam_the_builder"_s, u"Sam"_s) }).ok);
        QVERIFY(
            inbox.ingest(QJsonArray { message(2, 7, 2, u"b"_s, 2000, u"samuel_builds"_s, u"Samuel"_s) }).ok);
        // An update carrying an older profile (e.g. an edit of an old message) arrives late.
        QJsonObject late = message(3, 7, 1, u"a (edited)"_s, 1000, u"sam_the_builder"_s, u"Sam"_s);
        late.insert(u"edited_message"_s, late.take(u"message"_s));
        QVERIFY(inbox.ingest(QJsonArray { late }).ok);

        QSqlQuery q(db.connection());
        q.exec(u"SELECT username, first_name FROM telegram_users WHERE telegram_user_id = 7"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"samuel_builds"_s);
        QCOMPARE(q.value(1).toString(), u"Samuel"_s);
        q.exec(u"SELECT old_value, new_value FROM profile_history WHERE telegram_user_id = 7 AND field = "
               u"'username'"
               " ORDER BY id"_s);
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(1).toString(), u"sam_the_builder"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"sam_the_builder"_s);
        QCOMPARE(q.value(1).toString(), u"samuel_builds"_s);
        // The edit itself is kept with the earlier text.
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM message_edits"_s), 1);
        QCOMPARE(
            count(db, u"SELECT COUNT(*) FROM messages WHERE text = 'a (edited)' AND edited_at IS NOT NULL"_s),
            1);
    }

    void blockingTheBotMarksChatAndMapping()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"block.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        UpdateInbox inbox(db);
        QVERIFY(inbox.ingest(QJsonArray { message(1, 9, 1, u"hi"_s) }).ok);
        auto member = [](qint64 updateId, const QString &status) {
            return QJsonObject { { u"update_id"_s, updateId },
                { u"my_chat_member"_s,
                    QJsonObject { { u"chat"_s, QJsonObject { { u"id"_s, 9 }, { u"type"_s, u"private"_s } } },
                        { u"from"_s,
                            QJsonObject {
                                { u"id"_s, 9 }, { u"is_bot"_s, false }, { u"first_name"_s, u"Alex"_s } } },
                        { u"date"_s, 1760000100 },
                        { u"old_chat_member"_s, QJsonObject { { u"status"_s, u"member"_s } } },
                        { u"new_chat_member"_s, QJsonObject { { u"status"_s, status } } } } } };
        };
        QVERIFY(inbox.ingest(QJsonArray { member(2, u"kicked"_s) }).ok);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM chats WHERE chat_id = 9 AND state = 'blocked'"_s), 1);
        QCOMPARE(
            count(db, u"SELECT COUNT(*) FROM mappings WHERE telegram_user_id = 9 AND state = 'blocked'"_s),
            1);
        QVERIFY(inbox.ingest(QJsonArray { member(3, u"member"_s) }).ok);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM chats WHERE chat_id = 9 AND state = 'active'"_s), 1);
        QCOMPARE(
            count(db, u"SELECT COUNT(*) FROM mappings WHERE telegram_user_id = 9 AND state = 'pending'"_s),
            1);
    }

    // The conversation as Intercom showed it: parsed from a 2.16 conversation object, written
    // only when it changed (or its stored read is old), announced, and the unnamed assignees.
    void conversationStateIsWrittenWhenItChanges()
    {
        Database db;
        QVERIFY(db.open(tgic::test::databaseLocation(m_dir, u"conversation-state.sqlite3"_s)));
        const auto lease = tgic::test::takePollerLease(db);
        QVERIFY(UpdateInbox(db).ingest(QJsonArray { message(1, 9, 1, u"hi"_s) }).ok);
        QSqlQuery insert(db.connection());
        insert.prepare(
            u"INSERT INTO conversations (intercom_conversation_id, chat_id, telegram_user_id,"
            " intercom_contact_id, opened_at, last_activity_at) VALUES ('1001', 9, 9, 'c9', 1, 1)"_s);
        QVERIFY(insert.exec());
        tgic::ManualClock manual;
        const tgic::ScopedClock installed(manual);

        const QJsonObject json { { u"type"_s, u"conversation"_s }, { u"id"_s, u"1001"_s },
            { u"state"_s, u"snoozed"_s }, { u"open"_s, true }, { u"snoozed_until"_s, 1767300000 },
            { u"admin_assignee_id"_s, 991267460 }, { u"team_assignee_id"_s, 0 },
            { u"tags"_s,
                QJsonObject { { u"type"_s, u"tag.list"_s },
                    { u"tags"_s,
                        QJsonArray { QJsonObject { { u"type"_s, u"tag"_s }, { u"id"_s, u"101"_s },
                                         { u"name"_s, u"telegram"_s } },
                            QJsonObject { { u"type"_s, u"tag"_s }, { u"id"_s, u"102"_s },
                                { u"name"_s, u"vip"_s } } } } } } };
        // What the poller hands over: the conversation as core/intercom parsed it.
        const auto stateOf = [](const QJsonObject &conversation) {
            return ConversationState::fromIntercom(*tgic::intercom::parseConversation(conversation));
        };
        const auto view = stateOf(json);
        QVERIFY(view);
        QCOMPARE(view->state, u"snoozed"_s);
        QCOMPARE(view->snoozedUntilMs, qint64(1767300000) * 1000);
        QCOMPARE(view->adminAssigneeId, u"991267460"_s);
        QVERIFY(view->teamAssigneeId.isEmpty()); // 0: none
        QCOMPARE(view->tags, (QStringList { u"telegram"_s, u"vip"_s }));
        QVERIFY(!stateOf(QJsonObject { { u"id"_s, u"1"_s } })); // no state

        int notices = 0;
        QList<qint64> announced;
        connect(&db, &Database::changed, this, [&](Topic topic, const QList<qint64> &ids) {
            if (topic == Topic::Conversations) {
                ++notices;
                announced = ids;
            }
        });
        ConversationStateRepository repository(db);
        QJsonObject unknown = json;
        unknown.insert(u"id"_s, u"2002"_s); // not one this app opened
        auto recorded = repository.record({ *view, *stateOf(unknown) });
        QCOMPARE(recorded.chats, QList<qint64> { 9 });
        QCOMPARE(recorded.unnamed, QStringList { u"admin:991267460"_s });
        QCOMPARE(notices, 1);
        QCOMPARE(announced, QList<qint64> { 9 });
        QCOMPARE(count(db,
                     u"SELECT COUNT(*) FROM conversations WHERE intercom_state = 'snoozed'"
                     " AND admin_assignee_id = '991267460' AND team_assignee_id IS NULL"
                     " AND intercom_tags = '[\"telegram\",\"vip\"]' AND snoozed_until = 1767300000000"_s),
            1);
        const auto stored = repository.find(u"1001"_s);
        QVERIFY(stored && stored->sameView(*view));
        QCOMPARE(stored->readAtMs, manual.wallMs());

        // The same again a minute later: nothing written, nothing announced.
        manual.advance(60 * 1000);
        recorded = repository.record({ *view });
        QVERIFY(recorded.chats.isEmpty());
        QCOMPARE(notices, 1);
        // Six minutes on, the time of reading is refreshed (the panel says how fresh it is).
        manual.advance(5 * 60 * 1000);
        QCOMPARE(repository.record({ *view }).chats, QList<qint64> { 9 });
        QCOMPARE(repository.find(u"1001"_s)->readAtMs, manual.wallMs());
        // An object without a tag list keeps the stored tags.
        QJsonObject untagged = json;
        untagged.remove(u"tags"_s);
        untagged.insert(u"state"_s, u"closed"_s);
        QCOMPARE(repository.record({ *stateOf(untagged) }).chats, QList<qint64> { 9 });
        QCOMPARE(repository.find(u"1001"_s)->state, u"closed"_s);
        QCOMPARE(repository.find(u"1001"_s)->snoozedUntilMs, 0);
        QCOMPARE(repository.find(u"1001"_s)->tags, (QStringList { u"telegram"_s, u"vip"_s }));

        // Names, per kind, written over and announced for every chat.
        QVERIFY(repository.saveTeammates(u"admin"_s, { { u"991267460"_s, u"Alex"_s } }));
        QVERIFY(repository.saveTeammates(u"admin"_s, { { u"991267460"_s, u"Alex Agent"_s } }));
        QCOMPARE(repository.teammateName(u"admin"_s, u"991267460"_s), u"Alex Agent"_s);
        QVERIFY(repository.teammateName(u"team"_s, u"991267460"_s).isEmpty());
        QVERIFY(announced.isEmpty());
        QVERIFY(repository.record({ *view }).unnamed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
