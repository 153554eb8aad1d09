// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QTimer;

namespace tgic {

constexpr qint64 kHourMs = qint64(3600) * 1000;

//! Starts `timer` to fire in `ms`, kept within [atLeastMs, atMostMs]. QTimer takes an int of
//! milliseconds, and a due time read from the database or a server's Retry-After may lie in the
//! past or absurdly far ahead: the bounds make both safe, and a far deadline is simply looked at
//! again when the timer fires.
void startClamped(QTimer &timer, qint64 ms, qint64 atLeastMs, qint64 atMostMs);

} // namespace tgic
