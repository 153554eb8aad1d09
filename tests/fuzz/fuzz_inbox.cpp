// SPDX-License-Identifier: MIT
// Fuzz target: storing a getUpdates answer (store::UpdateInbox::ingest) on SQLite. Whatever the
// bytes, the answer is stored: an update that cannot be applied is quarantined, never a failure
// that would make Telegram send the same answer forever and hold back every update after it.
// Storing the same answer again (a crash before the offset reached Telegram) adds no message.
#include "FuzzCheck.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/UpdateInbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tgic::store;

namespace {

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    Database db;
};

Fixture &fixture()
{
    static Fixture *f = [] {
        static int argc = 1;
        static char name[] = "fuzz_inbox";
        static char *argv[] = { name, nullptr };
        auto *made = new Fixture;
        made->app = std::make_unique<QCoreApplication>(argc, argv);
        // The store says what it quarantines; here that is every other input.
        QLoggingCategory::setFilterRules(u"tgic.*=false"_s);
        FUZZ_CHECK(made->dir.isValid());
        FUZZ_CHECK(made->db.open(made->dir.filePath(u"fuzz.sqlite3"_s)));
        return made;
    }();
    return *f;
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
    // Each input on its own: update ids of earlier inputs would make it a duplicate.
    runSql(f.db.connection(), u"DELETE FROM telegram_updates"_s);

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
