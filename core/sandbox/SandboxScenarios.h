// SPDX-License-Identifier: MIT
#pragma once
// Placeholder: the seed scenarios driving both emulators are written once both emulators exist.
