// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace tgic::models {

//! What the chat list needs to know about a chat to decide whether a search matches it.
struct ChatSearchFields
{
    QString title; //!< the display name (the peer's name for private chats)
    QString username; //!< without the @
    qint64 telegramUserId = 0;
    QString contactName;
    QString contactEmail;
};

//! \brief The chat list's search, as a value: what the agent typed, split into terms.
//!
//! Every term must match at least one field (so "sam builder" narrows rather than widens):
//! the name, the @username, the Telegram user ID (as a prefix: IDs are typed from the start),
//! or the linked contact's name or email. A term written "@name" matches usernames only.
//!
//! The same predicate exists twice on purpose: as SQL (whereClause()) so that 100k chats are
//! filtered by SQLite without loading them, and in C++ (matches()) so that a live update can be
//! placed without a query and the two can be tested against each other. SQLite's LIKE folds
//! case for ASCII only; matches() folds all of Unicode, so for non-ASCII names the SQL side is
//! case-sensitive (the tests pin this down).
class ChatFilter
{
public:
    ChatFilter() = default;
    explicit ChatFilter(const QString &text) { setText(text); }

    //! Returns true if the filter changed (callers refilter only then).
    bool setText(const QString &text);
    QString text() const { return m_text; }
    QStringList terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    bool matches(const ChatSearchFields &chat) const;

    //! An SQL boolean expression over the aliases `c` (chats) and `k` (contacts) with `?`
    //! placeholders; their values are appended to `binds`. "1 = 1" when empty.
    QString whereClause(QVariantList &binds) const;

    friend bool operator==(const ChatFilter &a, const ChatFilter &b) { return a.m_terms == b.m_terms; }

private:
    QString m_text;
    QStringList m_terms;
};

} // namespace tgic::models
