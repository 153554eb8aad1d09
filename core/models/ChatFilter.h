// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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

//! One chat's searchable text, case-folded once, in one compact UTF-8 string:
//! `<telegram id digits> 0x1f <username> 0x1f <title> 0x1f <contact name> 0x1f <contact email>`.
//! ChatListModel keeps one per chat, so a keystroke scans ~100k short byte strings instead of
//! asking SQL to scan every row through two joins.
struct ChatSearchKey
{
    QByteArray text;
    qsizetype idLength = 0; //!< the digits at the start (0 for chats without a user)
    qsizetype usernameLength = 0; //!< the username right after the first separator
};

//! \brief The chat list's search, as a value: what the agent typed, split into terms.
//!
//! Every term must match at least one field (so "sam builder" narrows rather than widens):
//! the name, the @username, the Telegram user ID (as a prefix: IDs are typed from the start),
//! or the linked contact's name or email. A term written "@name" matches usernames only.
//! Case is folded for all of Unicode ("мария" finds "Мария"), which SQL's LIKE cannot do
//! portably; that is one reason the search runs over ChatSearchKey in memory, not in SQL.
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

    bool matches(const ChatSearchFields &chat) const { return matches(searchKey(chat)); }
    bool matches(const ChatSearchKey &key) const;

    static ChatSearchKey searchKey(const ChatSearchFields &chat);

    friend bool operator==(const ChatFilter &a, const ChatFilter &b) { return a.m_terms == b.m_terms; }

private:
    struct Needle
    {
        QByteArray text; //!< folded UTF-8, without the @
        bool usernameOnly = false;
        bool digits = false; //!< may also match the Telegram ID as a prefix
        bool impossible = false;
    };

    QString m_text;
    QStringList m_terms;
    QList<Needle> m_needles;
};

} // namespace tgic::models
