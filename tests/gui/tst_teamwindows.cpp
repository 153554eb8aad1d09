// SPDX-License-Identifier: MIT
// Two agents' main windows on one team database (PostgreSQL, through with-postgres.sh): one
// workstation runs the sync, the other follows. A customer's message ingested by the leader
// appears in the follower's window within a second (LISTEN/NOTIFY, no polling); the follower
// says who runs the sync; both press Merge on the same lead and exactly one merge happens. A
// sync whose own connection the database refuses is shown as waiting until it opens.

#include "ChatListModel.h"
#include "ContactDetails.h"
#include "DesktopHarness.h"
#include "LatencyProxy.h"
#include "MainWindow.h"
#include "MessageModel.h"
#include "SyncStatusBar.h"
#include "identity/ContactMerge.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;
using namespace tgic;
using models::ChatListModel;

class TestTeamWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(test::onPostgres(), "run through tests/postgres/with-postgres.sh"); }

    void followerWindowShowsWhatTheLeaderIngests()
    {
        // This workstation runs the sync: its context takes the poller lease as it starts.
        test::DesktopHarness leaderApp({}, u"agent Kim"_s);
        test::SyncHarness &h = leaderApp.h;
        ui::MainWindow &leader = *leaderApp.window;
        leaderApp.start();
        QTRY_VERIFY_WITH_TIMEOUT(leaderApp.context->isLeading(), 10000);

        // Agent Lee's workstation, composed the same way on its own connection: it follows.
        store::Database followerDb;
        QVERIFY2(followerDb.open(h.db->path()), qPrintable(followerDb.error()));
        models::AppContextOptions options;
        options.member = team::thisWorkstation(u"tgic"_s, u"agent Lee"_s);
        options.member.canLead = true;
        models::AppContext followerContext(followerDb, options);
        followerContext.setSyncConfig(h.config());
        sync::SyncEngine *followerEngine = followerContext.engine();
        const team::LeaderElection &followerElection = followerContext.election();
        ui::MainWindow follower(followerDb);
        test::DesktopHarness::wire(follower, followerContext);
        follower.show();
        followerContext.start();
        QVERIFY(QTest::qWaitForWindowExposed(&follower));

        QTRY_VERIFY_WITH_TIMEOUT(leader.syncStatusBar()->stateText().contains(u"Connected"_s), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(followerEngine->status(), sync::SyncEngine::Status::Following, 10000);
        QVERIFY(!followerElection.isLeading());
        QTRY_VERIFY_WITH_TIMEOUT(follower.syncStatusBar()->teamText().startsWith(u"Sync runs on "_s), 5000);
        QVERIFY2(!follower.syncStatusBar()->teamText().contains(u"this workstation"_s),
            qPrintable(follower.syncStatusBar()->teamText()));
        QVERIFY(leader.syncStatusBar()->teamText().contains(u"this workstation"_s));

        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        h.world.telegram().pushMessage(alex, u"hello from Telegram"_s);
        QTRY_COMPARE_WITH_TIMEOUT(leader.chatModel()->rowCount(), 1, 10000);
        QElapsedTimer sinceLeader;
        sinceLeader.start();
        QTRY_COMPARE_WITH_TIMEOUT(follower.chatModel()->rowCount(), 1, 5000);
        qInfo() << "the follower's chat list showed the customer" << sinceLeader.elapsed()
                << "ms after the leader's";
        QVERIFY(sinceLeader.elapsed() < 1000);
        follower.selectChat(alex.id);
        QTRY_COMPARE_WITH_TIMEOUT(follower.messageModel()->rowCount(), 1, 2000);
        QCOMPARE(follower.messageModel()->index(0).data(models::MessageModel::TextRole).toString(),
            u"hello from Telegram"_s);
        // The delivery status travels too: "delivered" once the leader posted it to Intercom.
        QTRY_COMPARE_WITH_TIMEOUT(
            follower.chatModel()->index(0).data(ChatListModel::MappingStateRole).toString(), u"linked"_s,
            10000);

        // Both agents press Merge on the same lead at the same moment: one merge, one plain answer.
        const QString lead = h.contactOf(alex.id);
        const QString user = h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        QVERIFY(leader.mappingTools() && follower.mappingTools());
        // Two agents by name (the windows' tools would both say this OS user), each on a client
        // of this thread (the leader's engine and its client run on a thread of their own).
        QNetworkAccessManager nam;
        intercom::IntercomApi api(&nam, h.world.intercom().baseUrl(), sandbox::SandboxWorld::intercomToken());
        intercom::IntercomClient leaderClient(&api);
        identity::ContactMerge leaderMerge(*h.db, &leaderClient);
        identity::ContactMerge followerMerge(followerDb, followerEngine->intercomClient());
        identity::MergePreview p1, p2;
        int previews = 0;
        leaderMerge.preview(lead, user, [&](const identity::MergePreview &p) {
            p1 = p;
            ++previews;
        });
        followerMerge.preview(lead, user, [&](const identity::MergePreview &p) {
            p2 = p;
            ++previews;
        });
        QTRY_COMPARE_WITH_TIMEOUT(previews, 2, 10000);
        identity::ActionResult r1, r2;
        int done = 0;
        leaderMerge.execute(p1, u"agent Kim"_s, true, [&](const identity::ActionResult &r) {
            r1 = r;
            ++done;
        });
        followerMerge.execute(p2, u"agent Lee"_s, true, [&](const identity::ActionResult &r) {
            r2 = r;
            ++done;
        });
        QTRY_COMPARE_WITH_TIMEOUT(done, 2, 15000);
        QVERIFY2(r1.ok != r2.ok, qPrintable(r1.message + u" | "_s + r2.message));
        const identity::ActionResult &loser = r1.ok ? r2 : r1;
        QVERIFY2(loser.message.startsWith(u"Nothing changed"_s), qPrintable(loser.message));
        QCOMPARE(h.contactOf(alex.id), user);
        // The follower's panel follows the merge without a reload.
        QTRY_COMPARE_WITH_TIMEOUT(follower.contactDetails()->snapshot().contactId, user, 5000);
        QCOMPARE(h.world.telegram().overlappingPolls(), 0);

        followerContext.stop();
        leaderApp.context->stop();
    }

    // The team database refuses the sync's own connection (its port closed to newcomers after
    // the window's connection opened): the status bar says the sync waits rather than "Not
    // syncing", and once the connection opens the sync runs and the status bar says so.
    void theStatusBarSaysWhileTheSyncWaitsForTheDatabase()
    {
        test::SyncHarness h;
        h.lease.reset(); // the harness's: the lease goes to this workstation's sync
        const auto proxy = test::LatencyProxy::forUrl(h.location, std::chrono::milliseconds(0));
        store::Database windowDb;
        QVERIFY2(windowDb.open(proxy->url(h.location)), qPrintable(windowDb.error()));
        proxy->setAccepting(false);

        models::AppContextOptions options;
        options.member = team::thisWorkstation(u"tgic"_s, u"agent Kim"_s);
        options.member.canLead = true;
        options.ownThread = true;
        models::AppContext context(windowDb, options);
        ui::MainWindow window(windowDb);
        test::DesktopHarness::wire(window, context);
        QObject::connect(&context, &models::AppContext::syncChanged, &window,
            [&] { test::DesktopHarness::wire(window, context); });
        context.setSyncConfig(h.config());
        window.show();
        context.start();
        const QString waiting = u"Sync waiting: team database unreachable (retrying)"_s;
        QTRY_COMPARE_WITH_TIMEOUT(window.syncStatusBar()->stateText(), waiting, 10000);
        QVERIFY(!context.engine());

        proxy->setAccepting(true);
        QTRY_VERIFY2_WITH_TIMEOUT(window.syncStatusBar()->stateText().contains(u"Connected"_s),
            qPrintable(window.syncStatusBar()->stateText()), 15000);
        QVERIFY(context.isLeading());
        QVERIFY(context.stop());
    }
};

QTEST_MAIN(TestTeamWindows)
#include "tst_teamwindows.moc"
