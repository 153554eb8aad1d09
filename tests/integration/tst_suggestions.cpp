// SPDX-License-Identifier: MIT
// Suggested merges from verified evidence, end to end against both emulators: what a customer
// tells us (their own phone, an e-mail address they type) proposes "merge lead L into user U";
// nothing else does (a name, someone else's card), nothing is merged on its own, a dismissal is
// remembered, and a merge started from a suggestion keeps the Telegram anchor.

#include "SyncHarness.h"
#include "identity/ContactMerge.h"
#include "identity/MergeSuggester.h"
#include "store/IdentityEvidence.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;
using tgic::test::SyncHarness;

class TestSuggestions : public QObject
{
    Q_OBJECT

private:
    static QJsonObject contactMessage(
        SyncHarness &h, const TelegramUser &from, const QString &phone, qint64 cardUserId)
    {
        const QJsonObject card { { u"phone_number"_s, phone }, { u"first_name"_s, from.firstName },
            { u"user_id"_s, double(cardUserId) } };
        return QJsonObject { { u"message"_s,
            QJsonObject { { u"message_id"_s, double(h.world.telegram().nextMessageId(from.id)) },
                { u"date"_s, double(QDateTime::currentSecsSinceEpoch()) },
                { u"chat"_s, from.privateChatJson() }, { u"from"_s, from.toJson() },
                { u"contact"_s, card } } } };
    }

    static void sync(SyncHarness &h)
    {
        const auto run = h.runUntilIdle();
        QVERIFY2(run.failure == sync::FailureKind::None, qPrintable(run.message));
    }

    static QList<store::Suggestion> current(SyncHarness &h)
    {
        return store::EvidenceRepository(*h.db).list(true);
    }

    //! A user the team already knows (signed up on the website), with a phone number.
    static QString knownUser(SyncHarness &h, const QString &email, const QString &name, const QString &phone)
    {
        const QString id = h.world.intercom().createUser(email, name);
        if (!phone.isEmpty())
            h.world.intercom().agentEditContact(id, QJsonObject { { u"phone"_s, phone } });
        return id;
    }

private Q_SLOTS:
    void phoneSharedFromOwnAccountSuggestsTheUserWithThatPhone_data()
    {
        QTest::addColumn<int>("searchText");
        QTest::addColumn<QString>("storedPhone");
        QTest::addColumn<bool>("suggested");
        using T = IntercomEmulator::SearchText;
        // Intercom does not document how `phone =` compares: each reading of it.
        QTest::newRow("ignore case, stored as E.164") << int(T::IgnoreCase) << u"+491701234567"_s << true;
        QTest::newRow("exact, stored as E.164") << int(T::Exact) << u"+491701234567"_s << true;
        QTest::newRow("exact, stored without +") << int(T::Exact) << u"491701234567"_s << true;
        QTest::newRow("digits, stored formatted") << int(T::PhoneDigits) << u"+49 170 123-4567"_s << true;
        QTest::newRow("another number") << int(T::PhoneDigits) << u"+49 170 7654321"_s << false;
    }

    void phoneSharedFromOwnAccountSuggestsTheUserWithThatPhone()
    {
        QFETCH(int, searchText);
        QFETCH(QString, storedPhone);
        QFETCH(bool, suggested);
        SyncHarness h;
        h.world.intercom().setContactSearchText(IntercomEmulator::SearchText(searchText));
        const QString anna = knownUser(h, u"anna@example.com"_s, u"Anna Schmidt"_s, storedPhone);
        const TelegramUser alex = persona::anonymous();
        h.world.telegram().pushMessage(alex, u"Hi, where is my order?"_s);
        sync(h);
        const QString lead = h.contactOf(alex.id);
        QVERIFY(!lead.isEmpty());
        QVERIFY(current(h).isEmpty());

        const int searchesBefore = h.world.intercom().requestCount(u"POST /contacts/search"_s);
        h.world.telegram().pushUpdate(contactMessage(h, alex, u"491701234567"_s, alex.id));
        sync(h);
        // One search for the one new piece of evidence.
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts/search"_s) - searchesBefore, 1);

        const auto suggestions = current(h);
        QCOMPARE(suggestions.size(), suggested ? 1 : 0);
        if (suggested) {
            const store::Suggestion &s = suggestions.first();
            QCOMPARE(s.leadId, lead);
            QCOMPARE(s.user.id, anna);
            QCOMPARE(s.user.name, u"Anna Schmidt"_s);
            QCOMPARE(s.strength, u"strong"_s);
            QCOMPARE(s.telegramUserId, alex.id);
            QCOMPARE(s.evidence.size(), 1);
            QCOMPARE(s.evidence.first().kind, u"phone"_s);
            QCOMPARE(s.evidence.first().value, u"+491701234567"_s);
            QVERIFY(s.evidence.first().messageId.has_value());
            QVERIFY(s.createdAt > 0);
        }
        // Proposed, never performed: the lead is still there and still the customer's contact.
        QCOMPARE(h.world.intercom().contact(lead).value(u"role"_s).toString(), u"lead"_s);
        QCOMPARE(h.contactOf(alex.id), lead);

        // Idle cycles cost no evidence searches: nothing is scanned per cycle.
        const int searchesAfter = h.world.intercom().requestCount(u"POST /contacts/search"_s);
        sync(h);
        sync(h);
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts/search"_s), searchesAfter);
    }

