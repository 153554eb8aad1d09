// SPDX-License-Identifier: MIT
// The models behind the repair tools, under QAbstractItemModelTester: the audit log (paged,
// newest first, live), the integrity findings, the merge preview, and the Intercom contact search
// (debounced, stale answers dropped) against the emulator.

#include "AuditLogModel.h"
#include "CacheFixture.h"
#include "ContactSearchModel.h"
#include "IntegrityFindingsModel.h"
#include "MergePreviewModel.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"
#include "sandbox/SandboxScenarios.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace tgic;

class TestMappingModels : public QObject
{
    Q_OBJECT

private:
    static void audit(test::CacheFixture &cache, qint64 at, const QString &action, qint64 user,
        const QString &before = u"c1"_s, const QString &after = u"c2"_s)
    {
        cache.exec(
            u"INSERT INTO audit_log (at, actor, action, telegram_user_id, intercom_contact_id, before_value,"
            " after_value, detail) VALUES (?, 'agent Kim', ?, ?, 'c2', ?, ?, 'why')"_s,
            { at, action, user, before, after });
        cache.db->notifyChanged(tgic::store::Topic::Audit, { user });
    }

private Q_SLOTS:
    void auditLogPagesNewestFirstAndGrowsLive()
    {
        test::CacheFixture cache;
        for (int i = 1; i <= 250; ++i)
            audit(cache, i * 1000, i % 2 ? u"link"_s : u"unlink"_s, i % 3 ? 111 : 222);
        models::AuditLogModel model(*cache.db);
        model.setPageSize(100);
        model.reload();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 250); // the tester pages everything in
        QCOMPARE(
            model.index(0, 0).data(models::AuditLogModel::AtRole).toDateTime().toMSecsSinceEpoch(), 250000);
        QCOMPARE(
            model.index(249, 0).data(models::AuditLogModel::AtRole).toDateTime().toMSecsSinceEpoch(), 1000);
        QCOMPARE(model.index(0, models::AuditLogModel::WhoColumn).data().toString(), u"agent Kim"_s);
        QCOMPARE(model.index(0, models::AuditLogModel::WhatColumn).data().toString(), u"Unlinked"_s);
        QCOMPARE(model.index(0, models::AuditLogModel::BeforeColumn).data().toString(), u"c1"_s);
        QCOMPARE(model.index(0, models::AuditLogModel::AfterColumn).data().toString(), u"c2"_s);
        QVERIFY(!model.index(0, 0).data(Qt::AccessibleTextRole).toString().isEmpty());

        // A new entry is inserted at the top, not a reset.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        audit(cache, 300000, u"merge"_s, 111, u"lead"_s, u"user"_s);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 251);
        QCOMPARE(model.index(0, 0).data(models::AuditLogModel::ActionRole).toString(), u"merge"_s);

