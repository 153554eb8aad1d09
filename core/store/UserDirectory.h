// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>

namespace tgic::store {

class Database;

//! Read-only views of the people the bot has met, for the CLI and exports.
class UserDirectory
{
public:
    explicit UserDirectory(const Database &db)
        : m_db(db)
    { }

    //! One object per Telegram user: telegram_user_id (number), username (string or null),
    //! display_name, intercom_contact_id (string or null), state, when they were seen, and
    //! `conversation`: their latest Intercom conversation as the reply poller last read it
    //! (null without one): id, state (open, snoozed, closed; null until read), snoozed_until,
    //! admin_assignee and team_assignee ({id, name}, name null until known; null for none),
    //! tags (names) and read_at.
    QJsonArray users() const;
    //! Quarantined input, newest first.
    QJsonArray quarantine() const;
    //! The audit log, oldest first; 0 = every Telegram user.
    QJsonArray audit(qint64 telegramUserId = 0) const;

private:
    const Database &m_db;
};

} // namespace tgic::store
