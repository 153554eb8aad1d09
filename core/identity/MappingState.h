// SPDX-License-Identifier: MIT
#pragma once

// The mapping states are identity's vocabulary, but the type is defined below the store, which
// persists it (store/MappingState.h): these names let identity code and its callers keep saying
// identity::MappingState.
#include "store/MappingState.h"

namespace tgic::identity {

using store::MappingState;
using store::mappingStateFromName;
using store::mappingStateName;

} // namespace tgic::identity
