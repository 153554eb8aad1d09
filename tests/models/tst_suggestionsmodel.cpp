// SPDX-License-Identifier: MIT
// The suggested merges follow the store, but only the changes that can concern them: in a busy
// inbox customers are linked and profiles refreshed all the time, and each re-read costs one
// evidence query per open suggestion.

#include "CacheFixture.h"
#include "SuggestionsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using tgic::models::SuggestionsModel;
using tgic::store::Topic;

namespace {
constexpr qint64 kAnna = 6011111111; // an open suggestion, shown: her lead is her contact
constexpr qint64 kBob = 6022222222; // linked, no suggestion
constexpr qint64 kCara = 6033333333; // an open suggestion, hidden: she was linked to another contact

void suggest(
    tgic::test::CacheFixture &cache, qint64 userId, const QString &leadId, const QString &userContactId)
{
    const QString email = userContactId + u"@example.com"_s;
    cache.exec(
        u"INSERT INTO identity_evidence (telegram_user_id, kind, value, shown_as, found_at, checked_at)"
        " VALUES (?, 'email', ?, ?, 1000, 1000)"_s,
        { userId, email, email });
    cache.exec(
        u"INSERT INTO merge_suggestions (telegram_user_id, lead_contact_id, user_contact_id, user_name,"
        " user_email, strength, created_at, updated_at) VALUES (?, ?, ?, 'Customer', ?, 'medium', 1000,"
        " 1000)"_s,
        { userId, leadId, userContactId, email });
    cache.exec(
        u"INSERT INTO merge_suggestion_evidence (suggestion_id, evidence_id)"
        " VALUES ((SELECT MAX(id) FROM merge_suggestions), (SELECT MAX(id) FROM identity_evidence))"_s);
}
} // namespace

class TestSuggestionsModel : public QObject
{
    Q_OBJECT

private:
    void seed(tgic::test::CacheFixture &cache)
    {
        cache.addCustomer(kAnna, u"Anna"_s, {}, u"anna_l"_s, 1000);
        cache.link(kAnna, u"lead-anna"_s, u"Anna"_s, {});
        suggest(cache, kAnna, u"lead-anna"_s, u"user-anna"_s);
        cache.addCustomer(kBob, u"Bob"_s, {}, {}, 1000);
        cache.link(kBob, u"lead-bob"_s, u"Bob"_s, {});
        cache.addCustomer(kCara, u"Cara"_s, {}, {}, 1000);
        cache.link(kCara, u"user-cara"_s, u"Cara"_s, {}, u"user"_s);
        suggest(cache, kCara, u"lead-cara"_s, u"user-cara2"_s);
    }

private Q_SLOTS:
    void anUnrelatedMappingChangeDoesNotReload()
    {
        tgic::test::CacheFixture cache;
        seed(cache);
        SuggestionsModel model(*cache.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // Bob is linked anew, his profile refreshed, many times over: nothing a suggestion shows.
        for (int i = 0; i < 20; ++i) {
            cache.exec(u"UPDATE mappings SET intercom_contact_id = ? WHERE telegram_user_id = ?"_s,
                { u"lead-bob-%1"_s.arg(i), kBob });
            cache.db->notifyChanged(Topic::Mappings, { kBob });
            QVERIFY(!model.reloadPending());
        }
        cache.db->notifyChanged(Topic::Mappings, { 12345, kBob });
        QVERIFY(!model.reloadPending());
        // Other topics never concerned the suggestions.
        cache.db->notifyChanged(Topic::Chats, { kAnna });
        cache.db->notifyChanged(Topic::Messages, {});
        QVERIFY(!model.reloadPending());
        QCOMPARE(resets.count(), 0);

        // Anna's lead is merged away from her: her suggestion no longer applies, and goes.
        QSignalSpy counted(&model, &SuggestionsModel::countChanged);
        cache.exec(
            u"UPDATE mappings SET intercom_contact_id = 'user-anna' WHERE telegram_user_id = ?"_s, { kAnna });
        cache.db->notifyChanged(Topic::Mappings, { kBob, kAnna });
        QVERIFY(model.reloadPending());
        QTRY_COMPARE(resets.count(), 1);
        QCOMPARE(model.count(), 0);
        QCOMPARE(counted.count(), 1);
    }

    // A hidden open suggestion is one too: linked back to the lead, the customer's shows again.
    void aHiddenSuggestionShowsAgainWhenItsLeadIsLinkedBack()
    {
        tgic::test::CacheFixture cache;
        seed(cache);
        SuggestionsModel model(*cache.db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 1);
        cache.exec(
            u"UPDATE mappings SET intercom_contact_id = 'lead-cara' WHERE telegram_user_id = ?"_s, { kCara });
        cache.db->notifyChanged(Topic::Mappings, { kCara });
        QVERIFY(model.reloadPending());
        QTRY_COMPARE(model.count(), 2);
    }

    void suggestionsAndUnnamedChangesAlwaysReload()
    {
        tgic::test::CacheFixture cache;
        seed(cache);
        SuggestionsModel model(*cache.db);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // "Any mapping may have changed" (a team database that came back).
        cache.db->notifyChanged(Topic::Mappings, {});
        QVERIFY(model.reloadPending());
        QTRY_COMPARE(resets.count(), 1);

        // Bob's first suggestion: the Suggestions topic names him, and from then on his mapping
        // changes concern the list.
        suggest(cache, kBob, u"lead-bob"_s, u"user-bob"_s);
        cache.db->notifyChanged(Topic::Suggestions, { kBob });
        QVERIFY(model.reloadPending());
        QTRY_COMPARE(resets.count(), 2);
        QCOMPARE(model.count(), 2);
        cache.db->notifyChanged(Topic::Mappings, { kBob });
        QVERIFY(model.reloadPending());
        QTRY_COMPARE(resets.count(), 3);
    }

    // The customer column names them by the display-name rule: name, else @username, else the id.
    void customerColumnFollowsTheDisplayNameRule()
    {
        tgic::test::CacheFixture cache;
        cache.addCustomer(kAnna, u"Anna"_s, u"Lee"_s, u"anna_l"_s, 1000);
        cache.link(kAnna, u"lead-anna"_s, u"Anna"_s, {});
        suggest(cache, kAnna, u"lead-anna"_s, u"user-anna"_s);
        cache.addCustomer(kBob, u""_s, {}, u"bob_b"_s, 1000);
        cache.link(kBob, u"lead-bob"_s, {}, {});
        suggest(cache, kBob, u"lead-bob"_s, u"user-bob"_s);
        cache.addCustomer(kCara, u" "_s, {}, {}, 1000);
        cache.link(kCara, u"lead-cara"_s, {}, {});
        suggest(cache, kCara, u"lead-cara"_s, u"user-cara"_s);
        SuggestionsModel model(*cache.db);
        QStringList customers;
        for (int row = 0; row < model.rowCount(); ++row)
            customers << model.index(row, SuggestionsModel::CustomerColumn).data().toString();
        customers.sort();
        QCOMPARE(customers,
            QStringList({ u"@bob_b (Telegram 6022222222)"_s, u"Anna Lee (Telegram 6011111111)"_s,
                u"Telegram user 6033333333"_s }));
    }
};

QTEST_GUILESS_MAIN(TestSuggestionsModel)
#include "tst_suggestionsmodel.moc"
