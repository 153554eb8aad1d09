// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QStringList>

namespace tgic::sandbox {

// The server-side queue of one bot's updates with getUpdates' offset and allowed_updates rules.
// It knows nothing of HTTP; TelegramLongPoll and TelegramEmulator decide when to answer.
class TelegramUpdateQueue
{
public:
    // Real identifiers start at an arbitrary positive number; a large one catches clients that
    // assume small ids or treat 0 specially.
    static constexpr qint64 FirstUpdateId = 100000000;

    // The type of an update: the first field other than update_id.
    static QString typeOf(const QJsonObject &update);

    // allowed_updates: names match in any case, unknown ones are skipped; an empty list, or one
    // with no known name, restores the default (every type but chat_member, message_reaction and
    // message_reaction_count). The types are the Bot API's (core/telegram/UpdateTypes.h).
    void setAllowedUpdates(const QJsonArray &names);
    QStringList allowedUpdates() const { return m_allowed; } // empty = default
    bool isAllowed(const QString &type) const;

    // The filter applies when an update is created, as on the server: an update of a type the bot
    // did not ask for is never queued, and 0 is returned instead of an id.
    qint64 push(QJsonObject update);
    // Delivered verbatim and never filtered (for malformed-update tests). An object without
    // update_id gets one; an integer update_id given by the caller is kept.
    qint64 pushRaw(const QJsonValue &raw);

    // getUpdates' offset: > 0 confirms (forgets) every update below it; < 0 keeps only the last
    // -offset updates; 0 confirms nothing.
    void applyOffset(qint64 offset);
    QJsonArray front(int limit) const;

    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    qint64 confirmedUpTo() const { return m_confirmedUpTo; }
    void clear(); // deleteWebhook/setWebhook with drop_pending_updates

private:
    struct Entry
    {
        qint64 id = 0;
        QJsonValue value;
    };
    void forgetFront(qsizetype count);

    QList<Entry> m_entries;
    QStringList m_allowed;
    qint64 m_nextId = FirstUpdateId;
    qint64 m_confirmedUpTo = 0;
};

} // namespace tgic::sandbox
