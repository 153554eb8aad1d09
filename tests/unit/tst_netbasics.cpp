// SPDX-License-Identifier: MIT
// The small pieces the network layer leans on: redaction, backoff, reading Intercom's error
// details, and the resolver's refusal to trust a search hit that is not an exact anchor match.

#include "Redactor.h"
#include "identity/IdentityResolver.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"
#include "net/Backoff.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "sync/IntercomDelivery.h"
#include "telegram/TelegramApi.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic;

class TestNetBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactorRemovesTokensEverywhere()
    {
        Redactor r;
        r.addSecret(u"sandbox:telegram-bot-token"_s);
        QCOMPARE(r.redact(u"Error transferring http://h/botsandbox:telegram-bot-token/getUpdates"_s),
            u"Error transferring http://h/bot<redacted>/getUpdates"_s);
        // A real-looking token we were never told about is caught by its shape.
        const QString unknown = u"123456789:"_s + QString(35, u'A');
        QVERIFY(!r.redact(u"url /bot"_s + unknown + u"/x"_s).contains(unknown));
        QCOMPARE(r.redact(u"Authorization: Bearer abc.def"_s), u"Authorization: Bearer <redacted>"_s);
    }

    void backoffGrowsWithJitterAndIsCapped()
    {
        const net::Backoff b { std::chrono::milliseconds(100), std::chrono::milliseconds(1000) };
        for (int i = 0; i < 50; ++i) {
            const auto first = b.delayFor(1).count();
            QVERIFY(first >= 50 && first <= 100);
            const auto third = b.delayFor(3).count();
            QVERIFY(third >= 200 && third <= 400);
            const auto late = b.delayFor(30).count();
            QVERIFY(late >= 500 && late <= 1000);
        }
    }

    void intercomErrorDetailsAreRead()
    {
        net::ApiResult conflict;
        conflict.message
            = u"A contact matching those details already exists with id=6762f0dd1bb69f9f2193bb83"_s;
        QCOMPARE(intercom::IntercomClient::conflictingContactId(conflict), u"6762f0dd1bb69f9f2193bb83"_s);
        net::ApiResult gone;
        gone.headers.insert("link", "</contacts/6762f0d01bb69f9f21930009>; rel=\"canonical\"");
        QCOMPARE(intercom::IntercomClient::canonicalContactId(gone), u"6762f0d01bb69f9f21930009"_s);
        QVERIFY(intercom::IntercomClient::canonicalContactId(net::ApiResult {}).isEmpty());
    }

    void bothApisMapAnErrorStatusTheSameWay()
    {
        using tgic::net::Outcome;
        const QList<QPair<int, Outcome>> expected { { 400, Outcome::ClientError },
            { 401, Outcome::Unauthorized }, { 403, Outcome::Forbidden }, { 404, Outcome::NotFound },
            { 409, Outcome::Conflict }, { 410, Outcome::Gone }, { 422, Outcome::ClientError },
            { 429, Outcome::RateLimited }, { 500, Outcome::ServerError }, { 503, Outcome::ServerError } };
        for (const auto &[status, outcome] : expected) {
            QCOMPARE(tgic::net::outcomeForStatus(status), outcome);
            QCOMPARE(tgic::intercom::IntercomApi::readResponse(status, "{}", {}, {}).outcome, outcome);
            // Telegram: the HTTP status, or the envelope's error_code behind a 200.
            const QByteArray envelope
                = QByteArray(R"({"ok":false,"error_code":)") + QByteArray::number(status) + "}";
            QCOMPARE(tgic::telegram::TelegramApi::readEnvelope(status, envelope).outcome, outcome);
            QCOMPARE(tgic::telegram::TelegramApi::readEnvelope(200, envelope).outcome, outcome);
        }
    }

    void telegramFormBodiesSurviveDecoding()
    {
        QUrlQuery params;
        params.addQueryItem(u"text"_s, u"+1 555 & a=b ✓"_s);
        params.addQueryItem(u"chat_id"_s, u"-1001"_s);
        const QByteArray body = telegram::TelegramApi::method(u"sendMessage"_s, params).body;
        // Decode the way a form server does: '+' is a space, %XX a byte.
        QUrlQuery decoded(QString::fromUtf8(QByteArray(body).replace('+', ' ')));
        QCOMPARE(decoded.queryItemValue(u"text"_s, QUrl::FullyDecoded), u"+1 555 & a=b ✓"_s);
        QCOMPARE(decoded.queryItemValue(u"chat_id"_s, QUrl::FullyDecoded), u"-1001"_s);
    }

    void partBodiesCompareAsText()
    {
        QCOMPARE(sync::normalizedBody(u"<p>Fish &amp; chips<br/>please</p>"_s), u"Fish & chips please"_s);
        QCOMPARE(sync::normalizedBody(u"Fish & chips\nplease"_s), u"Fish & chips please"_s);
    }

    void searchHitWithoutTheExactAnchorIsNotTrusted()
    {
        // A server whose search is looser than it should be (e.g. "contains" semantics) returns
        // a contact anchored to a different ID that merely contains ours.
        QHttpServer server;
        server.route(u"/contacts/search"_s, QHttpServerRequest::Method::Post, [] {
            const QJsonObject near { { u"type"_s, u"contact"_s }, { u"id"_s, u"aaaaaaaaaaaaaaaaaaaaaaaa"_s },
                { u"role"_s, u"lead"_s },
                { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"150123456789"_s } } } };
            return QHttpServerResponse(QJsonObject {
                { u"type"_s, u"list"_s }, { u"data"_s, QJsonArray { near } }, { u"total_count"_s, 1 } });
        });
        server.route(u"/contacts"_s, QHttpServerRequest::Method::Post, [](const QHttpServerRequest &request) {
            const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
            return QHttpServerResponse(QJsonObject { { u"type"_s, u"contact"_s },
                { u"id"_s, u"bbbbbbbbbbbbbbbbbbbbbbbb"_s }, { u"role"_s, u"lead"_s },
                { u"custom_attributes"_s, body.value(u"custom_attributes"_s) } });
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        QTemporaryDir dir;
        store::Database db;
        QVERIFY(db.open(dir.filePath(u"t.sqlite3"_s)));
        store::runSql(db.connection(),
            u"INSERT INTO telegram_users (telegram_user_id, first_name, first_seen_at,"
            " last_seen_at) VALUES (5012345678, 'Alex', 0, 0)"_s);
        store::runSql(db.connection(),
            u"INSERT INTO mappings (telegram_user_id, state, updated_at) VALUES (5012345678, 'pending', 0)"_s);
        QNetworkAccessManager nam;
        intercom::IntercomApi api(&nam, QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"t"_s);
        intercom::IntercomClient client(&api);
        identity::IdentityResolver resolver(db, &client);
        QString contact;
        resolver.resolve(5012345678, [&](const identity::Resolution &r) { contact = r.contactId; });
        QVERIFY(QTest::qWaitFor([&] { return !contact.isEmpty(); }, 5000));
        QCOMPARE(contact, u"bbbbbbbbbbbbbbbbbbbbbbbb"_s); // created, not the near miss
    }
};

QTEST_GUILESS_MAIN(TestNetBasics)
#include "tst_netbasics.moc"
