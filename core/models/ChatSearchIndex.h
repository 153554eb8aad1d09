// SPDX-License-Identifier: MIT
#pragma once

#include "ChatFilter.h"

#include <QHash>
#include <QList>

#include <optional>

namespace tgic::models {

//! \brief Every chat's search key in the chat list's order (newest activity first), in memory.
//!
//! A keystroke matches ChatFilter against ~100k compact keys (milliseconds) and asks SQL only for
//! the page of rows it found; SQL's LIKE over two joins took up to a second for a rare term.
//! Filled at once (assign()); until then it is empty and update() ignores changes. Afterwards
//! update() keeps it in step as chats move, appear or disappear.
class ChatSearchIndex
{
public:
    struct Entry
    {
        qint64 lastAt = 0;
        qint64 chatId = 0;
        ChatSearchKey key;
    };
    //! A position in the list's order: (last activity, chat id).
    struct Position
    {
        qint64 lastAt = 0;
        qint64 chatId = 0;
    };

    void clear();
    //! Sort `entries` into the list's order and lay their keys out in that order (any thread).
    static QList<Entry> prepare(QList<Entry> entries);
    //! Every chat, as prepare() returned them.
    void assign(QList<Entry> prepared);
    bool isComplete() const { return m_complete; }
    qsizetype size() const { return m_entries.size(); }

    //! The chat changed (`fresh`) or is gone (nullopt): move, insert or drop its entry.
    void update(qint64 chatId, const std::optional<Entry> &fresh);

    //! Up to `limit` chats matching `filter`, in order, strictly after `after` (from the top when
    //! empty). `atEnd` is set when the scan reached the end of the index.
    QList<qint64> match(
        const ChatFilter &filter, const std::optional<Position> &after, int limit, bool *atEnd) const;

    //! Newest activity first; the chat id breaks ties (the order is total).
    static bool before(qint64 aAt, qint64 aId, qint64 bAt, qint64 bId)
    {
        return aAt != bAt ? aAt > bAt : aId > bId;
    }

private:
    qsizetype positionOf(qint64 lastAt, qint64 chatId) const;

    QList<Entry> m_entries;
    QHash<qint64, qint64> m_lastAtOf; //!< chat id → lastAt of its entry, to find it again
    bool m_complete = false;
};

} // namespace tgic::models

Q_DECLARE_TYPEINFO(tgic::models::ChatSearchIndex::Entry, Q_RELOCATABLE_TYPE);
