// SPDX-License-Identifier: MIT
// Intercom HTML → Telegram plain text, and splitting at Telegram's 4096-character limit.

#include "telegram/HtmlToTelegram.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic::telegram;

class TestHtmlToTelegram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void converts_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << u"<p>Hello</p><p>World</p>"_s << u"Hello\n\nWorld"_s;
        QTest::newRow("line breaks") << u"<p>one<br>two<br/>three</p>"_s << u"one\ntwo\nthree"_s;
        QTest::newRow("html whitespace") << u"<p>  a \n  b  </p>"_s << u"a b"_s;
        QTest::newRow("entities")
            << u"<p>Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#39; &#x1F600; caf&eacute;</p>"_s
            << u"Tom & Jerry <3 \"x\" 'y' 😀 caf&eacute;"_s;
        QTest::newRow("link with label")
            << u"<p>See <a href=\"https://a.example/x?y=1&amp;z=2\">docs</a>.</p>"_s
            << u"See docs (https://a.example/x?y=1&z=2)."_s;
        QTest::newRow("bare link") << u"<a href=\"https://a.example\">https://a.example</a>"_s
                                   << u"https://a.example"_s;
        QTest::newRow("unsafe link dropped") << u"<a href=\"javascript:alert(1)\">click</a>"_s << u"click"_s;
        QTest::newRow("mailto") << u"<a href=\"mailto:help@x.example\">help@x.example</a>"_s
                                << u"help@x.example"_s;
        QTest::newRow("lists") << u"<ul><li>one</li><li>two</li></ul><p>after</p>"_s
                               << u"• one\n• two\n\nafter"_s;
        QTest::newRow("formatting dropped")
            << u"<p><b>bold</b> <i>it</i> <code>x&lt;y</code></p>"_s << u"bold it x<y"_s;
        QTest::newRow("script dropped")
            << u"<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>"_s << u"a\n\nb"_s;
        QTest::newRow("image")
            << u"<p>look</p><div class=\"intercom-container\"><img src=\"https://i.example/a.png\"></div>"_s
            << u"look\n\n[image] https://i.example/a.png"_s;
        QTest::newRow("pre keeps lines") << u"<pre>a\n  b</pre>"_s << u"a\n  b"_s;
        QTest::newRow("plain text passes") << u"just text & more"_s << u"just text & more"_s;
        QTest::newRow("not a tag") << u"a < b and c > d"_s << u"a < b and c > d"_s;
        QTest::newRow("empty paragraphs collapse") << u"<p>a</p><p></p><p><br></p><p>b</p>"_s << u"a\n\nb"_s;
        QTest::newRow("control chars dropped") << u"a\u0001b"_s << u"ab"_s;
        QTest::newRow("null entity dropped") << u"a&#0;b"_s << u"ab"_s;
    }
    void converts()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(htmlToTelegramText(html), text);
    }

    void shortTextIsOnePiece()
    {
        QCOMPARE(splitForTelegram(u"hello"_s), QStringList { u"hello"_s });
        QVERIFY(splitForTelegram(u"   "_s).isEmpty());
    }

    void splitsAtParagraphsFirst()
    {
        const QString para = QString(3000, u'a');
        const QStringList pieces = splitForTelegram(para + u"\n\n"_s + para);
        QCOMPARE(pieces, (QStringList { para, para }));
    }

    void splitsAWallOfWordsAtSpaces()
    {
        QString text;
        for (int i = 0; i < 2000; ++i)
            text += u"word "_s;
        const QStringList pieces = splitForTelegram(text.trimmed());
        QCOMPARE(pieces.size(), 3);
        for (const QString &p : pieces) {
            QVERIFY(telegramLength(p) <= 4096);
            QVERIFY(!p.startsWith(u' ') && !p.endsWith(u' '));
        }
        QCOMPARE(pieces.join(u' '), text.trimmed());
    }

    void countsCodePointsAndNeverSplitsASurrogatePair()
    {
        const QString emoji = u"😀"_s; // two UTF-16 units, one character for Telegram
        QString text;
        for (int i = 0; i < 4097; ++i)
            text += emoji;
        QCOMPARE(telegramLength(text), 4097);
        const QStringList pieces = splitForTelegram(text);
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(telegramLength(pieces.at(0)), 4096);
        QCOMPARE(pieces.at(1), emoji);
    }
};

QTEST_GUILESS_MAIN(TestHtmlToTelegram)
#include "tst_htmltotelegram.moc"
