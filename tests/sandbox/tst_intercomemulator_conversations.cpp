// SPDX-License-Identifier: MIT
// The Intercom emulator, the conversation side, against plain QNetworkAccessManager requests:
// conversations, their parts and replies, conversation search and tags, the spec's shapes, and
// what agents do in the inbox (assign, snooze, close, open).
#include "IntercomEmulatorHarness.h"

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace tgic::test;
using tgic::sandbox::IntercomEmulator;

class TestIntercomEmulatorConversations : public QObject, protected IntercomEmulatorHarness
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(startEmulator()); }
    void cleanup() { stopEmulator(); }

    void whatAContactWritesIsText()
    {
        // "HTML is not supported" (POST /conversations): markup from a contact stays text.
        const QString lead = createContact({ { u"role"_s, u"lead"_s }, { u"name"_s, u"L"_s } });
        const QString text = u"<script>alert(1)</script> & <b>bold</b>"_s;
        const QString id = post(u"/conversations"_s,
            { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, lead } } },
                { u"body"_s, text } })
                               .json.value(u"conversation_id"_s)
                               .toString();
        QCOMPARE(post(u"/conversations/"_s + id + u"/reply"_s,
                     { { u"message_type"_s, u"comment"_s }, { u"type"_s, u"user"_s },
                         { u"intercom_user_id"_s, lead }, { u"body"_s, u"<i>again</i>"_s } })
                     .status,
            200);
        const QJsonObject conversation = get(u"/conversations/"_s + id).json;
        QCOMPARE(conversation.value(u"source"_s).toObject().value(u"body"_s).toString(),
            u"<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>"_s);
        QCOMPARE(conversation.value(u"conversation_parts"_s)
                     .toObject()
                     .value(u"conversation_parts"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"body"_s)
                     .toString(),
            u"<p>&lt;i&gt;again&lt;/i&gt;</p>"_s);
        // What the requests carried, exactly.
        QCOMPARE(m_emu->receivedFrom(lead), QStringList({ text, u"<i>again</i>"_s }));
    }

    void hungRequestsGetNoAnswer_data()
    {
        QTest::addColumn<bool>("carriedOut");
        QTest::newRow("the answer hangs") << true;
        QTest::newRow("the request hangs") << false;
    }

    void hungRequestsGetNoAnswer()
    {
        QFETCH(bool, carriedOut);
        m_emu->hangNext(1, u"POST /contacts"_s, carriedOut);
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_emu->baseUrl().toString() + u"/contacts"_s));
        request.setRawHeader("Authorization", "Bearer " + m_emu->accessToken().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setTransferTimeout(500);
        QNetworkReply *reply = nam.post(request, R"({"role":"lead","name":"Hung"})"_ba);
        QTRY_COMPARE(m_emu->hangingRequests(), 1);
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(!reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()); // not a byte
        reply->deleteLater();
        QTRY_COMPARE(m_emu->hangingRequests(), 0);
        const QList<QJsonObject> contacts = m_emu->contacts();
        const auto created = std::count_if(contacts.cbegin(), contacts.cend(),
            [](const QJsonObject &c) { return c.value(u"name"_s).toString() == u"Hung"_s; });
        QCOMPARE(created, carriedOut ? 1 : 0);
        QCOMPARE(post(u"/contacts"_s, { { u"role"_s, u"lead"_s }, { u"name"_s, u"Next"_s } }).status, 200);
        m_emu->setUnresponsive(true);
        QNetworkReply *any = nam.get(request);
        QTRY_VERIFY(any->isFinished());
        QVERIFY(!any->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
        any->deleteLater();
        m_emu->setUnresponsive(false);
        QCOMPARE(get(u"/me"_s).status, 200);
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

QTEST_GUILESS_MAIN(TestIntercomEmulatorConversations)
#include "tst_intercomemulator_conversations.moc"
