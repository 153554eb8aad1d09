// SPDX-License-Identifier: MIT
#include "ChatSearchIndex.h"

#include <algorithm>

namespace tgic::models {

void ChatSearchIndex::clear()
{
    m_entries.clear();
    m_lastAtOf.clear();
    m_complete = false;
}

QList<ChatSearchIndex::Entry> ChatSearchIndex::prepare(QList<Entry> entries)
{
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return before(a.lastAt, a.chatId, b.lastAt, b.chatId); });
    // Copy the keys in scan order while the old ones are still allocated, so they land side by
    // side on the heap: a rare term's keystroke walks all of them, and scattered keys made that
    // walk three to four times slower (cache misses).
    QList<Entry> ordered;
    ordered.reserve(entries.size());
    for (const Entry &e : std::as_const(entries))
        ordered.append({ e.lastAt, e.chatId,
            { QByteArray(e.key.text.constData(), e.key.text.size()), e.key.idLength,
                e.key.usernameLength } });
    return ordered;
}

void ChatSearchIndex::assign(QList<Entry> prepared)
{
    m_lastAtOf.clear();
    m_lastAtOf.reserve(prepared.size());
    for (const Entry &e : std::as_const(prepared))
        m_lastAtOf.insert(e.chatId, e.lastAt);
    m_entries = std::move(prepared);
    m_complete = true;
}

qsizetype ChatSearchIndex::positionOf(qint64 lastAt, qint64 chatId) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), Position { lastAt, chatId },
        [](const Entry &e, const Position &p) { return before(e.lastAt, e.chatId, p.lastAt, p.chatId); });
    return it - m_entries.cbegin();
}

void ChatSearchIndex::update(qint64 chatId, const std::optional<Entry> &fresh)
{
    const auto known = m_lastAtOf.constFind(chatId);
    if (known != m_lastAtOf.cend()) {
        const qsizetype at = positionOf(known.value(), chatId);
        if (at < m_entries.size() && m_entries.at(at).chatId == chatId)
            m_entries.remove(at);
        m_lastAtOf.erase(known);
    }
    // Before the index is filled, the fill reads it as it is then.
    if (fresh && m_complete) {
        m_entries.insert(positionOf(fresh->lastAt, fresh->chatId), *fresh);
        m_lastAtOf.insert(chatId, fresh->lastAt);
    }
}

QList<qint64> ChatSearchIndex::match(
    const ChatFilter &filter, const std::optional<Position> &after, int limit, bool *atEnd) const
{
    QList<qint64> ids;
    qsizetype i = 0;
    if (after) {
        i = positionOf(after->lastAt, after->chatId);
        if (i < m_entries.size() && m_entries.at(i).chatId == after->chatId)
            ++i;
    }
    for (; i < m_entries.size() && ids.size() < limit; ++i) {
        const Entry &e = m_entries.at(i);
        if (filter.matches(e.key))
            ids.append(e.chatId);
    }
    // The page may have filled on the very last entry: then the next scan finds nothing more.
    if (atEnd)
        *atEnd = i >= m_entries.size();
    return ids;
}

} // namespace tgic::models
