// SPDX-License-Identifier: MIT
// Inspecting and fixing mappings: every state reached and repaired, merges done behind the
// app's back, duplicates, anchors edited by hand, relink/unlink, one contact for several
// Telegram accounts, and the guided lead→user merge that keeps the anchor.

#include "SyncHarness.h"
#include "identity/Anchor.h"
#include "identity/ContactMerge.h"
#include "identity/IdentityResolver.h"
#include "identity/IntegrityCheck.h"
#include "identity/MappingActions.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

namespace {
// The agent's tools, wired the way the app and the CLI wire them.
struct Tools
{
    explicit Tools(test::SyncHarness &h)
        : Tools(h, *h.db)
    { }
    //! The tools of another workstation on the same database.
    Tools(test::SyncHarness &h, store::Database &db)
        : api(&nam, h.world.intercom().baseUrl(), SandboxWorld::intercomToken())
        , client(&api)
        , resolver(db, &client)
        , actions(db, &client, &resolver)
        , check(db, &client, &resolver, &actions)
        , merge(db, &client)
    { }

    QList<identity::IntegrityProblem> runCheck(bool fix)
    {
        QList<identity::IntegrityProblem> problems;
        bool done = false;
        check.run(fix, [&](const QList<identity::IntegrityProblem> &found, int) {
            problems = found;
            done = true;
        });
        // A positive wait: it ends when the check does. 1,206 mappings under ASan+UBSan on a
        // busy 2-core machine took longer than the 10 s this used to allow.
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("integrity check did not finish");
        return problems;
    }

    template <typename Start> identity::ActionResult act(Start start)
    {
        identity::ActionResult result;
        bool done = false;
        start([&](const identity::ActionResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.message = u"timed out"_s;
        return result;
    }

    identity::MergePreview preview(const QString &from, const QString &into)
    {
        identity::MergePreview p;
        bool done = false;
        merge.preview(from, into, [&](const identity::MergePreview &r) {
            p = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            p.refusal = u"timed out"_s;
        return p;
    }

    QNetworkAccessManager nam;
    intercom::IntercomApi api;
    intercom::IntercomClient client;
    identity::IdentityResolver resolver;
    identity::MappingActions actions;
    identity::IntegrityCheck check;
    identity::ContactMerge merge;
};

const identity::IntegrityProblem *find(const QList<identity::IntegrityProblem> &problems,
    identity::IntegrityProblem::Kind kind, qint64 telegramUserId)
{
    for (const auto &p : problems)
        if (p.kind == kind && p.telegramUserId == telegramUserId)
            return &p;
    return nullptr;
}
} // namespace

class TestMappingRepair : public QObject
{
    Q_OBJECT

private:
    static QString state(test::SyncHarness &h, qint64 id)
    {
        return h.scalar(u"SELECT state FROM mappings WHERE telegram_user_id = ?"_s, { id }).toString();
    }
    static bool carries(test::SyncHarness &h, const QString &contactId, qint64 id)
    {
        const auto contact = intercom::parseContact(h.world.intercom().contact(contactId));
        return contact && identity::Anchor::of(*contact).contains(id);
    }
    static void say(test::SyncHarness &h, const TelegramUser &user, const QString &text)
    {
        h.world.telegram().pushMessage(user, text);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
    }

private Q_SLOTS:
    void checkFollowsAMergeDoneBehindTheBack()
    {
        test::SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        say(h, alex, u"hello"_s);
        const QString lead = h.contactOf(alex.id);
        const QString user = h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        QVERIFY(h.world.intercom().mergeInUi(lead, user));

        Tools tools(h);
        const auto problems = tools.runCheck(false);
        const auto *merged = find(problems, identity::IntegrityProblem::Kind::Merged, alex.id);
        QVERIFY(merged);
        QVERIFY(merged->fixed); // automatic
        QCOMPARE(h.contactOf(alex.id), user);
        QVERIFY(carries(h, user, alex.id));
        // Intercom copied the anchor onto the (empty) survivor; the audit shows the move to it.
        QVERIFY(h.scalar(u"SELECT COUNT(*) FROM audit_log WHERE telegram_user_id = ? AND action = 'link'"
                         " AND before_value LIKE ? AND after_value LIKE ?"_s,
                     { alex.id, QString(lead + u"%"_s), QString(user + u"%"_s) })
                    .toInt()
            == 1);
        // A second run finds nothing left to do.
        QVERIFY(tools.runCheck(false).isEmpty());
    }

    void checkAtScaleBatchesTheHealthyAndStillFindsEveryProblem()
    {
        test::SyncHarness h;
        constexpr qint64 base = 7200000000;
        constexpr int healthy = 1200;
        QStringList contacts;
        for (int i = 0; i < healthy + 6; ++i)
            contacts << h.seedMappedCustomer(base + i);
        // One of each problem, among 1,200 healthy mappings.
        const qint64 merged = base + healthy, deleted = merged + 1, removed = merged + 2,
                     changed = merged + 3, duplicated = merged + 4, linkedOnly = merged + 5;
        const QString survivor = h.world.intercom().createUser(u"m@example.com"_s, u"M"_s);
        QVERIFY(h.world.intercom().mergeInUi(contacts.at(healthy), survivor));
        h.world.intercom().deleteContact(contacts.at(healthy + 1));
        h.world.intercom().agentEditContact(contacts.at(healthy + 2),
            QJsonObject { { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u""_s } } } });
        h.world.intercom().agentEditContact(contacts.at(healthy + 3),
            QJsonObject { { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"42"_s } } } });
        const QString copy = h.world.intercom().createLead(
            u"copy"_s, QJsonObject { { u"telegram_user_id"_s, QString::number(duplicated) } });
        // A second contact that carries the ID only among its linked ones.
        const QString linkedCopy = h.world.intercom().createLead(u"linked copy"_s,
            QJsonObject { { u"telegram_user_id"_s, u"99"_s },
                { u"telegram_user_ids"_s, u",99,%1,"_s.arg(linkedOnly) } });

