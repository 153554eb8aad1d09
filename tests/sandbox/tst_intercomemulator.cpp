// SPDX-License-Identifier: MIT
// The Intercom emulator against plain QNetworkAccessManager requests: the wire format, the error
// bodies and the awkward behaviours (search lag, merges, rate limits, outages) the client must survive.
#include "sandbox/intercom/IntercomEmulator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using tgic::sandbox::IntercomEmulator;

namespace {

const QString kToken = u"test-token"_s;

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray contentType;

    QString errorCode() const
    {
        return json.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString();
    }
    QString errorMessage() const
    {
        return json.value(u"errors"_s).toArray().at(0).toObject().value(u"message"_s).toString();
    }
};

bool isContactId(const QString &id)
{
    static const QRegularExpression re(u"^[0-9a-f]{24}$"_s);
    return re.match(id).hasMatch();
}

QJsonObject filter(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonObject { { u"field"_s, field }, { u"operator"_s, op }, { u"value"_s, value } };
}

QJsonObject group(const QString &op, const QJsonArray &filters)
{
    return QJsonObject { { u"operator"_s, op }, { u"value"_s, filters } };
}

} // namespace

class TestIntercomEmulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IntercomEmulator> m_emu;
    QNetworkAccessManager m_nam;

    Response call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool auth = true,
        const QByteArray &rawBody = {})
    {
        QNetworkRequest request(QUrl(m_emu->baseUrl().toString() + path));
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Intercom-Version", "2.16");
        if (auth)
            request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QByteArray data = rawBody;
        if (data.isEmpty() && !body.isEmpty())
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!data.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, data);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        const QList<QNetworkReply::RawHeaderPair> pairs = reply->rawHeaderPairs();
        for (const auto &p : pairs)
            r.headers.insert(p.first.toLower(), p.second);
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return r;
    }
    Response get(const QString &path) { return call("GET", path); }
    Response post(const QString &path, const QJsonObject &body) { return call("POST", path, body); }
    Response put(const QString &path, const QJsonObject &body) { return call("PUT", path, body); }

    QString createContact(const QJsonObject &body)
    {
        const Response r = post(u"/contacts"_s, body);
        if (r.status != 200)
            qWarning() << "create failed" << r.status << r.body;
        return r.json.value(u"id"_s).toString();
    }
    Response search(const QJsonObject &query, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(u"query"_s, query);
        return post(u"/contacts/search"_s, body);
    }
    QStringList ids(const Response &list, const QString &key = u"data"_s)
    {
        QStringList out;
        const QJsonArray data = list.json.value(key).toArray();
        for (const QJsonValue &v : data)
            out.append(v.toObject().value(u"id"_s).toString());
        return out;
    }
    void verifyError(const Response &r, int status, const QString &code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"error.list"_s);
        QVERIFY(!r.json.value(u"request_id"_s).toString().isEmpty());
        QCOMPARE(r.errorCode(), code);
    }

