// SPDX-License-Identifier: MIT
#pragma once

// Where a test's database lives: a file in `dir`, or — when TGIC_TEST_POSTGRES_URL is set (see
// tests/postgres/with-postgres.sh) — that PostgreSQL database, emptied first.

#include "store/Database.h"
#include "team/LeaderElection.h"
#include "team/Workstation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace tgic::test {

inline bool onPostgres()
{
    return !qEnvironmentVariableIsEmpty("TGIC_TEST_POSTGRES_URL");
}

inline QString databaseLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgres())
        return dir.filePath(name);
    const QString url = qEnvironmentVariable("TGIC_TEST_POSTGRES_URL");
    {
        const QUrl u(url);
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tgic-test-reset"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
            q.exec(QStringLiteral("CREATE SCHEMA public"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tgic-test-reset"));
    return url;
}

//! On a team database only the holder of the poller lease may store a batch or start a send:
//! a test that plays the one poller takes the lease the way a real process does.
inline std::unique_ptr<team::LeaderElection> takePollerLease(store::Database &db)
{
    store::TeamMember me = team::thisWorkstation(QStringLiteral("test"));
    me.canLead = true;
    auto election = std::make_unique<team::LeaderElection>(db, me);
    election->start();
    return election;
}

} // namespace tgic::test
