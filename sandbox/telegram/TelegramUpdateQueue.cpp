// SPDX-License-Identifier: MIT
#include "TelegramUpdateQueue.h"

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

const QStringList &TelegramUpdateQueue::allTypes()
{
    static const QStringList types {
        u"message"_s,
        u"edited_message"_s,
        u"channel_post"_s,
        u"edited_channel_post"_s,
        u"business_connection"_s,
        u"business_message"_s,
        u"edited_business_message"_s,
        u"deleted_business_messages"_s,
        u"guest_message"_s,
        u"message_reaction"_s,
        u"message_reaction_count"_s,
        u"inline_query"_s,
        u"chosen_inline_result"_s,
        u"callback_query"_s,
        u"shipping_query"_s,
        u"pre_checkout_query"_s,
        u"purchased_paid_media"_s,
        u"poll"_s,
        u"poll_answer"_s,
        u"my_chat_member"_s,
        u"chat_member"_s,
        u"chat_join_request"_s,
        u"chat_boost"_s,
        u"removed_chat_boost"_s,
        u"managed_bot"_s,
    };
    return types;
}

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
        if (allTypes().contains(name) && !allowed.contains(name))
            allowed.append(name);
    }
    m_allowed = allowed;
}

bool TelegramUpdateQueue::isAllowed(const QString &type) const
{
    if (!m_allowed.isEmpty())
        return m_allowed.contains(type);
    return type != "chat_member"_L1 && type != "message_reaction"_L1 && type != "message_reaction_count"_L1;
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
