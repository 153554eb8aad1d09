// SPDX-License-Identifier: MIT
// The Intercom emulator, the contact side, against plain QNetworkAccessManager requests: the wire
// format and error bodies, contacts, data attributes, search (and its lag), merges, and the
// awkward behaviours (rate limits, outages) the client must survive.
#include "IntercomEmulatorHarness.h"

#include <QDateTime>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace tgic::test;

class TestIntercomEmulatorContacts : public QObject, protected IntercomEmulatorHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startEmulator()); }
    void cleanup() { stopEmulator(); }

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
};

QTEST_GUILESS_MAIN(TestIntercomEmulatorContacts)
#include "tst_intercomemulator_contacts.moc"
