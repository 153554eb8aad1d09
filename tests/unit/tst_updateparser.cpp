// SPDX-License-Identifier: MIT
// The Bot API update parser: what it accepts, and the reason it gives for what it quarantines.

#include "telegram/TelegramTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::telegram;

Q_DECLARE_METATYPE(tgic::telegram::MessageKind)

namespace {
QJsonObject parseJson(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestUpdateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateTextMessage()
    {
        const auto u
            = parseUpdate(parseJson(R"({"update_id":100000001,"message":{"message_id":7,"date":1760000000,
            "chat":{"id":5012345678,"type":"private","first_name":"Alex"},
            "from":{"id":5012345678,"is_bot":false,"first_name":"Alex","language_code":"en"},"text":"hi"}})"));
        QCOMPARE(u.kind, ParsedUpdate::Kind::Message);
        QCOMPARE(*u.updateId, 100000001);
        QCOMPARE(u.message.from.id, 5012345678);
        QVERIFY(u.message.from.username.isEmpty());
        QCOMPARE(u.message.chat.title, u"Alex"_s);
        QCOMPARE(u.message.kind, MessageKind::Text);
        QCOMPARE(u.message.kindName, u"text"_s);
        QCOMPARE(u.message.notCustomerReason(), NotCustomerReason::None);
        QCOMPARE(u.message.agentText(), u"hi"_s);
    }

    void idsUpTo52BitsAreExact()
    {
        // 2^52 + 1 is exactly representable as a double and must come back unchanged.
        const qint64 big = (qint64(1) << 52) + 1;
        const QJsonObject update { { u"update_id"_s, 1 },
            { u"message"_s,
                QJsonObject { { u"message_id"_s, 1 }, { u"date"_s, 1 },
                    { u"chat"_s, QJsonObject { { u"id"_s, big }, { u"type"_s, u"private"_s } } },
                    { u"from"_s,
                        QJsonObject {
                            { u"id"_s, big }, { u"is_bot"_s, false }, { u"first_name"_s, u"Big"_s } } },
                    { u"text"_s, u"x"_s } } } };
        const auto u = parseUpdate(QJsonDocument::fromJson(QJsonDocument(update).toJson()).object());
        QCOMPARE(u.kind, ParsedUpdate::Kind::Message);
        QCOMPARE(u.message.from.id, big);
    }