        // One Telegram user only.
        model.setTelegramUserId(222);
        QTRY_VERIFY(!model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(models::AuditLogModel::TelegramUserIdRole).toLongLong(), 222);
        const int mine = model.rowCount();
        audit(cache, 400000, u"link"_s, 111); // someone else's: not shown
        QCOMPARE(model.rowCount(), mine);
        audit(cache, 500000, u"link"_s, 222);
        QCOMPARE(model.rowCount(), mine + 1);
    }

    void findingsAndPreviewUnderTheTester()
    {
        models::IntegrityFindingsModel findings;
        QAbstractItemModelTester t1(&findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        identity::IntegrityProblem merged;
        merged.kind = identity::IntegrityProblem::Kind::Merged;
        merged.telegramUserId = 111;
        merged.contactId = u"lead"_s;
        merged.otherContacts = { u"user"_s };
        merged.fixed = true;
        identity::IntegrityProblem dup;
        dup.kind = identity::IntegrityProblem::Kind::Duplicates;
        dup.telegramUserId = 222;
        dup.proposedFix = u"merge them"_s;
        findings.setProblems({ merged, dup });
        QCOMPARE(findings.rowCount(), 2);
        QCOMPARE(findings.openCount(), 1);
        QCOMPARE(
            findings.index(0, models::IntegrityFindingsModel::StatusColumn).data().toString(), u"fixed"_s);
        QCOMPARE(
            findings.index(1, models::IntegrityFindingsModel::FixColumn).data().toString(), u"merge them"_s);
        QCOMPARE(findings.index(0, models::IntegrityFindingsModel::ContactColumn).data().toString(),
            u"lead (and user)"_s);

        models::MergePreviewModel preview;
        QAbstractItemModelTester t2(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
        identity::MergePreview p;
        p.allowed = true;
        p.attributes = { { u"name"_s, u"Alex"_s, u"Alex Morgan"_s, u"lost"_s },
            { u"phone"_s, u"+44 20"_s, QString(), u"gained"_s },
            { u"plan"_s, QString(), u"pro"_s, u"kept"_s } };
        preview.setPreview(p);
        QCOMPARE(preview.rowCount(), 3);
        QCOMPARE(
            preview.index(0, models::MergePreviewModel::ResultColumn).data().toString(), u"Alex Morgan"_s);
        QCOMPARE(preview.index(1, models::MergePreviewModel::ResultColumn).data().toString(), u"+44 20"_s);
        QCOMPARE(preview.index(2, models::MergePreviewModel::ResultColumn).data().toString(), u"pro"_s);
        QVERIFY(!preview.index(1, 0).data(Qt::ToolTipRole).toString().isEmpty());
        preview.clear();
        QCOMPARE(preview.rowCount(), 0);
    }

    void contactSearchIsDebouncedAndDropsStaleAnswers()
    {
        sandbox::SandboxWorld world;
        QVERIFY(world.listen());
        const QString user = world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s,
            QJsonObject { { u"telegram_user_id"_s, u"111"_s } });
        world.intercom().createLead(u"Alexandra"_s);
        QNetworkAccessManager nam;
        intercom::IntercomApi api(&nam, world.intercom().baseUrl(), sandbox::SandboxWorld::intercomToken());
        intercom::IntercomClient client(&api);
        models::ContactSearchModel model(&client);
        model.setDebounce(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &models::ContactSearchModel::finished);

        const int before = world.intercom().requestCount(u"POST /contacts/search"_s);
        for (const QString &typed : { u"A"_s, u"Al"_s, u"Ale"_s, u"Alex"_s })
            model.setText(typed);
        QVERIFY(finished.wait(5000));
        QCOMPARE(world.intercom().requestCount(u"POST /contacts/search"_s) - before, 1); // one per pause
        QCOMPARE(model.rowCount(), 2);

        model.setText(u"alex.morgan@example.com"_s);
        model.searchNow();
        model.setText(u"zz-nobody"_s); // typed on before the answer came: the email's answer is dropped
        model.searchNow();
        QTRY_COMPARE(finished.size(), 2);
        // Both answers are in (nothing left on the wire), and the email's changed nothing.
        QTRY_COMPARE(api.inFlightCount() + api.queuedCount(), 0);
        QCOMPARE(world.intercom().requestCount(u"POST /contacts/search"_s) - before, 3);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(model.rowCount(), 0);

        model.setText(u"alex.morgan@example.com"_s);
        model.searchNow();
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex hit = model.index(0);
        QCOMPARE(hit.data(models::ContactSearchModel::ContactIdRole).toString(), user);
        QCOMPARE(hit.data(models::ContactSearchModel::RoleRole).toString(), u"user"_s);
        QCOMPARE(hit.data(models::ContactSearchModel::TelegramIdsRole).toString(), u"111"_s);
        QVERIFY(hit.data(Qt::AccessibleTextRole).toString().contains(u"alex.morgan@example.com"_s));

        model.setText(u"x"_s); // too short to ask Intercom
        model.searchNow();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMappingModels)
#include "tst_mappingmodels.moc"
