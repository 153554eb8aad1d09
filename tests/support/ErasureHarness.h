// SPDX-License-Identifier: MIT
#pragma once

// Test support for forgetting a customer (issue 21): an identity::CustomerErasure on its own
// Intercom client (as the CLI has), and ways to look for a customer's traces everywhere: every
// row of every table as text, the database file and its WAL byte for byte, the log files.

#include "SyncHarness.h"
#include "identity/CustomerErasure.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlRecord>

namespace tgic::test {

class Eraser
{
public:
    explicit Eraser(SyncHarness &h)
        : m_api(&m_nam, h.world.intercom().baseUrl(), sandbox::SandboxWorld::intercomToken())
        , m_client(&m_api)
        , m_erasure(*h.db, &m_client)
    { }

    intercom::IntercomClient &client() { return m_client; }

    identity::ErasurePreview preview(qint64 telegramUserId)
    {
        identity::ErasurePreview out;
        bool done = false;
        m_erasure.preview(telegramUserId, [&](const identity::ErasurePreview &p) {
            out = p;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("the erasure preview did not finish");
        return out;
    }

    identity::ErasureResult erase(const identity::ErasurePreview &preview, identity::IntercomChoice choice,
        bool force = false, const QString &actor = QStringLiteral("Agent Erin"))
    {
        identity::ErasureResult out;
        bool done = false;
        m_erasure.erase(preview, choice, force, actor, [&](const identity::ErasureResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("the erasure did not finish");
        return out;
    }

    //! The anchor search, as a client sees it (search lag included).
    int anchoredInSearch(qint64 telegramUserId)
    {
        int total = -1;
        bool done = false;
        m_client.searchByTelegramId(telegramUserId, &m_client, [&](const net::ApiResult &r) {
            total = r.ok() ? r.payload.toObject().value(QStringLiteral("total_count")).toInt() : -1;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the search did not finish");
        return total;
    }

private:
    QNetworkAccessManager m_nam;
    intercom::IntercomApi m_api;
    intercom::IntercomClient m_client;
    identity::CustomerErasure m_erasure;
};

//! Every table the schema has, for "is it anywhere?" and "did anything change?".
inline QStringList allTables()
{
    return { QStringLiteral("meta"), QStringLiteral("telegram_updates"), QStringLiteral("quarantine"),
        QStringLiteral("telegram_users"), QStringLiteral("profile_history"), QStringLiteral("contacts"),
        QStringLiteral("mappings"), QStringLiteral("chats"), QStringLiteral("conversations"),
        QStringLiteral("messages"), QStringLiteral("message_edits"), QStringLiteral("outbox"),
        QStringLiteral("audit_log"), QStringLiteral("conversation_cursors"), QStringLiteral("relayed_parts"),
        QStringLiteral("outbox_files"), QStringLiteral("team_lease"), QStringLiteral("team_members"),
        QStringLiteral("repair_locks"), QStringLiteral("identity_evidence"),
        QStringLiteral("merge_suggestions"), QStringLiteral("merge_suggestion_evidence"),
        QStringLiteral("intercom_teammates") };
}

//! Every value of every row, as text: what a SELECT by anyone with the database would show.
//! `withHeartbeats` false leaves out the lease and the workstations seen, which the poller's
//! lease renews on its own (for "did anything change?").
inline QString everyValue(store::Database &db, bool withHeartbeats = true)
{
    QString all;
    for (const QString &table : allTables()) {
        if (!withHeartbeats && (table == u"team_lease" || table == u"team_members"))
            continue;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
            continue;
        QStringList rows;
        while (q.next()) {
            QString row;
            for (int i = 0; i < q.record().count(); ++i)
                row += q.value(i).toString() + u'\x1f';
            rows << row;
        }
        rows.sort(); // PostgreSQL returns rows in no particular order
        all += table + u'\n' + rows.join(u'\n') + u'\n';
    }
    return all;
}

//! Row counts per table: equal before and after means nothing changed.
inline QMap<QString, qint64> rowCounts(store::Database &db)
{
    QMap<QString, qint64> counts;
    for (const QString &table : allTables()) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
            counts.insert(table, q.value(0).toLongLong());
    }
    return counts;
}

//! The bytes of a file (empty if there is none).
inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! The needles found in `bytes`, as UTF-8 (and, for SQLite's sake, as UTF-16 too).
inline QStringList foundIn(const QByteArray &bytes, const QStringList &needles)
{
    QStringList found;
    for (const QString &n : needles) {
        const QByteArray utf16(reinterpret_cast<const char *>(n.utf16()), n.size() * 2);
        if (bytes.contains(n.toUtf8()) || bytes.contains(utf16))
            found << n;
    }
    return found;
}

//! Every log file in `folder`, concatenated.
inline QByteArray logBytes(const QString &folder)
{
    QByteArray all;
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.log") }, QDir::Files);
    for (const QString &f : files)
        all += fileBytes(folder + u'/' + f);
    return all;
}

} // namespace tgic::test
