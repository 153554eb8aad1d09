// SPDX-License-Identifier: MIT
// Fuzz target: storing a getUpdates answer (store::UpdateInbox::ingest) on SQLite. Whatever the
// bytes, the answer is stored: an update that cannot be applied is quarantined, never a failure
// that would make Telegram send the same answer forever and hold back every update after it.
// Storing the same answer again (a crash before the offset reached Telegram) adds no message.
// Each input starts from the database as the migrations left it.
#include "FuzzCheck.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Transaction.h"
#include "store/UpdateInbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tgic::store;

namespace {

//! One database for the whole run, opened and migrated once. Destroyed at exit, so that the
//! folder goes with it (a run leaves no database behind in /tmp).
struct Fixture
{
    Fixture()
    {
        static int argc = 1;
        static char name[] = "fuzz_inbox";
        static char *argv[] = { name, nullptr };
        app = std::make_unique<QCoreApplication>(argc, argv);
        // The store says what it quarantines; here that is every other input.
        QLoggingCategory::setFilterRules(u"tgic.*=false"_s);
        FUZZ_CHECK(dir.isValid());
        FUZZ_CHECK(db.open(dir.filePath(u"fuzz.sqlite3"_s)));
        // What the migrations filled (the schema's own rows) stays; the rest is an input's.
        SqlResult q = runSql(db.connection(),
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
        QStringList all;
        while (q.next())
            all << q.value(0).toString();
        QStringList inputTables;
        for (const QString &table : std::as_const(all))
            if (!scalar(db.connection(), u"SELECT 1 FROM "_s + table + u" LIMIT 1"_s).isValid())
                inputTables << u"SELECT '%1' WHERE EXISTS (SELECT 1 FROM %1)"_s.arg(table);
        FUZZ_CHECK(inputTables.size() > 10);
        filledQuery = inputTables.join(u" UNION ALL "_s);
    }

    //! Back to the database as the migrations left it. Each input on its own: an earlier input's
    //! updates would make it a duplicate (and a crash found after them would not reproduce from
    //! its input alone), and what every input leaves behind (a quarantined update, a message)
    //! would grow the database with the run, each input slower than the last.
    void reset()
    {
        // Which tables the input filled, in one read: most inputs fill few.
        SqlResult q = runSql(db.connection(), filledQuery);
        QStringList filled;
        while (q.next())
            filled << q.value(0).toString();
        if (filled.isEmpty())
            return;
        // Zeroing deleted rows (the store's secure_delete) is for customers' data, not for this.
        runSql(db.connection(), u"PRAGMA secure_delete = OFF"_s);
        {
            Transaction tx(db);
            FUZZ_CHECK(tx.isActive());
            // Emptied in any order: references are checked at the commit, when none is left.
            runSql(db.connection(), u"PRAGMA defer_foreign_keys = ON"_s);
            for (const QString &table : std::as_const(filled)) {
                bool ok = false;
                runSql(db.connection(), u"DELETE FROM "_s + table, {}, &ok);
                FUZZ_CHECK(ok);
            }
            FUZZ_CHECK(tx.commit());
        }
        runSql(db.connection(), u"PRAGMA secure_delete = ON"_s);
    }

    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    Database db;
    QString filledQuery; //!< the names of the tables an input filled (empty once migrated)
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

qint64 count(const Database &db, const QString &table)
{
    return scalar(db.connection(), u"SELECT COUNT(*) FROM "_s + table).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    QJsonArray updates;
    if (doc.isArray())
        updates = doc.array();
    else if (doc.isObject())
        updates.append(doc.object());
    else
        return 0;
    if (updates.size() > 100)
        return 0; // getUpdates never answers with more
    f.reset();

    UpdateInbox inbox(f.db);
    const IngestReport first = inbox.ingest(updates);
    FUZZ_CHECK(first.ok);
    const qint64 messages = count(f.db, u"messages"_s);
    const IngestReport again = inbox.ingest(updates);
    FUZZ_CHECK(again.ok);
    FUZZ_CHECK(again.stored == 0);
    FUZZ_CHECK(count(f.db, u"messages"_s) == messages);
    return 0;
}
