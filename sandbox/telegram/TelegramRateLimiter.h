// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>

namespace tgic::sandbox {

// Telegram's per-chat flood control, reduced to a sliding one-second window: more sends to one
// chat than the limit within a second are refused with a retry_after in whole seconds. The
// Intercom emulator's IntercomRateLimiter has the same shape: the caller says what time it is.
class TelegramRateLimiter
{
public:
    void setLimit(int messagesPerSecond) { m_limit = qMax(0, messagesPerSecond); }
    int limit() const { return m_limit; }

    // 0 when a send at `nowMs` (a monotonic reading) may go ahead, and counts it; otherwise the
    // seconds to wait.
    int admit(qint64 chatId, qint64 nowMs);

private:
    QHash<qint64, QList<qint64>> m_sentAtMs;
    int m_limit = 0;
};

} // namespace tgic::sandbox