    void businessMessageAndEdit()
    {
        const auto b = parseUpdate(parseJson(R"({"update_id":2,"business_message":{"message_id":3,"date":5,
            "business_connection_id":"c1","chat":{"id":8034567890,"type":"private"},
            "from":{"id":8034567890,"is_bot":false,"first_name":"Northwind","username":"northwind_partners"},"text":"x"}})"));
        QCOMPARE(b.kind, ParsedUpdate::Kind::Message);
        QCOMPARE(b.message.businessConnectionId, u"c1"_s);
        QCOMPARE(b.message.from.username, u"northwind_partners"_s);
        const auto e
            = parseUpdate(parseJson(R"({"update_id":3,"edited_message":{"message_id":3,"date":5,"edit_date":9,
            "chat":{"id":1,"type":"private"},"from":{"id":1,"is_bot":false,"first_name":"A"},"text":"new"}})"));
        QCOMPARE(e.kind, ParsedUpdate::Kind::EditedMessage);
        QCOMPARE(*e.message.editDate, 9);
    }

    // A business chat carries four voices; only the customer's is the customer's.
    void businessMessagesAreSortedByWhoWroteThem_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<int>("sender");
        QTest::addColumn<int>("notCustomer");
        const QByteArray customer = R"("from":{"id":8034567890,"is_bot":false,"first_name":"Carla"})";
        const QByteArray owner = R"("from":{"id":5100000001,"is_bot":false,"first_name":"Olga"})";
        QTest::newRow("the customer")
            << customer << int(BusinessSender::Customer) << int(NotCustomerReason::None);
        QTest::newRow("the owner, typed on the phone")
            << owner << int(BusinessSender::Owner) << int(NotCustomerReason::BusinessAccount);
        QTest::newRow("an away or greeting message")
            << owner + R"(,"is_from_offline":true)" << int(BusinessSender::Automatic)
            << int(NotCustomerReason::BusinessAccount);
        QTest::newRow("what our bot sent for the account")
            << owner + R"(,"sender_business_bot":{"id":7000000001,"is_bot":true,"first_name":"Support"})"
            << int(BusinessSender::Bot) << int(NotCustomerReason::Bot);
    }
    void businessMessagesAreSortedByWhoWroteThem()
    {
        QFETCH(QByteArray, fields);
        QFETCH(int, sender);
        QFETCH(int, notCustomer);
        const QByteArray json = R"({"update_id":2,"business_message":{"message_id":3,"date":5,
            "business_connection_id":"c1","chat":{"id":8034567890,"type":"private"},)"_ba
            + fields + R"(,"text":"x"}})"_ba;
        const auto u = parseUpdate(parseJson(json.constData()));
        QCOMPARE(u.kind, ParsedUpdate::Kind::Message);
        QVERIFY(u.message.isBusiness());
        QCOMPARE(int(u.message.businessSender()), sender);
        QCOMPARE(int(u.message.notCustomerReason()), notCustomer);
    }

    // Which bot sent a message for the account: this app's (its echo) or another one; the inbox
    // compares the id with its own (getMe).
    void theBusinessBotIsNamed()
    {
        const auto u = parseUpdate(parseJson(R"({"update_id":2,"business_message":{"message_id":3,"date":5,
            "business_connection_id":"c1","chat":{"id":8034567890,"type":"private"},
            "from":{"id":5100000001,"is_bot":false,"first_name":"Olga"},
            "sender_business_bot":{"id":7000000001,"is_bot":true,"first_name":"Helper","username":"helper_bot"},
            "text":"x"}})"));
        QVERIFY(u.message.byBusinessBot);
        QCOMPARE(u.message.businessBotId, 7000000001);
        QCOMPARE(u.message.businessBotName, u"@helper_bot"_s);
        const auto own = parseUpdate(parseJson(R"({"update_id":3,"business_message":{"message_id":4,"date":5,
            "business_connection_id":"c1","chat":{"id":8034567890,"type":"private"},
            "from":{"id":5100000001,"is_bot":false,"first_name":"Olga"},"text":"x"}})"));
        QVERIFY(!own.message.byBusinessBot);
        QCOMPARE(own.message.businessBotId, 0);
    }

    // The owner's edit in a business chat is an edit of the account's side, not the customer's.
    void anOwnersBusinessEditIsTheAccounts()
    {
        const auto e = parseUpdate(parseJson(R"({"update_id":4,"edited_business_message":{"message_id":3,
            "date":5,"edit_date":9,"business_connection_id":"c1","chat":{"id":8034567890,"type":"private"},
            "from":{"id":5100000001,"is_bot":false,"first_name":"Olga"},"text":"new"}})"));
        QCOMPARE(e.kind, ParsedUpdate::Kind::EditedMessage);
        QVERIFY(e.message.isBusiness());
        QCOMPARE(int(e.message.businessSender()), int(BusinessSender::Owner));
        QCOMPARE(int(e.message.notCustomerReason()), int(NotCustomerReason::BusinessAccount));
        QCOMPARE(*e.message.editDate, 9);
    }

    void businessConnectionsAndDeletions()
    {
        const auto c = parseUpdate(parseJson(R"({"update_id":4,"business_connection":{"id":"c1",
            "user":{"id":5100000001,"is_bot":false,"first_name":"Olga"},"user_chat_id":5100000001,"date":7,
            "rights":{"can_reply":true},"is_enabled":true}})"));
        QCOMPARE(c.kind, ParsedUpdate::Kind::BusinessConnection);
        QCOMPARE(c.businessConnection.value(u"id"_s).toString(), u"c1"_s);
        const auto noOwner
            = parseUpdate(parseJson(R"({"update_id":5,"business_connection":{"id":"c1","date":7}})"));
        QCOMPARE(noOwner.kind, ParsedUpdate::Kind::Malformed);

        const auto d = parseUpdate(parseJson(R"({"update_id":6,"deleted_business_messages":{
            "business_connection_id":"c1","chat":{"id":8034567890,"type":"private"},"message_ids":[3,4]}})"));
        QCOMPARE(d.kind, ParsedUpdate::Kind::BusinessDeletion);
        QCOMPARE(d.businessDeletion.connectionId, u"c1"_s);
        QCOMPARE(d.businessDeletion.chat.id, 8034567890);
        QCOMPARE(d.businessDeletion.messageIds, (QList<qint64> { 3, 4 }));
        const auto empty = parseUpdate(parseJson(R"({"update_id":7,"deleted_business_messages":{
            "business_connection_id":"c1","chat":{"id":1,"type":"private"},"message_ids":[]}})"));
        QCOMPARE(empty.kind, ParsedUpdate::Kind::Malformed);
    }

    void mediaAndUnknownContentGetPlaceholders_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<MessageKind>("kind");
        QTest::newRow("photo with caption")
            << uR"("photo":[{"file_id":"a","file_unique_id":"b","width":1,"height":1}],"caption":"look")"_s
            << u"[photo]\nlook"_s << MessageKind::Photo;
        QTest::newRow("sticker") << uR"("sticker":{"file_id":"a"})"_s << u"[sticker]"_s
                                 << MessageKind::Sticker;
        QTest::newRow("contact")
            << uR"("contact":{"phone_number":"+15550100","first_name":"Bo","user_id":9})"_s
            << u"[Shared contact: Bo , +15550100]"_s.simplified() << MessageKind::Contact;
        QTest::newRow("a type newer than this app")
            << uR"("hologram":{"id":1})"_s << u"[hologram]"_s << MessageKind::Other;
        QTest::newRow("a service event")
            << uR"("pinned_message":{"message_id":1})"_s << u"[pinned_message]"_s << MessageKind::Service;
    }

    void mediaAndUnknownContentGetPlaceholders()
    {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        const QString json
            = uR"({"update_id":4,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},
            "from":{"id":1,"is_bot":false,"first_name":"A"},)"_s
            + content + u"}}"_s;
        const auto u = parseUpdate(QJsonDocument::fromJson(json.toUtf8()).object());
        QCOMPARE(u.kind, ParsedUpdate::Kind::Message);
        QCOMPARE(u.message.agentText(), expected);
        QFETCH(MessageKind, kind);
        QCOMPARE(u.message.kind, kind);
        QCOMPARE(u.message.notCustomerReason(),
            kind == MessageKind::Service ? NotCustomerReason::ServiceMessage : NotCustomerReason::None);
    }

    // The stored name and the enum convert both ways; service and newer kinds keep their field.
    void messageKindNamesConvertBothWays()
    {
        for (int k = int(MessageKind::Text); k <= int(MessageKind::Empty); ++k) {
            const auto kind = MessageKind(k);
            const QString name = messageKindName(kind);
            if (kind == MessageKind::Service || kind == MessageKind::Other) {
                QVERIFY(name.isEmpty());
                continue;
            }
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(k)));
            QCOMPARE(messageKindOf(name), kind);
        }
        QCOMPARE(messageKindOf(u"new_chat_members"_s), MessageKind::Service);
        QCOMPARE(messageKindOf(u"hologram"_s), MessageKind::Other);
        QCOMPARE(notCustomerText(NotCustomerReason::Bot), u"from a bot"_s);
        QVERIFY(notCustomerText(NotCustomerReason::None).isEmpty());
    }

    void myChatMemberBlockAndUnblock()
    {
        const auto u
            = parseUpdate(parseJson(R"({"update_id":5,"my_chat_member":{"chat":{"id":1,"type":"private"},
            "from":{"id":1,"is_bot":false,"first_name":"A"},"date":3,
            "old_chat_member":{"status":"member"},"new_chat_member":{"status":"kicked"}}})"));
        QCOMPARE(u.kind, ParsedUpdate::Kind::MyChatMember);
        QCOMPARE(u.memberChange.newStatus, u"kicked"_s);
    }

    void knownButUnusedTypesAreIgnoredNotQuarantined()
    {
        const auto u = parseUpdate(parseJson(R"({"update_id":6,"callback_query":{"id":"q"}})"));
        QCOMPARE(u.kind, ParsedUpdate::Kind::Ignored);
        QVERIFY(u.error.isEmpty());
    }

    // Every type of the Bot API is known to the parser: none is quarantined as unknown.
    void everyUpdateTypeIsKnown_data()
    {
        QTest::addColumn<QString>("name");
        for (const UpdateTypeInfo &info : kUpdateTypes)
            QTest::newRow(info.name.latin1()) << QString(info.name);
    }
    void everyUpdateTypeIsKnown()
    {
        QFETCH(QString, name);
        const auto u = parseUpdate(QJsonObject { { u"update_id"_s, 1 }, { name, QJsonObject() } });
        QVERIFY2(!u.error.contains(u"unknown update type"_s), qPrintable(u.error));
        QCOMPARE(u.typeName, name);
    }

    // getUpdates asks for exactly the types the parser acts on: an ignored type asked for (as
    // callback_query was) is traffic for nothing, an acted-on type not asked for never comes.
    void requestedTypesAreTheOnesActedOn()
    {
        QStringList actedOn;
        for (const UpdateTypeInfo &info : kUpdateTypes) {
            if (handlingOf(info.type) != ParsedUpdate::Kind::Ignored)
                actedOn.append(info.name);
        }
        QCOMPARE(requestedUpdateTypes(), actedOn);
        QCOMPARE(requestedUpdateTypes(),
            (QStringList { u"message"_s, u"edited_message"_s, u"business_connection"_s, u"business_message"_s,
                u"edited_business_message"_s, u"deleted_business_messages"_s, u"my_chat_member"_s }));
        QVERIFY(!requestedUpdateTypes().contains(u"callback_query"_s));
    }

    void malformedInputIsQuarantinedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("not an object") << QByteArray(R"([1])") << u"not a JSON object"_s;
        QTest::newRow("no update_id") << QByteArray(R"({"message":{}})") << u"update_id"_s;
        QTest::newRow("update_id is a string")
            << QByteArray(R"({"update_id":"7","message":{}})") << u"update_id"_s;
        QTest::newRow("fractional id") << QByteArray(
            R"({"update_id":1,"message":{"message_id":1.5,"date":1,"chat":{"id":1,"type":"private"}}})")
                                       << u"message_id"_s;
        QTest::newRow("id beyond 53 bits") << QByteArray(
            R"({"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":1e300,"type":"private"}}})")
                                           << u"chat"_s;
        QTest::newRow("no sender") << QByteArray(
            R"({"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"}}})")
                                   << u"no sender"_s;
        QTest::newRow("sender without name") << QByteArray(
            R"({"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"from":{"id":2,"is_bot":false}}})")
                                             << u"first_name"_s;
        QTest::newRow("unknown update type")
            << QByteArray(R"({"update_id":1,"teleport":{}})") << u"unknown update type"_s;
        QTest::newRow("empty update") << QByteArray(R"({"update_id":1})") << u"no payload"_s;
    }

    void malformedInputIsQuarantinedWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reasonContains);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const auto u = parseUpdate(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        QCOMPARE(u.kind, ParsedUpdate::Kind::Malformed);
        QVERIFY2(u.error.contains(reasonContains), qPrintable(u.error));
    }
};

QTEST_APPLESS_MAIN(TestUpdateParser)
#include "tst_updateparser.moc"
