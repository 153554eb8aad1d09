// SPDX-License-Identifier: MIT
#pragma once

// Test support: a temporary database, both emulators on loopback, and a sync engine tuned for
// tests (short backoff, short long-poll). Header-only; include from Qt Test files.

#include "IntercomBodies.h"
#include "TestDatabase.h"
#include "intercom/IntercomApi.h"
#include "sandbox/SandboxScenarios.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "sync/IntercomDelivery.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tgic::test {

using namespace Qt::StringLiterals;

struct RunResult
{
    bool finished = false;
    sync::FailureKind failure = sync::FailureKind::Runtime;
    QString message;
};

class SyncHarness
{
public:
    SyncHarness()
    {
        world.listen();
        // CTest runs some suites again against a stricter reading of Intercom's search docs.
        const QString dates = qEnvironmentVariable("TGIC_TEST_SEARCH_DATES");
        if (dates == u"day"_s)
            world.intercom().setSearchDates(sandbox::IntercomEmulator::SearchDates::Day);
        else if (dates == u"second"_s)
            world.intercom().setSearchDates(sandbox::IntercomEmulator::SearchDates::Second);
        if (qEnvironmentVariable("TGIC_TEST_CONVERSATION_SORT") == u"ignored"_s)
            world.intercom().setConversationSortHonoured(false);
        openDatabase(u"tgic.sqlite3"_s);
    }

    void openDatabase(const QString &name)
    {
        location = databaseLocation(dir, name);
        reopenDatabase();
    }

    //! A restart: the same database (on PostgreSQL too) opened afresh, nothing reset.
    void reopenDatabase()
    {
        lease.reset();
        db.reset();
        db = std::make_unique<store::Database>();
        QVERIFY2(db->open(location), qPrintable(db->error()));
        lease = takePollerLease(*db);
    }

    sync::SyncConfig config() const
    {
        sync::SyncConfig c;
        c.telegramApiUrl = world.telegram().baseUrl();
        c.intercomApiUrl = world.intercom().baseUrl();
        c.telegramToken = sandbox::SandboxWorld::telegramToken();
        c.intercomToken = sandbox::SandboxWorld::intercomToken();
        c.longPollSeconds = 1;
        c.startupAttempts = 2;
        c.backoff = net::Backoff { std::chrono::milliseconds(20), std::chrono::milliseconds(200) };
        c.conflictBackoff = std::chrono::milliseconds(100);
        c.reconcileWindow = std::chrono::milliseconds(300);
        return c;
    }

    //! The two-way suites' pace: Intercom polled every 100/200 ms, 20 ms between a chat's sends.
    sync::SyncConfig fastConfig() const
    {
        sync::SyncConfig c = config();
        c.intercomActivePoll = std::chrono::milliseconds(100);
        c.intercomIdlePoll = std::chrono::milliseconds(200);
        c.telegramPerChatInterval = std::chrono::milliseconds(20);
        return c;
    }

    //! The customer writes; the sync (fastConfig) brings it to Intercom; returns the conversation id.
    QString converse(const sandbox::TelegramUser &user, const QString &text)
    {
        world.telegram().pushMessage(user, text);
        const auto run = runUntilIdle(fastConfig());
        if (run.failure != sync::FailureKind::None)
            qWarning() << run.message;
        const auto conversations = world.intercom().conversationsOf(contactOf(user.id));
        return conversations.isEmpty() ? QString() : conversations.first().value(u"id"_s).toString();
    }

    std::unique_ptr<sync::SyncEngine> makeEngine(sync::SyncConfig c)
    {
        return std::make_unique<sync::SyncEngine>(*db, c);
    }
    std::unique_ptr<sync::SyncEngine> makeEngine() { return makeEngine(config()); }

    //! `sync --until-idle`, in process.
    RunResult runUntilIdle(int timeoutMs = 20000) { return runUntilIdle(config(), timeoutMs); }
    RunResult runUntilIdle(sync::SyncConfig c, int timeoutMs = 20000)
    {
        auto engine = makeEngine(c);
        RunResult result;
        QObject::connect(engine.get(), &sync::SyncEngine::finished, engine.get(),
            [&result](sync::FailureKind failure, const QString &message) {
                result.finished = true;
                result.failure = failure;
                result.message = message;
            });
        engine->runUntilIdle();
        if (!QTest::qWaitFor([&] { return result.finished; }, timeoutMs))
            result.message = u"the run did not finish within %1 ms"_s.arg(timeoutMs);
        engine->stop();
        lastIntercomRequests = engine->intercomApi()->wireRequestCount();
        return result;
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return store::scalar(db->connection(), sql, values);
    }

    //! A customer an earlier sync left behind: a lead in Intercom anchored on the ID, its
    //! mapping.
    QString seedMappedCustomer(qint64 telegramUserId)
    {
        const QString name = u"Customer %1"_s.arg(telegramUserId);
        const QString contact = world.intercom().createLead(
            name, QJsonObject { { u"telegram_user_id"_s, QString::number(telegramUserId) } });
        exec(u"INSERT INTO telegram_users (telegram_user_id, first_name, first_seen_at, last_seen_at)"
             " VALUES (?, ?, 0, 0)"_s,
            { telegramUserId, name });
        exec(u"INSERT INTO mappings (telegram_user_id, intercom_contact_id, state, updated_at)"
             " VALUES (?, ?, 'linked', 0)"_s,
            { telegramUserId, contact });
        return contact;
    }

    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    }

    QString contactOf(qint64 telegramUserId) const
    {
        return scalar(
            u"SELECT intercom_contact_id FROM mappings WHERE telegram_user_id = ?"_s, { telegramUserId })
            .toString();
    }

    QList<QJsonObject> contactsAnchoredTo(qint64 telegramUserId) const
    {
        return world.intercom().contactsWithAttribute(u"telegram_user_id"_s, QString::number(telegramUserId));
    }

    //! Every conversation part (and conversation source) the contact authored, in order.
    QStringList bodiesBy(const QString &contactId) const
    {
        return test::bodiesBy(world.intercom(), contactId);
    }

    QTemporaryDir dir;
    QString location; //!< the database: a file, or the team database's URL
    mutable sandbox::SandboxWorld world;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<team::LeaderElection> lease; //!< this test process is the one poller
    qint64 lastIntercomRequests = 0;
};

} // namespace tgic::test
