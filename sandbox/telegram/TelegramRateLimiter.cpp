// SPDX-License-Identifier: MIT
#include "TelegramRateLimiter.h"

namespace tgic::sandbox {

int TelegramRateLimiter::admit(qint64 chatId)
{
    if (m_limit <= 0)
        return 0;
    constexpr qint64 WindowMs = 1000;
    const qint64 now = m_clock.elapsed();
    QList<qint64> &times = m_sentAtMs[chatId];
    while (!times.isEmpty() && times.constFirst() <= now - WindowMs)
        times.removeFirst();
    if (times.size() < m_limit) {
        times.append(now);
        return 0;
    }
    // Whole seconds, never 0: a client that honours retry_after must actually wait.
    const qint64 waitMs = times.constFirst() + WindowMs - now;
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

} // namespace tgic::sandbox
