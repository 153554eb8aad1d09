// SPDX-License-Identifier: MIT
#include "Timers.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace tgic {

void startClamped(QTimer &timer, qint64 ms, qint64 atLeastMs, qint64 atMostMs)
{
    const qint64 upper = std::min<qint64>(atMostMs, std::numeric_limits<int>::max());
    timer.start(int(std::clamp<qint64>(ms, std::min(atLeastMs, upper), upper)));
}

} // namespace tgic
