// SPDX-License-Identifier: MIT
#pragma once

// The ui may include only models/ headers from the core (the layering test), yet it shows mapping
// states: these names bring the store's enum (store/MappingState.h) up to the models, so the ui
// can say models::MappingState without reaching into the store.
#include "store/MappingState.h"

#include <optional>

namespace tgic::models {

using store::MappingState;
using store::mappingStateName;

//! A user's mapping state as the models carry it: empty when the user has not written yet (no
//! row in mappings), otherwise the stored state.
using OptionalMappingState = std::optional<MappingState>;

//! The stored name ("linked", …) as read from SQL, once: an empty or NULL column is no state.
inline OptionalMappingState mappingStateFromColumn(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    return store::mappingStateFromName(name);
}

} // namespace tgic::models
