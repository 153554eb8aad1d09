// SPDX-License-Identifier: MIT
#include "TelegramUpdateQueue.h"

#include "core/telegram/UpdateTypes.h"

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

QString TelegramUpdateQueue::typeOf(const QJsonObject &update)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (it.key() != "update_id"_L1)
            return it.key();
    }
    return {};
}

void TelegramUpdateQueue::setAllowedUpdates(const QJsonArray &names)
{
    QStringList allowed;
    for (const QJsonValue v : names) {
        const QString name = v.toString().trimmed().toLower();
        if (telegram::updateTypeNamed(name) && !allowed.contains(name))
            allowed.append(name);
    }
    m_allowed = allowed;
}

bool TelegramUpdateQueue::isAllowed(const QString &type) const
{
    if (!m_allowed.isEmpty())
        return m_allowed.contains(type);
    // A type newer than the list plays a server that knows it and sends it by default.
    const std::optional<telegram::UpdateType> known = telegram::updateTypeNamed(type);
    return !known || telegram::updateTypeInfo(*known).sentByDefault;
}

qint64 TelegramUpdateQueue::push(QJsonObject update)
{
    update.remove(u"update_id"_s);
    if (!isAllowed(typeOf(update)))
        return 0;
    const qint64 id = m_nextId++;
    // update_id goes first, as on the wire; QJsonObject sorts keys anyway, so order is cosmetic.
    update.insert(u"update_id"_s, id);
    m_entries.append({ id, update });
    return id;
}

qint64 TelegramUpdateQueue::pushRaw(const QJsonValue &raw)
{
    qint64 id = m_nextId;
    QJsonValue value = raw;
    if (raw.isObject()) {
        QJsonObject o = raw.toObject();
        const QJsonValue given = o.value(u"update_id"_s);
        if (given.isDouble() && given.toDouble() == static_cast<double>(given.toInteger()))
            id = given.toInteger();
        else if (given.isUndefined())
            o.insert(u"update_id"_s, id);
        value = o;
    }
    m_nextId = qMax(m_nextId, id + 1);
    m_entries.append({ id, value });
    return id;
}

void TelegramUpdateQueue::applyOffset(qint64 offset)
{
    if (offset > 0) {
        qsizetype n = 0;
        while (n < m_entries.size() && m_entries.at(n).id < offset)
            ++n;
        forgetFront(n);
        // An offset confirms every id below it, including ids that were never queued.
        m_confirmedUpTo = qMax(m_confirmedUpTo, offset - 1);
    } else if (offset < 0) {
        const qsizetype keep = qMin<qsizetype>(-offset, m_entries.size());
        forgetFront(m_entries.size() - keep);
    }
}

QJsonArray TelegramUpdateQueue::front(int limit) const
{
    QJsonArray out;
    for (qsizetype i = 0; i < m_entries.size() && i < limit; ++i)
        out.append(m_entries.at(i).value);
    return out;
}

void TelegramUpdateQueue::clear()
{
    forgetFront(m_entries.size());
}

void TelegramUpdateQueue::forgetFront(qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i)
        m_confirmedUpTo = qMax(m_confirmedUpTo, m_entries.at(i).id);
    m_entries.remove(0, count);
}

} // namespace tgic::sandbox
