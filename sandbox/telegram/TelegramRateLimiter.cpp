// SPDX-License-Identifier: MIT
#include "TelegramRateLimiter.h"

namespace tgic::sandbox {

int TelegramRateLimiter::admit(qint64 chatId, qint64 nowMs)
{
    if (m_limit <= 0)
        return 0;
    constexpr qint64 WindowMs = 1000;
    QList<qint64> &times = m_sentAtMs[chatId];
    while (!times.isEmpty() && times.constFirst() <= nowMs - WindowMs)
        times.removeFirst();
    if (times.size() < m_limit) {
        times.append(nowMs);
        return 0;
    }
    // Whole seconds, never 0: a client that honours retry_after must actually wait.
    const qint64 waitMs = times.constFirst() + WindowMs - nowMs;
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

} // namespace tgic::sandbox
