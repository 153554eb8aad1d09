// SPDX-License-Identifier: MIT
// The Telegram emulator tested on its own, over HTTP with a plain QNetworkAccessManager, and every
// object it returns checked against the Bot API specification.
#include "BotApiConformance.h"
#include "core/telegram/UpdateTypes.h"
#include "sandbox/telegram/TelegramEmulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

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
    QByteArray body;
    QByteArray contentType;
    QJsonObject json;
};

Reply collect(QNetworkReply *reply, int timeoutMs = 10000)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

QByteArray errorBody(int code, const QString &description)
{
    return R"({"ok":false,"error_code":)"_ba + QByteArray::number(code) + R"(,"description":")"_ba
        + description.toUtf8() + R"("})"_ba;
}

} // namespace

class TestTelegramEmulator : public QObject
{
    Q_OBJECT

private:
    QUrl methodUrl(const QString &method, const QString &token = Token) const
    {
        return QUrl(m_tg->baseUrl().toString() + u"/bot"_s + token + u"/"_s + method);
    }
    QNetworkReply *startGet(const QString &method, const QUrlQuery &query = {})
    {
        QUrl url = methodUrl(method);
        url.setQuery(query);
        return m_nam->get(QNetworkRequest(url));
    }
    QNetworkReply *startJson(const QString &method, const QJsonObject &body)
    {
        QNetworkRequest request(methodUrl(method));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply get(const QString &method, const QUrlQuery &query = {}) { return collect(startGet(method, query)); }
    Reply postJson(const QString &method, const QJsonObject &body)
    {
        return collect(startJson(method, body));
    }
    Reply postForm(const QString &method, const QByteArray &form)
    {
        QNetworkRequest request(methodUrl(method));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        return collect(m_nam->post(request, form));
    }
    Reply upload(const QString &method, const QList<std::pair<QString, QString>> &fields,
        const QString &fileField, const QString &fileName, const QByteArray &mime, const QByteArray &data)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &[name, value] : fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"%1\""_s.arg(name));
            part.setBody(value.toUtf8());
            multi->append(part);
        }
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
            u"form-data; name=\"%1\"; filename=\"%2\""_s.arg(fileField, fileName));
        if (!mime.isEmpty())
            file.setHeader(QNetworkRequest::ContentTypeHeader, mime);
        file.setBody(data);
        multi->append(file);
        QNetworkReply *reply = m_nam->post(QNetworkRequest(methodUrl(method)), multi);
        multi->setParent(reply);
        return collect(reply, 60000);
    }
    QJsonArray updates(const QUrlQuery &query = {})
    {
        const Reply r = get(u"getUpdates"_s, query);
        [&] { QCOMPARE(r.status, 200); }();
        return r.json.value(u"result"_s).toArray();
    }

    void conforms(const QJsonValue &v, const QString &type)
    {
        const QStringList errors = m_spec.checkValue(v, type, type);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
    }

    const TelegramUser m_alice { 424242424242, u"Alice"_s, u"Liddell"_s, u"alice"_s, false, u"en"_s, true };
    const TelegramUser m_bob { 77, u"Bob"_s, {}, {}, false, {}, false };
    tgic::test::BotApiConformance m_spec; // the same checker the conformance test uses
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
        QCOMPARE(m_tg->baseUrl().host(), u"127.0.0.1"_s);
    }
    void cleanup()
    {
        m_nam.reset();
        m_tg.reset();
    }

    void routingAndEnvelope()
    {
        QSignalSpy received(m_tg.get(), &TelegramEmulator::requestReceived);
        const Reply me = get(u"getMe"_s);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.contentType, "application/json"_ba);
        QVERIFY(me.body.startsWith(R"({"ok":true,"result":{)"_ba)); // compact, not pretty-printed
        QVERIFY(!me.body.contains('\n'));
        QCOMPARE(me.json.value(u"result"_s).toObject(), m_tg->botUser());
        QCOMPARE(me.json.value(u"result"_s).toObject().value(u"id"_s).toInteger(), 123456789);
        conforms(me.json.value(u"result"_s), u"User"_s);
        QCOMPARE(postJson(u"GETME"_s, {}).status, 200); // method names ignore case
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).at(0).toString(), u"getMe"_s);
        QCOMPARE(m_tg->requestCount(u"getme"_s), 2);

        const Reply wrongToken = collect(m_nam->get(QNetworkRequest(methodUrl(u"getMe"_s, u"1:wrong"_s))));
        QCOMPARE(wrongToken.status, 401);
        QCOMPARE(wrongToken.body, R"({"ok":false,"error_code":401,"description":"Unauthorized"})"_ba);
        const Reply unknown = get(u"sendTelepathy"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body, R"({"ok":false,"error_code":404,"description":"Not Found"})"_ba);
        const Reply noRoute
            = collect(m_nam->get(QNetworkRequest(QUrl(m_tg->baseUrl().toString() + u"/nothing"_s))));
        QCOMPARE(noRoute.status, 404);
        QVERIFY(noRoute.body.isEmpty());
        QCOMPARE(m_tg->requestCount(), 4);
    }

    void parameterEncodings()
    {
        m_tg->pushMessage(m_alice, u"hi"_s);
        const QString chat = QString::number(m_alice.id);
        QCOMPARE(
            get(u"sendMessage"_s, QUrlQuery { { u"chat_id"_s, chat }, { u"text"_s, u"via query"_s } }).status,
            200);
        QCOMPARE(postForm(u"sendMessage"_s, "chat_id=" + chat.toLatin1() + "&text=via+form+%C3%A9%26").status,
            200);
        QCOMPARE(
            postJson(u"sendMessage"_s, { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"via json"_s } }).status,
            200);
        const Reply multi
            = upload(u"sendDocument"_s, { { u"chat_id"_s, chat }, { u"caption"_s, u"via multipart"_s } },
                u"document"_s, u"notes; v2.txt"_s, "text/plain", "line1\r\n--x\r\nline2");
        QCOMPARE(multi.status, 200);
        const QList<QJsonObject> sent = m_tg->sentMessages(m_alice.id);
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent.at(0).value(u"text"_s).toString(), u"via query"_s);
        QCOMPARE(sent.at(1).value(u"text"_s).toString(), u"via form é&"_s);
        QCOMPARE(sent.at(2).value(u"text"_s).toString(), u"via json"_s);
        QCOMPARE(sent.at(3).value(u"caption"_s).toString(), u"via multipart"_s);
        QCOMPARE(
            sent.at(3).value(u"document"_s).toObject().value(u"file_name"_s).toString(), u"notes; v2.txt"_s);
        QCOMPARE(sent.at(3).value(u"document"_s).toObject().value(u"file_size"_s).toInt(),
            17); // bytes kept exactly
        QCOMPARE(m_tg->lastRequestBody(u"SENDMESSAGE"_s),
            QJsonDocument(QJsonObject { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"via json"_s } })
                .toJson(QJsonDocument::Compact));
        const Reply badJson = collect([&] {
            QNetworkRequest request(methodUrl(u"sendMessage"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            return m_nam->post(request, "{not json"_ba);
        }());
        QCOMPARE(badJson.status, 400);
    }

    // A text that begins with U+FEFF (a zero-width no-break space pasted from elsewhere) keeps
    // it however it was sent: Telegram treats it as a character, not as a byte-order mark.
    void aLeadingZeroWidthNoBreakSpaceIsKept()
    {
        m_tg->pushMessage(m_alice, u"hi"_s);
        const QString chat = QString::number(m_alice.id);
        QCOMPARE(
            postForm(u"sendMessage"_s, "chat_id=" + chat.toLatin1() + "&text=%EF%BB%BFform").status, 200);
        QCOMPARE(upload(u"sendDocument"_s, { { u"chat_id"_s, chat }, { u"caption"_s, u"\uFEFFmultipart"_s } },
                     u"document"_s, u"a.txt"_s, "text/plain", "x")
                     .status,
            200);
        const QList<QJsonObject> sent = m_tg->sentMessages(m_alice.id);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).value(u"text"_s).toString(), u"\uFEFFform"_s);
        QCOMPARE(sent.at(1).value(u"caption"_s).toString(), u"\uFEFFmultipart"_s);
    }

    void getUpdatesOffsetLimitAndConfirmation()
    {
        const qint64 first = m_tg->pushMessage(m_alice, u"one"_s);
        QCOMPARE(m_tg->pushMessage(m_bob, u"two"_s), first + 1);
        QCOMPARE(m_tg->pushGroupMessage({ { u"id"_s, qint64(-1001234567890) }, { u"type"_s, u"supergroup"_s },
                                            { u"title"_s, u"Support"_s } },
                     m_bob, u"three"_s),
            first + 2);
        const QJsonArray all = updates();
        QCOMPARE(all.size(), 3);
        for (const QJsonValue u : all)
            conforms(u, u"Update"_s);
        QCOMPARE(all.at(0)[u"message"_s][u"from"_s].toObject(), m_alice.toJson());
        QCOMPARE(all.at(0)[u"message"_s][u"chat"_s][u"id"_s].toInteger(), m_alice.id);
        QCOMPARE(updates().size(), 3); // nothing confirmed without an offset
        QCOMPARE(updates({ { u"limit"_s, u"2"_s } }).size(), 2);
        QCOMPARE(updates({ { u"limit"_s, u"0"_s } }).size(), 1); // clamped to 1..100
        QCOMPARE(m_tg->confirmedUpTo(), 0);

        const QJsonArray rest = updates({ { u"offset"_s, QString::number(first + 1) } });
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest.at(0)[u"update_id"_s].toInteger(), first + 1);
        QCOMPARE(m_tg->confirmedUpTo(), first);
        QCOMPARE(m_tg->pendingUpdateCount(), 2);

        m_tg->pushMessage(m_alice, u"four"_s);
        const QJsonArray last = updates({ { u"offset"_s, u"-1"_s } }); // the last one; the rest is forgotten
        QCOMPARE(last.size(), 1);
        QCOMPARE(last.at(0)[u"message"_s][u"text"_s].toString(), u"four"_s);
        QCOMPARE(m_tg->pendingUpdateCount(), 1);
        QCOMPARE(updates({ { u"offset"_s, QString::number(first + 4) } }).size(), 0);
        QCOMPARE(m_tg->pendingUpdateCount(), 0);
        QCOMPARE(m_tg->confirmedUpTo(), first + 3);
    }

    // The one list of update types (shared by the client's parser and poller and this emulator)
    // is the Bot API's: every Update field, in order, and the default set allowed_updates names.
    void updateTypesAreTheSpecifications()
    {
        QFile file(QStringLiteral(TGIC_SPECS_DIR "/telegram-bot-api-10.1.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
        QStringList fields;
        for (const QJsonValue f : spec[u"types"_s][u"Update"_s][u"fields"_s].toArray())
            fields.append(f[u"name"_s].toString());
        QCOMPARE(fields.takeFirst(), u"update_id"_s);
        QStringList listed;
        QStringList notByDefault;
        for (const tgic::telegram::UpdateTypeInfo &info : tgic::telegram::kUpdateTypes) {
            listed.append(info.name);
            if (!info.sentByDefault)
                notByDefault.append(info.name);
        }
        QCOMPARE(listed, fields);

        QString allowedText;
        for (const QJsonValue f : spec[u"methods"_s][u"getUpdates"_s][u"fields"_s].toArray()) {
            if (f[u"name"_s].toString() == u"allowed_updates"_s)
                allowedText = f[u"description"_s].toString();
        }
        QVERIFY(allowedText.contains(
            u"all update types except chat_member, message_reaction, and message_reaction_count"_s));
        QCOMPARE(notByDefault,
            (QStringList { u"message_reaction"_s, u"message_reaction_count"_s, u"chat_member"_s }));
    }

    void allowedUpdates()
    {
        const QJsonObject member { { u"chat"_s, m_alice.privateChatJson() } };
        QCOMPARE(m_tg->pushUpdate({ { u"chat_member"_s, member } }), 0); // not in the default set
        QVERIFY(m_tg->pushUpdate({ { u"my_chat_member"_s, member } }) > 0);
        QCOMPARE(
            updates({ { u"allowed_updates"_s, uR"(["edited_message","Chat_Member","nonsense"])"_s } }).size(),
            1);
        QCOMPARE(m_tg->allowedUpdates(), (QStringList { u"edited_message"_s, u"chat_member"_s }));
        QCOMPARE(m_tg->pushMessage(m_alice, u"dropped"_s), 0);
        QVERIFY(m_tg->pushUpdate({ { u"chat_member"_s, member } }) > 0);
        updates(); // omitted: the setting stays
        QCOMPARE(m_tg->pushMessage(m_alice, u"still dropped"_s), 0);
        postJson(
            u"getUpdates"_s, { { u"allowed_updates"_s, QJsonArray() } }); // empty list: the default again
        QVERIFY(m_tg->allowedUpdates().isEmpty());
        QVERIFY(m_tg->pushMessage(m_alice, u"kept"_s) > 0);
    }

    void longPollAnswersWhenAnUpdateArrives()
    {
        QNetworkReply *poll = startGet(u"getUpdates"_s, { { u"timeout"_s, u"20"_s } });
        QTRY_VERIFY(m_tg->hasParkedPoll()); // held, not answered: the queue is empty
        m_tg->pushMessage(m_alice, u"wake up"_s);
        m_tg->pushMessage(m_alice, u"and this"_s);
        const Reply r = collect(poll);
        QCOMPARE(r.status, 200);
        // Both messages, so the poll was still open when they came: an early answer would be empty.
        QCOMPARE(r.json[u"result"_s].toArray().size(), 2); // pushed together, answered together

        m_tg->setLongPollCap(1); // timeout=30 is clamped to the cap
        const qint64 next = r.json[u"result"_s].toArray().last()[u"update_id"_s].toInteger() + 1;
        QNetworkReply *capped = startGet(
            u"getUpdates"_s, { { u"timeout"_s, u"30"_s }, { u"offset"_s, QString::number(next) } });
        QTRY_VERIFY(m_tg->hasParkedPoll()); // it waits...
        QSignalSpy answered(capped, &QNetworkReply::finished);
        // ...for the 1 s cap, not the 30 s asked for: well within 20 s even on a slow machine.
        QVERIFY(answered.wait(20000));
        const Reply empty = collect(capped);
        QCOMPARE(empty.body, R"({"ok":true,"result":[]})"_ba);
        QCOMPARE(m_tg->pendingUpdateCount(), 0);
    }

    void secondPollerEndsTheFirst()
    {
        QNetworkReply *older = startGet(u"getUpdates"_s, { { u"timeout"_s, u"20"_s } });
        QTRY_VERIFY(m_tg->hasParkedPoll());
        QNetworkReply *newer = startGet(u"getUpdates"_s, { { u"timeout"_s, u"20"_s } });
        const Reply first = collect(older);
        QCOMPARE(first.status, 409);
        QCOMPARE(first.body,
            errorBody(409,
                u"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"_s));
        QVERIFY(m_tg->hasParkedPoll()); // the newer one, which ended the older
        m_tg->pushMessage(m_bob, u"to the newer poller"_s);
        const Reply second = collect(newer);
        QCOMPARE(second.status, 200);
        // It carries the message pushed after the older poll ended, so it was still waiting then.
        QCOMPARE(second.json[u"result"_s].toArray().size(), 1);
    }

    void webhookBlocksPolling()
    {
        QNetworkReply *poll = startGet(u"getUpdates"_s, { { u"timeout"_s, u"20"_s } });
        QTRY_VERIFY(m_tg->hasParkedPoll());
        m_tg->setWebhook(u"https://example.invalid/hook"_s);
        const Reply ended = collect(poll);
        QCOMPARE(ended.status, 409);
        QCOMPARE(ended.json[u"description"_s].toString(), u"Conflict: terminated by setWebhook request"_s);
        const Reply refused = get(u"getUpdates"_s);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.body,
            errorBody(409,
                u"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"_s));

        m_tg->pushMessage(m_alice, u"queued"_s);
        const Reply info = get(u"getWebhookInfo"_s);
        conforms(info.json[u"result"_s], u"WebhookInfo"_s);
        QCOMPARE(info.json[u"result"_s][u"url"_s].toString(), u"https://example.invalid/hook"_s);
        QCOMPARE(info.json[u"result"_s][u"pending_update_count"_s].toInt(), 1);

        const Reply deleted = postJson(u"deleteWebhook"_s, { { u"drop_pending_updates"_s, true } });
        QCOMPARE(deleted.body, R"({"ok":true,"result":true,"description":"Webhook was deleted"})"_ba);
        QCOMPARE(m_tg->pendingUpdateCount(), 0);
        QCOMPARE(get(u"getUpdates"_s).status, 200);
        QCOMPARE(get(u"getWebhookInfo"_s).json[u"result"_s][u"url"_s].toString(), QString());
        QCOMPARE(get(u"setWebhook"_s, { { u"url"_s, u"http://plain.example/hook"_s } }).status, 400);
        QCOMPARE(get(u"setWebhook"_s, { { u"url"_s, u"https://example.invalid/h"_s } })
                     .json[u"description"_s]
                     .toString(),
            u"Webhook was set"_s);
        QCOMPARE(get(u"getUpdates"_s).status, 409);
    }

    void clientHangingUpMidPollIsHarmless()
    {
        QNetworkReply *poll = startGet(u"getUpdates"_s, { { u"timeout"_s, u"20"_s } });
        QTRY_VERIFY(m_tg->hasParkedPoll());
        poll->abort();
        poll->deleteLater();
        QTRY_VERIFY(!m_tg->hasParkedPoll()); // the emulator saw the hang-up and let the request go
        m_tg->pushMessage(m_alice, u"nobody listens"_s);
        const QJsonArray got = updates();
        QCOMPARE(got.size(), 1); // still there: an update is only gone once confirmed
        QCOMPARE(got.at(0)[u"message"_s][u"text"_s].toString(), u"nobody listens"_s);
    }

    void hangUpRacesAndShutdown()
    {
        // Hang-ups in the same event-loop turn as a push, and a poll whose timer would fire later.
        const int before = m_tg->requestCount(u"getUpdates"_s);
        for (int i = 0; i < 5; ++i) {
            QNetworkReply *poll = startGet(u"getUpdates"_s, { { u"timeout"_s, u"1"_s } });
            // Arrived (parked, or answered at once with the races before it), then hung up on.
            QTRY_COMPARE(m_tg->requestCount(u"getUpdates"_s), before + i + 1);
            poll->abort();
            poll->deleteLater();
            m_tg->pushMessage(m_bob, u"race"_s);
        }
        // The last poll is let go: answered, hung up on, or its 1 s timer fired into a closed socket.
        QTRY_VERIFY_WITH_TIMEOUT(!m_tg->hasParkedPoll(), 10000);
        const QJsonArray raced = updates();
        QCOMPARE(raced.size(), 5);
        // The emulator going away under a parked poll closes the connection without a response.
        const QString next = QString::number(raced.last()[u"update_id"_s].toInteger() + 1);
        QNetworkReply *parked
            = startGet(u"getUpdates"_s, { { u"timeout"_s, u"20"_s }, { u"offset"_s, next } });
        QTRY_VERIFY(m_tg->hasParkedPoll());
        QVERIFY(!parked->isFinished());
        m_tg.reset();
        const Reply r = collect(parked, 3000);
        QCOMPARE(r.status, 0);
    }

    void sendMessageRules()
    {
        QSignalSpy sentSpy(m_tg.get(), &TelegramEmulator::messageSent);
        const Reply unknownChat
            = postJson(u"sendMessage"_s, { { u"chat_id"_s, 999 }, { u"text"_s, u"x"_s } });
        QCOMPARE(unknownChat.body, errorBody(400, u"Bad Request: chat not found"_s));
        m_tg->pushMessage(m_alice, u"question"_s);
        const qint64 questionId = updates().at(0)[u"message"_s][u"message_id"_s].toInteger();
        QCOMPARE(postJson(u"sendMessage"_s, { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"  "_s } }).body,
            errorBody(400, u"Bad Request: message text is empty"_s));
        QCOMPARE(
            postJson(u"sendMessage"_s, { { u"chat_id"_s, m_alice.id }, { u"text"_s, QString(4097, u'я') } })
                .body,
            errorBody(400, u"Bad Request: message is too long"_s));
        QCOMPARE(
            postJson(u"sendMessage"_s, { { u"chat_id"_s, m_alice.id }, { u"text"_s, QString(4096, u'я') } })
                .status,
            200);

        const Reply reply = postJson(u"sendMessage"_s,
            { { u"chat_id"_s, QString::number(m_alice.id) }, { u"text"_s, u"answer"_s },
                { u"reply_parameters"_s, QJsonObject { { u"message_id"_s, questionId } } } });
        QCOMPARE(reply.status, 200);
        const QJsonObject message = reply.json[u"result"_s].toObject();
        conforms(message, u"Message"_s);
        QCOMPARE(message[u"from"_s][u"is_bot"_s].toBool(), true);
        QCOMPARE(message[u"from"_s][u"id"_s].toInteger(), 123456789);
        QCOMPARE(message[u"reply_to_message"_s][u"text"_s].toString(), u"question"_s);
        QVERIFY(message[u"message_id"_s].toInteger() > questionId);
        QCOMPARE(m_tg->sentMessages().constLast(), message);
        QCOMPARE(sentSpy.size(), 2);

        const QByteArray missing = R"({"message_id":4040})"_ba;
        QCOMPARE(postForm(u"sendMessage"_s,
                     "chat_id=" + QByteArray::number(m_alice.id)
                         + "&text=x&reply_parameters=" + missing.toPercentEncoding())
                     .body,
            errorBody(400, u"Bad Request: message to be replied not found"_s));
        QCOMPARE(postJson(u"sendMessage"_s,
                     { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"x"_s },
                         { u"reply_parameters"_s,
                             QJsonObject {
                                 { u"message_id"_s, 4040 }, { u"allow_sending_without_reply"_s, true } } } })
                     .status,
            200);

        m_tg->setBlockedByUser(m_alice.id, true);
        QCOMPARE(postJson(u"sendMessage"_s, { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"x"_s } }).body,
            errorBody(403, u"Forbidden: bot was blocked by the user"_s));
        m_tg->setBlockedByUser(m_alice.id, false);
        QCOMPARE(
            postJson(u"sendMessage"_s, { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"x"_s } }).status, 200);
        m_tg->setDeactivated(m_alice.id);
        QCOMPARE(postJson(u"sendMessage"_s, { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"x"_s } }).body,
            errorBody(403, u"Forbidden: user is deactivated"_s));
    }

    void replyMarkupLikeTheBotApi()
    {
        m_tg->pushMessage(m_alice, u"hi"_s);
        const QJsonObject group { { u"id"_s, -1001234 }, { u"type"_s, u"supergroup"_s },
            { u"title"_s, u"G"_s } };
        m_tg->pushGroupMessage(group, m_bob, u"hello group"_s);
        updates();
        const QJsonObject keyboard { { u"keyboard"_s,
                                         QJsonArray { QJsonArray { QJsonObject { { u"text"_s, u"Share"_s },
                                             { u"request_contact"_s, true } } } } },
            { u"one_time_keyboard"_s, true }, { u"resize_keyboard"_s, true } };
        const QByteArray keyboardText = QJsonDocument(keyboard).toJson(QJsonDocument::Compact);

        // A JSON body carries it as an object; the Message does not show a reply keyboard.
        const Reply shown = postJson(u"sendMessage"_s,
            { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"your number?"_s },
                { u"reply_markup"_s, keyboard } });
        QCOMPARE(shown.status, 200);
        conforms(shown.json[u"result"_s], u"Message"_s);
        QVERIFY(!shown.json[u"result"_s].toObject().contains(u"reply_markup"_s));
        QCOMPARE(m_tg->replyKeyboard(m_alice.id), keyboard);
        QCOMPARE(
            m_tg->replyMarkupOf(m_alice.id, shown.json[u"result"_s][u"message_id"_s].toInteger()), keyboard);

        // Form and query bodies carry it as a JSON string. Taking it away:
        const QByteArray remove = R"({"remove_keyboard":true})"_ba;
        QCOMPARE(postForm(u"sendMessage"_s,
                     "chat_id=" + QByteArray::number(m_alice.id)
                         + "&text=thanks&reply_markup=" + remove.toPercentEncoding())
                     .status,
            200);
        QVERIFY(m_tg->replyKeyboard(m_alice.id).isEmpty());
        QUrlQuery query;
        query.addQueryItem(u"chat_id"_s, QString::number(m_alice.id));
        query.addQueryItem(u"text"_s, u"again"_s);
        query.addQueryItem(u"reply_markup"_s, QString::fromUtf8(keyboardText.toPercentEncoding()));
        QCOMPARE(get(u"sendMessage"_s, query).status, 200);
        QCOMPARE(m_tg->replyKeyboard(m_alice.id), keyboard);

        // Refusals, word for word.
        QCOMPARE(postForm(u"sendMessage"_s,
                     "chat_id=" + QByteArray::number(m_alice.id) + "&text=x&reply_markup=%7Bnot%20json")
                     .body,
            errorBody(400, u"Bad Request: can't parse reply keyboard markup JSON object"_s));
        QCOMPARE(postForm(u"sendMessage"_s,
                     "chat_id=" + QByteArray::number(m_alice.id) + "&text=x&reply_markup=%5B%5D")
                     .body,
            errorBody(400, u"Bad Request: object expected as reply markup"_s));
        const Reply inGroup = postJson(u"sendMessage"_s,
            { { u"chat_id"_s, -1001234 }, { u"text"_s, u"your number?"_s },
                { u"reply_markup"_s, keyboard } });
        QCOMPARE(inGroup.body,
            errorBody(400, u"Bad Request: phone number can be requested in private chats only"_s));
        QVERIFY(m_tg->replyKeyboard(-1001234).isEmpty());
        // sendDocument takes it too (multipart: a JSON string).
        QCOMPARE(upload(u"sendDocument"_s,
                     { { u"chat_id"_s, QString::number(m_alice.id) },
                         { u"reply_markup"_s, QString::fromUtf8(remove) } },
                     u"document"_s, u"a.txt"_s, "text/plain", "hello")
                     .status,
            200);
        QVERIFY(m_tg->replyKeyboard(m_alice.id).isEmpty());

        // The customer presses the button: their own contact, from their own account.
        QCOMPARE(m_tg->pressContactButton(m_alice, u"15550100"_s), 0); // nothing shown to press
        QCOMPARE(postJson(u"sendMessage"_s,
                     { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"number?"_s },
                         { u"reply_markup"_s, keyboard } })
                     .status,
            200);
        QVERIFY(m_tg->pressContactButton(m_alice, u"15550100"_s) > 0);
        const QJsonArray all = updates();
        const QJsonObject pressed = all.last()[u"message"_s].toObject();
        conforms(pressed, u"Message"_s);
        QCOMPARE(pressed[u"contact"_s][u"user_id"_s].toInteger(), m_alice.id);
        QCOMPARE(pressed[u"from"_s][u"id"_s].toInteger(), m_alice.id);
        QCOMPARE(pressed[u"contact"_s][u"phone_number"_s].toString(), u"15550100"_s);
    }

    void perChatFloodLimit()
    {
        m_tg->pushMessage(m_alice, u"hi"_s);
        m_tg->pushMessage(m_bob, u"hi"_s);
        m_tg->setPerChatSendLimit(2);
        const QJsonObject toAlice { { u"chat_id"_s, m_alice.id }, { u"text"_s, u"x"_s } };
        QCOMPARE(postJson(u"sendMessage"_s, toAlice).status, 200);
        QCOMPARE(postJson(u"sendMessage"_s, toAlice).status, 200);
        const Reply limited = postJson(u"sendMessage"_s, toAlice);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.body,
            R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 1","parameters":{"retry_after":1}})"_ba);
        QCOMPARE(postJson(u"sendMessage"_s, { { u"chat_id"_s, m_bob.id }, { u"text"_s, u"x"_s } }).status,
            200); // per chat
        QCOMPARE(m_tg->sentMessages().size(), 3);
    }

    void scriptedFailures()
    {
        m_tg->failNext(u"getMe"_s, 2, 500, u"Internal Server Error"_s);
        QCOMPARE(get(u"getMe"_s).status, 500);
        QCOMPARE(get(u"getUpdates"_s).status, 200); // other methods are untouched
        QCOMPARE(get(u"getMe"_s).body, errorBody(500, u"Internal Server Error"_s));
        QCOMPARE(get(u"getMe"_s).status, 200);
        m_tg->failNext({}, 1, 429, u"Too Many Requests: retry after 7"_s, 7);
        QCOMPARE(get(u"getUpdates"_s).json[u"parameters"_s][u"retry_after"_s].toInt(), 7);
        m_tg->sendGarbageNext(u"getupdates"_s);
        const Reply garbage = get(u"getUpdates"_s);
        QCOMPARE(garbage.status, 200);
        QVERIFY(QJsonDocument::fromJson(garbage.body).isNull());
        QCOMPARE(get(u"getUpdates"_s).status, 200);
    }

    void hungRequestsGetNoAnswerAndKeepTheConnection()
    {
        m_tg->hangNext(u"getMe"_s, 1);
        QNetworkRequest request(methodUrl(u"getMe"_s));
        request.setTransferTimeout(500); // the client gives up; the server never says a word
        QElapsedTimer waited;
        waited.start();
        QNetworkReply *hung = m_nam->get(request);
        QTRY_COMPARE(m_tg->hangingRequests(), 1);
        const Reply r = collect(hung);
        QCOMPARE(r.status, 0); // no status line ever came
        QVERIFY(r.body.isEmpty());
        QVERIFY(waited.elapsed() >= 450);
        QTRY_COMPARE(m_tg->hangingRequests(), 0); // it hung up, the server let go
        QCOMPARE(get(u"getMe"_s).status, 200); // once only
        m_tg->setUnresponsive(true);
        QNetworkRequest poll(methodUrl(u"getUpdates"_s));
        poll.setTransferTimeout(300);
        QCOMPARE(collect(m_nam->get(poll)).status, 0);
        m_tg->setUnresponsive(false);
        QCOMPARE(get(u"getUpdates"_s).status, 200);
    }

    void mediaUploadsAndDownloads()
    {
        m_tg->pushMessage(m_alice, u"send me files"_s);
        const QString chat = QString::number(m_alice.id);
        const QByteArray pdf = "%PDF-1.4 fake\x00\x01\x02 binary"_ba;
        const Reply doc
            = upload(u"sendDocument"_s, { { u"chat_id"_s, chat } }, u"document"_s, u"invoice.pdf"_s, {}, pdf);
        QCOMPARE(doc.status, 200);
        conforms(doc.json[u"result"_s], u"Message"_s);
        const QJsonObject document = doc.json[u"result"_s][u"document"_s].toObject();
        QCOMPARE(document[u"mime_type"_s].toString(), u"application/pdf"_s); // guessed from the name
        QCOMPARE(document[u"file_size"_s].toInt(), pdf.size());

        const Reply file = get(u"getFile"_s, { { u"file_id"_s, document[u"file_id"_s].toString() } });
        conforms(file.json[u"result"_s], u"File"_s);
        const QString path = file.json[u"result"_s][u"file_path"_s].toString();
        QVERIFY(path.startsWith("documents/"_L1));
        const Reply bytes = collect(m_nam->get(
            QNetworkRequest(QUrl(m_tg->baseUrl().toString() + u"/file/bot"_s + Token + u"/"_s + path))));
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.body, pdf);

        for (const QString &kind : { u"photo"_s, u"voice"_s, u"audio"_s, u"video"_s, u"animation"_s }) {
            const QString method = u"send"_s + kind.at(0).toUpper() + kind.mid(1);
            const Reply sent = upload(method, { { u"chat_id"_s, chat }, { u"caption"_s, kind } }, kind,
                kind + u".bin"_s, "application/octet-stream", "data");
            QVERIFY2(sent.status == 200, sent.body.constData());
            conforms(sent.json[u"result"_s], u"Message"_s);
            QVERIFY(sent.json[u"result"_s].toObject().contains(kind));
        }
        const QString again = document[u"file_id"_s].toString();
        const Reply resent
            = postJson(u"sendDocument"_s, { { u"chat_id"_s, m_alice.id }, { u"document"_s, again } });
        QCOMPARE(resent.json[u"result"_s][u"document"_s][u"file_id"_s].toString(), again);
        QCOMPARE(
            postJson(u"sendDocument"_s, { { u"chat_id"_s, m_alice.id }, { u"document"_s, u"nope"_s } }).body,
            errorBody(400, u"Bad Request: wrong file identifier/HTTP URL specified"_s));
        QCOMPARE(m_tg->sentMessages().size(), 7);
    }

    void fileSizeLimits()
    {
        m_tg->pushMessage(m_alice, u"hi"_s);
        const QString big = m_tg->addFile("tiny", u"movie.mp4"_s, u"video/mp4"_s, 21LL * 1024 * 1024);
        QCOMPARE(get(u"getFile"_s, { { u"file_id"_s, big } }).body,
            errorBody(400, u"Bad Request: file is too big"_s));
        QCOMPARE(get(u"getFile"_s, { { u"file_id"_s, u"unknown"_s } }).status, 400);
        const Reply tooBig = upload(u"sendDocument"_s, { { u"chat_id"_s, QString::number(m_alice.id) } },
            u"document"_s, u"huge.bin"_s, {}, QByteArray(50 * 1024 * 1024 + 1, 'x'));
        QCOMPARE(tooBig.status, 413);
        QCOMPARE(tooBig.body, errorBody(413, u"Request Entity Too Large"_s));
        QVERIFY(m_tg->sentMessages().isEmpty());
    }

    void scriptedInboundDocumentCanBeFetched()
    {
        const QString fileId = m_tg->addFile("hello bytes", u"hello.txt"_s, u"text/plain"_s);
        QJsonObject message { { u"message_id"_s, m_tg->nextMessageId(m_bob.id) }, { u"date"_s, 1700000000 },
            { u"chat"_s, m_bob.privateChatJson() }, { u"from"_s, m_bob.toJson() },
            { u"document"_s, m_tg->documentJson(fileId) } };
        QVERIFY(m_tg->pushUpdate({ { u"message"_s, message } }) > 0);
        const QJsonArray got = updates();
        conforms(got, u"Array of Update"_s);
        const QString path = get(u"getFile"_s,
            { { u"file_id"_s, got.at(0)[u"message"_s][u"document"_s][u"file_id"_s].toString() } })
                                 .json[u"result"_s][u"file_path"_s]
                                 .toString();
        QCOMPARE(collect(m_nam->get(QNetworkRequest(
                             QUrl(m_tg->baseUrl().toString() + u"/file/bot"_s + Token + u"/"_s + path))))
                     .body,
            "hello bytes"_ba);
        // Bob's chat is now known, so the bot can answer him.
        QCOMPARE(
            postJson(u"sendMessage"_s, { { u"chat_id"_s, m_bob.id }, { u"text"_s, u"got it"_s } }).status,
            200);
    }

    void rawUpdatesAreDeliveredVerbatim()
    {
        const qint64 id = m_tg->pushRawUpdate(QJsonObject { { u"message"_s, u"not an object"_s } });
        m_tg->pushRawUpdate(u"just a string"_s);
        const QJsonArray got = updates();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0)[u"update_id"_s].toInteger(), id);
        QCOMPARE(got.at(0)[u"message"_s].toString(), u"not an object"_s);
        QCOMPARE(got.at(1).toString(), u"just a string"_s);
        QCOMPARE(updates({ { u"offset"_s, QString::number(id + 2) } }).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTelegramEmulator)
#include "tst_telegramemulator.moc"
