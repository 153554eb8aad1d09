// SPDX-License-Identifier: MIT
// The Intercom emulator deleting and archiving contacts (issue 21), against plain
// QNetworkAccessManager requests. What the API reference says: DELETE /contacts/{id} answers
// contact_deleted, POST /contacts/{id}/archive and /unarchive answer contact_archived and
// contact_unarchived. What the help center adds: a deleted contact's conversations go with it, it
// can be restored for 7 days; archived contacts cannot be listed or searched, and unarchiving
// restores everything. Where the documentation is silent the emulator plays each reading
// (IntercomErasureReadings), and each is tested here.
#include "IntercomEmulatorHarness.h"

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace tgic::test;
using tgic::sandbox::IntercomErasureReadings;

class TestIntercomEmulatorErasure : public QObject, protected IntercomEmulatorHarness
{
    Q_OBJECT

private:
    QString m_contact;
    QString m_conversation;
    QString m_other;

    Response byAnchor(const QString &id)
    {
        return search(filter(u"custom_attributes.telegram_user_id"_s, u"="_s, id));
    }
    Response conversationsOf(const QString &contactId)
    {
        return post(u"/conversations/search"_s,
            { { u"query"_s,
                QJsonObject { { u"field"_s, u"contact_ids"_s }, { u"operator"_s, u"="_s },
                    { u"value"_s, contactId } } } });
    }
    void setReadings(const IntercomErasureReadings &readings) { m_emu->setErasureReadings(readings); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(startEmulator());
        m_contact = createContact({ { u"role"_s, u"lead"_s }, { u"name"_s, u"Erin Erasable"_s },
            { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"4242"_s } } } });
        m_other = createContact({ { u"role"_s, u"lead"_s }, { u"name"_s, u"Otto Other"_s },
            { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, u"4343"_s } } } });
        m_conversation = post(u"/conversations"_s,
            { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, m_contact } } },
                { u"body"_s, u"my secret"_s } })
                             .json.value(u"conversation_id"_s)
                             .toString();
        post(u"/conversations"_s,
            { { u"from"_s, QJsonObject { { u"type"_s, u"lead"_s }, { u"id"_s, m_other } } },
                { u"body"_s, u"not mine"_s } });
        QVERIFY(!m_conversation.isEmpty());
        QCOMPARE(ids(byAnchor(u"4242"_s)), QStringList { m_contact });
    }
    void cleanup() { stopEmulator(); }

    void deletingTakesTheConversationsAlong()
    {
        Response r = call("DELETE", u"/contacts/"_s + m_contact);
        QCOMPARE(r.status, 200);
        // contact_deleted: a contact_reference plus deleted.
        QCOMPARE(r.json.value(u"type"_s).toString(), u"contact"_s);
        QCOMPARE(r.json.value(u"id"_s).toString(), m_contact);
        QVERIFY(r.json.contains(u"external_id"_s));
        QCOMPARE(r.json.value(u"deleted"_s).toBool(), true);

        verifyError(get(u"/contacts/"_s + m_contact), 404, u"not_found"_s);
        QVERIFY(!ids(get(u"/contacts"_s)).contains(m_contact));
        QCOMPARE(byAnchor(u"4242"_s).json.value(u"total_count"_s).toInt(), 0);
        // "Deleting leads or users will remove all of their conversations."
        verifyError(get(u"/conversations/"_s + m_conversation), 404, u"not_found"_s);
        QCOMPARE(conversationsOf(m_contact).json.value(u"total_count"_s).toInt(), 0);
        QVERIFY(!ids(get(u"/conversations"_s), u"conversations"_s).contains(m_conversation));
        verifyError(post(u"/conversations/"_s + m_conversation + u"/reply"_s,
                        { { u"message_type"_s, u"comment"_s }, { u"type"_s, u"admin"_s },
                            { u"admin_id"_s, m_emu->adminId() }, { u"body"_s, u"anyone there?"_s } }),
            404, u"not_found"_s);
        // Once gone, gone: a second DELETE is a 404, not a second deletion.
        verifyError(call("DELETE", u"/contacts/"_s + m_contact), 404, u"not_found"_s);
        // The others are untouched.
        QCOMPARE(get(u"/contacts/"_s + m_other).status, 200);
        QCOMPARE(conversationsOf(m_other).json.value(u"total_count"_s).toInt(), 1);
    }

    void deletedConversationsMayStayForTheGracePeriod()
    {
        // The other reading: the 7 days in which Intercom "can retrieve the information" include
        // the API; the contact is gone, its conversations only once the grace period is over.
        IntercomErasureReadings readings;
        readings.deletedConversationsGoAtOnce = false;
        setReadings(readings);
        QCOMPARE(call("DELETE", u"/contacts/"_s + m_contact).status, 200);
        verifyError(get(u"/contacts/"_s + m_contact), 404, u"not_found"_s);
        QCOMPARE(get(u"/conversations/"_s + m_conversation).status, 200);
        m_emu->advanceClock(7 * 24h - 1min);
        QCOMPARE(get(u"/conversations/"_s + m_conversation).status, 200);
        m_emu->advanceClock(2min);
        verifyError(get(u"/conversations/"_s + m_conversation), 404, u"not_found"_s);
    }

    void aDeletionMayReachTheSearchWithItsLag()
    {
        // Search is eventually consistent for writes; by one reading, for deletions too.
        IntercomErasureReadings readings;
        readings.deletedLeaveSearchAtOnce = false;
        setReadings(readings);
        m_emu->setSearchLag(2s);
        QCOMPARE(call("DELETE", u"/contacts/"_s + m_contact).status, 200);
        QCOMPARE(ids(byAnchor(u"4242"_s)), QStringList { m_contact });
        verifyError(get(u"/contacts/"_s + m_contact), 404, u"not_found"_s); // GET knows at once
        m_emu->advanceClock(3s);
        QCOMPARE(byAnchor(u"4242"_s).json.value(u"total_count"_s).toInt(), 0);
    }

    void archivingHidesTheContactUntilUnarchived()
    {
        Response r = post(u"/contacts/"_s + m_contact + u"/archive"_s, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"contact"_s);
        QCOMPARE(r.json.value(u"id"_s).toString(), m_contact);
        QCOMPARE(r.json.value(u"archived"_s).toBool(), true);
        // "Archived contacts cannot be listed or searched."
        QCOMPARE(byAnchor(u"4242"_s).json.value(u"total_count"_s).toInt(), 0);
        QVERIFY(!ids(get(u"/contacts"_s)).contains(m_contact));
        QCOMPARE(get(u"/contacts/"_s + m_contact).status, 200); // the id still finds it
        verifyError(get(u"/conversations/"_s + m_conversation), 404, u"not_found"_s);
        QVERIFY(m_emu->isArchived(m_contact));
        // Archiving twice is harmless.
        QCOMPARE(post(u"/contacts/"_s + m_contact + u"/archive"_s, {}).status, 200);

        r = post(u"/contacts/"_s + m_contact + u"/unarchive"_s, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"archived"_s).toBool(), false);
        // "All data will be restored, including all associated conversations."
        QCOMPARE(ids(byAnchor(u"4242"_s)), QStringList { m_contact });
        QCOMPARE(get(u"/conversations/"_s + m_conversation).status, 200);
        QVERIFY(!m_emu->isArchived(m_contact));
    }

    void anArchivedContactUnderEachReading_data()
    {
        QTest::addColumn<QString>("reading");
        QTest::newRow("not readable") << u"readable"_s;
        QTest::newRow("not writable") << u"writable"_s;
        QTest::newRow("not deletable") << u"deletable"_s;
        QTest::newRow("conversations stay") << u"conversations"_s;
    }

    void anArchivedContactUnderEachReading()
    {
        QFETCH(QString, reading);
        IntercomErasureReadings readings;
        readings.archivedReadable = reading != u"readable"_s;
        readings.archivedWritable = reading != u"writable"_s;
        readings.archivedDeletable = reading != u"deletable"_s;
        readings.archivedConversationsHidden = reading != u"conversations"_s;
        setReadings(readings);
        QCOMPARE(post(u"/contacts/"_s + m_contact + u"/archive"_s, {}).status, 200);
        const Response read = get(u"/contacts/"_s + m_contact);
        const Response write = put(u"/contacts/"_s + m_contact,
            { { u"custom_attributes"_s, QJsonObject { { u"telegram_user_id"_s, QString() } } } });
        const Response conversation = get(u"/conversations/"_s + m_conversation);
        QCOMPARE(read.status, readings.archivedReadable ? 200 : 404);
        QCOMPARE(write.status, readings.archivedWritable ? 200 : 404);
        QCOMPARE(conversation.status, readings.archivedConversationsHidden ? 404 : 200);
        const Response removal = call("DELETE", u"/contacts/"_s + m_contact);
        QCOMPARE(removal.status, readings.archivedDeletable ? 200 : 404);
        QCOMPARE(m_emu->isDeleted(m_contact), readings.archivedDeletable);
        // Whatever the reading, search never shows an archived contact.
        QCOMPARE(byAnchor(u"4242"_s).json.value(u"total_count"_s).toInt(), 0);
    }
};

QTEST_MAIN(TestIntercomEmulatorErasure)
#include "tst_intercomemulator_erasure.moc"
