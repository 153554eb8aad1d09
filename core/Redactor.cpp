// SPDX-License-Identifier: MIT
#include "Redactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tgic {

void Redactor::addSecret(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Redactor::redact(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, u"<redacted>"_s);
    // Also anything shaped like a bot token, in case a token we were never told about shows up.
    static const QRegularExpression botToken(u"\\d{6,12}:[A-Za-z0-9_-]{30,}"_s);
    text.replace(botToken, u"<redacted>"_s);
    static const QRegularExpression bearer(u"(Bearer\\s+)\\S+"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, u"\\1<redacted>"_s);
    return text;
}

} // namespace tgic
