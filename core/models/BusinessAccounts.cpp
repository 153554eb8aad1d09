// SPDX-License-Identifier: MIT
#include "BusinessAccounts.h"

#include "store/BusinessReadMarks.h"
#include "store/BusinessRepository.h"

using namespace Qt::StringLiterals;

namespace tgic::models {

QList<BusinessAccounts::Account> BusinessAccounts::accounts() const
{
    QList<Account> out;
    for (const store::BusinessConnection &c : store::BusinessRepository(m_db).connections())
        out.append({ c.ownerName, c.ownerUsername, QDateTime::fromMSecsSinceEpoch(c.connectedAt), c.enabled,
            c.canReply, c.rights.value("can_read_messages"_L1).toBool() });
    return out;
}

bool BusinessAccounts::readMarks() const
{
    return store::BusinessReadMarks(m_db).enabled();
}

bool BusinessAccounts::setReadMarks(bool on, const QString &actor)
{
    return store::BusinessReadMarks(m_db).setEnabled(on, actor);
}

} // namespace tgic::models
