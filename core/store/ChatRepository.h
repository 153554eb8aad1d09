// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace tgic::store {

class Database;

//! What the agents do to a chat itself (not to its messages or its customer's mapping).
class ChatRepository
{
public:
    explicit ChatRepository(Database &db)
        : m_db(db)
    { }

    //! An agent opened the chat: its unread count drops to zero, announced only when it was
    //! not zero already (another workstation may have read it first). False on a database error.
    bool markRead(qint64 chatId);

private:
    Database &m_db;
};

} // namespace tgic::store
