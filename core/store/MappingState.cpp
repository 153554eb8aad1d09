// SPDX-License-Identifier: MIT
#include "MappingState.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

QString mappingStateName(MappingState state)
{
    switch (state) {
    case MappingState::Pending:
        return u"pending"_s;
    case MappingState::Linked:
        return u"linked"_s;
    case MappingState::Conflict:
        return u"conflict"_s;
    case MappingState::Stale:
        return u"stale"_s;
    case MappingState::Detached:
        return u"detached"_s;
    case MappingState::Blocked:
        return u"blocked"_s;
    case MappingState::Deactivated:
        return u"deactivated"_s;
    }
    return u"pending"_s;
}

MappingState mappingStateFromName(const QString &name)
{
    for (auto s : { MappingState::Pending, MappingState::Linked, MappingState::Conflict, MappingState::Stale,
             MappingState::Detached, MappingState::Blocked, MappingState::Deactivated })
        if (mappingStateName(s) == name)
            return s;
    return MappingState::Pending;
}

} // namespace tgic::store
