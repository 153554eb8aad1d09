// SPDX-License-Identifier: MIT
// Telegram Business in the Telegram emulator, over HTTP with a plain QNetworkAccessManager: the
// connections, the business chats beside the bot chat with the same person, the rules for sending
// on behalf of the account (connection, rights, the 24-hour window) and the echo of what the bot
// sent. Every object it returns is checked against the Bot API specification.
#include "BotApiConformance.h"
#include "sandbox/telegram/TelegramEmulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#ifndef TGIC_SPECS_DIR
#error "TGIC_SPECS_DIR (tests/specs) is set by tests/CMakeLists.txt"
#endif

using namespace Qt::StringLiterals;
using tgic::sandbox::TelegramEmulator;
using tgic::sandbox::TelegramUser;

namespace {

const QString Token = u"123456789:AAFakeTokenForTheSandbox_x-y"_s;

struct Reply
{
    int status = 0;
    QJsonObject json;
    QString description() const { return json.value(u"description"_s).toString(); }
    QJsonObject result() const { return json.value(u"result"_s).toObject(); }
};

} // namespace

class TestTelegramBusiness : public QObject
{
    Q_OBJECT

private:
    Reply call(const QString &method, const QJsonObject &body)
    {
        QNetworkRequest request(QUrl(m_tg->baseUrl().toString() + u"/bot"_s + Token + u"/"_s + method));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
        }
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return r;
    }
    Reply send(qint64 chatId, const QString &text, const QString &connection = {})
    {
        QJsonObject body { { u"chat_id"_s, chatId }, { u"text"_s, text } };
        if (!connection.isEmpty())
            body.insert(u"business_connection_id"_s, connection);
        return call(u"sendMessage"_s, body);
    }
    QJsonArray updates()
    {
        const Reply r = call(u"getUpdates"_s, {});
        [&] { QCOMPARE(r.status, 200); }();
        return r.json.value(u"result"_s).toArray();
    }
    void conforms(const QJsonValue &v, const QString &type)
    {
        const QStringList errors = m_spec.checkValue(v, type, type);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
    }

    const TelegramUser m_owner { 5100000001, u"Olga"_s, u"Owner"_s, u"olga_shop"_s, false, u"en"_s, false };
    const TelegramUser m_otherOwner { 5100000002, u"Oscar"_s, {}, {}, false, {}, false };
    const TelegramUser m_customer { 5200000001, u"Carla"_s, {}, u"carla"_s, false, u"de"_s, false };
    tgic::test::BotApiConformance m_spec;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TelegramEmulator> m_tg;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_spec.load(QStringLiteral(TGIC_SPECS_DIR "/telegram-bot-api-10.1.json"), &error),
            qPrintable(error));
    }
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tg = std::make_unique<TelegramEmulator>(Token);
        QVERIFY(m_tg->listen());
    }
    void cleanup()
    {
        m_nam.reset();
        m_tg.reset();
    }

    void connectionsAreUpdatesAndCanBeRead()
    {
        QVERIFY(!m_tg->botUser().value(u"can_connect_to_business"_s).toBool());
        const QString first = m_tg->connectBusiness(m_owner);
        const QString second = m_tg->connectBusiness(m_otherOwner, false);
        QVERIFY(first != second);
        QVERIFY(m_tg->botUser().value(u"can_connect_to_business"_s).toBool());
        const QJsonArray got = updates();
        QCOMPARE(got.size(), 2);
        conforms(got, u"Array of Update"_s);
        const QJsonObject connection = got.at(0).toObject().value(u"business_connection"_s).toObject();
        QCOMPARE(connection.value(u"id"_s).toString(), first);
        QCOMPARE(connection.value(u"user"_s).toObject().value(u"id"_s).toInteger(), m_owner.id);
        QCOMPARE(connection.value(u"user_chat_id"_s).toInteger(), m_owner.id);
        QVERIFY(connection.value(u"is_enabled"_s).toBool());
        QVERIFY(connection.value(u"rights"_s).toObject().value(u"can_reply"_s).toBool());
        QVERIFY(!got.at(1).toObject()[u"business_connection"_s][u"rights"_s][u"can_reply"_s].toBool());

        const Reply read = call(u"getBusinessConnection"_s, { { u"business_connection_id"_s, second } });
        QCOMPARE(read.status, 200);
        conforms(read.result(), u"BusinessConnection"_s);
        QCOMPARE(read.result().value(u"user"_s).toObject().value(u"id"_s).toInteger(), m_otherOwner.id);
        const Reply unknown
            = call(u"getBusinessConnection"_s, { { u"business_connection_id"_s, u"nope"_s } });
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.description(), u"Bad Request: business connection not found"_s);

        // Switching it off is an update too, and getBusinessConnection says so.
        m_tg->setBusinessConnectionEnabled(first, false);
        const QJsonArray off = updates();
        QCOMPARE(off.last().toObject()[u"business_connection"_s][u"is_enabled"_s].toBool(true), false);
        QCOMPARE(call(u"getBusinessConnection"_s, { { u"business_connection_id"_s, first } })
                     .result()
                     .value(u"is_enabled"_s)
                     .toBool(true),
            false);
    }

    void businessChatIsNotTheBotChat()
    {
        const QString connection = m_tg->connectBusiness(m_owner);
        m_tg->pushBusinessMessage(connection, m_customer, u"Do you ship to Graz?"_s);
        const QJsonArray got = updates();
        conforms(got, u"Array of Update"_s);
        const QJsonObject message = got.last().toObject().value(u"business_message"_s).toObject();
        QCOMPARE(message.value(u"business_connection_id"_s).toString(), connection);
        QCOMPARE(message[u"chat"_s][u"id"_s].toInteger(), m_customer.id);
        QCOMPARE(message[u"from"_s][u"id"_s].toInteger(), m_customer.id);

        // The customer never started the bot: the bot cannot write to them on its own...
        const Reply own = send(m_customer.id, u"Hello from the bot"_s);
        QCOMPARE(own.status, 403);
        QCOMPARE(own.description(), u"Forbidden: bot can't initiate conversation with a user"_s);
        // ...only on behalf of the business, where the message is the owner's, sent by the bot.
        const Reply business = send(m_customer.id, u"Yes, we do"_s, connection);
        QCOMPARE(business.status, 200);
        conforms(business.result(), u"Message"_s);
        QCOMPARE(business.result()[u"from"_s][u"id"_s].toInteger(), m_owner.id);
        QCOMPARE(business.result()[u"sender_business_bot"_s][u"id"_s].toInteger(), 123456789);
        QCOMPARE(business.result().value(u"business_connection_id"_s).toString(), connection);
        QCOMPARE(m_tg->sentBusinessMessages(connection).size(), 1);
        // Business chats count their own message ids.
        QCOMPARE(business.result().value(u"message_id"_s).toInteger(),
            message.value(u"message_id"_s).toInteger() + 1);

        // What the bot sent comes back as the account's business_message.
        const QJsonArray echo = updates();
        QCOMPARE(echo.size(), got.size() + 1); // nothing was confirmed (no offset)
        const QJsonObject echoed = echo.last().toObject().value(u"business_message"_s).toObject();
        QCOMPARE(echoed.value(u"text"_s).toString(), u"Yes, we do"_s);
        QCOMPARE(echoed[u"sender_business_bot"_s][u"id"_s].toInteger(), 123456789);
        QCOMPARE(echoed[u"from"_s][u"id"_s].toInteger(), m_owner.id);

        // Once the customer starts the bot, the bot chat exists beside the business chat.
        m_tg->pushMessage(m_customer, u"/start"_s);
        const Reply botChat = send(m_customer.id, u"Hello from the bot"_s);
        QCOMPARE(botChat.status, 200);
        QVERIFY(!botChat.result().contains(u"business_connection_id"_s));
        QCOMPARE(botChat.result()[u"from"_s][u"id"_s].toInteger(), 123456789);
    }

    void sendsOnBehalfFollowTheRules()
    {
        const QString connection = m_tg->connectBusiness(m_owner);
        const QString readOnly = m_tg->connectBusiness(m_otherOwner, false);
        m_tg->pushBusinessMessage(connection, m_customer, u"Hi"_s);
        m_tg->pushBusinessMessage(readOnly, m_customer, u"Hi Oscar"_s);

        const Reply unknown = send(m_customer.id, u"x"_s, u"no-such-connection"_s);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.description(), u"Bad Request: business connection not found"_s);
        const Reply noRights = send(m_customer.id, u"x"_s, readOnly);
        QCOMPARE(noRights.status, 403);
        QVERIFY(noRights.description().startsWith(u"Forbidden: "_s));
        const Reply noChat = send(m_otherOwner.id, u"x"_s, connection);
        QCOMPARE(noChat.status, 400);

        m_tg->setBusinessConnectionEnabled(connection, false);
        const Reply disabled = send(m_customer.id, u"x"_s, connection);
        QCOMPARE(disabled.status, 403);
        QVERIFY(disabled.description().startsWith(u"Forbidden: "_s));
        m_tg->setBusinessConnectionEnabled(connection, true);
        QCOMPARE(send(m_customer.id, u"x"_s, connection).status, 200);

        // A day and a second of silence closes the window; the customer's next message opens it.
        m_tg->ageBusinessChat(connection, m_customer.id, 24 * 3600 + 1);
        const Reply late = send(m_customer.id, u"Still there?"_s, connection);
        QCOMPARE(late.status, 403);
        QCOMPARE(late.description(), u"Forbidden: the chat had no incoming messages in the last 24 hours"_s);
        m_tg->pushBusinessMessage(connection, m_customer, u"Yes!"_s);
        QCOMPARE(send(m_customer.id, u"Great"_s, connection).status, 200);
        QCOMPARE(m_tg->sentBusinessMessages(connection).size(), 2);
        QCOMPARE(m_tg->sentBusinessMessages(readOnly).size(), 0);
    }

    void ownerMessagesEditsAndDeletions()
    {
        const QString connection = m_tg->connectBusiness(m_owner);
        const qint64 customerSays = m_tg->pushBusinessMessage(connection, m_customer, u"Price?"_s);
        QVERIFY(customerSays > 0);
        m_tg->pushBusinessOwnerMessage(connection, m_customer, u"12 EUR"_s);
        m_tg->pushBusinessOwnerMessage(connection, m_customer, u"We are away until Monday"_s, true);
        QVERIFY(m_tg->editBusinessMessage(connection, m_customer, 1, u"Price of the blue one?"_s) > 0);
        QCOMPARE(m_tg->editBusinessMessage(connection, m_customer, 99, u"never sent"_s), 0);
        QVERIFY(m_tg->deleteBusinessMessages(connection, m_customer, { 1, 2 }) > 0);
        const QJsonArray got = updates();
        conforms(got, u"Array of Update"_s);
        QCOMPARE(got.size(), 6);
        const QJsonObject owner = got.at(2).toObject().value(u"business_message"_s).toObject();
        QCOMPARE(owner[u"from"_s][u"id"_s].toInteger(), m_owner.id);
        QCOMPARE(owner[u"chat"_s][u"id"_s].toInteger(), m_customer.id);
        QVERIFY(!owner.contains(u"is_from_offline"_s));
        QVERIFY(got.at(3).toObject()[u"business_message"_s][u"is_from_offline"_s].toBool());
        const QJsonObject edit = got.at(4).toObject().value(u"edited_business_message"_s).toObject();
        QCOMPARE(edit.value(u"text"_s).toString(), u"Price of the blue one?"_s);
        QVERIFY(edit.contains(u"edit_date"_s));
        const QJsonObject deleted = got.at(5).toObject().value(u"deleted_business_messages"_s).toObject();
        QCOMPARE(deleted.value(u"message_ids"_s).toArray(), (QJsonArray { 1, 2 }));
        QCOMPARE(deleted[u"chat"_s][u"id"_s].toInteger(), m_customer.id);
    }

    void anotherBotActingForTheAccountIsNamed()
    {
        const QString connection = m_tg->connectBusiness(m_owner);
        m_tg->pushBusinessMessage(connection, m_customer, u"Where is my parcel?"_s);
        const TelegramUser helper { 7100000002, u"Helper"_s, {}, u"helper_bot"_s, true, {}, false };
        QVERIFY(m_tg->pushBusinessBotMessage(connection, m_customer, helper, u"It left today"_s) > 0);
        const QJsonArray got = updates();
        conforms(got, u"Array of Update"_s);
        const QJsonObject byBot = got.last().toObject().value(u"business_message"_s).toObject();
        // The account's message (from the owner), sent by a bot that is not this one.
        QCOMPARE(byBot[u"from"_s][u"id"_s].toInteger(), m_owner.id);
        QCOMPARE(byBot[u"sender_business_bot"_s][u"id"_s].toInteger(), helper.id);
        QVERIFY(byBot[u"sender_business_bot"_s][u"id"_s].toInteger() != m_tg->botUser()[u"id"_s].toInteger());
    }

    void aFileForABusinessChatNeedsItsConnection()
    {
        const QString connection = m_tg->connectBusiness(m_owner);
        m_tg->pushBusinessMessage(connection, m_customer, u"Send me the invoice"_s);
        const QString file = m_tg->addFile("%PDF-1.4 invoice"_ba, u"invoice.pdf"_s, u"application/pdf"_s);
        // Carla never started the bot: without the connection the bot may not write to her.
        const Reply without
            = call(u"sendDocument"_s, { { u"chat_id"_s, m_customer.id }, { u"document"_s, file } });
        QCOMPARE(without.status, 403);
        QCOMPARE(without.description(), u"Forbidden: bot can't initiate conversation with a user"_s);
        const Reply onBehalf = call(u"sendDocument"_s,
            { { u"chat_id"_s, m_customer.id }, { u"document"_s, file },
                { u"business_connection_id"_s, connection } });
        QCOMPARE(onBehalf.status, 200);
        conforms(onBehalf.result(), u"Message"_s);
        QCOMPARE(onBehalf.result().value(u"business_connection_id"_s).toString(), connection);
        QVERIFY(onBehalf.result().contains(u"document"_s));
        // A chat action there needs the connection too.
        QCOMPARE(call(u"sendChatAction"_s,
                     { { u"chat_id"_s, m_customer.id }, { u"action"_s, u"upload_document"_s } })
                     .status,
            403);
        QCOMPARE(call(u"sendChatAction"_s,
                     { { u"chat_id"_s, m_customer.id }, { u"action"_s, u"upload_document"_s },
                         { u"business_connection_id"_s, connection } })
                     .status,
            200);
    }

    void readMarksFollowTheRules()
    {
        const QString connection = m_tg->connectBusiness(m_owner);
        m_tg->pushBusinessMessage(connection, m_customer, u"Hello?"_s); // message 1
        m_tg->pushBusinessOwnerMessage(connection, m_customer, u"Hi!"_s); // message 2
        const auto read = [&](const QString &id, qint64 messageId) {
            return call(u"readBusinessMessage"_s,
                { { u"business_connection_id"_s, id }, { u"chat_id"_s, m_customer.id },
                    { u"message_id"_s, messageId } });
        };
        const Reply ok = read(connection, 1);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json.value(u"result"_s), QJsonValue(true));
        QCOMPARE(m_tg->businessReadMarks(connection).size(), 1);
        QCOMPARE(m_tg->businessReadMarks(connection).first().messageId, qint64(1));

        QCOMPARE(read(u"nope"_s, 1).description(), u"Bad Request: business connection not found"_s);
        QCOMPARE(read(connection, 2).status, 400); // the account's own message is not incoming
        QCOMPARE(read(connection, 99).status, 400);
        // Without can_read_messages: refused as a missing right.
        m_tg->setBusinessCanReadMessages(connection, false);
        const Reply noRight = read(connection, 1);
        QCOMPARE(noRight.status, 403);
        QVERIFY2(noRight.description().contains(u"not enough rights"_s), qPrintable(noRight.description()));
        // "The chat must have been active in the last 24 hours."
        m_tg->setBusinessCanReadMessages(connection, true);
        m_tg->ageBusinessChat(connection, m_customer.id, 25 * 3600);
        QCOMPARE(read(connection, 1).status, 400);
        QCOMPARE(m_tg->businessReadMarks(connection).size(), 1); // only what passed is recorded
    }
};

QTEST_GUILESS_MAIN(TestTelegramBusiness)
#include "tst_telegrambusiness.moc"
