// SPDX-License-Identifier: MIT
// Asking a customer for their phone number (issue 12) against both emulators: the request_contact
// keyboard in the customer's language, the customer pressing it, the keyboard taken away with the
// next message, someone else's card, refusals, the audit log and the notes on the contact (never
// relayed to the customer). Runs on SQLite and, under tests/postgres/with-postgres.sh, PostgreSQL.

#include "SyncHarness.h"
#include "store/PhoneRequests.h"
#include "telegram/PhoneRequestText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

class TestPhoneRequest : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    static TelegramUser german()
    {
        return TelegramUser { 7034567890, u"Jana"_s, u"Vogel"_s, {}, false, u"de"_s, false };
    }

    static bool ask(SyncHarness &h, const TelegramUser &user, QString *error = nullptr)
    {
        store::PhoneRequests requests(*h.db);
        const auto target = requests.target(user.id);
        return requests.request(
            user.id, telegram::PhoneRequestText::forLanguage(target.languageCode), u"Agent Smith"_s, error);
    }

    static QList<QJsonObject> sentTo(SyncHarness &h, qint64 chatId)
    {
        return h.world.telegram().sentMessages(chatId);
    }

    static QJsonObject markupOf(SyncHarness &h, const QJsonObject &sent)
    {
        return h.world.telegram().replyMarkupOf(sent.value(u"chat"_s).toObject().value(u"id"_s).toInteger(),
            sent.value(u"message_id"_s).toInteger());
    }

    static QStringList auditActions(SyncHarness &h, qint64 telegramUserId)
    {
        QStringList actions;
        QSqlQuery q(h.db->connection());
        q.prepare(u"SELECT action FROM audit_log WHERE telegram_user_id = ? ORDER BY id"_s);
        q.addBindValue(telegramUserId);
        q.exec();
        while (q.next())
            actions << q.value(0).toString();
        return actions;
    }

