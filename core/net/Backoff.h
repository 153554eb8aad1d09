// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace tgic::net {

//! Exponential backoff with jitter: attempt 1 waits about `initial`, each further attempt doubles
//! it up to `cap`. The jitter (a random point in the upper half of the interval) keeps several
//! agent workstations from hammering a recovering server in lockstep.
struct Backoff
{
    std::chrono::milliseconds initial { 1000 };
    std::chrono::milliseconds cap { 60000 };

    std::chrono::milliseconds delayFor(int attempt) const;
};

} // namespace tgic::net