    void typedEmailSuggestsTheUserWithThatEmail_data()
    {
        QTest::addColumn<int>("searchText");
        using T = IntercomEmulator::SearchText;
        QTest::newRow("ignore case") << int(T::IgnoreCase);
        QTest::newRow("exact") << int(T::Exact);
    }

    void typedEmailSuggestsTheUserWithThatEmail()
    {
        QFETCH(int, searchText);
        SyncHarness h;
        h.world.intercom().setContactSearchText(IntercomEmulator::SearchText(searchText));
        const QString anna = knownUser(h, u"anna.schmidt@example.com"_s, u"Anna Schmidt"_s, {});
        knownUser(h, u"someone.else@example.com"_s, u"Someone Else"_s, {});
        const TelegramUser alex = persona::anonymous();
        // Typed before the customer even has a contact: looked up once they have one.
        h.world.telegram().pushMessage(
            alex, u"Hello! I ordered on the website as Anna.Schmidt@Example.com. Where is it?"_s);
        sync(h);

        const auto suggestions = current(h);
        QCOMPARE(suggestions.size(), 1);
        const store::Suggestion &s = suggestions.first();
        QCOMPARE(s.leadId, h.contactOf(alex.id));
        QCOMPARE(s.user.id, anna);
        QCOMPARE(s.strength, u"medium"_s);
        QCOMPARE(s.evidence.first().kind, u"email"_s);
        QCOMPARE(s.evidence.first().value, u"anna.schmidt@example.com"_s);
        QCOMPARE(s.evidence.first().shownAs, u"Anna.Schmidt@Example.com"_s);
        QVERIFY(s.evidence.first().messageText.contains(u"ordered on the website"_s));

        // The same address again is not new evidence: no second search, still one suggestion.
        const int searches = h.world.intercom().requestCount(u"POST /contacts/search"_s);
        h.world.telegram().pushMessage(alex, u"again: anna.schmidt@example.com"_s);
        sync(h);
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts/search"_s), searches);
        QCOMPARE(current(h).size(), 1);

        // A verified phone for the same pair makes it strong, with both pieces of evidence.
        h.world.intercom().agentEditContact(anna, QJsonObject { { u"phone"_s, u"+491701234567"_s } });
        h.world.telegram().pushUpdate(contactMessage(h, alex, u"+491701234567"_s, alex.id));
        sync(h);
        const auto upgraded = current(h);
        QCOMPARE(upgraded.size(), 1);
        QCOMPARE(upgraded.first().strength, u"strong"_s);
        QCOMPARE(upgraded.first().evidence.size(), 2);
    }