private Q_SLOTS:
    void askingAGermanCustomerSendsTheGermanKeyboard()
    {
        SyncHarness h;
        const TelegramUser jana = german();
        h.converse(jana, u"Hallo, wo ist meine Bestellung?"_s);
        QString error;
        QVERIFY2(ask(h, jana, &error), qPrintable(error));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        const auto sent = sentTo(h, jana.id);
        QCOMPARE(sent.size(), 1);
        const auto german = telegram::PhoneRequestText::forLanguage(u"de"_s);
        QCOMPARE(sent.first().value(u"text"_s).toString(), german.message);
        QVERIFY(german.message.contains(u"Telefonnummer"_s));
        // Exactly the keyboard the brief describes, as Telegram received it.
        const QJsonObject markup = markupOf(h, sent.first());
        const QJsonObject button = markup.value(u"keyboard"_s).toArray().at(0).toArray().at(0).toObject();
        QCOMPARE(button.value(u"text"_s).toString(), german.button);
        QCOMPARE(button.value(u"request_contact"_s).toBool(), true);
        QCOMPARE(markup.value(u"one_time_keyboard"_s).toBool(), true);
        QCOMPARE(markup.value(u"resize_keyboard"_s).toBool(), true);
        QCOMPARE(h.world.telegram().replyKeyboard(jana.id), markup);
        // The keyboard is out, the agent sees the message delivered in the conversation.
        QVERIFY(
            h.scalar(u"SELECT phone_asked_at FROM chats WHERE chat_id = ?"_s, { jana.id }).toLongLong() > 0);
        QCOMPARE(
            h.scalar(u"SELECT delivery FROM messages WHERE chat_id = ? AND direction = 'out'"_s, { jana.id })
                .toString(),
            u"delivered"_s);
        // Audited with who, where and what; noted on the contact.
        QCOMPARE(h.scalar(u"SELECT actor FROM audit_log WHERE action = 'phone_requested'"_s).toString(),
            u"Agent Smith"_s);
        QCOMPARE(h.scalar(u"SELECT workstation FROM audit_log WHERE action = 'phone_requested'"_s).toString(),
            h.db->workstation());
        QCOMPARE(h.scalar(u"SELECT after_value FROM audit_log WHERE action = 'phone_requested'"_s).toString(),
            german.message);
        const QStringList notes = h.world.intercom().noteBodiesOf(h.contactOf(jana.id));
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first().contains(u"Agent Smith asked the customer"_s));
        // A second click while the first waits is refused; once sent, asking again is allowed.
        QVERIFY(ask(h, jana));
        QVERIFY(!ask(h, jana, &error));
        QVERIFY2(error.contains(u"already on its way"_s), qPrintable(error));
    }

    void pressingTheButtonStoresTheVerifiedPhoneAndTheNextReplyTakesTheKeyboardAway()
    {
        SyncHarness h;
        const TelegramUser jana = german();
        const QString conversation = h.converse(jana, u"Hallo"_s);
        QVERIFY(ask(h, jana));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        QVERIFY(h.world.telegram().pressContactButton(jana, u"491701234567"_s) > 0);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        const QString contactId = h.contactOf(jana.id);
        const QJsonObject contact = h.world.intercom().contact(contactId);
        QCOMPARE(contact.value(u"phone"_s).toString(), u"+491701234567"_s);
        QCOMPARE(
            contact.value(u"custom_attributes"_s).toObject().value(u"telegram_phone_verified"_s).toBool(),
            true);
        QCOMPARE(auditActions(h, jana.id).filter(u"phone_"_s),
            (QStringList { u"phone_requested"_s, u"phone_shared"_s }));
        QCOMPARE(h.scalar(u"SELECT after_value FROM audit_log WHERE action = 'phone_shared'"_s).toString(),
            u"+491701234567"_s);
        const QStringList notes = h.world.intercom().noteBodiesOf(contactId);
        QCOMPARE(notes.size(), 2);
        QVERIFY(
            notes.last().contains(u"shared their own phone number on Telegram when asked: +491701234567"_s));
        // Answered: still shown on the customer's screen until the next message takes it away.
        QCOMPARE(h.scalar(u"SELECT remove_keyboard FROM chats WHERE chat_id = ?"_s, { jana.id }).toInt(), 1);
        QVERIFY(!h.world.telegram().replyKeyboard(jana.id).isEmpty());

        h.world.intercom().adminReply(conversation, u"Danke, gefunden!"_s);
        h.world.intercom().adminReply(conversation, u"Noch etwas?"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        const auto sent = sentTo(h, jana.id);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(1).value(u"text"_s).toString(), u"Danke, gefunden!"_s);
        QCOMPARE(markupOf(h, sent.at(1)), (QJsonObject { { u"remove_keyboard"_s, true } }));
        QVERIFY(markupOf(h, sent.at(2)).isEmpty()); // once is enough
        QVERIFY(h.world.telegram().replyKeyboard(jana.id).isEmpty());
        QCOMPARE(h.scalar(u"SELECT remove_keyboard FROM chats WHERE chat_id = ?"_s, { jana.id }).toInt(), 0);
        // The notes on the contact never reach the customer: only the request and the two replies did.
        QStringList texts;
        for (const QJsonObject &m : sent)
            texts << m.value(u"text"_s).toString();
        for (const QString &note : notes) {
            QVERIFY(!texts.contains(note));
            for (const QString &text : texts)
                QVERIFY(!text.contains(u"asked the customer"_s) && !text.contains(u"vouches"_s));
        }
    }

    void aRefusedSendKeepsTheRemovalForTheNextMessage()
    {
        SyncHarness h;
        const TelegramUser jana = german();
        const QString conversation = h.converse(jana, u"Hallo"_s);
        QVERIFY(ask(h, jana));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QVERIFY(h.world.telegram().pressContactButton(jana, u"+491701234567"_s) > 0);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        h.world.telegram().failNext(u"sendMessage"_s, 1, 400, u"Bad Request: message is too long"_s);
        h.world.intercom().adminReply(conversation, u"refused"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.scalar(u"SELECT remove_keyboard FROM chats WHERE chat_id = ?"_s, { jana.id }).toInt(), 1);
        h.world.intercom().adminReply(conversation, u"second try"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        const auto sent = sentTo(h, jana.id);
        QCOMPARE(sent.last().value(u"text"_s).toString(), u"second try"_s);
        QCOMPARE(markupOf(h, sent.last()), (QJsonObject { { u"remove_keyboard"_s, true } }));
        QVERIFY(h.world.telegram().replyKeyboard(jana.id).isEmpty());
    }

    void someoneElsesCardLeavesTheKeyboardAndStoresNothingVerified()
    {
        SyncHarness h;
        const TelegramUser jana = german();
        const QString conversation = h.converse(jana, u"Hallo"_s);
        QVERIFY(ask(h, jana));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        QJsonObject card { { u"message_id"_s, double(h.world.telegram().nextMessageId(jana.id)) },
            { u"date"_s, double(QDateTime::currentSecsSinceEpoch()) }, { u"chat"_s, jana.privateChatJson() },
            { u"from"_s, jana.toJson() },
            { u"contact"_s,
                QJsonObject { { u"phone_number"_s, u"+15550001111"_s }, { u"first_name"_s, u"Mama"_s },
                    { u"user_id"_s, 9123456789.0 } } } };
        h.world.telegram().pushUpdate({ { u"message"_s, card } });
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        QVERIFY(
            h.scalar(u"SELECT phone FROM telegram_users WHERE telegram_user_id = ?"_s, { jana.id }).isNull());
        QVERIFY(h.world.intercom().contact(h.contactOf(jana.id)).value(u"phone"_s).toString().isEmpty());
        QVERIFY(!auditActions(h, jana.id).contains(u"phone_shared"_s));
        QCOMPARE(h.world.intercom().noteBodiesOf(h.contactOf(jana.id)).size(), 1); // the request's only
        QCOMPARE(h.scalar(u"SELECT remove_keyboard FROM chats WHERE chat_id = ?"_s, { jana.id }).toInt(), 0);
        QVERIFY(!h.scalar(u"SELECT phone_asked_at FROM chats WHERE chat_id = ?"_s, { jana.id }).isNull());

        h.world.intercom().adminReply(conversation, u"Bitte Ihre eigene Nummer"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QVERIFY(markupOf(h, sentTo(h, jana.id).last()).isEmpty());
        QVERIFY(!h.world.telegram().replyKeyboard(jana.id).isEmpty());
    }

    void groupOnlyAndBlockedCustomersAreRefusedWithTheReason()
    {
        SyncHarness h;
        const TelegramUser sam = persona::renamer();
        const QJsonObject group { { u"id"_s, -100777 }, { u"type"_s, u"supergroup"_s },
            { u"title"_s, u"Buyers"_s } };
        h.world.telegram().pushGroupMessage(group, sam, u"question in the group"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        const auto target = store::PhoneRequests(*h.db).target(sam.id);
        QCOMPARE(target.refusal, store::PhoneRequestTarget::Refusal::GroupOnly);
        QString error;
        QVERIFY(!ask(h, sam, &error));
        QVERIFY2(
            error.contains(u"only in a group"_s) && error.contains(u"private chat"_s), qPrintable(error));
        QVERIFY(!h.scalar(u"SELECT 1 FROM outbox WHERE kind = 'phone_request'"_s).isValid());
        QVERIFY(!auditActions(h, sam.id).contains(u"phone_requested"_s));

        const TelegramUser alex = persona::anonymous();
        h.converse(alex, u"hi"_s);
        QVERIFY(h.exec(u"UPDATE chats SET state = 'blocked' WHERE chat_id = ?"_s, { alex.id }));
        QVERIFY(!ask(h, alex, &error));
        QVERIFY2(error.contains(u"blocked the bot"_s), qPrintable(error));
    }

    void sandboxCustomersShareTheirPhoneWhenAsked()
    {
        SyncHarness h;
        h.world.answerPhoneRequests(std::chrono::milliseconds(50));
        QSignalSpy played(&h.world, &SandboxWorld::stepPlayed);
        const TelegramUser alex = persona::anonymous();
        h.converse(alex, u"hi"_s);
        QVERIFY(ask(h, alex));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QTRY_COMPARE(played.size(), 1);
        QVERIFY(played.first().first().toString().startsWith(u"Customer shares their phone when asked"_s));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.scalar(u"SELECT phone FROM telegram_users WHERE telegram_user_id = ?"_s, { alex.id })
                     .toString(),
            u"+"_s + SandboxWorld::phoneOf(alex));
    }

    void theEmulatorRefusesTheKeyboardInAGroupLikeTelegram()
    {
        // What our client never does, checked where it would show: the Bot API's own refusal.
        SyncHarness h;
        const TelegramUser sam = persona::renamer();
        const QJsonObject group { { u"id"_s, -100778 }, { u"type"_s, u"supergroup"_s },
            { u"title"_s, u"Buyers"_s } };
        h.world.telegram().pushGroupMessage(group, sam, u"hi"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QVERIFY(h.exec(
            u"INSERT INTO outbox (direction, chat_id, telegram_user_id, kind, payload, state, created_at)"
            " VALUES ('to_telegram', ?, ?, 'phone_request', ?, 'pending', 0)"_s,
            { -100778, sam.id,
                uR"({"texts":["x"],"files":0,"done":0,"sent_ids":[],"reply_markup":{"keyboard":[[{"text":"b","request_contact":true}]]}})"_s }));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.scalar(u"SELECT last_error FROM outbox WHERE kind = 'phone_request'"_s).toString(),
            u"Telegram refused the message: Bad Request: phone number can be requested in private chats only"_s);
        QVERIFY(h.world.telegram().replyKeyboard(-100778).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhoneRequest)
#include "tst_phonerequest.moc"
