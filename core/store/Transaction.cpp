// SPDX-License-Identifier: MIT
#include "Transaction.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace tgic::store {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.transaction())
{
    if (!m_active)
        qCWarning(lcStore).noquote() << "cannot start a transaction:"
                                     << (db.inTransaction() ? u"one is already open on this connection"_s
                                                            : db.connection().lastError().text());
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active) {
        qCWarning(lcStore) << "commit without an open transaction";
        return false;
    }
    // Database::commit() logs a refusal and keeps it as error().
    if (!m_db.commit())
        return false;
    m_active = false;
    return true;
}

bool Transaction::commit(SqlBatch &last)
{
    if (!m_active) {
        qCWarning(lcStore) << "commit without an open transaction";
        last.setResults({});
        return false;
    }
    const bool ok = m_db.commit(last);
    m_active = false; // committed, or rolled back by the failed commit
    return ok;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollback();
}

} // namespace tgic::store
