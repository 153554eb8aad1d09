// SPDX-License-Identifier: MIT
#include "ChatRepository.h"

#include "Database.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

bool ChatRepository::markRead(qint64 chatId)
{
    bool ok = false;
    const SqlResult q = runSql(m_db.connection(),
        u"UPDATE chats SET unread_count = 0 WHERE chat_id = ? AND unread_count <> 0"_s, { chatId }, &ok);
    if (ok && q.numRowsAffected() > 0)
        m_db.notifyChanged(Topic::Chats, { chatId });
    return ok;
}

} // namespace tgic::store
