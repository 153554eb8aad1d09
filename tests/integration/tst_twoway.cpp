// SPDX-License-Identifier: MIT
// Two-way conversations against both emulators: agents' answers reach the right Telegram chat
// (and nothing else does), paced, split, with files; blocks and deleted accounts; customers'
// media, edits, phone numbers and groups; a restart between Intercom and Telegram.

#include "SyncHarness.h"
#include "intercom/IntercomApi.h"
#include "sync/IntercomPartPoller.h"
#include "sync/TelegramDelivery.h"
#include "telegram/TelegramTypes.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace tgic;
using namespace tgic::sandbox;

class TestTwoWay : public QObject
{
    Q_OBJECT

private:
    using SyncHarness = test::SyncHarness;

    static QStringList textsTo(SyncHarness &h, qint64 chatId)
    {
        QStringList texts;
        for (const QJsonObject &m : h.world.telegram().sentMessages(chatId))
            texts << m.value(u"text"_s).toString();
        return texts;
    }

    static QJsonObject mediaMessage(SyncHarness &h, const TelegramUser &user, const QString &field,
        const QJsonValue &media, const QString &caption = {})
    {
        QJsonObject m { { u"message_id"_s, double(h.world.telegram().nextMessageId(user.id)) },
            { u"date"_s, double(QDateTime::currentSecsSinceEpoch()) }, { u"chat"_s, user.privateChatJson() },
            { u"from"_s, user.toJson() }, { field, media } };
        if (!caption.isEmpty())
            m.insert(u"caption"_s, caption);
        return QJsonObject { { u"message"_s, m } };
    }

    //! Every part by the contact, with its attachments' names.
    static QList<QPair<QString, QStringList>> partsWithFiles(SyncHarness &h, const QString &contactId)
    {
        QList<QPair<QString, QStringList>> out;
        for (const QJsonObject &c : h.world.intercom().conversationsOf(contactId)) {
            const QJsonObject full = h.world.intercom().conversation(c.value(u"id"_s).toString());
            for (const auto &p :
                full.value(u"conversation_parts"_s).toObject().value(u"conversation_parts"_s).toArray()) {
                const QJsonObject part = p.toObject();
                if (part.value(u"author"_s).toObject().value(u"id"_s).toString() != contactId)
                    continue;
                QStringList files;
                for (const auto &a : part.value(u"attachments"_s).toArray())
                    files << a.toObject().value(u"name"_s).toString();
                out.append({ sync::normalizedBody(part.value(u"body"_s).toString()), files });
            }
        }
        return out;
    }

private Q_SLOTS:
    void agentCommentReachesTheRightChatAndNotesAndOwnPartsDoNot()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const TelegramUser sam = persona::renamer();
        const QString alexConversation = h.converse(alex, u"Where is my order?"_s);
        h.converse(sam, u"Hi there"_s);
        QVERIFY(!alexConversation.isEmpty());

