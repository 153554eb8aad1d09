// SPDX-License-Identifier: MIT
// Forgetting one customer on request (issue 21) against both emulators: a customer with a
// distinctive name, username, phone, e-mail and message texts is erased; afterwards none of it is
// in any table, in the SQLite file or its WAL (byte for byte), or in the log files; the Intercom
// contact is deleted (its conversations gone, search no longer finds it), archived or kept without
// its Telegram attributes; the audit log keeps who and when under a keyed hash; the other customer
// is untouched. Refusals: messages on their way (unless forced), a contact shared with another
// Telegram ID. Dry runs change nothing. Runs on SQLite and, under tests/postgres/with-postgres.sh,
// PostgreSQL.

#include "AuditLogModel.h"
#include "ErasureHarness.h"
#include "LogFile.h"
#include "LogScrub.h"
#include "store/LocalErasure.h"
#include "store/PhoneRequests.h"
#include "store/RepairLocks.h"
#include "store/UpdateInbox.h"
#include "telegram/PhoneRequestText.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;
using identity::IntercomChoice;

class TestErasure : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    static constexpr qint64 kQuintessa = 6012345678;
    static constexpr qint64 kBob = 6098765432;
    static constexpr qint64 kGroup = -100555;

    static TelegramUser quintessa(const QString &username = u"quintessa_erz"_s)
    {
        return TelegramUser { kQuintessa, u"Quintessa"_s, u"Erasmusova"_s, username, false, u"en"_s, false };
    }
    static TelegramUser bob()
    {
        return TelegramUser { kBob, u"Bob"_s, u"Bystander"_s, u"bob_bystander"_s, false, {}, false };
    }

    //! Everything that would name Quintessa, wherever it lingered.
    static QStringList quintessaTraces()
    {
        return { u"Quintessa"_s, u"Erasmusova"_s, u"quintessa_erz"_s, u"quintessa_new"_s, u"491705550123"_s,
            u"quintessa.erz@example.org"_s, u"ZEBRAFINCH-7781"_s, u"PELICAN-2231"_s,
            u"Answer for Q-PARCEL"_s };
    }

    //! Quintessa's whole story: messages, an edit, a typed e-mail, a new username, the phone
    //! asked for and shared, an agent's answer, a quarantined update; Bob says one thing.
    static QString playTheStory(SyncHarness &h)
    {
        const QString conversation = h.converse(quintessa(), u"Hello, my parcel code is ZEBRAFINCH-7781"_s);
        h.converse(quintessa(), u"write me at quintessa.erz@example.org"_s);
        const qint64 first = h.scalar(u"SELECT MIN(telegram_message_id) FROM messages WHERE chat_id = ? AND"
                                      " direction = 'in'"_s,
                                  { kQuintessa })
                                 .toLongLong();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        h.world.telegram().pushUpdate({ { u"edited_message"_s,
            QJsonObject { { u"message_id"_s, double(first) }, { u"date"_s, double(now - 5) },
                { u"edit_date"_s, double(now) }, { u"chat"_s, quintessa().privateChatJson() },
                { u"from"_s, quintessa().toJson() },
                { u"text"_s, u"my parcel code is PELICAN-2231"_s } } } });
        h.converse(quintessa(u"quintessa_new"_s), u"new username, same me"_s);
        store::PhoneRequests requests(*h.db);
        QString error;
        if (!requests.request(
                kQuintessa, telegram::PhoneRequestText::forLanguage(u"en"_s), u"Agent Smith"_s, &error))
            qWarning() << error;
        h.runUntilIdle(h.fastConfig());
        h.world.telegram().pressContactButton(quintessa(u"quintessa_new"_s), u"491705550123"_s);
        h.runUntilIdle(h.fastConfig());
        h.world.intercom().adminReply(conversation, u"Answer for Q-PARCEL"_s);
        h.runUntilIdle(h.fastConfig());
        // An update that could not be processed, naming her: quarantined with its payload.
        h.world.telegram().pushRawUpdate(QJsonObject { { u"message"_s,
            QJsonObject { { u"from"_s, quintessa().toJson() }, { u"chat"_s, u"not a chat"_s },
                { u"text"_s, u"ZEBRAFINCH-7781 again"_s } } } });
        h.converse(bob(), u"bystander's question"_s);
        // In a group with Bob: Bob first, she has the last word.
        const QJsonObject group { { u"id"_s, kGroup }, { u"type"_s, u"supergroup"_s },
            { u"title"_s, u"Buyers"_s } };
        h.world.telegram().pushGroupMessage(group, bob(), u"bob in the group"_s);
        h.world.telegram().pushGroupMessage(group, quintessa(u"quintessa_new"_s), u"Q-GROUP-TEXT from her"_s);
        h.runUntilIdle(h.fastConfig());
        return conversation;
    }

    static qint64 count(SyncHarness &h, const QString &sql, const QVariantList &binds = {})
    {
        return h.scalar(sql, binds).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_logs.reset(new QTemporaryDir);
        LogFile::Options options;
        options.directory = logFolder();
        options.echo = false;
        QVERIFY(LogFile::install(options));
        // At rest, the log is its owner's alone: 0600 files in a 0700 folder.
        const auto othersMayTouch = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(int(QFileInfo(logFolder()).permissions() & othersMayTouch), 0);
        QCOMPARE(int(QFileInfo(LogFile::filePath()).permissions() & othersMayTouch), 0);
        setLogScrubber([](const QStringList &needles) { LogFile::eraseMentions(needles); });
    }

    void cleanup()
    {
        setLogScrubber({});
        LogFile::uninstall();
    }

    void forgettingACustomerLeavesNoTraceAndTheOthersUntouched()
    {
        SyncHarness h;
        playTheStory(h);
        const QString contact = h.contactOf(kQuintessa);
        const QString bobContact = h.contactOf(kBob);
        QVERIFY(!contact.isEmpty());
        // The story left traces everywhere: the premise of the test.
        QVERIFY(count(h, u"SELECT COUNT(*) FROM message_edits"_s) > 0);
        QVERIFY(count(h, u"SELECT COUNT(*) FROM profile_history WHERE telegram_user_id = ?"_s, { kQuintessa })
            > 0);
        QVERIFY(
            count(h, u"SELECT COUNT(*) FROM identity_evidence WHERE telegram_user_id = ?"_s, { kQuintessa })
            >= 2);
        QVERIFY(count(h, u"SELECT COUNT(*) FROM quarantine"_s) > 0);
        QVERIFY(test::everyValue(*h.db).contains(u"ZEBRAFINCH-7781"_s));
        // The log names Telegram IDs, never names, usernames, phones, e-mail addresses or texts.
        QVERIFY(test::logBytes(logFolder()).contains(QByteArray::number(kQuintessa)));
        QCOMPARE(test::foundIn(test::logBytes(logFolder()), quintessaTraces()), QStringList());
        // An entry about Bob that mentions her (an agent's merge, say): it stays, without the mention.
        QVERIFY(h.exec(
            u"INSERT INTO audit_log (at, actor, action, telegram_user_id, detail) VALUES (1, 'Agent Bea',"
            " 'merge', ?, ?)"_s,
            { kBob, u"moved from Quintessa Erasmusova (%1), 50% sure_"_s.arg(kQuintessa) }));
        const qint64 bobMessages = count(h, u"SELECT COUNT(*) FROM messages WHERE chat_id = ?"_s, { kBob });
        const QString bobValuesBefore
            = h.scalar(u"SELECT first_name || last_name || username FROM telegram_users"
                       " WHERE telegram_user_id = ?"_s,
                   { kBob })
                  .toString();

        test::Eraser eraser(h);
        const identity::ErasurePreview preview = eraser.preview(kQuintessa);
        QVERIFY(preview.intercomChecked);
        QVERIFY(preview.local.known);
        QCOMPARE(preview.local.displayName, u"Quintessa Erasmusova (@quintessa_new)"_s);
        QVERIFY(preview.local.messages >= 5);
        QVERIFY(preview.local.edits >= 1);
        QVERIFY(preview.local.evidence >= 2);
        QCOMPARE(preview.local.phoneRequests, 1);
        QVERIFY(preview.local.quarantined >= 1);
        QVERIFY(preview.local.rawUpdates >= 5);
        QCOMPARE(preview.local.inFlight, 0);
        QCOMPARE(preview.contacts.size(), 1);
        QCOMPARE(preview.contacts.first().id, contact);
        QVERIFY(!preview.contacts.first().shared());
        QVERIFY(preview.contacts.first().conversations >= 1);
        const QString text = preview.lines(IntercomChoice::Delete).join(u'\n');
        QVERIFY2(text.contains(u"is deleted with"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"ZEBRAFINCH"_s), qPrintable(text)); // no message text in the preview
        const QList<QJsonObject> conversationsBefore = h.world.intercom().conversationsOf(contact);
        QVERIFY(!conversationsBefore.isEmpty());

        // A team database across a network pays a round trip per statement: count them.
        auto statements = [&] {
            return h.db->isTeam() ? count(h,
                       u"SELECT COALESCE(SUM(calls), 0) FROM pg_stat_statements WHERE dbid ="
                       " (SELECT oid FROM pg_database WHERE datname = current_database())"_s)
                                  : 0;
        };
        if (h.db->isTeam())
            QVERIFY(
                QSqlQuery(h.db->connection()).exec(u"CREATE EXTENSION IF NOT EXISTS pg_stat_statements"_s));
        const qint64 statementsBefore = statements();
        QElapsedTimer took;
        took.start();
        const identity::ErasureResult result = eraser.erase(preview, IntercomChoice::Delete);
        const qint64 elapsed = took.elapsed();
        const qint64 statementsAfter = statements();
        const qint64 statementsTaken = statementsAfter - statementsBefore - 1;
        // Past the log handler (which this suite installs without echo): figures for the report.
        std::fprintf(stderr, "the erasure took %lld ms, %lld statements (%s)\n", elapsed, statementsTaken,
            h.db->isSqlite() ? "SQLite" : "PostgreSQL");
        if (h.db->isTeam())
            QVERIFY2(statementsTaken <= 45, qPrintable(QString::number(statementsTaken)));
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(result.walTruncated);

        // Intercom: deleted, its conversations gone with it, no search finds it.
        QVERIFY(h.world.intercom().isDeleted(contact));
        QVERIFY(h.world.intercom().contact(contact).isEmpty());
        QVERIFY(h.world.intercom().conversationsOf(contact).isEmpty());
        QVERIFY(
            h.world.intercom().conversation(conversationsBefore.first().value(u"id"_s).toString()).isEmpty());
        QCOMPARE(eraser.anchoredInSearch(kQuintessa), 0);
        QVERIFY(!h.world.intercom().isDeleted(bobContact));

        // Locally: not a row, not a value, not a byte.
        for (const QString &table : { u"telegram_users"_s, u"mappings"_s, u"profile_history"_s,
                 u"identity_evidence"_s, u"merge_suggestions"_s })
            QCOMPARE(count(h, u"SELECT COUNT(*) FROM "_s + table + u" WHERE telegram_user_id = ?"_s,
                         { kQuintessa }),
                0);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM chats WHERE chat_id = ?"_s, { kQuintessa }), 0);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages WHERE chat_id = ? OR sender_id = ?"_s,
                     { kQuintessa, kQuintessa }),
            0);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM outbox WHERE chat_id = ? OR telegram_user_id = ?"_s,
                     { kQuintessa, kQuintessa }),
            0);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM audit_log WHERE telegram_user_id = ?"_s, { kQuintessa }), 0);
        const QStringList traces = quintessaTraces() << QString::number(kQuintessa);
        const QString values = test::everyValue(*h.db);
        for (const QString &t : traces)
            QVERIFY2(!values.contains(t), qPrintable(u"still in the database: "_s + t));
        if (h.db->isSqlite()) {
            const QByteArray file = test::fileBytes(h.location) + test::fileBytes(h.location + u"-wal"_s);
            QCOMPARE(test::foundIn(file, traces), QStringList());
        }
        // The log files: nothing about her (the ID was logged, and is scrubbed).
        const QByteArray logs = test::logBytes(logFolder());
        QVERIFY(!logs.isEmpty());
        QCOMPARE(test::foundIn(logs, quintessaTraces()), QStringList());
        QVERIFY(!QString::fromUtf8(logs).contains(
            QRegularExpression(u"(?<!\\d)"_s + QString::number(kQuintessa) + u"(?!\\d)"_s)));

        // The audit log: who erased and when, under the keyed hash; earlier entries bare.
        const QString subject = store::LocalErasure::subjectHash(*h.db, kQuintessa);
        QCOMPARE(subject.size(), 64);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM audit_log WHERE action = 'erase' AND subject_hash = ?"_s,
                     { subject }),
            1);
        QCOMPARE(
            h.scalar(u"SELECT actor FROM audit_log WHERE action = 'erase'"_s).toString(), u"Agent Erin"_s);
        QCOMPARE(h.scalar(u"SELECT workstation FROM audit_log WHERE action = 'erase'"_s).toString(),
            h.db->workstation());
        QVERIFY(count(h, u"SELECT COUNT(*) FROM audit_log WHERE subject_hash = ? AND action <> 'erase'"_s,
                    { subject })
            >= 3); // linked, phone requested, phone shared …: kept, without details
        QCOMPARE(count(h,
                     u"SELECT COUNT(*) FROM audit_log WHERE subject_hash = ? AND action <> 'erase' AND"
                     " (before_value IS NOT NULL OR after_value IS NOT NULL OR detail IS NOT NULL)"_s,
                     { subject }),
            0);
        // The audit log window shows the erasure by the start of the hash, never the ID.
        models::AuditLogModel auditView(*h.db);
        bool shown = false;
        for (int row = 0; row < auditView.rowCount(); ++row) {
            const QModelIndex telegram = auditView.index(row, models::AuditLogModel::TelegramColumn);
            if (telegram.siblingAtColumn(0).data(models::AuditLogModel::ActionRole).toString()
                == u"erase"_s) {
                QCOMPARE(telegram.data().toString(), u"erased (%1)"_s.arg(subject.left(8)));
                shown = true;
            }
        }
        QVERIFY(shown);
        // The hash is keyed: a bare SHA-256 of the ID is not it.
        QVERIFY(subject
            != QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(kQuintessa), QCryptographicHash::Sha256)
                    .toHex()));

        QCOMPARE(
            h.scalar(u"SELECT detail FROM audit_log WHERE actor = 'Agent Bea' AND telegram_user_id = ?"_s,
                 { kBob })
                .toString(),
            u"moved from [erased] [erased] ([erased]), 50% sure_"_s);
        // The group stays with Bob's message; hers and the preview of it are gone.
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM chats WHERE chat_id = ?"_s, { kGroup }), 1);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages WHERE chat_id = ?"_s, { kGroup }), 1);
        QVERIFY(h.scalar(u"SELECT last_message_preview FROM chats WHERE chat_id = ?"_s, { kGroup }).isNull());
        // Bob: every row as before.
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages WHERE chat_id = ?"_s, { kBob }), bobMessages);
        QCOMPARE(h.contactOf(kBob), bobContact);
        QCOMPARE(
            h.scalar(
                 u"SELECT first_name || last_name || username FROM telegram_users WHERE telegram_user_id = ?"_s,
                 { kBob })
                .toString(),
            bobValuesBefore);
        QVERIFY(test::everyValue(*h.db).contains(u"bystander's question"_s));

        // She writes again: a new contact from then on, not the deleted one.
        h.converse(quintessa(), u"hello again"_s);
        const QString fresh = h.contactOf(kQuintessa);
        QVERIFY(!fresh.isEmpty());
        QVERIFY(fresh != contact);
        QVERIFY(!h.world.intercom().isDeleted(fresh));
    }

    void archivingOrKeepingTheContactClearsItsTelegramAttributes_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("archivedWritable");
        QTest::newRow("archive") << int(IntercomChoice::Archive) << true;
        // One reading of the docs: an archived contact cannot be written to. The attributes are
        // cleared before archiving, so it makes no difference.
        QTest::newRow("archive, archived contacts read-only") << int(IntercomChoice::Archive) << false;
        QTest::newRow("keep") << int(IntercomChoice::Keep) << true;
    }

    void archivingOrKeepingTheContactClearsItsTelegramAttributes()
    {
        QFETCH(int, choice);
        QFETCH(bool, archivedWritable);
        SyncHarness h;
        IntercomErasureReadings readings;
        readings.archivedWritable = archivedWritable;
        h.world.intercom().setErasureReadings(readings);
        h.converse(quintessa(), u"Hello, my parcel code is ZEBRAFINCH-7781"_s);
        const QString contact = h.contactOf(kQuintessa);
        test::Eraser eraser(h);
        const identity::ErasureResult result
            = eraser.erase(eraser.preview(kQuintessa), IntercomChoice(choice));
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(!h.world.intercom().isDeleted(contact));
        QCOMPARE(h.world.intercom().isArchived(contact), IntercomChoice(choice) == IntercomChoice::Archive);
        QCOMPARE(eraser.anchoredInSearch(kQuintessa), 0);
        const QJsonObject custom
            = h.world.intercom().contact(contact).value(u"custom_attributes"_s).toObject();
        QCOMPARE(custom.value(u"telegram_user_id"_s).toString(), QString());
        QCOMPARE(custom.value(u"telegram_username"_s).toString(), QString());
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages"_s), 0);
        // The archived contact's id stays in the audit entry: the one way to unarchive it.
        QCOMPARE(h.scalar(u"SELECT intercom_contact_id FROM audit_log WHERE action = 'erase'"_s).toString(),
            contact);
        h.converse(quintessa(), u"back again"_s);
        QVERIFY(h.contactOf(kQuintessa) != contact);
    }

    void aContactThatAnswersForAnotherTelegramIdIsOnlyUnanchored()
    {
        SyncHarness h;
        h.converse(quintessa(), u"Hello from my first account"_s);
        const QString contact = h.contactOf(kQuintessa);
        // An agent linked her second account to the same contact.
        const qint64 second = 6055555555;
        h.world.intercom().agentEditContact(contact,
            { { u"custom_attributes"_s,
                QJsonObject { { u"telegram_user_ids"_s, u",%1,%2,"_s.arg(kQuintessa).arg(second) } } } });
        test::Eraser eraser(h);
        const identity::ErasurePreview preview = eraser.preview(kQuintessa);
        QCOMPARE(preview.contacts.size(), 1);
        QVERIFY(preview.contacts.first().shared());
        QCOMPARE(preview.contacts.first().otherTelegramIds, QList<qint64> { second });
        const QString text = preview.lines(IntercomChoice::Delete).join(u'\n');
        QVERIFY2(text.contains(u"NOT deleted"_s) && text.contains(QString::number(second)), qPrintable(text));

        const identity::ErasureResult result = eraser.erase(preview, IntercomChoice::Delete);
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(!h.world.intercom().isDeleted(contact));
        const QJsonObject custom
            = h.world.intercom().contact(contact).value(u"custom_attributes"_s).toObject();
        QCOMPARE(custom.value(u"telegram_user_id"_s).toString(), QString::number(second));
        QCOMPARE(custom.value(u"telegram_user_ids"_s).toString(), u",%1,"_s.arg(second));
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM telegram_users"_s), 0);
    }

    void aMessageOnItsWayRefusesTheErasureUnlessForced()
    {
        SyncHarness h;
        h.converse(quintessa(), u"first"_s);
        const QString contact = h.contactOf(kQuintessa);
        // Intercom is down: her next message waits in the outbox while the sync keeps trying.
        h.world.intercom().failNext(100000, 503, u"/conversations"_s);
        auto engine = h.makeEngine(h.fastConfig());
        engine->start();
        h.world.telegram().pushMessage(quintessa(), u"stuck ZEBRAFINCH-7781"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return count(h,
                           u"SELECT COUNT(*) FROM outbox WHERE chat_id = ? AND state = 'pending' AND attempts > 0"_s,
                           { kQuintessa })
                    > 0;
            },
            15000));

        test::Eraser eraser(h);
        const identity::ErasurePreview preview = eraser.preview(kQuintessa);
        QCOMPARE(preview.local.inFlight, 1);
        const QMap<QString, qint64> before = test::rowCounts(*h.db);
        const identity::ErasureResult refused = eraser.erase(preview, IntercomChoice::Delete);
        QVERIFY(!refused.ok);
        QVERIFY(refused.refusedInFlight);
        QVERIFY2(refused.message.contains(u"on their way"_s), qPrintable(refused.message));
        QVERIFY(!h.world.intercom().isDeleted(contact)); // Intercom untouched too
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages WHERE chat_id = ?"_s, { kQuintessa }),
            before.value(u"messages"_s));

        // Forced while the sync is still trying to deliver it.
        const identity::ErasureResult forced
            = eraser.erase(eraser.preview(kQuintessa), IntercomChoice::Delete, true);
        QVERIFY2(forced.ok, qPrintable(forced.message));
        QVERIFY(h.world.intercom().isDeleted(contact));
        // Intercom comes back; the sync goes on without bringing her back, and Bob gets through.
        h.world.intercom().clearFaults();
        h.world.telegram().pushMessage(bob(), u"bystander after the erasure"_s);
        QVERIFY(QTest::qWaitFor([&] { return !h.contactOf(kBob).isEmpty(); }, 15000));
        QVERIFY(QTest::qWaitFor(
            [&] { return count(h, u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s) == 0; }, 15000));
        engine->stop();
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM messages WHERE chat_id = ?"_s, { kQuintessa }), 0);
        QCOMPARE(count(h, u"SELECT COUNT(*) FROM mappings WHERE telegram_user_id = ?"_s, { kQuintessa }), 0);
        QVERIFY(!test::everyValue(*h.db).contains(u"ZEBRAFINCH-7781"_s));
        QVERIFY(h.world.intercom()
                    .contactsWithAttribute(u"telegram_user_id"_s, QString::number(kQuintessa))
                    .isEmpty());
    }

    void aDryRunChangesNothing()
    {
        SyncHarness h;
        playTheStory(h);
        const QString contact = h.contactOf(kQuintessa);
        const QMap<QString, qint64> before = test::rowCounts(*h.db);
        const QString valuesBefore = test::everyValue(*h.db, false);
        const int writes = h.world.intercom().requestCount(u"DELETE /contacts/{id}"_s)
            + h.world.intercom().requestCount(u"PUT /contacts/{id}"_s)
            + h.world.intercom().requestCount(u"POST /contacts/{id}/archive"_s);
        test::Eraser eraser(h);
        for (IntercomChoice choice :
            { IntercomChoice::Delete, IntercomChoice::Archive, IntercomChoice::Keep })
            QVERIFY(!eraser.preview(kQuintessa).lines(choice).isEmpty());
        QCOMPARE(test::rowCounts(*h.db), before);
        QCOMPARE(test::everyValue(*h.db, false), valuesBefore);
        QCOMPARE(h.world.intercom().requestCount(u"DELETE /contacts/{id}"_s)
                + h.world.intercom().requestCount(u"PUT /contacts/{id}"_s)
                + h.world.intercom().requestCount(u"POST /contacts/{id}/archive"_s),
            writes);
        QVERIFY(!h.world.intercom().isDeleted(contact));
    }

    void aDeletionSearchStillShowsIsDoneAlready()
    {
        // One reading of the docs: a deleted contact stays in search results until the index
        // catches up. A second erasure of the same ID then finds it, and 404 counts as done.
        SyncHarness h;
        IntercomErasureReadings readings;
        readings.deletedLeaveSearchAtOnce = false;
        h.world.intercom().setErasureReadings(readings);
        h.world.intercom().setSearchLag(std::chrono::milliseconds(60000));
        h.world.intercom().defineAttribute(u"telegram_user_ids"_s);
        const QString contact = h.seedMappedCustomer(kQuintessa);
        h.world.intercom().advanceClock(std::chrono::milliseconds(61000));
        test::Eraser eraser(h);
        const identity::ErasureResult first
            = eraser.erase(eraser.preview(kQuintessa), IntercomChoice::Delete);
        QVERIFY2(first.ok, qPrintable(first.message));
        QCOMPARE(eraser.anchoredInSearch(kQuintessa), 1); // the index has not caught up
        const identity::ErasurePreview again = eraser.preview(kQuintessa);
        QCOMPARE(again.contacts.size(), 1);
        QVERIFY(again.contacts.first().gone);
        const identity::ErasureResult second = eraser.erase(again, IntercomChoice::Delete);
        QVERIFY2(second.ok, qPrintable(second.message));
        QVERIFY(h.world.intercom().isDeleted(contact));
    }

    void anotherWorkstationHearsOfTheErasure()
    {
        if (!test::onPostgres())
            QSKIP("LISTEN/NOTIFY: the team database only");
        SyncHarness h;
        h.converse(quintessa(), u"hello"_s);
        store::Database other;
        QVERIFY2(other.open(h.location), qPrintable(other.error()));
        bool heard = false;
        connect(
            &other, &store::Database::changed, this, [&heard](store::Topic topic, const QList<qint64> &ids) {
                heard = heard || (topic == store::Topic::Erasures && ids == QList<qint64> { kQuintessa });
            });
        test::Eraser eraser(h);
        QVERIFY(eraser.erase(eraser.preview(kQuintessa), IntercomChoice::Delete).ok);
        h.db->flushNotifications();
        QVERIFY(QTest::qWaitFor([&] { return heard; }, 10000));
    }

    void twoErasuresOfOnePersonAtOnceAreSerialized()
    {
        SyncHarness h;
        h.converse(quintessa(), u"hello"_s);
        // Another workstation holds the lock for a repair of the same person.
        store::Database other;
        QVERIFY2(other.open(h.location), qPrintable(other.error()));
        store::RepairLocks locks(other);
        QVERIFY(locks.take(
            { store::RepairLocks::telegramKey(kQuintessa) }, u"relink"_s, u"Agent Bea"_s, nullptr));
        test::Eraser eraser(h);
        const identity::ErasureResult blocked
            = eraser.erase(eraser.preview(kQuintessa), IntercomChoice::Delete);
        QVERIFY(!blocked.ok);
        QVERIFY2(blocked.message.contains(u"Agent Bea"_s), qPrintable(blocked.message));
        QCOMPARE(
            count(h, u"SELECT COUNT(*) FROM telegram_users WHERE telegram_user_id = ?"_s, { kQuintessa }), 1);
        locks.release({ store::RepairLocks::telegramKey(kQuintessa) });
        QVERIFY(eraser.erase(eraser.preview(kQuintessa), IntercomChoice::Delete).ok);
    }

private:
    QString logFolder() const { return m_logs->filePath(u"logs"_s); }
    std::unique_ptr<QTemporaryDir> m_logs;
};

QTEST_MAIN(TestErasure)
#include "tst_erasure.moc"
