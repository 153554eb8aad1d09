// SPDX-License-Identifier: MIT
// The store's SQL layer: values only ever travel as data, results read the same on both engines,
// and (PostgreSQL) what each call costs in round trips. Runs on SQLite; CTest runs it again on a
// throwaway PostgreSQL (tests/postgres/with-postgres.sh), where the round-trip counts apply.
#include "TestDatabase.h"
#include "store/Database.h"
#include "store/PgWire.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic;

class TestSqlLayer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    int m_opened = 0;

    QSqlDatabase conn() const { return m_db->connection(); }
    qint64 trips() const { return m_db->roundTrips(); }
    //! Round trips only mean something on PostgreSQL; SQLite has none to count.
    void expectTrips(qint64 before, qint64 expected, int line)
    {
        if (m_db->isTeam())
            QVERIFY2(trips() - before == expected,
                qPrintable(
                    u"line %1: %2 round trips, expected %3"_s.arg(line).arg(trips() - before).arg(expected)));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<store::Database>();
        // A fresh database for each test (PostgreSQL: emptied first).
        const QString name = u"sql-%1.sqlite3"_s.arg(++m_opened);
        QVERIFY2(m_db->open(test::databaseLocation(m_dir, name)), qPrintable(m_db->error()));
        bool ok = false;
        store::runSql(conn(),
            u"CREATE TABLE t (id BIGINT PRIMARY KEY, txt TEXT, num BIGINT, small INTEGER,"
            " real_value DOUBLE PRECISION, bytes "_s
                + (m_db->isTeam() ? u"BYTEA"_s : u"BLOB"_s) + u')',
            {}, &ok);
        QVERIFY(ok);
    }

    void cleanup() { m_db.reset(); }

    void placeholdersInsideQuotesAndCommentsAreText_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("count");
        QTest::newRow("plain") << u"SELECT ?, ?"_s << u"SELECT $1, $2"_s << 2;
        QTest::newRow("string") << u"SELECT '?', ?"_s << u"SELECT '?', $1"_s << 1;
        QTest::newRow("doubled quote") << u"SELECT 'it''s ?', ?"_s << u"SELECT 'it''s ?', $1"_s << 1;
        QTest::newRow("E string") << u"SELECT E'\\' ?', ?"_s << u"SELECT E'\\' ?', $1"_s << 1;
        QTest::newRow("identifier") << u"SELECT \"a?\" FROM t WHERE x = ?"_s
                                    << u"SELECT \"a?\" FROM t WHERE x = $1"_s << 1;
        QTest::newRow("line comment") << u"SELECT ? -- what?\n, ?"_s << u"SELECT $1 -- what?\n, $2"_s << 2;
        QTest::newRow("nested comment")
            << u"SELECT /* a /* ? */ ? */ ?"_s << u"SELECT /* a /* ? */ ? */ $1"_s << 1;
        QTest::newRow("dollar quote") << u"SELECT $$ ? $$, ?"_s << u"SELECT $$ ? $$, $1"_s << 1;
        QTest::newRow("tagged dollar") << u"SELECT $x$ ?$$? $x$, ?"_s << u"SELECT $x$ ?$$? $x$, $1"_s << 1;
        QTest::newRow("dollar in a name") << u"SELECT a$b, ?"_s << u"SELECT a$b, $1"_s << 1;
    }

    void placeholdersInsideQuotesAndCommentsAreText()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QFETCH(int, count);
        int found = -1;
        QCOMPARE(QString::fromUtf8(store::pgStatementText(sql, &found)), expected);
        QCOMPARE(found, count);
    }

    void valuesAreOnlyEverData()
    {
        // Whatever a customer types is stored as typed: quotes, backslashes, placeholders,
        // dollar quotes, comment markers, a statement of its own, non-Latin text, emoji and a
        // leading U+FEFF.
        const QStringList texts { u"O'Brien said \"hi\""_s, u"back\\slash \\' \\\\"_s,
            u"what? ?? $1 $$ $x$"_s, u"'); DROP TABLE t; --"_s, u"/* not a comment */ -- nor this"_s,
            u"Привет, 世界 🎉"_s, u"E'\\x00' \\x27"_s, QString(u"tab\tnewline\ncr\r"_s),
            // A leading zero-width no-break space (U+FEFF) is text, not a byte-order mark.
            u"\uFEFFpasted from a document"_s };
        qint64 id = 0;
        for (const QString &text : texts) {
            bool ok = false;
            store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { ++id, text }, &ok);
            QVERIFY2(ok, qPrintable(text));
            QCOMPARE(store::scalar(conn(), u"SELECT txt FROM t WHERE id = ?"_s, { id }).toString(), text);
            // And as a condition: the value matches itself and nothing else.
            QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t WHERE txt = ?"_s, { text }).toInt(), 1);
        }
        QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).toInt(), int(texts.size()));
    }

    void aLeadingNoncharacterNeverTurnsTheTextAround()
    {
        // U+FFFE is what a byte-swapped mark looks like. An agent's reply from Intercom may start
        // with one (Telegram's text is repaired at the border, Intercom's is not): SQLite keeps
        // no noncharacter (it reads back as U+FFFD), but the text after it stays as written.
        const QString text = QChar(0xFFFE) + u"then text"_s;
        bool ok = false;
        store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (1, ?)"_s, { text }, &ok);
        QVERIFY(ok);
        const QString stored = store::scalar(conn(), u"SELECT txt FROM t WHERE id = 1"_s).toString();
        QCOMPARE(stored.size(), text.size());
        QCOMPARE(stored.mid(1), text.mid(1));
    }

    void valuesKeepTheirTypes()
    {
        QByteArray bytes;
        for (int b = 0; b < 256; ++b)
            bytes.append(char(b)); // every byte, NUL and invalid UTF-8 included
        bool ok = false;
        store::runSql(conn(),
            u"INSERT INTO t (id, txt, num, small, real_value, bytes) VALUES (?, ?, ?, ?, ?, ?)"_s,
            { qint64(1), u"x"_s, qint64(9007199254740993), true, 2.5, bytes }, &ok);
        QVERIFY(ok);
        store::SqlResult r = store::runSql(
            conn(), u"SELECT num, small, real_value, bytes, txt, id FROM t WHERE id = ?"_s, { 1 }, &ok);
        QVERIFY(ok);
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toLongLong(), qint64(9007199254740993));
        QCOMPARE(r.value(1).toInt(), 1); // flags live in INTEGER columns
        QCOMPARE(r.value(2).toDouble(), 2.5);
        QCOMPARE(r.value(3).toByteArray(), bytes);
        QCOMPARE(r.value(4).toString(), u"x"_s);
        QVERIFY(!r.next());

        // NULL reads as a null value that is still a value (the row exists).
        store::runSql(conn(), u"INSERT INTO t (id, txt, num) VALUES (?, ?, ?)"_s,
            { qint64(2), QVariant(QMetaType(QMetaType::QString)), QVariant(QMetaType(QMetaType::LongLong)) },
            &ok);
        QVERIFY(ok);
        const QVariant nullText = store::scalar(conn(), u"SELECT txt FROM t WHERE id = 2"_s);
        QVERIFY(nullText.isValid());
        QVERIFY(nullText.isNull());
        QVERIFY(!store::scalar(conn(), u"SELECT txt FROM t WHERE id = 3"_s).isValid());
    }

    void aNulInTextFailsOnlyThatStatement()
    {
        // SQLite stores U+0000; PostgreSQL text cannot. There the statement fails with a clear
        // error (nothing cut short, nothing stored) and the connection goes on working.
        const QString withNul = u"before"_s + QChar(u'\0') + u"after"_s;
        bool ok = false;
        const store::SqlResult r
            = store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { qint64(1), withNul }, &ok);
        if (m_db->isTeam()) {
            QVERIFY(!ok);
            QVERIFY2(r.errorText().contains(u"NUL"_s), qPrintable(r.errorText()));
            QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).toInt(), 0);
        } else {
            QVERIFY(ok);
            QCOMPARE(store::scalar(conn(), u"SELECT txt FROM t WHERE id = 1"_s).toString(), withNul);
        }
        store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { qint64(2), u"fine"_s }, &ok);
        QVERIFY(ok);

        // Inside a transaction the refusal fails the transaction, never half of it.
        if (m_db->isTeam()) {
            {
                store::Transaction transaction(*m_db);
                store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { qint64(3), u"a"_s }, &ok);
                QVERIFY(ok);
                store::SqlBatch batch(conn());
                batch.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { qint64(4), withNul });
                batch.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { qint64(5), u"b"_s });
                QVERIFY(!transaction.commit(batch));
                QVERIFY(batch.errorText().contains(u"NUL"_s));
            }
            QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).toInt(), 1);
        }
    }

    void aPlaceholderCountMismatchFails()
    {
        bool ok = true;
        store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { qint64(1) }, &ok);
        QVERIFY(!ok);
        QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).toInt(), 0);
    }

    void rowsAffectedAndReturning()
    {
        bool ok = false;
        store::runSql(conn(), u"INSERT INTO t (id, num) VALUES (1, 10), (2, 20), (3, 30)"_s, {}, &ok);
        QVERIFY(ok);
        store::SqlResult update
            = store::runSql(conn(), u"UPDATE t SET num = num + 1 WHERE id < ?"_s, { 3 }, &ok);
        QVERIFY(ok);
        QCOMPARE(update.numRowsAffected(), 2);
        store::SqlResult inserted = store::runSql(conn(),
            u"INSERT INTO t (id, num) VALUES (?, ?), (?, ?) RETURNING id, num"_s, { 4, 40, 5, 50 }, &ok);
        QVERIFY(ok);
        QList<qint64> ids;
        while (inserted.next())
            ids << inserted.value(0).toLongLong();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64> { 4, 5 }));
    }

    void aBatchIsOneRoundTripAndStopsAtTheFirstFailure()
    {
        store::SqlBatch batch(conn());
        batch.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 1, u"one"_s });
        const int count = batch.add(u"SELECT COUNT(*) FROM t"_s);
        batch.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 2, u"two"_s });
        qint64 before = trips();
        QVERIFY(batch.exec());
        expectTrips(before, 1, __LINE__);
        QVERIFY(batch.result(count).next());
        QCOMPARE(batch.result(count).value(0).toInt(), 1); // sees the statement before it

        // A failure (duplicate key) skips the rest, and the batch leaves nothing behind.
        store::SqlBatch failing(conn());
        failing.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 3, u"three"_s });
        failing.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 1, u"again"_s });
        failing.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 4, u"four"_s });
        before = trips();
        QVERIFY(!failing.exec());
        expectTrips(before, 1, __LINE__);
        QVERIFY(failing.result(0).isOk());
        QVERIFY(!failing.result(1).isOk());
        QVERIFY(!failing.result(2).isOk());
        QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).toInt(), 2);
        QVERIFY(!failing.errorText().isEmpty());
    }

    void aTransactionCostsItsStatementsAndTheCommit()
    {
        // BEGIN rides with the first statement; commit(batch) sends the batch with COMMIT.
        qint64 before = trips();
        {
            store::Transaction transaction(*m_db);
            QVERIFY(transaction);
            expectTrips(before, 0, __LINE__);
            bool ok = false;
            store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 1, u"a"_s }, &ok);
            QVERIFY(ok);
            expectTrips(before, 1, __LINE__);
            store::SqlBatch rest(conn());
            rest.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 2, u"b"_s });
            rest.add(u"UPDATE t SET num = 7"_s);
            QVERIFY(transaction.commit(rest));
            expectTrips(before, 2, __LINE__);
        }
        QCOMPARE(store::scalar(conn(), u"SELECT SUM(num) FROM t"_s).toInt(), 14);

        // A whole transaction in one round trip; an empty one costs nothing.
        before = trips();
        {
            store::Transaction transaction(*m_db);
            store::SqlBatch all(conn());
            all.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 3, u"c"_s });
            QVERIFY(transaction.commit(all));
        }
        {
            store::Transaction nothing(*m_db);
            QVERIFY(nothing.commit());
        }
        expectTrips(before, 1, __LINE__);

        // Nested: refused, and the outer transaction is untouched.
        {
            store::Transaction outer(*m_db);
            store::Transaction inner(*m_db);
            QVERIFY(outer);
            QVERIFY(!inner);
        }
        QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).toInt(), 3);
    }

    void aFailedStatementRollsTheTransactionBack()
    {
        {
            store::Transaction transaction(*m_db);
            bool ok = false;
            store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 1, u"a"_s }, &ok);
            QVERIFY(ok);
            store::runSql(conn(), u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 1, u"dup"_s }, &ok);
            QVERIFY(!ok);
            // The guard's destructor rolls back.
        }
        QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).toInt(), 0);
        // A commit after a failure is refused on both engines' terms: nothing half-done stays.
        {
            store::Transaction transaction(*m_db);
            store::SqlBatch batch(conn());
            batch.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 1, u"a"_s });
            batch.add(u"INSERT INTO t (id, txt) VALUES (?, ?)"_s, { 1, u"dup"_s });
            QVERIFY(!transaction.commit(batch));
        }
        QCOMPARE(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).toInt(), 0);
        QVERIFY(!m_db->inTransaction());
    }

    void theLeaseCheckRidesWithTheBegin()
    {
        const auto lease = test::takePollerLease(*m_db);
        QCoreApplication::processEvents();
        const qint64 before = trips();
        {
            store::Transaction transaction(*m_db);
            store::SqlBatch first(conn());
            const store::SqlStatement check = m_db->leaseCheck();
            const int held = first.add(check.sql, check.values);
            first.add(u"SELECT COUNT(*) FROM t"_s);
            QVERIFY(first.exec());
            QVERIFY(first.result(held).next()); // held
            store::SqlBatch writes(conn());
            writes.add(u"INSERT INTO t (id) VALUES (1)"_s);
            QVERIFY(transaction.commit(writes));
        }
        expectTrips(before, 2, __LINE__);
        // leaseHeld() at the start of a transaction is the BEGIN's round trip too.
        const qint64 again = trips();
        {
            store::Transaction transaction(*m_db);
            QVERIFY(m_db->leaseHeld());
            expectTrips(again, 1, __LINE__);
        }
    }

    void changeNoticesRideAlongAndArrive()
    {
        if (!m_db->isTeam())
            QSKIP("notices between processes need the team database");
        store::Database other;
        QVERIFY(other.open(qEnvironmentVariable("TGIC_TEST_POSTGRES_URL")));
        QSignalSpy heard(&other, &store::Database::changed);
        m_db->notifyChanged(store::Topic::Chats, { 42 });
        // The next statement takes the waiting notice with it: no round trip of its own.
        const qint64 before = trips();
        QVERIFY(store::scalar(conn(), u"SELECT COUNT(*) FROM t"_s).isValid());
        expectTrips(before, 1, __LINE__);
        m_db->flushNotifications(); // nothing left to send
        expectTrips(before, 1, __LINE__);
        QVERIFY(heard.wait(5000));
        QCOMPARE(heard.first().at(0).value<store::Topic>(), store::Topic::Chats);
        QCOMPARE(heard.first().at(1).value<QList<qint64>>(), (QList<qint64> { 42 }));

        // A notice that arrives with an answer (not through the driver's socket) still arrives.
        QSignalSpy mine(m_db.get(), &store::Database::changed);
        other.notifyChanged(store::Topic::Outbox);
        other.flushNotifications();
        // It is committed; our backend hands it over with its next answer, which libpq reads
        // before the driver's socket notifier could: only the store can pass it on.
        QVERIFY(store::scalar(conn(), u"SELECT pg_sleep(0.05)"_s).isValid());
        QVERIFY(mine.wait(5000) || !mine.isEmpty());
        bool outbox = false;
        for (const auto &signal : std::as_const(mine))
            outbox = outbox || signal.at(0).value<store::Topic>() == store::Topic::Outbox;
        QVERIFY(outbox);
    }
};

QTEST_GUILESS_MAIN(TestSqlLayer)
#include "tst_sqllayer.moc"
