// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::store {

//! Where a Telegram user stands with Intercom. Stored as the lower-case names below; it lives
//! in the store (which persists it) so that the store needs nothing from identity/ above it.
enum class MappingState {
    Pending, //!< no contact yet (or a create attempt whose outcome is being reconciled)
    Linked, //!< anchored on a live contact
    Conflict, //!< more than one Intercom contact carries this telegram_user_id
    Stale, //!< the mapped contact was merged away or deleted
    Detached, //!< an agent unlinked it on purpose
    Blocked, //!< the user blocked the bot
    Deactivated, //!< the Telegram account was deleted
};

QString mappingStateName(MappingState state);
MappingState mappingStateFromName(const QString &name);

} // namespace tgic::store