        Tools tools(h);
        const auto problems = tools.runCheck(false);
        using K = identity::IntegrityProblem::Kind;
        QVERIFY(find(problems, K::Merged, merged));
        QVERIFY(find(problems, K::Deleted, deleted));
        QVERIFY(find(problems, K::AnchorMissing, removed));
        QVERIFY(find(problems, K::AnchorMissing, changed));
        QVERIFY(find(problems, K::Duplicates, duplicated));
        QCOMPARE(find(problems, K::Duplicates, duplicated)->otherContacts, QStringList { copy });
        QVERIFY(find(problems, K::Duplicates, linkedOnly));
        QCOMPARE(find(problems, K::Duplicates, linkedOnly)->otherContacts, QStringList { linkedCopy });
        QCOMPARE(problems.size(), 6); // nothing about the healthy ones
        // At most one request per ten healthy mappings, plus a few for each problem.
        const qint64 requests = tools.check.requestsSent();
        qInfo("check of %d mappings: %lld Intercom requests", healthy + 6, requests);
        QVERIFY2(requests <= healthy / 10 + 6 * 4, qPrintable(QString::number(requests)));
        QVERIFY2(requests < 40, qPrintable(QString::number(requests)));
    }

    void freshContactsTheSearchCannotSeeYetAreReadOneByOne()
    {
        test::SyncHarness h;
        for (int i = 0; i < 20; ++i)
            h.seedMappedCustomer(7300000000 + i);
        // Created a moment ago: the index does not show them yet, yet they are fine.
        h.world.intercom().setSearchLag(std::chrono::minutes(5));
        const QString fresh = h.seedMappedCustomer(7300000100);
        Q_UNUSED(fresh)
        Tools tools(h);
        QVERIFY(tools.runCheck(false).isEmpty());
        QCOMPARE(state(h, 7300000100), u"linked"_s);
    }

