// SPDX-License-Identifier: MIT
#include "ChatFilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tgic::models {

namespace {
bool isDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// LIKE treats % and _ as wildcards; an agent searching "first_name" means the underscore.
QString likePattern(const QString &term, bool prefixOnly = false)
{
    QString escaped = term;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return prefixOnly ? QString(escaped + u'%') : QString(u'%' + escaped + u'%');
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
    return true;
}

bool ChatFilter::matches(const ChatSearchFields &chat) const
{
    for (const QString &term : m_terms) {
        if (term.startsWith(u'@')) {
            if (!chat.username.contains(QStringView(term).mid(1), Qt::CaseInsensitive))
                return false;
            continue;
        }
        const bool hit = chat.title.contains(term, Qt::CaseInsensitive)
            || chat.username.contains(term, Qt::CaseInsensitive)
            || chat.contactName.contains(term, Qt::CaseInsensitive)
            || chat.contactEmail.contains(term, Qt::CaseInsensitive)
            || (isDigits(term) && QString::number(chat.telegramUserId).startsWith(term));
        if (!hit)
            return false;
    }
    return true;
}

QString ChatFilter::whereClause(QVariantList &binds) const
{
    if (m_terms.isEmpty())
        return u"1 = 1"_s;
    QStringList clauses;
    for (const QString &term : m_terms) {
        if (term.startsWith(u'@')) {
            clauses << u"c.username LIKE ? ESCAPE '\\'"_s;
            binds << likePattern(term.mid(1));
            continue;
        }
        const QString pattern = likePattern(term);
        QString clause = u"(c.title LIKE ? ESCAPE '\\' OR c.username LIKE ? ESCAPE '\\'"
                         " OR k.name LIKE ? ESCAPE '\\' OR k.email LIKE ? ESCAPE '\\'"_s;
        binds << pattern << pattern << pattern << pattern;
        if (isDigits(term)) {
            clause += u" OR CAST(c.telegram_user_id AS TEXT) LIKE ?"_s;
            binds << likePattern(term, true);
        }
        clauses << clause + u')';
    }
    return clauses.join(u" AND "_s);
}

} // namespace tgic::models
