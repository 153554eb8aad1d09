// SPDX-License-Identifier: MIT
#include "HtmlToTelegram.h"

#include "TextNormalizer.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tgic::telegram {

namespace {

QString decodeEntity(const QString &name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.startsWith(u"#x"_s, Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                        : name.mid(1).toUInt(&ok, 10);
        // NUL, surrogates and out-of-range values are not characters: drop them.
        if (!ok || code == 0 || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, QString> named {
        { u"amp"_s, u"&"_s },
        { u"lt"_s, u"<"_s },
        { u"gt"_s, u">"_s },
        { u"quot"_s, u"\""_s },
        { u"apos"_s, u"'"_s },
        { u"nbsp"_s, u" "_s },
        { u"hellip"_s, u"…"_s },
        { u"mdash"_s, u"—"_s },
        { u"ndash"_s, u"–"_s },
        { u"lsquo"_s, u"‘"_s },
        { u"rsquo"_s, u"’"_s },
        { u"ldquo"_s, u"“"_s },
        { u"rdquo"_s, u"”"_s },
        { u"laquo"_s, u"«"_s },
        { u"raquo"_s, u"»"_s },
        { u"copy"_s, u"©"_s },
        { u"reg"_s, u"®"_s },
        { u"trade"_s, u"™"_s },
        { u"euro"_s, u"€"_s },
        { u"pound"_s, u"£"_s },
        { u"bull"_s, u"•"_s },
        { u"middot"_s, u"·"_s },
        { u"times"_s, u"×"_s },
        { u"deg"_s, u"°"_s },
    };
    return named.value(name.toLower(), u"&"_s + name + u';');
}

QRegularExpression attributePattern(const QString &name)
{
    return QRegularExpression(u"\\b"_s + name + u"\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
}

//! `pattern` from attributePattern(), compiled once by the caller: compiling it per tag made
//! every link and image cost a regex compilation (fuzz_htmltotelegram ran at ~500 inputs/s).
QString attribute(const QString &tag, const QRegularExpression &pattern)
{
    const auto m = pattern.match(tag);
    if (!m.hasMatch())
        return {};
    for (int i = 2; i <= 4; ++i)
        if (m.capturedLength(i) > 0)
            return m.captured(i);
    return {};
}

bool isSafeLink(const QString &href)
{
    return href.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || href.startsWith(u"https://"_s, Qt::CaseInsensitive)
        || href.startsWith(u"mailto:"_s, Qt::CaseInsensitive)
        || href.startsWith(u"tel:"_s, Qt::CaseInsensitive);
}

// Builds the text: collapses HTML whitespace (outside <pre>) and records paragraph/line breaks as
// pending, so a run of block tags yields one blank line, not many.
class TextBuilder
{
public:
    void text(const QString &raw, bool preformatted)
    {
        for (const QChar c : raw) {
            if (!preformatted && c.isSpace()) {
                m_space = true;
                continue;
            }
            if (preformatted && c == u'\n') {
                lineBreak();
                continue;
            }
            flush();
            if (m_space && !m_out.isEmpty() && !m_out.endsWith(u'\n'))
                m_out += u' ';
            m_space = false;
            if (c.category() == QChar::Other_Control && c != u'\t')
                continue;
            m_out += c;
        }
    }
    void literal(const QString &s)
    {
        flush();
        if (m_space && !m_out.isEmpty() && !m_out.endsWith(u'\n'))
            m_out += u' ';
        m_space = false;
        m_out += s;
    }
    void lineBreak()
    {
        m_breaks = qMax(m_breaks, 1);
        m_space = false;
    }
    void paragraph()
    {
        m_breaks = 2;
        m_space = false;
    }
    QString result()
    {
        m_breaks = 0;
        return m_out.trimmed();
    }
    QString &raw() { return m_out; }

private:
    void flush()
    {
        if (m_breaks > 0 && !m_out.isEmpty()) {
            while (m_out.endsWith(u' '))
                m_out.chop(1);
            int have = 0;
            for (qsizetype i = m_out.size() - 1; i >= 0 && m_out.at(i) == u'\n'; --i)
                ++have;
            for (int i = have; i < m_breaks; ++i)
                m_out += u'\n';
        }
        m_breaks = 0;
    }

    QString m_out;
    int m_breaks = 0;
    bool m_space = false;
};

QString decodeEntities(const QString &s)
{
    static const QRegularExpression entity(
        u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});"_s);
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += s.mid(last, m.capturedStart() - last);
        out += decodeEntity(m.captured(1));
        last = m.capturedEnd();
    }
    out += s.mid(last);
    return out;
}

} // namespace

qsizetype telegramLength(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString htmlToTelegramText(const QString &html)
{
    static const QStringList paragraphTags { u"p"_s, u"div"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s,
        u"h6"_s, u"ul"_s, u"ol"_s, u"blockquote"_s, u"pre"_s, u"table"_s, u"hr"_s, u"figure"_s };
    static const QStringList lineTags { u"tr"_s, u"li"_s, u"dt"_s, u"dd"_s };
    static const QStringList droppedContent { u"script"_s, u"style"_s, u"head"_s, u"title"_s };

    TextBuilder out;
    int preDepth = 0;
    QString dropping; // inside <script> etc.
    QString linkHref;
    qsizetype linkStart = -1;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c != u'<') {
            const qsizetype next = html.indexOf(u'<', i);
            const qsizetype end = next < 0 ? n : next;
            if (dropping.isEmpty())
                out.text(decodeEntities(html.mid(i, end - i)), preDepth > 0);
            i = end;
            continue;
        }
        if (html.mid(i, 4) == u"<!--"_s) {
            const qsizetype close = html.indexOf(u"-->"_s, i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i + 1);
        if (close < 0) { // a lone '<' is text
            if (dropping.isEmpty())
                out.text(decodeEntities(html.mid(i)), preDepth > 0);
            break;
        }
        const QString tag = html.mid(i + 1, close - i - 1);
        i = close + 1;
        const bool closing = tag.startsWith(u'/');
        static const QRegularExpression nameRe(u"^/?([a-zA-Z][a-zA-Z0-9]*)"_s);
        static const QRegularExpression srcPattern = attributePattern(u"src"_s);
        static const QRegularExpression altPattern = attributePattern(u"alt"_s);
        static const QRegularExpression hrefPattern = attributePattern(u"href"_s);
        const auto nm = nameRe.match(tag);
        if (!nm.hasMatch()) { // "< 3" and the like: not a tag
            if (dropping.isEmpty())
                out.text(decodeEntities(u'<' + tag + u'>'), preDepth > 0);
            continue;
        }
        const QString name = nm.captured(1).toLower();
        if (!dropping.isEmpty()) {
            if (closing && name == dropping)
                dropping.clear();
            continue;
        }
        if (!closing && droppedContent.contains(name)) {
            if (!tag.endsWith(u'/'))
                dropping = name;
            continue;
        }
        if (name == u"br"_s) {
            out.lineBreak();
            out.literal({});
            continue;
        }
        if (name == u"pre"_s)
            preDepth = qMax(0, preDepth + (closing ? -1 : 1));
        if (paragraphTags.contains(name)) {
            out.paragraph();
            continue;
        }
        if (lineTags.contains(name)) {
            out.lineBreak();
            if (name == u"li"_s && !closing)
                out.literal(u"• "_s);
            continue;
        }
        if (name == u"td"_s || name == u"th"_s) {
            if (!closing)
                out.text(u" "_s, false);
            continue;
        }
        if (name == u"img"_s && !closing) {
            const QString src = decodeEntities(attribute(tag, srcPattern));
            const QString alt = decodeEntities(attribute(tag, altPattern)).simplified();
            QString label = alt.isEmpty() ? u"[image]"_s : u"[image: "_s + alt + u']';
            if (isSafeLink(src))
                label += u' ' + src;
            out.literal(label);
            continue;
        }
        if (name == u"a"_s) {
            if (!closing) {
                linkHref = decodeEntities(attribute(tag, hrefPattern)).trimmed();
                out.literal({});
                linkStart = out.raw().size();
            } else if (linkStart >= 0) {
                const QString label = out.raw().mid(linkStart).trimmed();
                if (isSafeLink(linkHref)) {
                    QString shown = linkHref;
                    if (shown.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
                        shown = shown.mid(7);
                    else if (shown.startsWith(u"tel:"_s, Qt::CaseInsensitive))
                        shown = shown.mid(4);
                    if (label.isEmpty())
                        out.literal(shown);
                    else if (label != shown && label != linkHref)
                        out.literal(u" ("_s + linkHref + u')');
                }
                linkStart = -1;
                linkHref.clear();
            }
            continue;
        }
        // b, i, strong, em, span, code, u, s, font, …: the text stays, the markup goes.
    }
    // An agent's text may carry a raw NUL or a lone surrogate as well as an entity for one:
    // neither is a character Telegram, the database or the views can take.
    QString result = normalizeText(out.result());
    static const QRegularExpression blankRuns(u"\\n{3,}"_s);
    result.replace(blankRuns, u"\n\n"_s);
    return result;
}

QStringList splitForTelegram(const QString &text, qsizetype maxLength)
{
    // Walks a view over the text and measures at most maxLength code points per piece: measuring
    // the whole rest for every piece made long texts quadratic (found by fuzz_htmltotelegram).
    maxLength = qMax<qsizetype>(1, maxLength); // 0 would never make progress
    QStringList pieces;
    QStringView rest = QStringView(text).trimmed();
    while (!rest.isEmpty()) {
        // The UTF-16 index just past maxLength code points, counted as telegramLength() does.
        qsizetype limit = 0;
        for (qsizetype count = 0; count < maxLength && limit < rest.size(); ++count) {
            const bool pair = rest.at(limit).isHighSurrogate() && limit + 1 < rest.size()
                && rest.at(limit + 1).isLowSurrogate();
            limit += pair ? 2 : 1;
        }
        if (limit >= rest.size()) {
            pieces << rest.toString();
            break;
        }
        const QStringView window = rest.first(limit);
        qsizetype cut = -1;
        for (const QStringView sep : { u"\n\n", u"\n", u" " }) {
            const qsizetype at = window.lastIndexOf(sep);
            if (at > limit / 2) {
                cut = at;
                break;
            }
        }
        if (cut < 0)
            cut = limit; // one long word: cut it
        const QStringView piece = rest.first(cut).trimmed();
        if (!piece.isEmpty())
            pieces << piece.toString();
        rest = rest.sliced(cut).trimmed();
    }
    return pieces;
}

} // namespace tgic::telegram
