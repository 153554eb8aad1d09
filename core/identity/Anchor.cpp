// SPDX-License-Identifier: MIT
#include "Anchor.h"

#include "intercom/IntercomClient.h"

using namespace Qt::StringLiterals;

namespace tgic::identity {

Anchor Anchor::of(const intercom::Contact &contact)
{
    Anchor a;
    a.m_primary = contact.attribute(intercom::attr::kTelegramUserId).toVariant().toString().trimmed();
    const QString list = contact.attribute(intercom::attr::kTelegramUserIds).toString();
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0 && !a.m_others.contains(id))
            a.m_others.append(id);
    }
    return a;
}

QList<qint64> Anchor::ids() const
{
    QList<qint64> all;
    bool ok = false;
    const qint64 primary = m_primary.toLongLong(&ok);
    if (ok && primary > 0)
        all.append(primary);
    for (qint64 id : m_others)
        if (!all.contains(id))
            all.append(id);
    return all;
}

Anchor Anchor::with(qint64 telegramUserId) const
{
    Anchor a = *this;
    if (a.ids().isEmpty())
        a.m_primary = QString::number(telegramUserId);
    else if (!a.contains(telegramUserId))
        a.m_others.append(telegramUserId);
    return a;
}

Anchor Anchor::without(qint64 telegramUserId) const
{
    QList<qint64> rest = ids();
    rest.removeAll(telegramUserId);
    Anchor a;
    if (!rest.isEmpty())
        a.m_primary = QString::number(rest.takeFirst());
    a.m_others = rest;
    return a;
}

QJsonObject Anchor::customAttributes() const
{
    QString list;
    const QList<qint64> all = ids();
    if (!all.isEmpty()) {
        list = u","_s;
        for (qint64 id : all)
            list += QString::number(id) + u',';
    }
    return QJsonObject {
        { QString::fromLatin1(intercom::attr::kTelegramUserId),
            all.isEmpty() ? QString() : QString::number(all.first()) },
        { QString::fromLatin1(intercom::attr::kTelegramUserIds), list },
    };
}

} // namespace tgic::identity