    void duplicatesAreFoundAndTheConflictClearsOnceRemoved()
    {
        test::SyncHarness h;
        const TelegramUser sam = persona::renamer();
        say(h, sam, u"hi"_s);
        // Someone creates a second contact with the same anchor by hand.
        const QString copy = h.world.intercom().createLead(
            u"Sam (copy)"_s, QJsonObject { { u"telegram_user_id"_s, QString::number(sam.id) } });
        Tools tools(h);
        const auto problems = tools.runCheck(false);
        const auto *dup = find(problems, identity::IntegrityProblem::Kind::Duplicates, sam.id);
        QVERIFY(dup);
        QCOMPARE(dup->otherContacts, QStringList { copy });
        QVERIFY(dup->proposedFix.contains(u"merge"_s));
        QCOMPARE(state(h, sam.id), u"conflict"_s);

        h.world.intercom().agentEditContact(copy,
            QJsonObject { { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u""_s } } } });
        QVERIFY(tools.runCheck(false).isEmpty());
        QCOMPARE(state(h, sam.id), u"linked"_s);
    }

    void anchorRemovedByHandIsReportedAndRewrittenWithFix()
    {
        test::SyncHarness h;
        const TelegramUser mei = persona::deviceSwitcher();
        say(h, mei, u"hi"_s);
        const QString contact = h.contactOf(mei.id);
        h.world.intercom().agentEditContact(contact,
            QJsonObject { { u"custom_attributes"_s,
                QJsonObject { { u"telegram_user_id"_s, u""_s }, { u"telegram_user_ids"_s, u""_s } } } });
        Tools tools(h);
        const auto *open
            = find(tools.runCheck(false), identity::IntegrityProblem::Kind::AnchorMissing, mei.id);
        QVERIFY(open);
        QVERIFY(!open->fixed);
        QVERIFY(!carries(h, contact, mei.id));
        const auto fixed = tools.runCheck(true);
        QVERIFY(find(fixed, identity::IntegrityProblem::Kind::AnchorMissing, mei.id)->fixed);
        QVERIFY(carries(h, contact, mei.id));
    }

    void deletedContactGoesStaleAndTheNextMessageResolvesAgain()
    {
        test::SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        say(h, alex, u"first"_s);
        const QString old = h.contactOf(alex.id);
        h.world.intercom().deleteContact(old);
        Tools tools(h);
        QVERIFY(find(tools.runCheck(false), identity::IntegrityProblem::Kind::Deleted, alex.id));
        QCOMPARE(state(h, alex.id), u"stale"_s);
        say(h, alex, u"second"_s);
        const QString fresh = h.contactOf(alex.id);
        QVERIFY(!fresh.isEmpty() && fresh != old);
        QCOMPARE(state(h, alex.id), u"linked"_s);
        QCOMPARE(h.bodiesBy(fresh), QStringList { u"second"_s });
    }

    void relinkMovesTheAnchorAndSurvivesALostCache()
    {
        test::SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        say(h, alex, u"as a lead"_s);
        const QString lead = h.contactOf(alex.id);
        const QString user = h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        Tools tools(h);
        const auto result
            = tools.act([&](auto done) { tools.actions.relink(alex.id, user, u"agent Kim"_s, done); });
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(carries(h, user, alex.id));
        QVERIFY(!carries(h, lead, alex.id)); // one Telegram ID, one contact
        QCOMPARE(h.contactOf(alex.id), user);
        QCOMPARE(h.scalar(u"SELECT actor FROM audit_log WHERE action = 'link' ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
            u"agent Kim"_s);

        h.openDatabase(u"lost-cache.sqlite3"_s);
        say(h, alex, u"after the relink"_s);
        QCOMPARE(h.contactOf(alex.id), user);
        QVERIFY(h.bodiesBy(user).contains(u"after the relink"_s));
    }

    void oneContactAnswersForTheOldAndTheNewAccount()
    {
        test::SyncHarness h;
        say(h, persona::deletedAccount(), u"old account"_s);
        say(h, persona::recreatedAccount(), u"new account"_s);
        const QString oldContact = h.contactOf(persona::deletedAccount().id);
        Tools tools(h);
        // The agent knows it is the same person: link the new ID to the old contact.
        const auto result = tools.act([&](auto done) {
            tools.actions.relink(persona::recreatedAccount().id, oldContact, u"agent Kim"_s, done);
        });
        QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(carries(h, oldContact, persona::deletedAccount().id));
        QVERIFY(carries(h, oldContact, persona::recreatedAccount().id));

        h.openDatabase(u"second-install.sqlite3"_s); // recoverable from Intercom alone
        say(h, persona::deletedAccount(), u"old id again"_s);
        say(h, persona::recreatedAccount(), u"new id again"_s);
        QCOMPARE(h.contactOf(persona::deletedAccount().id), oldContact);
        QCOMPARE(h.contactOf(persona::recreatedAccount().id), oldContact);
    }

    void unlinkedUserWaitsUntilRelinked()
    {
        test::SyncHarness h;
        const TelegramUser sam = persona::renamer();
        say(h, sam, u"one"_s);
        const QString contact = h.contactOf(sam.id);
        Tools tools(h);
        QVERIFY(tools.act([&](auto done) { tools.actions.unlink(sam.id, u"agent Kim"_s, done); }).ok);
        QCOMPARE(state(h, sam.id), u"detached"_s);
        QVERIFY(!carries(h, contact, sam.id));

        h.world.telegram().pushMessage(sam, u"waiting"_s);
        const auto lastError = [&] {
            return h.scalar(u"SELECT last_error FROM mappings WHERE telegram_user_id = ?"_s, { sam.id })
                .toString();
        };
        QVERIFY(!lastError().contains(u"waiting for a relink"_s));
        auto config = h.config();
        auto engine = h.makeEngine(config);
        engine->start();
        // The delivery reached the message and parked it (the resolver's answer for a detached
        // user): only now does "not linked again" say something.
        QTRY_VERIFY_WITH_TIMEOUT(lastError().contains(u"waiting for a relink"_s), 10000);
        engine.reset();
        QCOMPARE(h.contactsAnchoredTo(sam.id).size(), 0); // not quietly linked again
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM outbox WHERE telegram_user_id = ? AND state = 'pending'"_s,
                      { sam.id })
                     .toInt(),
            1);

        QVERIFY(
            tools.act([&](auto done) { tools.actions.relink(sam.id, contact, u"agent Kim"_s, done); }).ok);
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.bodiesBy(contact), (QStringList { u"one"_s, u"waiting"_s }));
    }

    void leadIntoUserMergeKeepsEveryAnchor()
    {
        test::SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        say(h, alex, u"from Telegram"_s);
        const QString lead = h.contactOf(alex.id);
        // The customer's existing Intercom user already carries another Telegram ID.
        const QString user = h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s,
            QJsonObject { { u"telegram_user_id"_s, u"999000111"_s }, { u"plan"_s, u"pro"_s } });
        Tools tools(h);
        const auto preview = tools.preview(lead, user);
        QVERIFY2(preview.allowed, qPrintable(preview.refusal));
        QCOMPARE(preview.conversationsMoving, 1);
        QVERIFY(preview.needsConfirmation);
        QCOMPARE(preview.resultingTelegramIds, (QList<qint64> { 999000111, alex.id }));
        bool sawKeptName = false;
        for (const auto &a : preview.attributes)
            if (a.name == u"name"_s) {
                QCOMPARE(a.outcome, u"lost"_s); // the user keeps "Alex Morgan"; the lead's "Alex" goes
                sawKeptName = true;
            }
        QVERIFY(sawKeptName);

        const auto refused
            = tools.act([&](auto done) { tools.merge.execute(preview, u"agent Kim"_s, false, done); });
        QVERIFY(!refused.ok);
        QVERIFY(h.world.intercom().contact(lead).value(u"id"_s).toString() == lead); // untouched

        const auto merged
            = tools.act([&](auto done) { tools.merge.execute(preview, u"agent Kim"_s, true, done); });
        QVERIFY2(merged.ok, qPrintable(merged.message));
        QVERIFY(carries(h, user, alex.id));
        QVERIFY(carries(h, user, 999000111));
        QCOMPARE(h.contactOf(alex.id), user);
        QVERIFY(h.bodiesBy(user).contains(u"from Telegram"_s)); // history moved with the merge
        QVERIFY(h.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'merge' AND actor = 'agent Kim'"_s)
                    .toInt()
            >= 1);
        say(h, alex, u"after the merge"_s);
        QVERIFY(h.bodiesBy(user).contains(u"after the merge"_s));
    }

    void twoAgentsMergingTheSameLeadAtOnce()
    {
        // Two workstations on one database; Kim and Lee press Merge on the same lead together.
        test::SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        say(h, alex, u"hello"_s);
        const QString lead = h.contactOf(alex.id);
        const QString user = h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        store::Database secondSeat;
        QVERIFY2(secondSeat.open(h.db->path()), qPrintable(secondSeat.error()));
        Tools kim(h);
        Tools lee(h, secondSeat);
        const auto kimsPreview = kim.preview(lead, user);
        const auto leesPreview = lee.preview(lead, user);
        QVERIFY(kimsPreview.allowed && leesPreview.allowed);

        identity::ActionResult kimsResult, leesResult;
        bool kimDone = false, leeDone = false;
        kim.merge.execute(kimsPreview, u"agent Kim"_s, true, [&](const identity::ActionResult &r) {
            kimsResult = r;
            kimDone = true;
        });
        lee.merge.execute(leesPreview, u"agent Lee"_s, true, [&](const identity::ActionResult &r) {
            leesResult = r;
            leeDone = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return kimDone && leeDone; }, 10000));
        QVERIFY2(kimsResult.ok, qPrintable(kimsResult.message));
        QVERIFY(!leesResult.ok);
        QVERIFY2(leesResult.message.contains(u"agent Kim"_s) && leesResult.message.contains(u"merge"_s),
            qPrintable(leesResult.message));

        // Lee looks again after Kim is done: told plainly that it already happened, and where.
        const auto again
            = lee.act([&](auto done) { lee.merge.execute(leesPreview, u"agent Lee"_s, true, done); });
        QVERIFY(!again.ok);
        QVERIFY2(again.message.contains(u"already merged into "_s + user), qPrintable(again.message));
        QCOMPARE(again.contactId, user);
        QVERIFY(carries(h, user, alex.id));
        QCOMPARE(h.contactOf(alex.id), user);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'merge' AND actor = 'agent Lee'"_s)
                     .toInt(),
            0);
        QVERIFY(!h.scalar(u"SELECT workstation FROM audit_log WHERE actor = 'agent Kim' LIMIT 1"_s)
                     .toString()
                     .isEmpty());
    }

    void refusedPairsAreExplained_data()
    {
        QTest::addColumn<QString>("fromRole");
        QTest::addColumn<QString>("intoRole");
        QTest::addColumn<QString>("because");
        QTest::addColumn<QString>("instead");
        QTest::newRow("user into user") << u"user"_s << u"user"_s << u"two users"_s << u"relink"_s;
        QTest::newRow("lead into lead") << u"lead"_s << u"lead"_s << u"two leads"_s << u"relink"_s;
        QTest::newRow("user into lead")
            << u"user"_s << u"lead"_s << u"never a user into a lead"_s << u"Swap"_s;
    }

    void refusedPairsAreExplained()
    {
        QFETCH(QString, fromRole);
        QFETCH(QString, intoRole);
        QFETCH(QString, because);
        QFETCH(QString, instead);
        test::SyncHarness h;
        auto make = [&](const QString &role, const QString &name, qint64 anchor) {
            const QJsonObject attrs { { u"telegram_user_id"_s, QString::number(anchor) } };
            return role == u"user"_s
                ? h.world.intercom().createUser(name.toLower() + u"@example.com"_s, name, attrs)
                : h.world.intercom().createLead(name, attrs);
        };
        const QString from = make(fromRole, u"First"_s, 111);
        const QString into = make(intoRole, u"Second"_s, 222);
        Tools tools(h);
        const auto preview = tools.preview(from, into);
        QVERIFY(!preview.allowed);
        QVERIFY2(preview.refusal.contains(because), qPrintable(preview.refusal));
        QVERIFY2(preview.alternative.contains(instead), qPrintable(preview.alternative));
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts/merge"_s), 0);
    }

    void messagesDuringAMergeAreNotLost()
    {
        test::SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        say(h, alex, u"m0"_s);
        const QString lead = h.contactOf(alex.id);
        const QString user = h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        Tools tools(h);
        const auto preview = tools.preview(lead, user);
        QVERIFY(preview.allowed);

        auto engine = h.makeEngine();
        engine->start();
        QStringList sent { u"m0"_s };
        for (int i = 1; i <= 3; ++i) {
            sent << u"m%1"_s.arg(i);
            h.world.telegram().pushMessage(alex, sent.last());
        }
        bool mergedDone = false;
        tools.merge.execute(preview, u"agent Kim"_s, true, [&](const identity::ActionResult &r) {
            QVERIFY2(r.ok, qPrintable(r.message));
            mergedDone = true;
        });
        for (int i = 4; i <= 6; ++i) {
            QTest::qWait(50);
            sent << u"m%1"_s.arg(i);
            h.world.telegram().pushMessage(alex, sent.last());
        }
        QVERIFY(QTest::qWaitFor([&] { return mergedDone; }, 10000));
        engine.reset();
        QCOMPARE(h.runUntilIdle().failure, sync::FailureKind::None);
        QCOMPARE(h.contactOf(alex.id), user);
        QStringList got = h.bodiesBy(user);
        got.sort();
        QCOMPARE(got, sent); // each exactly once, all on the survivor
    }
};

QTEST_GUILESS_MAIN(TestMappingRepair)
#include "tst_mappingrepair.moc"