private Q_SLOTS:
    void init()
    {
        m_emu = std::make_unique<IntercomEmulator>(kToken);
        QVERIFY(m_emu->listen());
        m_emu->defineAttribute(u"telegram_user_id"_s);
    }
    void cleanup() { m_emu.reset(); }

    void authVersionAndMalformedRequests()
    {
        Response r = call("GET", u"/me"_s, {}, {}, false);
        verifyError(r, 401, u"unauthorized"_s);
        QCOMPARE(r.errorMessage(), u"Access Token Invalid"_s);
        QVERIFY(r.headers.contains("x-ratelimit-limit"));

        r = call("GET", u"/me"_s, {}, { { "Authorization", "Bearer wrong" } }, false);
        verifyError(r, 401, u"unauthorized"_s);

        r = call("GET", u"/me"_s, {}, { { "Intercom-Version", "9.9" } });
        verifyError(r, 400, u"intercom_version_invalid"_s);
        QVERIFY(m_emu->seenVersionHeaders().contains(u"9.9"_s));
        QVERIFY(m_emu->seenVersionHeaders().contains(u"2.16"_s));

        r = get(u"/no/such/path"_s);
        verifyError(r, 404, u"not_found"_s);

        r = call("POST", u"/contacts"_s, {}, {}, true, "{not json");
        verifyError(r, 400, u"parameter_invalid"_s);

        r = get(u"/me"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"admin"_s);
        QCOMPARE(r.json.value(u"id"_s).toString(), m_emu->adminId());
        QVERIFY(r.json.value(u"app"_s).toObject().contains(u"id_code"_s));
    }

    void dataAttributes()
    {
        Response r = get(u"/data_attributes?model=contact"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"list"_s);
        bool builtinName = false;
        bool custom = false;
        const QJsonArray data = r.json.value(u"data"_s).toArray();
        for (const QJsonValue &v : data) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(u"type"_s).toString(), u"data_attribute"_s);
            builtinName = builtinName || (a.value(u"name"_s) == u"email"_s && !a.value(u"custom"_s).toBool());
            custom = custom
                || (a.value(u"full_name"_s) == u"custom_attributes.telegram_user_id"_s
                    && a.value(u"custom"_s).toBool());
        }
        QVERIFY(builtinName);
        QVERIFY(custom);

        r = post(u"/data_attributes"_s,
            { { u"name"_s, u"telegram_username"_s }, { u"model"_s, u"contact"_s },
                { u"data_type"_s, u"string"_s } });
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"id"_s).isDouble());
        QCOMPARE(r.json.value(u"custom"_s).toBool(), true);
        QVERIFY(m_emu->hasDataAttribute(u"telegram_username"_s));

        r = post(u"/data_attributes"_s,
            { { u"name"_s, u"telegram_user_id"_s }, { u"model"_s, u"contact"_s },
                { u"data_type"_s, u"string"_s } });
        verifyError(r, 400, u"parameter_invalid"_s);
        QCOMPARE(r.errorMessage(),
            u"You already have 'telegram_user_id' in your contact data. To save this as new "
            u"people data, use a different name."_s);

        r = post(u"/data_attributes"_s,
            { { u"name"_s, u"bad.name"_s }, { u"model"_s, u"contact"_s }, { u"data_type"_s, u"string"_s } });
        verifyError(r, 400, u"parameter_invalid"_s);
        r = post(u"/data_attributes"_s,
            { { u"name"_s, u"x"_s }, { u"model"_s, u"contact"_s }, { u"data_type"_s, u"uuid"_s } });
        QCOMPARE(r.errorMessage(), u"Data Type isn't an option"_s);
        r = post(u"/data_attributes"_s,
            { { u"name"_s, u"x"_s }, { u"model"_s, u"user"_s }, { u"data_type"_s, u"string"_s } });
        verifyError(r, 400, u"parameter_invalid"_s);
        r = get(u"/data_attributes?model=conversation"_s);
        verifyError(r, 422, u"parameter_invalid"_s);
    }

    void contactCreateGetUpdateDelete()
    {
        // Attributes must exist before use.
        Response r = post(u"/contacts"_s,
            { { u"role"_s, u"lead"_s }, { u"custom_attributes"_s, QJsonObject { { u"nope"_s, 1 } } } });
        verifyError(r, 400, u"parameter_invalid"_s);
        QVERIFY(r.errorMessage().contains(u"nope"_s));
        r = post(u"/contacts"_s,
            { { u"role"_s, u"lead"_s },
                { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, 5 } } } });
        verifyError(r, 400, u"parameter_invalid"_s); // integer into a string attribute
        r = post(u"/contacts"_s, { { u"name"_s, u"No identifier"_s } });
        verifyError(r, 400, u"parameter_invalid"_s);

        m_emu->defineAttribute(u"language"_s);
        r = post(u"/contacts"_s,
            { { u"role"_s, u"lead"_s }, { u"name"_s, u"Ann"_s },
                { u"custom_attributes"_s,
                    QJsonObject { { u"telegram_user_id"_s, u"1001"_s }, { u"language"_s, u"en"_s } } } });
        QCOMPARE(r.status, 200);
        const QString id = r.json.value(u"id"_s).toString();
        QVERIFY(isContactId(id));
        QCOMPARE(r.json.value(u"role"_s).toString(), u"lead"_s);
        const qint64 createdAt = r.json.value(u"updated_at"_s).toInteger();

        r = get(u"/contacts/"_s + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"name"_s).toString(), u"Ann"_s);
        QCOMPARE(r.json.value(u"custom_attributes"_s).toObject().value(u"telegram_user_id"_s).toString(),
            u"1001"_s);

        m_emu->advanceClock(2s);
        r = put(u"/contacts/"_s + id,
            { { u"name"_s, u"Ann B"_s },
                { u"custom_attributes"_s, QJsonObject { { u"language"_s, u"de"_s } } } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"name"_s).toString(), u"Ann B"_s);
        const QJsonObject custom = r.json.value(u"custom_attributes"_s).toObject();
        QCOMPARE(custom.value(u"language"_s).toString(), u"de"_s);
        QCOMPARE(custom.value(u"telegram_user_id"_s).toString(), u"1001"_s); // merged, not replaced
        QVERIFY(r.json.value(u"updated_at"_s).toInteger() > createdAt);

        verifyError(get(u"/contacts/0123456789abcdef01234567"_s), 404, u"not_found"_s);
        r = call("DELETE", u"/contacts/"_s + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"deleted"_s).toBool(), true);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"contact"_s);
        verifyError(get(u"/contacts/"_s + id), 404, u"not_found"_s);
        QVERIFY(m_emu->contact(id).isEmpty());
        QCOMPARE(m_emu->requestCount(u"GET /contacts/{id}"_s), 3);
    }

    void conflictOnCreate()
    {
        const QString first
            = createContact({ { u"email"_s, u"joe@example.com"_s }, { u"name"_s, u"Joe"_s } });
        QVERIFY(!first.isEmpty());
        Response r = post(u"/contacts"_s, { { u"email"_s, u"JOE@example.com"_s } });
        verifyError(r, 409, u"conflict"_s);
        QCOMPARE(r.errorMessage(), u"A contact matching those details already exists with id="_s + first);

        // A custom attribute never makes a conflict: duplicates are possible.
        const QJsonObject lead { { u"role"_s, u"lead"_s },
            { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"7"_s } } } };
        QVERIFY(!createContact(lead).isEmpty());
        QVERIFY(!createContact(lead).isEmpty());
        QCOMPARE(m_emu->contactsWithAttribute(u"telegram_user_id"_s, u"7"_s).size(), 2);

        QVERIFY(!createContact({ { u"external_id"_s, u"ext-1"_s } }).isEmpty());
        verifyError(post(u"/contacts"_s, { { u"external_id"_s, u"ext-1"_s } }), 409, u"conflict"_s);

        m_emu->setConflictOnEmail(false);
        QCOMPARE(post(u"/contacts"_s, { { u"email"_s, u"joe@example.com"_s } }).status, 200);
    }

    void searchLag()
    {
        m_emu->setSearchLag(5s);
        const QString id = createContact({ { u"role"_s, u"lead"_s }, { u"name"_s, u"Old"_s },
            { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"42"_s } } } });
        const QJsonObject query = filter(u"custom_attributes.telegram_user_id"_s, u"="_s, u"42"_s);
        Response r = search(query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"total_count"_s).toInt(), 0);
        QCOMPARE(m_emu->contactsWithAttribute(u"telegram_user_id"_s, u"42"_s).size(), 1); // ignores the lag

        m_emu->advanceClock(6s);
        r = search(query);
        QCOMPARE(ids(r), QStringList { id });

        // An update shows the old values until the index catches up.
        QCOMPARE(put(u"/contacts/"_s + id, { { u"name"_s, u"New"_s } }).status, 200);
        r = search(query);
        QCOMPARE(r.json.value(u"data"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"Old"_s);
        m_emu->advanceClock(6s);
        r = search(query);
        QCOMPARE(r.json.value(u"data"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"New"_s);
    }

    void searchGrammarAndPagination()
    {
        m_emu->defineAttribute(u"age"_s, u"integer"_s);
        QStringList created;
        for (int i = 0; i < 5; ++i) {
            created.append(createContact({ { u"role"_s, i % 2 ? u"user"_s : u"lead"_s },
                { u"name"_s, u"Person %1"_s.arg(i) }, { u"email"_s, u"p%1@example.com"_s.arg(i) },
                { u"custom_attributes"_s, QJsonObject { { u"age"_s, 20 + i } } } }));
        }
        QCOMPARE(ids(search(filter(u"role"_s, u"="_s, u"user"_s))), (QStringList { created[1], created[3] }));
        QCOMPARE(ids(search(filter(u"id"_s, u"IN"_s, QJsonArray { created[0], created[4] }))),
            (QStringList { created[0], created[4] }));
        QCOMPARE(search(filter(u"role"_s, u"NIN"_s, QJsonArray { u"lead"_s }))
                     .json.value(u"total_count"_s)
                     .toInt(),
            2);
        QCOMPARE(ids(search(filter(u"email"_s, u"^"_s, u"p2"_s))), QStringList { created[2] });
        QCOMPARE(ids(search(filter(u"name"_s, u"$"_s, u" 3"_s))), QStringList { created[3] });
        QCOMPARE(search(filter(u"name"_s, u"~"_s, u"person"_s)).json.value(u"total_count"_s).toInt(), 5);
        QCOMPARE(search(filter(u"name"_s, u"!~"_s, u"4"_s)).json.value(u"total_count"_s).toInt(), 4);
        QCOMPARE(ids(search(filter(u"custom_attributes.age"_s, u">="_s, 23))),
            (QStringList { created[3], created[4] }));
        // (lead AND age < 22) OR email = p3@...
        const QJsonObject nested = group(u"OR"_s,
            { group(u"AND"_s,
                  { filter(u"role"_s, u"="_s, u"lead"_s), filter(u"custom_attributes.age"_s, u"<"_s, 22) }),
                filter(u"email"_s, u"="_s, u"p3@example.com"_s) });
        QCOMPARE(ids(search(nested)), (QStringList { created[0], created[3] }));

        // Dates match by calendar day: '>' starts on the next day.
        const qint64 now = get(u"/contacts/"_s + created[0]).json.value(u"created_at"_s).toInteger();
        QCOMPARE(
            search(filter(u"created_at"_s, u">"_s, double(now))).json.value(u"total_count"_s).toInt(), 0);
        QCOMPARE(
            search(filter(u"created_at"_s, u"="_s, double(now))).json.value(u"total_count"_s).toInt(), 5);
        QCOMPARE(
            search(filter(u"created_at"_s, u">"_s, double(now - 86400))).json.value(u"total_count"_s).toInt(),
            5);

        // Type rules and limits.
        verifyError(search(filter(u"created_at"_s, u">="_s, double(now))), 400, u"parameter_invalid"_s);
        verifyError(search(filter(u"name"_s, u">"_s, u"a"_s)), 400, u"parameter_invalid"_s);
        verifyError(search(filter(u"custom_attributes.age"_s, u"="_s, u"20"_s)), 400, u"parameter_invalid"_s);
        verifyError(search(filter(u"favourite_colour"_s, u"="_s, u"red"_s)), 400, u"parameter_invalid"_s);
        verifyError(
            search(filter(u"custom_attributes.unknown"_s, u"="_s, u"x"_s)), 400, u"parameter_invalid"_s);
        const QJsonObject tooDeep = group(
            u"AND"_s, { group(u"OR"_s, { group(u"AND"_s, { filter(u"role"_s, u"="_s, u"lead"_s) }) }) });
        verifyError(search(tooDeep), 400, u"parameter_invalid"_s);
        QJsonArray sixteen;
        for (int i = 0; i < 16; ++i)
            sixteen.append(filter(u"role"_s, u"="_s, u"lead"_s));
        verifyError(search(group(u"OR"_s, sixteen)), 400, u"parameter_invalid"_s);
        Response r = search(filter(u"role"_s, u"IN"_s, QJsonArray { u"user"_s, u"lead"_s }),
            { { u"sort"_s, QJsonObject { { u"field"_s, u"name"_s }, { u"order"_s, u"desc"_s } } } });
        verifyError(r, 400, u"invalid_sort_order"_s);
        QCOMPARE(r.errorMessage(), u"Invalid sort order 'desc'. Must be one of: ascending, descending"_s);

        // Sorting and cursor pagination in the body.
        const QJsonObject all = filter(u"name"_s, u"~"_s, u"Person"_s);
        const QJsonObject sort { { u"field"_s, u"custom_attributes.age"_s },
            { u"order"_s, u"descending"_s } };
        r = search(all, { { u"sort"_s, sort }, { u"pagination"_s, QJsonObject { { u"per_page"_s, 2 } } } });
        QCOMPARE(ids(r), (QStringList { created[4], created[3] }));
        QJsonObject pages = r.json.value(u"pages"_s).toObject();
        QCOMPARE(pages.value(u"type"_s).toString(), u"pages"_s);
        QCOMPARE(pages.value(u"total_pages"_s).toInt(), 3);
        QString cursor = pages.value(u"next"_s).toObject().value(u"starting_after"_s).toString();
        QVERIFY(!cursor.isEmpty());
        r = search(all,
            { { u"sort"_s, sort },
                { u"pagination"_s, QJsonObject { { u"per_page"_s, 2 }, { u"starting_after"_s, cursor } } } });
        QCOMPARE(ids(r), (QStringList { created[2], created[1] }));
        cursor = r.json.value(u"pages"_s)
                     .toObject()
                     .value(u"next"_s)
                     .toObject()
                     .value(u"starting_after"_s)
                     .toString();
        r = search(all,
            { { u"sort"_s, sort },
                { u"pagination"_s, QJsonObject { { u"per_page"_s, 2 }, { u"starting_after"_s, cursor } } } });
        QCOMPARE(ids(r), QStringList { created[0] });
        QVERIFY(!r.json.value(u"pages"_s).toObject().contains(u"next"_s));
        verifyError(search(all, { { u"pagination"_s, QJsonObject { { u"per_page"_s, 151 } } } }), 400,
            u"parameter_invalid"_s);

        // Archived and deleted contacts are not searchable.
        QCOMPARE(
            post(u"/contacts/"_s + created[0] + u"/archive"_s, {}).json.value(u"archived"_s).toBool(), true);
        m_emu->deleteContact(created[1]);
        QCOMPARE(search(all).json.value(u"total_count"_s).toInt(), 3);
    }

    void conversationSearchPlaysEachReadingOfDates()
    {
        const QString lead = createContact({ { u"role"_s, u"lead"_s }, { u"name"_s, u"L"_s } });
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ids << post(u"/conversations"_s,
                { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, lead } } },
                    { u"body"_s, u"hi %1"_s.arg(i) } })
                       .json.value(u"conversation_id"_s)
                       .toString();
            m_emu->advanceClock(std::chrono::seconds(2));
        }
        const qint64 first = qint64(m_emu->conversation(ids[0]).value(u"updated_at"_s).toDouble());
        const qint64 last = qint64(m_emu->conversation(ids[2]).value(u"updated_at"_s).toDouble());
        QVERIFY(last >= first + 4);
        auto search = [&](const QString &op, qint64 value, const QJsonObject &sort = {}) {
            QJsonObject body { { u"query"_s,
                QJsonObject { { u"field"_s, u"updated_at"_s }, { u"operator"_s, op },
                    { u"value"_s, double(value) } } } };
            if (!sort.isEmpty())
                body.insert(u"sort"_s, sort);
            QStringList found;
            for (const auto &c :
                post(u"/conversations/search"_s, body).json.value(u"conversations"_s).toArray())
                found << c.toObject().value(u"id"_s).toString();
            return found;
        };
        // Second precision (documented default): "greater (or equal)".
        QCOMPARE(search(u">"_s, first + 1), (QStringList { ids[1], ids[2] }));
        QCOMPARE(search(u">"_s, last), QStringList { ids[2] });
        QCOMPARE(search(u"<"_s, first), QStringList { ids[0] });
        // Day precision: '>' starts at the next day, '<' before the given day.
        m_emu->setSearchDates(IntercomEmulator::SearchDates::Day);
        QCOMPARE(search(u">"_s, last), QStringList {});
        QCOMPARE(search(u"<"_s, first), QStringList {});
        QCOMPARE(search(u">"_s, first - 86400), ids);
        QCOMPARE(search(u"<"_s, last + 86400), ids);
        // Sorted newest first when asked, unless the emulator plays a service that ignores it.
        const QJsonObject newestFirst { { u"field"_s, u"updated_at"_s }, { u"order"_s, u"descending"_s } };
        QCOMPARE(search(u">"_s, first - 86400, newestFirst), (QStringList { ids[2], ids[1], ids[0] }));
        m_emu->setConversationSortHonoured(false);
        QCOMPARE(search(u">"_s, first - 86400, newestFirst), ids);
        verifyError(post(u"/conversations/search"_s,
                        { { u"query"_s,
                              QJsonObject { { u"field"_s, u"id"_s }, { u"operator"_s, u"="_s },
                                  { u"value"_s, ids[0] } } },
                            { u"sort"_s,
                                QJsonObject { { u"field"_s, u"updated_at"_s }, { u"order"_s, u"up"_s } } } }),
            400, u"invalid_sort_order"_s);
    }

    void mergeLeadIntoUser()
    {
        const QString user = createContact({ { u"role"_s, u"user"_s }, { u"email"_s, u"real@example.com"_s },
            { u"name"_s, u"Real Name"_s } });
        const QString lead = createContact(
            { { u"role"_s, u"lead"_s }, { u"name"_s, u"Telegram Name"_s }, { u"phone"_s, u"+15550001"_s },
                { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"77"_s } } } });
        const QString conversationId = post(u"/conversations"_s,
            { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, lead } } },
                { u"body"_s, u"hi"_s } })
                                           .json.value(u"conversation_id"_s)
                                           .toString();
        QVERIFY(!conversationId.isEmpty());
        const QString tagId
            = post(u"/tags"_s, { { u"name"_s, u"telegram"_s } }).json.value(u"id"_s).toString();
        QCOMPARE(post(u"/contacts/"_s + lead + u"/tags"_s, { { u"id"_s, tagId } }).status, 200);
        QCOMPARE(
            post(u"/contacts/"_s + lead + u"/notes"_s, { { u"body"_s, u"from telegram"_s } }).status, 200);

        // Role rules first, then the 2.16 duplicate check.
        Response r = post(u"/contacts/merge"_s, { { u"from"_s, user }, { u"into"_s, lead } });
        verifyError(r, 400, u"invalid_merge"_s);
        QCOMPARE(r.errorMessage(), u"Merging can only be performed on a lead into a user"_s);
        const QString otherUser = createContact({ { u"email"_s, u"other@example.com"_s } });
        r = post(u"/contacts/merge"_s,
            { { u"from"_s, otherUser }, { u"into"_s, user }, { u"skip_duplicate_validation"_s, true } });
        verifyError(r, 400, u"invalid_merge"_s);
        r = post(u"/contacts/merge"_s, { { u"from"_s, lead }, { u"into"_s, user } });
        verifyError(r, 400, u"invalid_merge"_s);
        QCOMPARE(r.errorMessage(),
            u"Contacts can only be merged when they are duplicates (matching email or phone). "
            u"Pass skip_duplicate_validation=true to override this check."_s);

        r = post(u"/contacts/merge"_s,
            { { u"from"_s, lead }, { u"into"_s, user }, { u"skip_duplicate_validation"_s, true } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), user);
        QCOMPARE(r.json.value(u"name"_s).toString(), u"Real Name"_s); // kept
        QCOMPARE(r.json.value(u"phone"_s).toString(), u"+15550001"_s); // adopted: the user had none
        QCOMPARE(
            r.json.value(u"custom_attributes"_s).toObject().value(u"telegram_user_id"_s).toString(), u"77"_s);
        QCOMPARE(r.json.value(u"tags"_s).toObject().value(u"total_count"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"notes"_s).toObject().value(u"total_count"_s).toInt(), 1);

        // The conversation moved, with its id.
        const QJsonObject conversation = get(u"/conversations/"_s + conversationId).json;
        QCOMPARE(conversation.value(u"contacts"_s)
                     .toObject()
                     .value(u"contacts"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
            user);
        QCOMPARE(m_emu->conversationsOf(user).size(), 1);
        QCOMPARE(m_emu->conversationsOf(lead).size(), 0);

        // The source is gone: 410 with a Link to the survivor (404 before 2.16), and out of search.
        r = get(u"/contacts/"_s + lead);
        verifyError(r, 410, u"contact_merged"_s);
        QCOMPARE(r.headers.value("link"), "</contacts/" + user.toUtf8() + ">; rel=\"canonical\"");
        verifyError(
            call("GET", u"/contacts/"_s + lead, {}, { { "Intercom-Version", "2.15" } }), 404, u"not_found"_s);
        QCOMPARE(search(filter(u"custom_attributes.telegram_user_id"_s, u"="_s, u"77"_s))
                     .json.value(u"total_count"_s)
                     .toInt(),
            1);
        QCOMPARE(ids(search(filter(u"custom_attributes.telegram_user_id"_s, u"="_s, u"77"_s))),
            QStringList { user });

        r = get(u"/contacts/"_s + user + u"/merge_history"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"data"_s).toArray().at(0).toObject().value(u"source_contact_id"_s).toString(),
            lead);
        QCOMPARE(r.json.value(u"has_more"_s).toBool(), false);
        const QString anotherLead = createContact({ { u"role"_s, u"lead"_s } });
        verifyError(get(u"/contacts/"_s + anotherLead + u"/merge_history"_s), 404, u"not_found"_s);
        QCOMPARE(get(u"/contacts/"_s + user + u"?include_merge_history=true"_s)
                     .json.value(u"merge_history"_s)
                     .toArray()
                     .size(),
            1);
    }

    void mergeKeepsSurvivorValuesAndAcceptsDuplicates()
    {
        const QString user = createContact({ { u"email"_s, u"dup@example.com"_s },
            { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"99"_s } } } });
        const QString lead = createContact({ { u"role"_s, u"lead"_s }, { u"email"_s, u"dup@example.com"_s },
            { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"55"_s } } } });
        const Response r = post(u"/contacts/merge"_s,
            { { u"from"_s, lead }, { u"into"_s, user } }); // shared email: no skip needed
        QCOMPARE(r.status, 200);
        // The lead's anchor is discarded: the survivor keeps its own value.
        QCOMPARE(
            r.json.value(u"custom_attributes"_s).toObject().value(u"telegram_user_id"_s).toString(), u"99"_s);
        // The web app merges the same way.
        const QString lead2 = m_emu->createLead(u"UI lead"_s, { { u"telegram_user_id"_s, u"56"_s } });
        QVERIFY(m_emu->mergeInUi(lead2, user));
        QVERIFY(m_emu->contact(lead2).isEmpty());
        QCOMPARE(get(u"/contacts/"_s + lead2).status, 410);
    }

    void conversationsCreateReplyGet()
    {
        const QString lead = createContact({ { u"role"_s, u"lead"_s }, { u"name"_s, u"Tg"_s } });
        Response r = post(u"/conversations"_s,
            { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, lead } } },
                { u"body"_s, u"Hello <there>"_s } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"user_message"_s);
        QCOMPARE(r.json.value(u"message_type"_s).toString(), u"inapp"_s);
        QCOMPARE(r.json.value(u"body"_s).toString(), u"Hello <there>"_s);
        const QString id = r.json.value(u"conversation_id"_s).toString();
        QVERIFY(!id.isEmpty());

        r = post(u"/conversations"_s,
            { { u"from"_s,
                  QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, u"0123456789abcdef01234567"_s } } },
                { u"body"_s, u"x"_s } });
        verifyError(r, 404, u"not_found"_s);
        QCOMPARE(r.errorMessage(), u"User Not Found"_s);
        verifyError(post(u"/conversations"_s,
                        { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, lead } } } }),
            400, u"parameter_invalid"_s);

        // Contact reply with a file, admin note through the API, agent comment in the web app.
        const QJsonObject file { { u"content_type"_s, u"text/plain"_s },
            { u"data"_s, QString::fromLatin1("file body"_ba.toBase64()) }, { u"name"_s, u"a.txt"_s } };
        r = post(u"/conversations/"_s + id + u"/reply"_s,
            { { u"message_type"_s, u"comment"_s }, { u"type"_s, u"user"_s }, { u"intercom_user_id"_s, lead },
                { u"body"_s, u"second"_s }, { u"attachment_files"_s, QJsonArray { file } } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"conversation"_s);
        r = post(u"/conversations/"_s + id + u"/reply"_s,
            { { u"message_type"_s, u"note"_s }, { u"type"_s, u"admin"_s },
                { u"admin_id"_s, m_emu->adminId() }, { u"body"_s, u"<p>internal</p>"_s } });
        QCOMPARE(r.status, 200);
        const QString agentPart = m_emu->adminReply(id, u"<p>How can I help?</p>"_s);
        QVERIFY(!agentPart.isEmpty());

        r = get(u"/conversations/"_s + id);
        QCOMPARE(r.status, 200);
        const QJsonArray parts
            = r.json.value(u"conversation_parts"_s).toObject().value(u"conversation_parts"_s).toArray();
        QCOMPARE(parts.size(), 3);
        const QJsonObject userPart = parts.at(0).toObject();
        QCOMPARE(userPart.value(u"part_type"_s).toString(), u"comment"_s);
        QCOMPARE(userPart.value(u"body"_s).toString(), u"<p>second</p>"_s);
        QCOMPARE(userPart.value(u"author"_s).toObject().value(u"type"_s).toString(), u"lead"_s);
        QCOMPARE(userPart.value(u"app_package_code"_s).toString(), u"tgic-sandbox"_s);
        QCOMPARE(parts.at(1).toObject().value(u"part_type"_s).toString(), u"note"_s);
        QVERIFY(parts.at(1).toObject().value(u"app_package_code"_s).isString());
        QCOMPARE(parts.at(2).toObject().value(u"id"_s).toString(), agentPart);
        QVERIFY(parts.at(2).toObject().value(u"app_package_code"_s).isNull());
        QCOMPARE(parts.at(2).toObject().value(u"author"_s).toObject().value(u"id"_s).toString(),
            m_emu->agentAdminId());
        QCOMPARE(r.json.value(u"source"_s).toObject().value(u"body"_s).toString(),
            u"<p>Hello &lt;there&gt;</p>"_s);

        // The attachment can be downloaded from its url without the token.
        const QString url
            = userPart.value(u"attachments"_s).toArray().at(0).toObject().value(u"url"_s).toString();
        QVERIFY(url.startsWith(m_emu->baseUrl().toString()));
        const Response download = call("GET", url.mid(m_emu->baseUrl().toString().size()), {}, {}, false);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, "file body"_ba);

        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(file);
        verifyError(post(u"/conversations/"_s + id + u"/reply"_s,
                        { { u"message_type"_s, u"comment"_s }, { u"type"_s, u"user"_s },
                            { u"intercom_user_id"_s, lead }, { u"body"_s, u"x"_s },
                            { u"attachment_files"_s, eleven } }),
            400, u"parameter_invalid"_s);

        // Close, then the contact writes again: the conversation reopens.
        r = post(u"/conversations/"_s + id + u"/parts"_s,
            { { u"message_type"_s, u"close"_s }, { u"type"_s, u"admin"_s },
                { u"admin_id"_s, m_emu->adminId() }, { u"body"_s, u"Bye"_s } });
        QCOMPARE(r.json.value(u"state"_s).toString(), u"closed"_s);
        QCOMPARE(r.json.value(u"open"_s).toBool(), false);
        r = post(u"/conversations/"_s + id + u"/reply"_s,
            { { u"message_type"_s, u"comment"_s }, { u"type"_s, u"user"_s }, { u"intercom_user_id"_s, lead },
                { u"body"_s, u"again"_s } });
        QCOMPARE(r.json.value(u"state"_s).toString(), u"open"_s);
        const QJsonArray after
            = r.json.value(u"conversation_parts"_s).toObject().value(u"conversation_parts"_s).toArray();
        QCOMPARE(after.last().toObject().value(u"part_type"_s).toString(), u"open"_s);

        r = put(u"/conversations/"_s + id, { { u"read"_s, true } });
        QCOMPARE(r.json.value(u"read"_s).toBool(), true);
        verifyError(get(u"/conversations/999999"_s), 404, u"not_found"_s);
    }

    void conversationSearchAndTags()
    {
        const QString a = createContact({ { u"role"_s, u"lead"_s } });
        const QString b = createContact({ { u"role"_s, u"lead"_s } });
        const auto start = [this](const QString &contact, const QString &text) {
            return post(u"/conversations"_s,
                { { u"from"_s, QJsonObject { { u"type"_s, u"contact"_s }, { u"id"_s, contact } } },
                    { u"body"_s, text } })
                .json.value(u"conversation_id"_s)
                .toString();
        };
        const QString c1 = start(a, u"I need support"_s);
        const QString c2 = start(b, u"billing question"_s);
        const QString c3 = start(a, u"another one"_s);
        const qint64 updated = get(u"/conversations/"_s + c1).json.value(u"updated_at"_s).toInteger();

        auto searchConversations = [this](const QJsonObject &query, const QJsonObject &pagination = {}) {
            QJsonObject body { { u"query"_s, query } };
            if (!pagination.isEmpty())
                body.insert(u"pagination"_s, pagination);
            return post(u"/conversations/search"_s, body);
        };
        Response r = searchConversations(group(u"AND"_s,
            { filter(u"contact_ids"_s, u"IN"_s, QJsonArray { a }),
                filter(u"updated_at"_s, u">"_s, double(updated)) }));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"conversation.list"_s);
        QCOMPARE(ids(r, u"conversations"_s), (QStringList { c1, c3 })); // '>' is inclusive here
        QVERIFY(
            !r.json.value(u"conversations"_s).toArray().at(0).toObject().contains(u"conversation_parts"_s));
        QCOMPARE(ids(searchConversations(filter(u"source.body"_s, u"="_s, u"support"_s)), u"conversations"_s),
            QStringList { c1 });
        QCOMPARE(searchConversations(filter(u"source.body"_s, u"="_s, u"need support"_s))
                     .json.value(u"total_count"_s)
                     .toInt(),
            0);
        r = searchConversations(filter(u"open"_s, u"="_s, true), { { u"per_page"_s, 2 } });
        QCOMPARE(r.json.value(u"total_count"_s).toInt(), 3);
        QCOMPARE(ids(r, u"conversations"_s).size(), 2);
        QVERIFY(r.json.value(u"pages"_s).toObject().contains(u"next"_s));
        QCOMPARE(
            searchConversations(filter(u"state"_s, u"="_s, u"closed"_s)).json.value(u"total_count"_s).toInt(),
            0);
        QCOMPARE(
            searchConversations(filter(u"read"_s, u"="_s, false)).json.value(u"total_count"_s).toInt(), 3);
        verifyError(searchConversations(filter(u"open"_s, u"~"_s, u"x"_s)), 400, u"parameter_invalid"_s);
        Q_UNUSED(c2)

        // Tags: names are case-insensitive; conversation tagging needs admin_id.
        const QString tag = post(u"/tags"_s, { { u"name"_s, u"Telegram"_s } }).json.value(u"id"_s).toString();
        QCOMPARE(post(u"/tags"_s, { { u"name"_s, u"telegram"_s } }).json.value(u"id"_s).toString(), tag);
        QCOMPARE(get(u"/tags"_s).json.value(u"data"_s).toArray().size(), 1);
        verifyError(
            post(u"/conversations/"_s + c1 + u"/tags"_s, { { u"id"_s, tag } }), 400, u"parameter_invalid"_s);
        r = post(u"/conversations/"_s + c1 + u"/tags"_s,
            { { u"id"_s, tag }, { u"admin_id"_s, m_emu->adminId() } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"applied_by"_s).toObject().value(u"id"_s).toString(), m_emu->adminId());
        QCOMPARE(ids(searchConversations(filter(u"tag_ids"_s, u"="_s, tag)), u"conversations"_s),
            QStringList { c1 });

        // Notes on contacts.
        r = post(u"/contacts/"_s + a + u"/notes"_s,
            { { u"body"_s, u"Linked to Telegram"_s }, { u"admin_id"_s, m_emu->adminId() } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"note"_s);
        QCOMPARE(r.json.value(u"body"_s).toString(), u"<p>Linked to Telegram</p>"_s);
        QCOMPARE(get(u"/contacts/"_s + a + u"/notes"_s).json.value(u"data"_s).toArray().size(), 1);
        verifyError(
            post(u"/contacts/"_s + a + u"/notes"_s, { { u"body"_s, u"x"_s }, { u"admin_id"_s, u"1"_s } }),
            404, u"not_found"_s);
    }

    void partsCappedAndReplyToLast()
    {
        const QString lead = createContact({ { u"role"_s, u"lead"_s } });
        const QString id = post(u"/conversations"_s,
            { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, lead } } },
                { u"body"_s, u"x"_s } })
                               .json.value(u"conversation_id"_s)
                               .toString();
        for (int i = 0; i < 505; ++i)
            m_emu->adminReply(id, u"reply %1"_s.arg(i));
        const Response r = post(u"/conversations/last/reply"_s,
            { { u"message_type"_s, u"comment"_s }, { u"type"_s, u"user"_s }, { u"intercom_user_id"_s, lead },
                { u"body"_s, u"latest"_s } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"id"_s).toString(), id);
        const QJsonObject parts = r.json.value(u"conversation_parts"_s).toObject();
        QCOMPARE(parts.value(u"total_count"_s).toInt(), 506);
        const QJsonArray list = parts.value(u"conversation_parts"_s).toArray();
        QCOMPARE(list.size(), 500); // the 500 most recent
        QCOMPARE(list.first().toObject().value(u"body"_s).toString(), u"<p>reply 6</p>"_s);
        QCOMPARE(list.last().toObject().value(u"body"_s).toString(), u"<p>latest</p>"_s);
    }

    void rateLimit()
    {
        m_emu->setRateLimit(3, 10s);
        for (int i = 0; i < 3; ++i) {
            const Response r = get(u"/me"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("x-ratelimit-limit"), "3"_ba);
            QCOMPARE(r.headers.value("x-ratelimit-remaining").toInt(), 2 - i);
        }
        const Response limited = get(u"/me"_s);
        verifyError(limited, 429, u"rate_limit_exceeded"_s);
        QCOMPARE(limited.headers.value("x-ratelimit-remaining"), "0"_ba);
        const qint64 reset = limited.headers.value("x-ratelimit-reset").toLongLong();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(reset >= now + 8 && reset <= now + 12, QByteArray::number(reset - now).constData());
        m_emu->advanceClock(11s);
        QCOMPARE(get(u"/me"_s).status, 200);
    }

    void injectedFailures()
    {
        m_emu->failNext(1, 503, u"/contacts"_s);
        QCOMPARE(get(u"/me"_s).status, 200); // other paths unaffected
        Response r = post(u"/contacts/search"_s, { { u"query"_s, filter(u"role"_s, u"="_s, u"lead"_s) } });
        verifyError(r, 503, u"service_unavailable"_s);
        QCOMPARE(post(u"/contacts/search"_s, { { u"query"_s, filter(u"role"_s, u"="_s, u"lead"_s) } }).status,
            200);

        m_emu->failNext(1, 502);
        r = get(u"/me"_s);
        QCOMPARE(r.status, 502);
        QVERIFY(r.contentType.startsWith("text/html"));

        m_emu->sendGarbageNext(2);
        for (int i = 0; i < 2; ++i) {
            r = get(u"/me"_s);
            QCOMPARE(r.status, 200);
            QJsonParseError error;
            QJsonDocument::fromJson(r.body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
        }
        QCOMPARE(get(u"/me"_s).json.value(u"type"_s).toString(), u"admin"_s);
        QCOMPARE(m_emu->requestCount(u"GET /me"_s), 5);
    }

    // Required and typed fields of the key schemas (the Prism check lives elsewhere).
    void specShapes()
    {
        const QString lead = createContact({ { u"role"_s, u"lead"_s } });
        const QJsonObject contact = get(u"/contacts/"_s + lead).json;
        const QStringList contactFields { u"type"_s, u"id"_s, u"workspace_id"_s, u"external_id"_s, u"role"_s,
            u"email"_s, u"phone"_s, u"name"_s, u"created_at"_s, u"updated_at"_s, u"custom_attributes"_s,
            u"tags"_s, u"notes"_s, u"companies"_s, u"location"_s, u"social_profiles"_s };
        for (const QString &f : contactFields)
            QVERIFY2(contact.contains(f), qPrintable(f));
        QVERIFY(contact.value(u"email"_s).isString()); // non-nullable in the spec
        QVERIFY(contact.value(u"external_id"_s).isNull());
        QVERIFY(contact.value(u"created_at"_s).isDouble());
        QCOMPARE(contact.value(u"tags"_s).toObject().value(u"url"_s).toString(),
            u"/contacts/"_s + lead + u"/tags"_s);

        const QJsonObject error = get(u"/contacts/ffffffffffffffffffffffff"_s).json;
        QVERIFY(error.contains(u"type"_s) && error.value(u"errors"_s).isArray());
        QVERIFY(error.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).isString());
        static const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        QVERIFY(uuid.match(error.value(u"request_id"_s).toString()).hasMatch());

        const QJsonObject message = post(u"/conversations"_s,
            { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, lead } } },
                { u"body"_s,
                    u"hi"_s } }).json;
        for (const QString &f :
            { u"type"_s, u"id"_s, u"created_at"_s, u"body"_s, u"message_type"_s, u"conversation_id"_s })
            QVERIFY2(message.contains(f), qPrintable(f));
        const QString conversationId = message.value(u"conversation_id"_s).toString();
        m_emu->adminReply(conversationId, u"hello"_s);
        const QJsonObject conversation = get(u"/conversations/"_s + conversationId).json;
        for (const QString &f : { u"type"_s, u"id"_s, u"created_at"_s, u"updated_at"_s, u"open"_s, u"state"_s,
                 u"read"_s, u"source"_s, u"contacts"_s, u"tags"_s, u"statistics"_s, u"conversation_parts"_s })
            QVERIFY2(conversation.contains(f), qPrintable(f));
        bool numericId = false;
        conversationId.toLongLong(&numericId); // the path parameter is declared integer
        QVERIFY(numericId);
        // "If it's not assigned to an admin it will return 0" (the same for teams).
        QCOMPARE(conversation.value(u"admin_assignee_id"_s).toInteger(-1), 0);
        QCOMPARE(conversation.value(u"team_assignee_id"_s).toInteger(-1), 0);
        QCOMPARE(conversation.value(u"contacts"_s).toObject().value(u"type"_s).toString(), u"contact.list"_s);
        const QJsonObject part = conversation.value(u"conversation_parts"_s)
                                     .toObject()
                                     .value(u"conversation_parts"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject();
        for (const QString &f :
            { u"type"_s, u"id"_s, u"part_type"_s, u"body"_s, u"created_at"_s, u"updated_at"_s,
                u"notified_at"_s, u"author"_s, u"attachments"_s, u"redacted"_s, u"app_package_code"_s })
            QVERIFY2(part.contains(f), qPrintable(f));
        QVERIFY(part.value(u"author"_s).toObject().value(u"email"_s).isString());

        // Assignment makes admin_assignee_id an integer.
        const QJsonObject assigned = post(u"/conversations/"_s + conversationId + u"/parts"_s,
            { { u"message_type"_s, u"assignment"_s }, { u"type"_s, u"admin"_s },
                { u"admin_id"_s, m_emu->adminId() }, { u"assignee_id"_s, m_emu->agentAdminId() } })
                                         .json;
        QCOMPARE(assigned.value(u"admin_assignee_id"_s).toInteger(), m_emu->agentAdminId().toLongLong());
        QVERIFY(m_emu->requestLog().contains(u"POST /conversations/{id}/parts"_s));
    }

    // The workspace's teammates and teams, and what agents do to a conversation in the inbox:
    // assignment (admin, team, reopening a closed one), snooze until a time, close, open, tags.
    void teammatesTeamsAndManagingAConversation()
    {
        const QString dana = m_emu->addAdmin(u"Dana Billing"_s, u"dana@example.com"_s);
        const QString billing = m_emu->addTeam(u"Billing"_s, { dana });
        const QJsonObject admins = get(u"/admins"_s).json;
        QCOMPARE(admins.value(u"type"_s).toString(), u"admin.list"_s);
        QStringList names;
        for (const auto &v : admins.value(u"admins"_s).toArray()) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.value(u"type"_s).toString(), u"admin"_s);
            QVERIFY(a.value(u"id"_s).isString()); // a string here, an integer as admin_assignee_id
            QVERIFY(a.value(u"team_ids"_s).isArray());
            names << a.value(u"name"_s).toString();
        }
        QCOMPARE(names, (QStringList { u"Sandbox Owner"_s, u"Alex Agent"_s, u"Dana Billing"_s }));
        const QJsonObject teams = get(u"/teams"_s).json;
        QCOMPARE(teams.value(u"type"_s).toString(), u"team.list"_s);
        const QJsonArray teamList = teams.value(u"teams"_s).toArray();
        QCOMPARE(teamList.size(), 2);
        QCOMPARE(teamList.at(0).toObject().value(u"id"_s).toString(), m_emu->supportTeamId());
        QCOMPARE(teamList.at(1).toObject().value(u"name"_s).toString(), u"Billing"_s);
        QCOMPARE(
            teamList.at(1).toObject().value(u"admin_ids"_s).toArray().at(0).toInteger(), dana.toLongLong());

        const QString lead = createContact({ { u"role"_s, u"lead"_s } });
        const QString id = post(u"/conversations"_s,
            { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, lead } } },
                { u"body"_s, u"hi"_s } })
                               .json.value(u"conversation_id"_s)
                               .toString();
        auto parts
            = [&](const QJsonObject &body) { return post(u"/conversations/"_s + id + u"/parts"_s, body); };
        auto lastPartType = [](const QJsonObject &c) {
            const QJsonArray list
                = c.value(u"conversation_parts"_s).toObject().value(u"conversation_parts"_s).toArray();
            return list.last().toObject().value(u"part_type"_s).toString();
        };
        const qint64 createdUpdatedAt
            = get(u"/conversations/"_s + id).json.value(u"updated_at"_s).toInteger();
        m_emu->advanceClock(std::chrono::seconds(5));

        QJsonObject c = parts({ { u"message_type"_s, u"assignment"_s }, { u"type"_s, u"team"_s },
                                  { u"admin_id"_s, m_emu->adminId() }, { u"assignee_id"_s, billing } })
                            .json;
        QCOMPARE(c.value(u"team_assignee_id"_s).toInteger(), billing.toLongLong());
        QCOMPARE(c.value(u"admin_assignee_id"_s).toInteger(), 0);
        QCOMPARE(lastPartType(c), u"assignment"_s);
        QVERIFY(c.value(u"updated_at"_s).toInteger() > createdUpdatedAt);
        verifyError(parts({ { u"message_type"_s, u"assignment"_s }, { u"type"_s, u"team"_s },
                        { u"admin_id"_s, m_emu->adminId() }, { u"assignee_id"_s, u"999"_s } }),
            404, u"not_found"_s);

        // Snoozed: still `open`, state snoozed, snoozed_until as asked.
        const qint64 until = c.value(u"updated_at"_s).toInteger() + 3600;
        c = parts({ { u"message_type"_s, u"snoozed"_s }, { u"admin_id"_s, m_emu->adminId() },
                      { u"snoozed_until"_s, double(until) } })
                .json;
        QCOMPARE(c.value(u"state"_s).toString(), u"snoozed"_s);
        QVERIFY(c.value(u"open"_s).toBool());
        QCOMPARE(c.value(u"snoozed_until"_s).toInteger(), until);
        QCOMPARE(lastPartType(c), u"snoozed"_s);

        // At snoozed_until Intercom opens it again.
        m_emu->advanceClock(std::chrono::hours(2));
        c = get(u"/conversations/"_s + id).json;
        QCOMPARE(c.value(u"state"_s).toString(), u"open"_s);
        QVERIFY(c.value(u"snoozed_until"_s).isNull());
        QCOMPARE(c.value(u"updated_at"_s).toInteger(), until);
        QCOMPARE(lastPartType(c), u"timer_unsnooze"_s);

        // Closed, then assigned: reopened (assign_and_reopen), the team kept.
        QVERIFY(!m_emu->closeConversation(id).isEmpty());
        c = get(u"/conversations/"_s + id).json;
        QCOMPARE(c.value(u"state"_s).toString(), u"closed"_s);
        QVERIFY(!c.value(u"open"_s).toBool());
        QVERIFY(!m_emu->assignConversation(id, u"admin"_s, dana).isEmpty());
        c = get(u"/conversations/"_s + id).json;
        QCOMPARE(c.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(lastPartType(c), u"assign_and_reopen"_s);
        QCOMPARE(c.value(u"admin_assignee_id"_s).toInteger(), dana.toLongLong());
        QCOMPARE(c.value(u"team_assignee_id"_s).toInteger(), billing.toLongLong());

        // Tags, in the conversation and in search results alike.
        QVERIFY(!m_emu->tagConversation(id, u"vip"_s).isEmpty());
        const QJsonObject found = post(u"/conversations/search"_s,
            { { u"query"_s,
                QJsonObject { { u"field"_s, u"id"_s }, { u"operator"_s, u"="_s }, { u"value"_s, id } } } })
                                      .json.value(u"conversations"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject();
        const QJsonObject tag = found.value(u"tags"_s).toObject().value(u"tags"_s).toArray().at(0).toObject();
        QCOMPARE(found.value(u"tags"_s).toObject().value(u"type"_s).toString(), u"tag.list"_s);
        QCOMPARE(tag.value(u"name"_s).toString(), u"vip"_s);
        QCOMPARE(tag.value(u"applied_by"_s).toObject().value(u"type"_s).toString(), u"admin"_s);
        QCOMPARE(found.value(u"admin_assignee_id"_s).toInteger(), dana.toLongLong());
        QCOMPARE(found.value(u"state"_s).toString(), u"open"_s);

        // "0" unassigns.
        QVERIFY(!m_emu->assignConversation(id, u"admin"_s, u"0"_s).isEmpty());
        QCOMPARE(get(u"/conversations/"_s + id).json.value(u"admin_assignee_id"_s).toInteger(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestIntercomEmulator)
#include "tst_intercomemulator.moc"
