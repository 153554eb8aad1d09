// SPDX-License-Identifier: MIT
// Telegram Business against both emulators: customers who write to a business account connected
// to the bot, beside (or instead of) the bot itself. One contact per person whichever way they
// came; one conversation per chat; what the account itself says kept for the agents and never
// sent on; the bot's own sends not taken for anyone's message; edits and deletions.

#include "BusinessFixture.h"
#include "store/BusinessRepository.h"
#include "store/LocalErasure.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

using namespace tgic::test::business;

class TestBusiness : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    //! What agents read in a conversation: the customer's parts (and source) and the notes, in order.
    static QStringList partsOf(SyncHarness &h, const QString &conversationId, const QString &type)
    {
        QStringList out;
        const QJsonObject full = h.world.intercom().conversation(conversationId);
        if (type == u"customer"_s)
            out << sync::normalizedBody(full.value(u"source"_s).toObject().value(u"body"_s).toString());
        for (const auto &p :
            full.value(u"conversation_parts"_s).toObject().value(u"conversation_parts"_s).toArray()) {
            const QJsonObject part = p.toObject();
            const bool note = part.value(u"part_type"_s).toString() == u"note"_s;
            const bool byContact
                = part.value(u"author"_s).toObject().value(u"type"_s).toString() != u"admin"_s;
            if ((type == u"note"_s && note) || (type == u"customer"_s && byContact))
                out << sync::normalizedBody(part.value(u"body"_s).toString());
        }
        return out;
    }

