// SPDX-License-Identifier: MIT
// Text at the border: a NUL is dropped, an unpaired surrogate replaced, everything else (hostile
// or not) kept exactly; the parser hands on only normalized text and says when it repaired some.

#include "Utf8.h"
#include "telegram/HtmlToTelegram.h"
#include "telegram/TelegramTypes.h"
#include "telegram/TextNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::telegram;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanTextIsKeptAsItIs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sql") << u"Robert'); DROP TABLE messages;-- /* */"_s;
        QTest::newRow("backslashes and dollars") << u"C:\\temp\\ $$ $tag$ \\x00"_s;
        QTest::newRow("rtl override") << u"\u202Egnp.exe\u202C"_s;
        QTest::newRow("zwj emoji") << u"👩\u200D💻 \u200D"_s;
        QTest::newRow("html") << u"<script>alert(1)</script><b>bold</b>&amp;"_s;
        QTest::newRow("printf") << u"%s %n %x %08d %%"_s;
        QTest::newRow("combining") << (u"e"_s + QString(64, QChar(0x0301)));
        QTest::newRow("astral") << u"𝕳𝖊𝖑𝖑𝖔 🏳️‍🌈"_s;
        QTest::newRow("empty") << QString();
    }
    void cleanTextIsKeptAsItIs()
    {
        QFETCH(QString, text);
        QVERIFY(isNormalText(text));
        TextRepair repair;
        QCOMPARE(normalizeText(text, &repair), text);
        QVERIFY(!repair.any());
    }

    void nulIsDroppedAndCounted()
    {
        TextRepair repair;
        QCOMPARE(normalizeText(QString(u"a\0b\0\0c"_s), &repair), u"abc"_s);
        QCOMPARE(repair.nulsDropped, 3);
        QCOMPARE(repair.surrogatesReplaced, 0);
        QCOMPARE(repair.describe(), u"3 NUL characters dropped"_s);
    }

    void unpairedSurrogatesAreReplaced()
    {
        QString text = u"x"_s;
        text += QChar(0xD83D); // a high surrogate with no low one after it
        text += u"y"_s;
        text += QChar(0xDE00); // a low surrogate with no high one before it
        text += u"👋"_s; // a proper pair stays
        text += QChar(0xD800); // at the very end
        TextRepair repair;
        const QString out = normalizeText(text, &repair);
        QCOMPARE(out, u"x\uFFFDy\uFFFD👋\uFFFD"_s);
        QCOMPARE(repair.surrogatesReplaced, 3);
        QVERIFY(isNormalText(out));
        QCOMPARE(QString::fromUtf8(out.toUtf8()), out);
    }

    void noncharactersAreReplacedAndAMarkIsKept()
    {
        // U+FFFE and U+FFFF would read back from SQLite as U+FFFD anyway: replaced at the border,
        // both databases show the same. U+FEFF is a character (zero-width no-break space): kept.
        const QString text = QChar(0xFEFF) + u"a"_s + QChar(0xFFFE) + u"b"_s + QChar(0xFFFF);
        TextRepair repair;
        const QString out = normalizeText(text, &repair);
        QCOMPARE(out, QChar(0xFEFF) + u"a\uFFFDb\uFFFD"_s);
        QCOMPARE(repair.noncharactersReplaced, 2);
        QCOMPARE(repair.describe(), u"2 noncharacters replaced"_s);
        QVERIFY(isNormalText(out));
        QCOMPARE(tgic::decodeUtf8(out.toUtf8()), out);
    }

    void jsonKeysAndValuesAreNormalized()
    {
        const QByteArray json
            = R"({"a":"x\u0000y","list":["\ud800",{"k\u0000ey":"fine"}],"n":1,"ok":"clean"})";
        const QJsonValue in = QJsonDocument::fromJson(json).object();
        TextRepair repair;
        const QJsonObject out = normalizeJson(in, &repair).toObject();
        QCOMPARE(out.value(u"a"_s).toString(), u"xy"_s);
        QCOMPARE(out.value(u"list"_s).toArray().at(0).toString(), u"\uFFFD"_s);
        QCOMPARE(out.value(u"list"_s).toArray().at(1).toObject().value(u"key"_s).toString(), u"fine"_s);
        QCOMPARE(out.value(u"n"_s).toInt(), 1);
        QCOMPARE(out.value(u"ok"_s).toString(), u"clean"_s);
        QCOMPARE(repair.nulsDropped, 2);
        QCOMPARE(repair.surrogatesReplaced, 1);
    }

    void cleanJsonComesBackUnchanged()
    {
        const QJsonValue in = QJsonDocument::fromJson(R"({"a":["b",{"c":"d"}],"e":null})").object();
        TextRepair repair;
        QCOMPARE(normalizeJson(in, &repair), in);
        QVERIFY(!repair.any());
    }

    void parserHandsOnNormalizedTextAndSaysSo()
    {
        const QByteArray json = R"({"update_id":7,"message":{"message_id":3,"date":1760000000,
            "chat":{"id":4503599627370495,"type":"private","first_name":"Nu\u0000ll"},
            "from":{"id":4503599627370495,"is_bot":false,"first_name":"Nu\u0000ll","last_name":"\udc00"},
            "text":"before\u0000after \ud83d"}})";
        const ParsedUpdate u = parseUpdate(QJsonDocument::fromJson(json).object());
        QCOMPARE(u.kind, ParsedUpdate::Kind::Message);
        QCOMPARE(u.message.from.id, 4503599627370495); // 2^52 - 1: the largest id Telegram promises
        QCOMPARE(u.message.text, u"beforeafter \uFFFD"_s);
        QCOMPARE(u.message.from.firstName, u"Null"_s);
        QCOMPARE(u.message.from.lastName, u"\uFFFD"_s);
        QCOMPARE(u.message.chat.title, u"Null"_s);
        QCOMPARE(u.textRepair.nulsDropped, 3);
        QCOMPARE(u.textRepair.surrogatesReplaced, 2);
    }

    void cleanUpdateReportsNoRepair()
    {
        const QString text = u"$$ \\ ' \u202e <b>"_s;
        const QJsonObject update { { u"update_id"_s, 8 },
            { u"message"_s,
                QJsonObject { { u"message_id"_s, 1 }, { u"date"_s, 1 },
                    { u"chat"_s, QJsonObject { { u"id"_s, 5 }, { u"type"_s, u"private"_s } } },
                    { u"from"_s,
                        QJsonObject { { u"id"_s, 5 }, { u"is_bot"_s, false }, { u"first_name"_s, u"A"_s } } },
                    { u"text"_s, text } } } };
        const ParsedUpdate u = parseUpdate(update);
        QCOMPARE(u.kind, ParsedUpdate::Kind::Message);
        QVERIFY(!u.textRepair.any());
        QCOMPARE(u.message.text, text);
    }

    void unknownTypeNameIsNormalizedToo()
    {
        // The name of an update type this version does not know goes into the quarantine reason.
        const ParsedUpdate u
            = parseUpdate(QJsonDocument::fromJson(R"({"update_id":9,"new\u0000type":{}})").object());
        QCOMPARE(u.kind, ParsedUpdate::Kind::Malformed);
        QCOMPARE(u.typeName, u"newtype"_s);
        QVERIFY(isNormalText(u.error));
        QCOMPARE(u.textRepair.nulsDropped, 1);
    }

    void agentRepliesToTelegramAreNormalized()
    {
        QString html = u"<p>Hi"_s;
        html += QChar(0);
        html += u" there"_s;
        html += QChar(0xDC00);
        html += u"</p>"_s;
        QCOMPARE(htmlToTelegramText(html), u"Hi there\uFFFD"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
