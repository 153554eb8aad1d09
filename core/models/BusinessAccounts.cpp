// SPDX-License-Identifier: MIT
#include "BusinessAccounts.h"

#include "store/BusinessRepository.h"

namespace tgic::models {

QList<BusinessAccounts::Account> BusinessAccounts::accounts() const
{
    QList<Account> out;
    for (const store::BusinessConnection &c : store::BusinessRepository(m_db).connections())
        out.append({ c.ownerName, c.ownerUsername, QDateTime::fromMSecsSinceEpoch(c.connectedAt), c.enabled,
            c.canReply });
    return out;
}

} // namespace tgic::models