        h.world.intercom().adminReply(alexConversation,
            u"<p>Hello <b>Alex</b>,</p><p>it ships <a href=\"https://t.example/1\">today</a>.</p>"_s);
        h.world.intercom().adminReply(alexConversation, u"<p>internal: VIP customer</p>"_s, u"note"_s);
        h.world.intercom().contactReplyInMessenger(
            alexConversation, h.contactOf(alex.id), u"typed in the Messenger"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        // The poller asked for the update types the parser acts on, and no others.
        QCOMPARE(h.world.telegram().allowedUpdates(), telegram::requestedUpdateTypes());

        QCOMPARE(
            textsTo(h, alex.id), QStringList { u"Hello Alex,\n\nit ships today (https://t.example/1)."_s });
        QVERIFY(textsTo(h, sam.id).isEmpty());
        QCOMPARE(
            h.scalar(u"SELECT delivery FROM messages WHERE direction = 'out'"_s).toString(), u"delivered"_s);

        // A second run reads Intercom again and sends nothing twice.
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.world.telegram().sentMessages().size(), 1);
        // The conversation is read, so Intercom does not email the customer a copy; and tagged.
        QVERIFY(h.world.intercom().conversation(alexConversation).value(u"read"_s).toBool());
        QCOMPARE(h.world.intercom()
                     .conversation(alexConversation)
                     .value(u"tags"_s)
                     .toObject()
                     .value(u"tags"_s)
                     .toArray()
                     .size(),
            1);
        // Tagged once: recorded, so the next cycles do not ask again.
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM conversations WHERE tagged_at IS NULL"_s).toInt(), 0);
    }

    void agentRepliesArriveWhateverTheSearchDatePrecision_data()
    {
        QTest::addColumn<int>("dates");
        QTest::addColumn<bool>("sortHonoured");
        using D = IntercomEmulator::SearchDates;
        QTest::newRow("documented, sorted") << int(D::Documented) << true;
        QTest::newRow("day precision, sorted") << int(D::Day) << true;
        QTest::newRow("day precision, sort ignored") << int(D::Day) << false;
        QTest::newRow("second precision, sort ignored") << int(D::Second) << false;
    }

    void agentRepliesArriveWhateverTheSearchDatePrecision()
    {
        QFETCH(int, dates);
        QFETCH(bool, sortHonoured);
        SyncHarness h;
        h.world.intercom().setSearchDates(IntercomEmulator::SearchDates(dates));
        h.world.intercom().setConversationSortHonoured(sortHonoured);
        const TelegramUser alex = persona::anonymous();
        const TelegramUser sam = persona::renamer();
        const QString conversation = h.converse(alex, u"Where is my order?"_s);
        h.converse(sam, u"Hi"_s);
        // Several cycles have run: later answers are past the last poll, on the same day.
        for (int i = 1; i <= 3; ++i) {
            h.world.intercom().adminReply(conversation, u"<p>answer %1</p>"_s.arg(i));
            QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        }
        QCOMPARE(textsTo(h, alex.id), (QStringList { u"answer 1"_s, u"answer 2"_s, u"answer 3"_s }));
        QVERIFY(textsTo(h, sam.id).isEmpty());
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.world.telegram().sentMessages().size(), 3);
    }

    void anIdleCycleCostsOneSearchHoweverManyContactsAreMapped()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"hello"_s);
        // 450 more customers with a contact (as an earlier sync left them): the old poller paid
        // one search per 100 of them in every cycle.
        for (int i = 0; i < 450; ++i)
            h.seedMappedCustomer(7100000000 + i);
        QCOMPARE(
            h.scalar(u"SELECT COUNT(*) FROM mappings WHERE intercom_contact_id IS NOT NULL"_s).toInt(), 451);
        auto engine = h.makeEngine(h.fastConfig());
        engine->start();
        auto *poller = engine->partPoller();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= 2; }, 10000));
        const int before = h.world.intercom().requestCount(u"POST /conversations/search"_s);
        const int cyclesBefore = poller->completedCycles();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= cyclesBefore + 5; }, 10000));
        const int cycles = poller->completedCycles() - cyclesBefore;
        const int searches = h.world.intercom().requestCount(u"POST /conversations/search"_s) - before;
        QVERIFY2(searches <= cycles + 1, qPrintable(u"%1 searches in %2 cycles"_s.arg(searches).arg(cycles)));
        // And an answer still arrives.
        h.world.intercom().adminReply(conversation, u"<p>still here</p>"_s);
        QVERIFY(QTest::qWaitFor([&] { return textsTo(h, alex.id).contains(u"still here"_s); }, 10000));
    }

    void aConversationOnlyThisAppChangedIsNotReadAgain_data()
    {
        QTest::addColumn<bool>("statistics");
        QTest::newRow("search shows statistics") << true;
        QTest::newRow("search without statistics") << false;
    }

    void aConversationOnlyThisAppChangedIsNotReadAgain()
    {
        QFETCH(bool, statistics);
        SyncHarness h;
        h.world.intercom().setSearchHitsHaveStatistics(statistics);
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"hello"_s);
        auto engine = h.makeEngine(h.fastConfig());
        engine->start();
        auto *poller = engine->partPoller();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= 2; }, 10000));
        const QString get = u"GET /conversations/{id}"_s;
        const int before = h.world.intercom().requestCount(get);
        // The customer writes three more times: each becomes a part the app itself adds.
        for (int i = 1; i <= 3; ++i)
            h.world.telegram().pushMessage(alex, u"more %1"_s.arg(i));
        QVERIFY(QTest::qWaitFor([&] { return h.bodiesBy(h.contactOf(alex.id)).size() == 4; }, 10000));
        const int cycles = poller->completedCycles();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= cycles + 3; }, 10000));
        const int reads = h.world.intercom().requestCount(get) - before;
        if (statistics)
            QCOMPARE(reads, 0); // nothing but our own parts: nothing to read back
        else
            QVERIFY(reads >= 1); // no proof that nobody else wrote: read
        // An agent who answers right after the app's own write (often within the same second)
        // is still relayed, within a poll.
        h.world.telegram().pushMessage(alex, u"and one more"_s);
        QVERIFY(QTest::qWaitFor([&] { return h.bodiesBy(h.contactOf(alex.id)).size() == 5; }, 10000));
        h.world.intercom().adminReply(conversation, u"<p>on its way</p>"_s);
        QVERIFY(QTest::qWaitFor([&] { return textsTo(h, alex.id).contains(u"on its way"_s); }, 10000));
        engine->stop();
    }

    // The reply poller does not read back the conversation the app itself just opened for a new
    // customer (nothing is in it but the customer's message), yet an agent's answer to it is
    // relayed within a poll.
    void aConversationThisAppOpenedIsNotReadBack_data()
    {
        QTest::addColumn<bool>("statistics");
        QTest::newRow("search shows statistics") << true;
        QTest::newRow("search without statistics") << false;
    }

    void aConversationThisAppOpenedIsNotReadBack()
    {
        QFETCH(bool, statistics);
        SyncHarness h;
        h.world.intercom().setSearchHitsHaveStatistics(statistics);
        auto engine = h.makeEngine(h.fastConfig());
        engine->start();
        auto *poller = engine->partPoller();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= 1; }, 10000));
        const QString get = u"GET /conversations/{id}"_s;
        const int before = h.world.intercom().requestCount(get);
        const TelegramUser sam = persona::anonymous();
        h.world.telegram().pushMessage(sam, u"first words"_s);
        QVERIFY(QTest::qWaitFor([&] { return h.bodiesBy(h.contactOf(sam.id)).size() == 1; }, 10000));
        const int cycles = poller->completedCycles();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= cycles + 3; }, 10000));
        const int reads = h.world.intercom().requestCount(get) - before;
        if (statistics)
            QCOMPARE(reads, 0);
        else
            QVERIFY(reads >= 1);
        const auto conversations = h.world.intercom().conversationsOf(h.contactOf(sam.id));
        QCOMPARE(conversations.size(), 1);
        h.world.intercom().adminReply(conversations.first().value(u"id"_s).toString(), u"<p>welcome</p>"_s);
        QVERIFY(QTest::qWaitFor([&] { return textsTo(h, sam.id).contains(u"welcome"_s); }, 10000));
        engine->stop();
    }

    // An agent answers, and before the poller's next look the customer writes again: the answer
    // Intercom returns to the app's own reply already holds the agent's part. It is relayed all
    // the same; the app's own write does not hide it.
    void anAnswerJustBeforeTheAppsOwnWriteIsRelayed()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"hello"_s);
        auto engine = h.makeEngine(h.fastConfig());
        engine->start();
        auto *poller = engine->partPoller();
        QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() >= 2; }, 10000));
        for (int i = 1; i <= 5; ++i) {
            // Between two cycles: the answer, then at once the customer's next message.
            const int cycles = poller->completedCycles();
            QVERIFY(QTest::qWaitFor([&] { return poller->completedCycles() > cycles; }, 10000));
            h.world.intercom().adminReply(conversation, u"<p>answer %1</p>"_s.arg(i));
            h.world.telegram().pushMessage(alex, u"meanwhile %1"_s.arg(i));
            QVERIFY(QTest::qWaitFor([&] { return h.bodiesBy(h.contactOf(alex.id)).size() == 1 + i; }, 10000));
        }
        for (int i = 1; i <= 5; ++i)
            QVERIFY2(
                QTest::qWaitFor([&] { return textsTo(h, alex.id).contains(u"answer %1"_s.arg(i)); }, 10000),
                qPrintable(u"answer %1 never reached the customer"_s.arg(i)));
        engine->stop();
    }

    void closeWithBodyIsRelayedSilentCloseIsNot()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"thanks"_s);
        h.world.intercom().adminReply(conversation, u"<p>Closing this, write any time!</p>"_s, u"close"_s);
        h.world.intercom().adminReply(conversation, {}, u"open"_s);
        h.world.intercom().adminReply(conversation, u"<p>Quick answer</p>"_s, u"quick_reply"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(
            textsTo(h, alex.id), (QStringList { u"Closing this, write any time!"_s, u"Quick answer"_s }));
    }

    void longRepliesAreSplitUnderTheLimit()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"tell me everything"_s);
        QString html;
        for (int i = 0; i < 60; ++i)
            html += u"<p>"_s + QString(100, QChar(u'a' + i % 26)) + u"</p>"_s;
        h.world.intercom().adminReply(conversation, html);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        const QStringList texts = textsTo(h, alex.id);
        QCOMPARE(texts.size(), 2);
        for (const QString &t : texts)
            QVERIFY(t.size() <= 4096);
        QCOMPARE(texts.join(u"\n\n"_s).count(u"\n\n"_s), 59); // every paragraph arrived, none cut
    }

    void sendsArePacedAndRetryAfterIsHonoured()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"hello"_s);
        for (const QString &t : { u"one"_s, u"two"_s, u"three"_s })
            h.world.intercom().adminReply(conversation, t);
        h.world.telegram().setPerChatSendLimit(1);
        h.world.telegram().failNext(u"sendMessage"_s, 1, 429, u"Too Many Requests: retry after 1"_s, 1);
        QList<qint64> sentAt;
        QElapsedTimer clock;
        clock.start();
        QObject::connect(&h.world.telegram(), &TelegramEmulator::messageSent, &h.world,
            [&](const QJsonObject &) { sentAt << clock.elapsed(); });
        sync::SyncConfig c = h.fastConfig();
        c.telegramPerChatInterval = std::chrono::milliseconds(1000);
        QCOMPARE(h.runUntilIdle(c).failure, sync::FailureKind::None);
        QCOMPARE(textsTo(h, alex.id), (QStringList { u"one"_s, u"two"_s, u"three"_s }));
        QCOMPARE(sentAt.size(), 3);
        QVERIFY2(sentAt.at(0) >= 900, "the 429 made the first send wait retry_after");
        for (int i = 1; i < sentAt.size(); ++i)
            QVERIFY2(sentAt.at(i) - sentAt.at(i - 1) >= 900, "about one message per second per chat");
    }

    void blockedCustomerStopsSendsAndLeavesANote()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"hello"_s);
        h.world.telegram().setBlockedByUser(alex.id, true);
        h.world.intercom().adminReply(conversation, u"first answer"_s);
        h.world.intercom().adminReply(conversation, u"second answer"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        QVERIFY(h.world.telegram().sentMessages().isEmpty());
        QCOMPARE(h.world.telegram().requestCount(u"sendMessage"_s), 1); // the second is not tried
        QCOMPARE(
            h.scalar(u"SELECT state FROM chats WHERE chat_id = ?"_s, { alex.id }).toString(), u"blocked"_s);
        QCOMPARE(h.scalar(u"SELECT state FROM mappings WHERE telegram_user_id = ?"_s, { alex.id }).toString(),
            u"blocked"_s);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM messages WHERE direction = 'out' AND delivery = 'failed'"_s)
                     .toInt(),
            2);
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts/{id}/notes"_s), 1);
    }

    void deactivatedAccountIsMarkedDeleted()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"hello"_s);
        h.world.telegram().setDeactivated(alex.id);
        h.world.intercom().adminReply(conversation, u"answer"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.scalar(u"SELECT state FROM mappings WHERE telegram_user_id = ?"_s, { alex.id }).toString(),
            u"deactivated"_s);
        QCOMPARE(h.scalar(u"SELECT state FROM chats WHERE chat_id = ?"_s, { alex.id }).toString(),
            u"deactivated"_s);
        QCOMPARE(h.world.intercom().requestCount(u"POST /contacts/{id}/notes"_s), 1);
    }

    void agentFilesAreUploadedAndHugeOnesBecomeLinks()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"send me the invoice"_s);
        h.world.intercom().adminReplyWithFile(conversation, u"<p>Here it is</p>"_s, u"invoice.pdf"_s,
            u"application/pdf"_s, QByteArray("%PDF-1.4 invoice"));
        h.world.intercom().adminReplyWithFile(
            conversation, {}, u"video.mp4"_s, u"video/mp4"_s, QByteArray("big"), 60LL * 1024 * 1024);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        const QList<QJsonObject> sent = h.world.telegram().sentMessages(alex.id);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).value(u"text"_s).toString(), u"Here it is"_s);
        QCOMPARE(
            sent.at(1).value(u"document"_s).toObject().value(u"file_name"_s).toString(), u"invoice.pdf"_s);
        QVERIFY(sent.at(2).value(u"text"_s).toString().contains(u"video.mp4"_s));
        QVERIFY(sent.at(2).value(u"text"_s).toString().contains(u"/sandbox-files/"_s));
        QCOMPARE(h.world.telegram().requestCount(u"sendDocument"_s), 1);
        // Sent bytes are not kept.
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM outbox_files WHERE data IS NOT NULL"_s).toInt(), 0);
    }

    void customerMediaReachIntercomAsFilesUpToTwentyMegabytes()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        h.converse(alex, u"I'll send the documents"_s);
        auto &tg = h.world.telegram();
        const QString doc = tg.addFile(QByteArray("PDFDATA"), u"contract.pdf"_s, u"application/pdf"_s);
        const QString atLimit = tg.addFile(
            QByteArray("EXACT"), u"limit.bin"_s, u"application/octet-stream"_s, 20LL * 1024 * 1024);
        const QString tooBig
            = tg.addFile(QByteArray("BIG"), u"movie.mp4"_s, u"video/mp4"_s, 20LL * 1024 * 1024 + 1);
        const QString photo = tg.addFile(QByteArray("JPEG"), {}, u"image/jpeg"_s);
        const QString voice = tg.addFile(QByteArray("OGG"), {}, u"audio/ogg"_s);
        tg.pushUpdate(mediaMessage(h, alex, u"document"_s, tg.documentJson(doc), u"signed"_s));
        tg.pushUpdate(mediaMessage(h, alex, u"document"_s, tg.documentJson(atLimit)));
        QJsonObject big = tg.documentJson(tooBig);
        tg.pushUpdate(mediaMessage(h, alex, u"video"_s, big));
        QJsonObject size = tg.documentJson(photo);
        size.insert(u"width"_s, 800);
        size.insert(u"height"_s, 600);
        tg.pushUpdate(mediaMessage(h, alex, u"photo"_s, QJsonArray { size }));
        QJsonObject v = tg.documentJson(voice);
        v.insert(u"duration"_s, 3);
        tg.pushUpdate(mediaMessage(h, alex, u"voice"_s, v));
        tg.pushUpdate(mediaMessage(
            h, alex, u"location"_s, QJsonObject { { u"latitude"_s, 52.52 }, { u"longitude"_s, 13.405 } }));
        tg.pushUpdate(
            mediaMessage(h, alex, u"dice"_s, QJsonObject { { u"emoji"_s, u"🎲"_s }, { u"value"_s, 3 } }));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        const auto parts = partsWithFiles(h, h.contactOf(alex.id));
        QCOMPARE(parts.size(), 7);
        QCOMPARE(parts.at(0).second, QStringList { u"contract.pdf"_s });
        QVERIFY(parts.at(0).first.contains(u"signed"_s));
        QCOMPARE(parts.at(1).second, QStringList { u"limit.bin"_s }); // exactly 20 MB still goes
        QVERIFY(parts.at(2).second.isEmpty());
        QVERIFY(parts.at(2).first.contains(u"larger than the 20 MB"_s));
        QCOMPARE(parts.at(3).second, QStringList { u"photo.jpg"_s });
        QCOMPARE(parts.at(4).second, QStringList { u"voice.ogg"_s });
        QVERIFY(parts.at(5).first.contains(u"Location: 52.520000, 13.405000"_s));
        QVERIFY(parts.at(6).first.contains(u"[dice]"_s));
        // The customer is told, politely, once.
        const QStringList told = textsTo(h, alex.id);
        QCOMPARE(told.size(), 1);
        QVERIFY(told.first().contains(u"larger than 20 MB"_s));
        // No Telegram file URL (it holds the token) ever reached Intercom.
        for (const auto &p : parts)
            QVERIFY(!p.first.contains(SandboxWorld::telegramToken()));
    }

    void editsKeepHistoryAndTellTheAgent()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        h.converse(alex, u"My order is 1234"_s);
        const qint64 messageId
            = h.scalar(u"SELECT telegram_message_id FROM messages WHERE direction = 'in'"_s).toLongLong();
        QJsonObject edited { { u"message_id"_s, double(messageId) },
            { u"date"_s, double(QDateTime::currentSecsSinceEpoch()) },
            { u"edit_date"_s, double(QDateTime::currentSecsSinceEpoch()) },
            { u"chat"_s, alex.privateChatJson() }, { u"from"_s, alex.toJson() },
            { u"text"_s, u"My order is 1235"_s } };
        h.world.telegram().pushUpdate(QJsonObject { { u"edited_message"_s, edited } });
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.scalar(u"SELECT old_text FROM message_edits"_s).toString(), u"My order is 1234"_s);
        QVERIFY(h.scalar(u"SELECT edited_at FROM messages WHERE direction = 'in'"_s).toLongLong() > 0);
        const QStringList bodies = h.bodiesBy(h.contactOf(alex.id));
        QCOMPARE(bodies.size(), 2);
        QVERIFY(bodies.last().contains(u"Edited by the customer"_s));
        QVERIFY(bodies.last().contains(u"My order is 1235"_s));
        QVERIFY(bodies.last().contains(u"My order is 1234"_s));
    }

    void anEditBeforeDeliveryKeepsTheOriginalAndNeverRepeatsATextAsItsOwnPart()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        h.converse(alex, u"hello"_s); // Alex has a contact and a conversation
        const QString contact = h.contactOf(alex.id);
        // Original and edit in ONE getUpdates batch; then the same edit again, and an edit that
        // changes nothing the agent can see.
        auto message = [&](qint64 id, const QString &text, bool edited) {
            QJsonObject m { { u"message_id"_s, double(id) },
                { u"date"_s, double(QDateTime::currentSecsSinceEpoch()) },
                { u"chat"_s, alex.privateChatJson() }, { u"from"_s, alex.toJson() }, { u"text"_s, text } };
            if (edited)
                m.insert(u"edit_date"_s, double(QDateTime::currentSecsSinceEpoch()));
            return m;
        };
        const qint64 id = h.world.telegram().nextMessageId(alex.id);
        h.world.telegram().pushUpdate(
            QJsonObject { { u"message"_s, message(id, u"My order is 1234"_s, false) } });
        h.world.telegram().pushUpdate(
            QJsonObject { { u"edited_message"_s, message(id, u"My order is 1235"_s, true) } });
        h.world.telegram().pushUpdate(
            QJsonObject { { u"edited_message"_s, message(id, u"My order is 1235"_s, true) } });
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        const QStringList bodies = h.bodiesBy(contact);
        QCOMPARE(bodies.size(), 3); // hello, the original, one edit
        QCOMPARE(bodies.at(1), u"My order is 1234"_s);
        QVERIFY(bodies.at(2).contains(u"Edited by the customer"_s));
        QVERIFY(bodies.at(2).contains(u"Now: My order is 1235"_s));
        QCOMPARE(bodies.filter(u"My order is 1235"_s).size(), 1);
        // The app shows the current text, with the history.
        QCOMPARE(h.scalar(u"SELECT text FROM messages WHERE telegram_message_id = ?"_s, { id }).toString(),
            u"My order is 1235"_s);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM message_edits"_s).toInt(), 1);

        // An edit of a message this app never saw (older than the bot's memory) is the message.
        const qint64 unseen = h.world.telegram().nextMessageId(alex.id) + 50;
        h.world.telegram().pushUpdate(
            QJsonObject { { u"edited_message"_s, message(unseen, u"about my refund"_s, true) } });
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.bodiesBy(contact).size(), 4);
        QCOMPARE(h.bodiesBy(contact).last(), u"about my refund"_s);
    }

    void aMixedBatchMakesContactsOnlyOfCustomers()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const TelegramUser sam = persona::renamer();
        const TelegramUser owner = persona::businessAccount();
        const TelegramUser helperBot { 6100000001, u"Helper"_s, {}, u"helper_bot"_s, true, {}, false };
        const TelegramUser telegramService { 777000, u"Telegram"_s, {}, {}, false, {}, false };
        const QJsonObject group { { u"id"_s, -1001234567890.0 }, { u"type"_s, u"supergroup"_s },
            { u"title"_s, u"Shop chat"_s } };
        const QJsonObject channel { { u"id"_s, -1009876543210.0 }, { u"type"_s, u"channel"_s },
            { u"title"_s, u"Shop news"_s } };
        const double now = double(QDateTime::currentSecsSinceEpoch());
        qint64 nextId = 1000;
        auto msg = [&](const QJsonObject &chat, const TelegramUser &from, QJsonObject extra) {
            extra.insert(u"message_id"_s, double(++nextId));
            extra.insert(u"date"_s, now);
            extra.insert(u"chat"_s, chat);
            extra.insert(u"from"_s, from.toJson());
            return extra;
        };
        auto &tg = h.world.telegram();
        // A bot talks in the group, and edits what it said.
        const QJsonObject botSays = msg(group, helperBot, { { u"text"_s, u"Rules: be nice"_s } });
        tg.pushUpdate({ { u"message"_s, botSays } });
        QJsonObject botEdits = botSays;
        botEdits.insert(u"text"_s, u"Rules: be kind"_s);
        botEdits.insert(u"edit_date"_s, now);
        tg.pushUpdate({ { u"edited_message"_s, botEdits } });
        // The channel posts; its post is forwarded into the linked group automatically.
        tg.pushUpdate({ { u"channel_post"_s,
            QJsonObject { { u"message_id"_s, 7.0 }, { u"date"_s, now }, { u"chat"_s, channel },
                { u"sender_chat"_s, channel }, { u"text"_s, u"Sale today"_s } } } });
        tg.pushUpdate({ { u"message"_s,
            msg(group, telegramService,
                { { u"sender_chat"_s, channel }, { u"is_automatic_forward"_s, true },
                    { u"text"_s, u"Sale today"_s } }) } });
        // An anonymous group admin (the GroupAnonymousBot, speaking as the group).
        const TelegramUser anonymousAdmin { 1087968824, u"Group"_s, {}, u"GroupAnonymousBot"_s, true, {},
            false };
        tg.pushUpdate({ { u"message"_s,
            msg(group, anonymousAdmin, { { u"sender_chat"_s, group }, { u"text"_s, u"Welcome"_s } }) } });
        // Sam joins the group (a service message), then writes there.
        tg.pushUpdate({ { u"message"_s,
            msg(group, sam, { { u"new_chat_members"_s, QJsonArray { sam.toJson() } } }) } });
        tg.pushUpdate({ { u"message"_s, msg(group, sam, { { u"text"_s, u"Is the sale online too?"_s } }) } });
        // Alex forwards a message someone else wrote, and writes via an inline bot.
        const TelegramUser stranger { 5999999999, u"Stranger"_s, {}, {}, false, {}, false };
        tg.pushUpdate({ { u"message"_s,
            msg(alex.privateChatJson(), alex,
                { { u"forward_origin"_s,
                      QJsonObject { { u"type"_s, u"user"_s }, { u"date"_s, now },
                          { u"sender_user"_s, stranger.toJson() } } },
                    { u"text"_s, u"Your parcel is at the depot"_s } }) } });
        tg.pushUpdate({ { u"message"_s,
            msg(alex.privateChatJson(), alex,
                { { u"via_bot"_s, helperBot.toJson() }, { u"text"_s, u"a gif"_s } }) } });
        // In a business chat, the business account answers its own customer (Alex).
        tg.pushUpdate({ { u"business_message"_s,
            msg(alex.privateChatJson(), owner,
                { { u"business_connection_id"_s, u"bc1"_s }, { u"text"_s, u"We'll check"_s } }) } });
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        // Exactly two customers became contacts: Alex and Sam. No bot, channel, stranger or owner.
        for (const qint64 nobody :
            { helperBot.id, telegramService.id, anonymousAdmin.id, stranger.id, owner.id })
            QVERIFY2(h.contactsAnchoredTo(nobody).isEmpty(), qPrintable(QString::number(nobody)));
        QCOMPARE(h.contactsAnchoredTo(alex.id).size(), 1);
        QCOMPARE(h.contactsAnchoredTo(sam.id).size(), 1);
        QCOMPARE(h.world.intercom().contacts().size(), 2);
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM mappings"_s).toInt(), 2);
        QCOMPARE(h.bodiesBy(h.contactOf(sam.id)), QStringList { u"Is the sale online too?"_s });
        QCOMPARE(h.bodiesBy(h.contactOf(alex.id)),
            (QStringList { u"[Forwarded from Stranger] Your parcel is at the depot"_s, u"a gif"_s }));
        // Counted, and kept raw with the reason.
        QCOMPARE(
            h.scalar(u"SELECT COUNT(*) FROM telegram_updates WHERE kind = 'ignored: from a bot'"_s).toInt(),
            3);
        // The business account's own words are not ignored: kept as its side of the business chat,
        // a note for the agents (tst_business), never anyone's contact.
        QCOMPARE(
            h.scalar(u"SELECT COUNT(*) FROM telegram_updates WHERE kind LIKE 'ignored: %'"_s).toInt(), 5);
        // No chat row for anyone but customers: the group (Sam's), Alex's private chat and Alex's
        // business chat, where the account wrote to Alex.
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM chats"_s).toInt(), 3);
        QVERIFY(!h.scalar(u"SELECT 1 FROM telegram_users WHERE is_bot = 1"_s).isValid());
    }

    void ownPhoneIsStoredSomeoneElsesIsOnlyText()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const TelegramUser sam = persona::renamer();
        h.converse(alex, u"hi"_s);
        h.converse(sam, u"hi"_s);
        auto &tg = h.world.telegram();
        tg.pushUpdate(mediaMessage(h, alex, u"contact"_s,
            QJsonObject { { u"phone_number"_s, u"491701234567"_s }, { u"first_name"_s, alex.firstName },
                { u"user_id"_s, double(alex.id) } }));
        tg.pushUpdate(mediaMessage(h, sam, u"contact"_s,
            QJsonObject { { u"phone_number"_s, u"+15550001111"_s }, { u"first_name"_s, u"Mom"_s },
                { u"user_id"_s, double(alex.id) } }));
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);

        const QJsonObject alexContact = h.world.intercom().contact(h.contactOf(alex.id));
        QCOMPARE(alexContact.value(u"phone"_s).toString(), u"+491701234567"_s);
        QCOMPARE(alexContact.value(u"custom_attributes"_s).toObject().value(u"telegram_phone"_s).toString(),
            u"+491701234567"_s);
        QCOMPARE(
            alexContact.value(u"custom_attributes"_s).toObject().value(u"telegram_phone_verified"_s).toBool(),
            true);
        const QJsonObject samContact = h.world.intercom().contact(h.contactOf(sam.id));
        QVERIFY(samContact.value(u"phone"_s).toString().isEmpty());
        QVERIFY(samContact.value(u"custom_attributes"_s)
                    .toObject()
                    .value(u"telegram_phone"_s)
                    .toString()
                    .isEmpty());
        QVERIFY(h.bodiesBy(h.contactOf(sam.id)).last().contains(u"+15550001111"_s));
    }

    void groupRepliesGoBackAsRepliesToTheCustomer()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const TelegramUser sam = persona::renamer();
        const QJsonObject group { { u"id"_s, -100123 }, { u"type"_s, u"supergroup"_s },
            { u"title"_s, u"Buyers"_s } };
        h.world.telegram().pushGroupMessage(group, alex, u"alex asks"_s);
        h.world.telegram().pushGroupMessage(group, sam, u"sam asks"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        const QString samConversation
            = h.world.intercom().conversationsOf(h.contactOf(sam.id)).first().value(u"id"_s).toString();
        h.world.intercom().adminReply(samConversation, u"answer for sam"_s);
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        const auto sent = h.world.telegram().sentMessages(-100123);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().value(u"text"_s).toString(), u"answer for sam"_s);
        const qint64 samMessage
            = h.scalar(u"SELECT telegram_message_id FROM messages WHERE sender_id = ? AND direction = 'in'"_s,
                   { sam.id })
                  .toLongLong();
        QCOMPARE(sent.first().value(u"reply_to_message"_s).toObject().value(u"message_id"_s).toInteger(),
            samMessage);
    }

    void restartBetweenIntercomAndTelegramLosesAndDuplicatesNothing()
    {
        SyncHarness h;
        const TelegramUser alex = persona::anonymous();
        const QString conversation = h.converse(alex, u"hello"_s);
        h.world.intercom().adminReply(conversation, u"first answer"_s);
        h.world.intercom().adminReply(conversation, u"second answer"_s);
        // Telegram's front end fails the first send (502: it may or may not have passed it on),
        // and the app dies right then: the part is queued, its send unanswered.
        h.world.telegram().failNext(u"sendMessage"_s, 1, 502, u"Bad Gateway"_s);
        {
            auto engine = h.makeEngine(h.fastConfig());
            bool tried = false;
            QObject::connect(&h.world.telegram(), &TelegramEmulator::requestReceived, engine.get(),
                [&tried](const QString &method) {
                    if (method.compare(u"sendMessage"_s, Qt::CaseInsensitive) == 0)
                        tried = true;
                });
            engine->start();
            QVERIFY(QTest::qWaitFor([&] { return tried; }, 10000));
        }
        QVERIFY(h.world.telegram().sentMessages().isEmpty());
        QCOMPARE(
            h.scalar(u"SELECT COUNT(*) FROM outbox WHERE direction = 'to_telegram' AND state = 'pending'"_s)
                .toInt(),
            2);

        // The next run re-reads Intercom (nothing queued twice) and sends each answer once; the
        // message ids show the unanswered attempt had not landed, so nothing is flagged.
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(textsTo(h, alex.id), (QStringList { u"first answer"_s, u"second answer"_s }));
        QCOMPARE(h.scalar(u"SELECT COUNT(*) FROM relayed_parts"_s).toInt(), 2);
        QVERIFY(
            h.scalar(
                 u"SELECT delivery_error FROM messages WHERE direction = 'out' AND delivery_error IS NOT NULL"_s)
                .isNull());
        QCOMPARE(h.runUntilIdle(h.fastConfig()).failure, sync::FailureKind::None);
        QCOMPARE(h.world.telegram().sentMessages().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTwoWay)
#include "tst_twoway.moc"
