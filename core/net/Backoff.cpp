// SPDX-License-Identifier: MIT
#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace tgic::net {

std::chrono::milliseconds Backoff::delayFor(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double raw = double(initial.count()) * double(qint64(1) << std::min(exponent, 20));
    const qint64 ceiling = std::max<qint64>(1, qint64(std::min(raw, double(cap.count()))));
    const qint64 floor = ceiling / 2;
    return std::chrono::milliseconds(floor + QRandomGenerator::global()->bounded(ceiling - floor + 1));
}

} // namespace tgic::net
