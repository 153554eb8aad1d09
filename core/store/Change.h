// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tgic::store {

//! What changed in the store. The models listen for these (Database::changed) and re-read only
//! the rows named; in team mode the same changes travel to every workstation as NOTIFY payloads,
//! so the names below are also a wire format: add, never rename.
enum class Topic {
    Chats, //!< ids: chat ids
    Messages, //!< ids: chat ids whose messages changed
    Mappings, //!< ids: Telegram user ids
    Outbox, //!< ids: none (counts changed)
    Quarantine, //!< ids: none
    Audit, //!< ids: Telegram user ids the entries are about
    Team, //!< ids: none (leadership or membership changed)
    Suggestions, //!< ids: Telegram user ids whose evidence or suggested merges changed
    //! ids: chat ids whose Intercom conversation was read anew (state, assignees, tags, the time
    //! of the read); none: any (e.g. teammate names arrived). Not Chats: the chat list would
    //! re-read its rows for every refreshed time stamp.
    Conversations,
    //! ids: Telegram user ids whose every row was just erased (a customer forgotten on request):
    //! views drop them, and each workstation scrubs them from its own log files.
    Erasures,
    //! ids: none. The sync's figures for the last hour changed (sync_health: Sync Health).
    Health,
};

//! Every topic, for "everything may have changed" (a team database that came back).
QList<Topic> allTopics();

QString topicName(Topic topic);
std::optional<Topic> topicFromName(const QString &name);

} // namespace tgic::store