private Q_SLOTS:
    void aBusinessOnlyCustomerBecomesOneContact()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Do you ship to Graz?"_s);
        syncUntilIdle(h);

        // The connection is known, with its owner and rights.
        const auto stored = store::BusinessRepository(*h.db).connection(connection);
        QVERIFY(stored);
        QCOMPARE(stored->ownerUserId, kOwner.id);
        QVERIFY(stored->enabled && stored->canReply);
        // Carla is one contact, anchored on her ID; the owner is none.
        QCOMPARE(h.contactsAnchoredTo(kCarla.id).size(), 1);
        QVERIFY(h.contactsAnchoredTo(kOwner.id).isEmpty());
        QCOMPARE(h.world.intercom().contacts().size(), 1);
        // Her business chat is a chat of its own, which is not a Telegram id.
        const qint64 chat = businessChat(h, connection, kCarla.id);
        QVERIFY(store::BusinessRepository::isBusinessChat(chat));
        QCOMPARE(h.scalar(u"SELECT telegram_user_id FROM chats WHERE chat_id = ?"_s, { chat }).toLongLong(),
            kCarla.id);
        QVERIFY(!h.scalar(u"SELECT 1 FROM chats WHERE chat_id = ?"_s, { kCarla.id }).isValid());
        const QString conversation = conversationOf(h, chat);
        QVERIFY(!conversation.isEmpty());
        QCOMPARE(partsOf(h, conversation, u"customer"_s), QStringList { u"Do you ship to Graz?"_s });
        QVERIFY(tg.sentMessages().isEmpty());
    }

    void aConnectionMadeBeforeTheAppIsReadFromTelegram()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        // Connected before tgic ever polled: no business_connection update will come.
        const QString connection = tg.connectBusiness(kOwner, true, false);
        tg.pushBusinessMessage(connection, kCarla, u"Hello"_s);
        syncUntilIdle(h);
        QCOMPARE(tg.requestCount(u"getBusinessConnection"_s), 1);
        const auto stored = store::BusinessRepository(*h.db).connection(connection);
        QVERIFY(stored);
        QCOMPARE(stored->ownerUserId, kOwner.id);
        QVERIFY(stored->canReply);
        // Asked once: known now.
        tg.pushBusinessMessage(connection, kCarla, u"Still me"_s);
        syncUntilIdle(h);
        QCOMPARE(tg.requestCount(u"getBusinessConnection"_s), 1);
        // Known as the owner, they are nobody's customer in the bot chat either.
        tg.pushMessage(kOwner, u"/start"_s);
        syncUntilIdle(h);
        QVERIFY(h.contactsAnchoredTo(kOwner.id).isEmpty());
    }

    void aCustomerOfBothIsOneContactWithTwoConversations()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        // Business first, then the bot; in the other order below.
        tg.pushBusinessMessage(connection, kCarla, u"Hello shop"_s);
        syncUntilIdle(h);
        tg.pushMessage(kCarla, u"Hello bot"_s);
        tg.pushMessage(kDan, u"Hello bot, I am Dan"_s);
        syncUntilIdle(h);
        tg.pushBusinessMessage(connection, kDan, u"Hello shop, I am Dan"_s);
        syncUntilIdle(h);

        for (const TelegramUser &customer : { kCarla, kDan }) {
            QCOMPARE(h.contactsAnchoredTo(customer.id).size(), 1);
            const QString contact = h.contactOf(customer.id);
            QCOMPARE(h.world.intercom().conversationsOf(contact).size(), 2);
            const QString botConversation = conversationOf(h, customer.id);
            const QString businessConversation = conversationOf(h, businessChat(h, connection, customer.id));
            QVERIFY(!botConversation.isEmpty() && !businessConversation.isEmpty());
            QVERIFY(botConversation != businessConversation);
            QVERIFY(partsOf(h, botConversation, u"customer"_s).first().startsWith(u"Hello bot"_s));
            QVERIFY(partsOf(h, businessConversation, u"customer"_s).first().startsWith(u"Hello shop"_s));
        }
        QCOMPARE(h.world.intercom().contacts().size(), 2);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM mappings"_s).toInt(), 2);
    }

    void whatTheAccountSaysIsANoteAndNeverSentOn()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Is the blue one in stock?"_s);
        syncUntilIdle(h);
        const QString conversation = conversationOf(h, businessChat(h, connection, kCarla.id));
        tg.pushBusinessOwnerMessage(connection, kCarla, u"Yes, two left"_s);
        tg.pushBusinessOwnerMessage(connection, kCarla, u"We are closed until Monday"_s, true);
        syncUntilIdle(h);

        const QStringList notes = partsOf(h, conversation, u"note"_s);
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.at(0).contains(u"Written by Olga Owner"_s) && notes.at(0).contains(u"Yes, two left"_s),
            qPrintable(notes.at(0)));
        QVERIFY2(
            notes.at(1).contains(u"Sent automatically"_s) && notes.at(1).contains(u"closed until Monday"_s),
            qPrintable(notes.at(1)));
        // Not the customer's words, and nothing went to Telegram, on this sync or the next.
        QCOMPARE(partsOf(h, conversation, u"customer"_s), QStringList { u"Is the blue one in stock?"_s });
        syncUntilIdle(h);
        QVERIFY(tg.sentMessages().isEmpty());
        QVERIFY(h.contactsAnchoredTo(kOwner.id).isEmpty());
        // Kept in the business chat as its outgoing side.
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM messages WHERE chat_id = ? AND direction = 'out'"_s,
                      { businessChat(h, connection, kCarla.id) })
                     .toInt(),
            2);
    }

    void theAccountsEditsAreNotedAndTheCustomersMirrored()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Is the blue one in stock?"_s); // message 1
        tg.pushBusinessOwnerMessage(connection, kCarla, u"Yes, two left"_s); // message 2
        syncUntilIdle(h);
        const qint64 chat = businessChat(h, connection, kCarla.id);
        const QString conversation = conversationOf(h, chat);
        QCOMPARE(partsOf(h, conversation, u"note"_s).size(), 1);

        // Olga corrects herself on her phone: a note with the new text, never a customer's edit.
        QVERIFY(tg.editBusinessMessage(connection, kCarla, 2, u"Yes, one left"_s) > 0);
        syncUntilIdle(h);
        const QStringList notes = partsOf(h, conversation, u"note"_s);
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.at(1).contains(u"Olga Owner edited a message"_s)
                && notes.at(1).contains(u"Yes, one left"_s) && notes.at(1).contains(u"Yes, two left"_s),
            qPrintable(notes.at(1)));
        QCOMPARE(partsOf(h, conversation, u"customer"_s), QStringList { u"Is the blue one in stock?"_s });
        QCOMPARE(h.scalar(u"SELECT text FROM messages WHERE chat_id = ? AND direction = 'out'"_s, { chat })
                     .toString(),
            u"Yes, one left"_s);
        QVERIFY(tg.sentMessages().isEmpty());

        // Carla's own edit is mirrored as hers, as in the bot chat.
        QVERIFY(tg.editBusinessMessage(connection, kCarla, 1, u"Is the red one in stock?"_s) > 0);
        syncUntilIdle(h);
        const QStringList parts = partsOf(h, conversation, u"customer"_s);
        QCOMPARE(parts.size(), 2);
        QVERIFY2(parts.at(1).contains(u"Edited by the customer"_s) && parts.at(1).contains(u"red one"_s),
            qPrintable(parts.at(1)));
        QCOMPARE(partsOf(h, conversation, u"note"_s).size(), 2);
    }

    void anotherBotForTheAccountIsTheAccountsSide()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Where is my parcel?"_s);
        syncUntilIdle(h);
        const qint64 chat = businessChat(h, connection, kCarla.id);
        const QString conversation = conversationOf(h, chat);
        // The account also uses a shipping bot; what it says is the account's, kept as a note.
        const TelegramUser helper { 7100000002, u"Helper"_s, {}, u"helper_bot"_s, true, {}, false };
        tg.pushBusinessBotMessage(connection, kCarla, helper, u"Your parcel left today"_s);
        syncUntilIdle(h);
        const QStringList notes = partsOf(h, conversation, u"note"_s);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"Sent by the bot @helper_bot"_s)
                && notes.first().contains(u"Your parcel left today"_s),
            qPrintable(notes.first()));
        QCOMPARE(partsOf(h, conversation, u"customer"_s), QStringList { u"Where is my parcel?"_s });
        QCOMPARE(
            h.scalar(u"SELECT COUNT(*) FROM messages WHERE chat_id = ? AND direction = 'out'"_s, { chat })
                .toInt(),
            1);
        QCOMPARE(h.scalar(u"SELECT kind FROM telegram_updates ORDER BY update_id DESC LIMIT 1"_s).toString(),
            u"business_message"_s);
        QVERIFY(h.contactsAnchoredTo(helper.id).isEmpty());

        // This app's own bot coming back is still only an echo.
        h.world.intercom().adminReply(conversation, u"<p>Tracking: 123</p>"_s);
        syncUntilIdle(h);
        syncUntilIdle(h);
        QCOMPARE(tg.sentBusinessMessages(connection).size(), 1);
        QCOMPARE(partsOf(h, conversation, u"note"_s).size(), 1);
        QCOMPARE(h.scalar(u"SELECT kind FROM telegram_updates ORDER BY update_id DESC LIMIT 1"_s).toString(),
            u"ignored: from a bot"_s);
    }

    void aFileReplyGoesOnBehalfOfTheAccount()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        // Carla never started the bot: only the business account may write to her.
        tg.pushBusinessMessage(connection, kCarla, u"Send me the invoice, please"_s);
        syncUntilIdle(h);
        const QString conversation = conversationOf(h, businessChat(h, connection, kCarla.id));
        h.world.intercom().adminReplyWithFile(conversation, u"<p>Here it is</p>"_s, u"invoice.pdf"_s,
            u"application/pdf"_s, QByteArray("%PDF-1.4 invoice"));
        syncUntilIdle(h);
        const QList<QJsonObject> sent = tg.sentBusinessMessages(connection);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).value(u"text"_s).toString(), u"Here it is"_s);
        QCOMPARE(
            sent.at(1).value(u"document"_s).toObject().value(u"file_name"_s).toString(), u"invoice.pdf"_s);
        QCOMPARE(sent.at(1)[u"from"_s][u"id"_s].toInteger(), kOwner.id);
        QVERIFY(tg.lastRequestBody(u"sendDocument"_s).contains(connection.toUtf8()));
        QCOMPARE(
            h.scalar(u"SELECT delivery FROM messages WHERE direction = 'out'"_s).toString(), u"delivered"_s);
    }

    void theOwnerIsNoCustomerEvenInTheBotChat()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        tg.connectBusiness(kOwner);
        syncUntilIdle(h);
        tg.pushMessage(kOwner, u"/start"_s);
        syncUntilIdle(h);
        QVERIFY(h.world.intercom().contacts().isEmpty());
        QCOMPARE(h.scalar(u"SELECT kind FROM telegram_updates ORDER BY update_id DESC LIMIT 1"_s).toString(),
            u"ignored: from the business account"_s);
    }

    void editsAndDeletionsReachTheAgents()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"My card is 4111 1111"_s);
        syncUntilIdle(h);
        const qint64 chat = businessChat(h, connection, kCarla.id);
        const QString conversation = conversationOf(h, chat);
        tg.editBusinessMessage(connection, kCarla, 1, u"My order is 4111"_s);
        syncUntilIdle(h);
        const QStringList parts = partsOf(h, conversation, u"customer"_s);
        QCOMPARE(parts.size(), 2);
        QVERIFY2(
            parts.at(1).contains(u"Edited by the customer"_s) && parts.at(1).contains(u"My order is 4111"_s),
            qPrintable(parts.at(1)));

        tg.deleteBusinessMessages(connection, kCarla, { 1 });
        syncUntilIdle(h);
        QVERIFY(!h.scalar(u"SELECT deleted_at FROM messages WHERE chat_id = ? AND telegram_message_id = 1"_s,
                      { chat })
                     .isNull());
        const QStringList notes = partsOf(h, conversation, u"note"_s);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"Deleted in the Telegram business chat"_s)
                && notes.first().contains(u"My order is 4111"_s),
            qPrintable(notes.first()));
        // The same deletion again (a redelivered update) adds nothing.
        tg.deleteBusinessMessages(connection, kCarla, { 1 });
        syncUntilIdle(h);
        QCOMPARE(partsOf(h, conversation, u"note"_s).size(), 1);
    }

    void eachReplyGoesToItsOwnChatAndItsEchoIsDropped()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushMessage(kCarla, u"Hello bot"_s);
        tg.pushBusinessMessage(connection, kCarla, u"Hello shop"_s);
        syncUntilIdle(h);
        const qint64 business = businessChat(h, connection, kCarla.id);
        h.world.intercom().adminReply(conversationOf(h, kCarla.id), u"<p>Bot chat answer</p>"_s);
        h.world.intercom().adminReply(conversationOf(h, business), u"<p>Business chat answer</p>"_s);
        syncUntilIdle(h);
        syncUntilIdle(h); // the echo of the business send comes back and is read

        const QList<QJsonObject> sent = tg.sentMessages(kCarla.id);
        QCOMPARE(sent.size(), 2);
        for (const QJsonObject &m : sent) {
            const bool onBehalf = m.value(u"business_connection_id"_s).toString() == connection;
            QCOMPARE(
                m.value(u"text"_s).toString(), onBehalf ? u"Business chat answer"_s : u"Bot chat answer"_s);
            QCOMPARE(
                m[u"from"_s][u"id"_s].toInteger(), onBehalf ? kOwner.id : tg.botUser()[u"id"_s].toInteger());
        }
        // The echo is neither the customer's nor the account's: no part, no note, no second row.
        QCOMPARE(partsOf(h, conversationOf(h, business), u"customer"_s), QStringList { u"Hello shop"_s });
        QVERIFY(partsOf(h, conversationOf(h, business), u"note"_s).isEmpty());
        QCOMPARE(
            h.scalar(u"SELECT COUNT(*) FROM messages WHERE chat_id = ? AND direction = 'out'"_s, { business })
                .toInt(),
            1);
        QCOMPARE(
            h.scalar(u"SELECT delivery FROM messages WHERE chat_id = ? AND direction = 'out'"_s, { business })
                .toString(),
            u"delivered"_s);
        QCOMPARE(h.scalar(u"SELECT kind FROM telegram_updates ORDER BY update_id DESC LIMIT 1"_s).toString(),
            u"ignored: from a bot"_s);
    }

    void aReplyAfterTheWindowFailsVisiblyWithANote()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Call me back tomorrow"_s);
        syncUntilIdle(h);
        const qint64 chat = businessChat(h, connection, kCarla.id);
        const QString conversation = conversationOf(h, chat);
        tg.ageBusinessChat(connection, kCarla.id, 25 * 3600); // a day and an hour of silence
        h.world.intercom().adminReply(conversation, u"<p>Here we are</p>"_s);
        syncUntilIdle(h);

        QVERIFY(tg.sentMessages().isEmpty());
        QCOMPARE(
            h.scalar(u"SELECT delivery FROM messages WHERE chat_id = ? AND direction = 'out'"_s, { chat })
                .toString(),
            u"failed"_s);
        const QStringList notes = partsOf(h, conversation, u"note"_s);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"Not delivered"_s) && notes.first().contains(u"24 hours"_s)
                && notes.first().contains(u"Here we are"_s),
            qPrintable(notes.first()));
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'business_reply_refused'"
                          " AND telegram_user_id = ?"_s,
                      { kCarla.id })
                     .toInt(),
            1);
        // Failed for good: tried once, never again.
        const int sends = tg.requestCount(u"sendMessage"_s);
        QCOMPARE(sends, 1);
        syncUntilIdle(h);
        QCOMPARE(tg.requestCount(u"sendMessage"_s), sends);
        QCOMPARE(partsOf(h, conversation, u"note"_s).size(), 1);
        QVERIFY(!h.scalar(u"SELECT 1 FROM outbox WHERE state = 'pending'"_s).isValid());

        // The customer writes again: the window is open, the next answer goes through.
        tg.pushBusinessMessage(connection, kCarla, u"Hello?"_s);
        syncUntilIdle(h);
        h.world.intercom().adminReply(conversation, u"<p>Sorry for the wait</p>"_s);
        syncUntilIdle(h);
        QCOMPARE(tg.sentBusinessMessages(connection).size(), 1);
        QCOMPARE(
            tg.sentBusinessMessages(connection).first().value(u"text"_s).toString(), u"Sorry for the wait"_s);
    }

    void aDisabledConnectionRefusesWithANote()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Hi"_s);
        syncUntilIdle(h);
        tg.setBusinessConnectionEnabled(connection, false);
        syncUntilIdle(h);
        QVERIFY(!store::BusinessRepository(*h.db).connection(connection)->enabled);
        const QString conversation = conversationOf(h, businessChat(h, connection, kCarla.id));
        h.world.intercom().adminReply(conversation, u"<p>Hello Carla</p>"_s);
        syncUntilIdle(h);
        QVERIFY(tg.sentMessages().isEmpty());
        const QStringList notes = partsOf(h, conversation, u"note"_s);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"switched off its connection"_s), qPrintable(notes.first()));
        QCOMPARE(h.scalar(u"SELECT delivery_error FROM messages WHERE direction = 'out'"_s).toString(),
            u"the business account has switched off its connection to the bot"_s);
    }

    void twoConnectionsOnOneBotAreTwoChats()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString first = tg.connectBusiness(kOwner);
        const QString second = tg.connectBusiness(kSecondOwner);
        tg.pushBusinessMessage(first, kCarla, u"Hi Olga's shop"_s);
        tg.pushBusinessMessage(second, kCarla, u"Hi Oscar's outlet"_s);
        syncUntilIdle(h);
        QCOMPARE(store::BusinessRepository(*h.db).connections().size(), 2);
        const qint64 a = businessChat(h, first, kCarla.id);
        const qint64 b = businessChat(h, second, kCarla.id);
        QVERIFY(a != b);
        QCOMPARE(h.contactsAnchoredTo(kCarla.id).size(), 1);
        QCOMPARE(h.world.intercom().conversationsOf(h.contactOf(kCarla.id)).size(), 2);
        QCOMPARE(partsOf(h, conversationOf(h, a), u"customer"_s), QStringList { u"Hi Olga's shop"_s });
        QCOMPARE(partsOf(h, conversationOf(h, b), u"customer"_s), QStringList { u"Hi Oscar's outlet"_s });
        // Each answer goes out through its own account.
        h.world.intercom().adminReply(conversationOf(h, a), u"<p>From Olga</p>"_s);
        h.world.intercom().adminReply(conversationOf(h, b), u"<p>From Oscar</p>"_s);
        syncUntilIdle(h);
        QCOMPARE(tg.sentBusinessMessages(first).size(), 1);
        QCOMPARE(tg.sentBusinessMessages(first).first().value(u"text"_s).toString(), u"From Olga"_s);
        QCOMPARE(tg.sentBusinessMessages(second).size(), 1);
        QCOMPARE(tg.sentBusinessMessages(second).first().value(u"text"_s).toString(), u"From Oscar"_s);
    }

    void forgettingACustomerForgetsTheirBusinessChats()
    {
        SyncHarness h;
        auto &tg = h.world.telegram();
        const QString connection = tg.connectBusiness(kOwner);
        tg.pushBusinessMessage(connection, kCarla, u"Please forget me"_s);
        tg.pushBusinessOwnerMessage(connection, kCarla, u"Sure"_s);
        tg.pushBusinessMessage(connection, kDan, u"Not me"_s);
        syncUntilIdle(h);
        const auto erased = store::LocalErasure(*h.db).erase(kCarla.id, u"test"_s, u"deleted"_s, {}, false);
        QVERIFY2(erased.ok, qPrintable(erased.error));
        QVERIFY(
            !h.scalar(u"SELECT 1 FROM business_chats WHERE telegram_chat_id = ?"_s, { kCarla.id }).isValid());
        QVERIFY(
            !h.scalar(u"SELECT 1 FROM messages WHERE text LIKE '%forget me%' OR text = 'Sure'"_s).isValid());
        QVERIFY(!h.scalar(u"SELECT 1 FROM chats WHERE telegram_user_id = ?"_s, { kCarla.id }).isValid());
        // Everyone else's stay, and so does the account.
        QVERIFY(
            h.scalar(u"SELECT 1 FROM business_chats WHERE telegram_chat_id = ?"_s, { kDan.id }).isValid());
        QCOMPARE(store::BusinessRepository(*h.db).connections().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBusiness)
#include "tst_business.moc"
