// SPDX-License-Identifier: MIT
#pragma once

// Customers built to break things: names and messages with SQL quotes and comments,
// backslashes, dollar quoting, a NUL, right-to-left overrides, zero-width joiners, HTML and
// <script>, printf patterns, a 4,096-character text, 64 combining marks, the largest user ID
// Telegram promises. Shared by the hostile-input suite (both databases) and its GUI check.

#include "sandbox/telegram/TelegramUser.h"

#include <QList>
#include <QString>

namespace tgic::test {

struct HostileCustomer
{
    sandbox::TelegramUser user;
    QString text; //!< the first message, as the customer's client sent it
    QString followUp; //!< the second message
    QString shownName; //!< the name everyone should see: first and last, the NUL gone
    QString shownText; //!< the first message as it must arrive: byte for byte, the NUL gone
};

inline QList<HostileCustomer> hostileCustomers()
{
    using namespace Qt::StringLiterals;
    QList<HostileCustomer> out;
    auto add = [&out](qint64 id, const QString &first, const QString &last, const QString &text) {
        HostileCustomer c;
        c.user.id = id;
        c.user.firstName = first;
        c.user.lastName = last;
        c.user.languageCode = u"en"_s;
        c.text = text;
        c.followUp = u"and one more from "_s + QString::number(id) + u" ' \" \\ $$ <i>"_s;
        c.shownName = last.isEmpty() ? first : first + u' ' + last;
        c.shownName.remove(QChar(0));
        c.shownText = QString(text).remove(QChar(0));
        out << c;
    };
    add(6100000001, u"Robert'); DROP TABLE chats;--"_s, u"O'Brien /* x */"_s,
        u"'; DELETE FROM messages WHERE '1'='1'; -- and /* a comment */ ' OR 1=1 --"_s);
    add(6100000002, u"C:\\Users\\"_s, u"\\\\server\\share"_s,
        u"back\\slash \\n is not a newline \\\\ \\' \\\" \\x00 \\u0000 E'\\047'"_s);
    add(6100000003, u"$$"_s, u"$tag$"_s, u"$$ DROP TABLE outbox; $$ $1 $tag$ body $tag$ $$$"_s);
    add(6100000004, QString(u"Nul\0Byte"_s), u"Zero"_s, QString(u"before\0after, and \0 again"_s));
    add(6100000005, u"\u202Egnp.exe"_s, u"\u202C\u200F"_s,
        u"Invoice \u202Etxt.exe\u202C is attached \u2067\u2069"_s);
    add(6100000006, u"👩\u200D💻"_s, u"Z\u200Dero\u200Bwidth"_s,
        u"👨\u200D👩\u200D👧 family \u200D\u200C\uFEFF"_s);
    add(6100000007, u"<script>alert(1)</script>"_s, u"<b>Bold</b>"_s,
        u"<img src=x onerror=alert(1)> & &amp; &lt;p&gt; <p>hi</p> <!-- c -->"_s);
    add(6100000008, u"%s%n%x"_s, u"%08d"_s, u"%s %n %p %d %% {0} {{name}} %1 %L1 ${HOME} `id`"_s);
    QString longText;
    while (longText.size() < 4096)
        longText += u"0123456789abcdef"_s;
    add(6100000009, u"Long"_s, u"Text"_s, longText.left(4096));
    add(6100000010, u"e"_s + QString(64, QChar(0x0301)), u"Zalgo"_s,
        u"Z"_s + QString(64, QChar(0x0336)) + u" text"_s);
    // The largest ID Telegram promises: "at most 52 significant bits".
    add((qint64(1) << 52) - 1, u"Max"_s, u"Id"_s, u"the largest id there is"_s);
    return out;
}

} // namespace tgic::test
