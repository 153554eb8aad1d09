// SPDX-License-Identifier: MIT
#include "ChatFilter.h"

#include <QByteArrayView>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tgic::models {

namespace {
constexpr char kSeparator = '\x1f';

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QByteArray folded(const QString &s)
{
    return s.toCaseFolded().toUtf8();
}
} // namespace

bool ChatFilter::setText(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList terms = text.split(space, Qt::SkipEmptyParts);
    // A lone "@" is someone starting to type a username: it restricts nothing yet.
    terms.removeAll(u"@"_s);
    m_text = text;
    if (terms == m_terms)
        return false;
    m_terms = terms;
    m_needles.clear();
    for (const QString &term : std::as_const(m_terms)) {
        Needle n;
        n.usernameOnly = term.startsWith(u'@');
        const QString body = n.usernameOnly ? term.mid(1) : term;
        n.text = body.toCaseFolded().toUtf8();
        n.digits = !n.usernameOnly && isAsciiDigits(body);
        // No field holds the separator (searchKey() replaces it), so such a term finds nothing.
        n.impossible = n.text.contains(kSeparator);
        m_needles.append(n);
    }
    return true;
}

ChatSearchKey ChatFilter::searchKey(const ChatSearchFields &chat)
{
    // Joined first, then folded and encoded once: built for 100k chats at a time, where a fold
    // and an encoding per field cost several times more.
    const QChar sep = QLatin1Char(kSeparator);
    QString joined;
    joined.reserve(
        24 + chat.username.size() + chat.title.size() + chat.contactName.size() + chat.contactEmail.size());
    if (chat.telegramUserId != 0)
        joined += QString::number(chat.telegramUserId);
    joined += sep + chat.username + sep + chat.title + sep + chat.contactName + sep + chat.contactEmail;
    ChatSearchKey key;
    key.text = joined.toCaseFolded().toUtf8();
    key.idLength = key.text.indexOf(kSeparator);
    const qsizetype usernameEnd = key.text.indexOf(kSeparator, key.idLength + 1);
    key.usernameLength = usernameEnd - key.idLength - 1;
    // A separator inside a field would let a term match across two fields; names never hold one.
    if (key.text.count(kSeparator) != 4) {
        auto clean = [](QString f) { return folded(f.replace(QLatin1Char(kSeparator), u' ')); };
        key.text = QByteArray(key.text.first(key.idLength)) + kSeparator + clean(chat.username) + kSeparator
            + clean(chat.title) + kSeparator + clean(chat.contactName) + kSeparator
            + clean(chat.contactEmail);
        key.usernameLength = clean(chat.username).size();
    }
    return key;
}

bool ChatFilter::matches(const ChatSearchKey &key) const
{
    const QByteArrayView all(key.text);
    // Everything after the ID: a term never contains the separator, so a hit lies in one field.
    const QByteArrayView fields = all.sliced(qMin(all.size(), key.idLength + 1));
    for (const Needle &n : m_needles) {
        if (n.impossible)
            return false;
        if (n.usernameOnly) {
            if (!fields.first(qMin(fields.size(), key.usernameLength)).contains(n.text))
                return false;
            continue;
        }
        const bool idPrefix = n.digits && n.text.size() <= key.idLength && all.startsWith(n.text);
        if (!idPrefix && !fields.contains(n.text))
            return false;
    }
    return true;
}

} // namespace tgic::models