    void aSharedNameAloneIsNoEvidence()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous(); // first name "Alex"
        knownUser(h, u"alex@example.com"_s, alex.firstName, u"+15550109999"_s);
        h.world.telegram().pushMessage(alex, u"Hi, it's Alex. I have a question."_s);
        sync(h);
        QVERIFY(current(h).isEmpty());
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM identity_evidence"_s).toInt(), 0);
    }

    void someoneElsesCardIsNoEvidence()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const TelegramUser sam = persona::renamer();
        knownUser(h, u"mom@example.com"_s, u"Mom"_s, u"+15550001111"_s);
        h.world.telegram().pushMessage(sam, u"hi"_s);
        sync(h);
        // Sam forwards a card of another Telegram user (and of nobody on Telegram).
        h.world.telegram().pushUpdate(contactMessage(h, sam, u"+15550001111"_s, alex.id));
        QJsonObject noUser = contactMessage(h, sam, u"15550001111"_s, 0);
        QJsonObject message = noUser.value(u"message"_s).toObject();
        QJsonObject card = message.value(u"contact"_s).toObject();
        card.remove(u"user_id"_s);
        message.insert(u"contact"_s, card);
        h.world.telegram().pushUpdate(QJsonObject { { u"message"_s, message } });
        sync(h);
        QVERIFY(current(h).isEmpty());
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM identity_evidence"_s).toInt(), 0);
        QVERIFY(h.scalar(u"SELECT phone FROM telegram_users WHERE telegram_user_id = ?"_s, { sam.id })
                    .toString()
                    .isEmpty());
    }

    void aDismissalIsRememberedAcrossARestart()
    {
        SyncHarness h;
        knownUser(h, u"anna@example.com"_s, u"Anna"_s, {});
        const TelegramUser alex = persona::anonymous();
        h.world.telegram().pushMessage(alex, u"I am anna@example.com"_s);
        sync(h);
        const auto suggestions = current(h);
        QCOMPARE(suggestions.size(), 1);
        const qint64 id = suggestions.first().id;
        using D = store::EvidenceRepository::Dismissal;
        QCOMPARE(store::EvidenceRepository(*h.db).dismiss(id, u"Dana"_s), D::Dismissed);
        // A second dismissal (another agent, a second click) changes nothing.
        QCOMPARE(store::EvidenceRepository(*h.db).dismiss(id, u"Eli"_s), D::AlreadyClosed);

        h.reopenDatabase(); // a restart
        QVERIFY(current(h).isEmpty());
        const auto all = store::EvidenceRepository(*h.db).list(false);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().state, u"dismissed"_s);
        QCOMPARE(all.first().closedBy, u"Dana"_s);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'suggestion dismissed'"
                          " AND actor = 'Dana' AND telegram_user_id = ?"_s,
                      { alex.id })
                     .toInt(),
            1);

        // The customer says it again in other words: still dismissed, not proposed again.
        h.world.telegram().pushMessage(alex, u"My email: ANNA@example.com"_s);
        sync(h);
        QVERIFY(current(h).isEmpty());
    }

    void aMergeStartedFromASuggestionKeepsTheAnchorAndTheHistory()
    {
        SyncHarness h;
        const QString anna = knownUser(h, u"anna@example.com"_s, u"Anna"_s, u"+491701234567"_s);
        const TelegramUser alex = persona::anonymous();
        h.world.telegram().pushMessage(alex, u"first question"_s);
        h.world.telegram().pushUpdate(contactMessage(h, alex, u"491701234567"_s, alex.id));
        sync(h);
        const auto suggestions = current(h);
        QCOMPARE(suggestions.size(), 1);
        const store::Suggestion s = suggestions.first();

        // What the app and the CLI do with it: the ordinary guided merge, lead into user.
        auto engine = h.makeEngine();
        identity::ContactMerge merge(*h.db, engine->intercomClient());
        std::optional<identity::MergePreview> preview;
        merge.preview(s.leadId, s.user.id, [&](const identity::MergePreview &p) { preview = p; });
        QTRY_VERIFY_WITH_TIMEOUT(preview.has_value(), 10000);
        QVERIFY2(preview->allowed, qPrintable(preview->refusal));
        std::optional<identity::ActionResult> result;
        merge.execute(*preview, u"Dana"_s, true, [&](const identity::ActionResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok, qPrintable(result->message));

        const QJsonObject survivor = h.world.intercom().contact(anna);
        QCOMPARE(survivor.value(u"custom_attributes"_s).toObject().value(u"telegram_user_id"_s).toString(),
            QString::number(alex.id));
        QCOMPARE(h.contactOf(alex.id), anna);
        QVERIFY(current(h).isEmpty());
        QCOMPARE(store::EvidenceRepository(*h.db).find(s.id)->state, u"merged"_s);
        engine.reset();

        // The customer's next message lands on the surviving user, after the earlier one.
        h.world.telegram().pushMessage(alex, u"second question"_s);
        sync(h);
        const QStringList bodies = h.bodiesBy(anna);
        QVERIFY(bodies.contains(u"first question"_s));
        QVERIFY(bodies.contains(u"second question"_s));
        QCOMPARE(h.contactsAnchoredTo(alex.id).size(), 1);
    }

    void aFailedLookupIsTriedAgainNotDropped()
    {
        SyncHarness h;
        const QString anna = knownUser(h, u"anna@example.com"_s, u"Anna"_s, {});
        const TelegramUser alex = persona::anonymous();
        h.world.telegram().pushMessage(alex, u"hello"_s);
        sync(h);
        // Every evidence search fails past the scheduler's retries this time.
        h.world.intercom().failNext(100, 500, u"/contacts/search"_s);
        h.world.telegram().pushMessage(alex, u"it's anna@example.com"_s);
        sync(h);
        QVERIFY(current(h).isEmpty());
        QVERIFY(!h.scalar(u"SELECT last_error FROM identity_evidence"_s).toString().isEmpty());
        QVERIFY(h.scalar(u"SELECT checked_at FROM identity_evidence"_s).isNull());

        // Later (the retry is due), with Intercom answering again.
        h.world.intercom().clearFaults();
        QVERIFY(h.exec(u"UPDATE identity_evidence SET next_attempt_at = 0"_s));
        sync(h);
        const auto suggestions = current(h);
        QCOMPARE(suggestions.size(), 1);
        QCOMPARE(suggestions.first().user.id, anna);
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
