// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tgic::store {

class Database;

struct ImportReport
{
    bool ok = false;
    QString error;
    //! Per table, in order: (rows copied, rows that were there already).
    QList<std::pair<QString, std::pair<int, int>>> tables;
    QStringList notes; //!< differences an admin should look at (a mapping the team has otherwise)
};

//! Copies a single-seat cache into a team database: mappings, profile history, chats, messages
//! and their edits, both outboxes with their files, the audit log, quarantine, conversation
//! cursors and relayed parts. One transaction on the target: all of it or nothing.
//!
//! Idempotent: every row is matched on its natural key (a primary key, or the columns that
//! identify it when the key is a local serial number), so running it again copies nothing
//! twice. Where the team already knows a Telegram user, the team's mapping wins and the
//! difference is reported; serial ids are renumbered and the references to them follow.
class TeamImport
{
public:
    TeamImport(Database &source, Database &target)
        : m_source(source)
        , m_target(target)
    { }

    ImportReport run();

private:
    Database &m_source;
    Database &m_target;
};

} // namespace tgic::store
