// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>

namespace tgic::sandbox {

// Telegram's per-chat flood control, reduced to a sliding one-second window: more sends to one
// chat than the limit within a second are refused with a retry_after in whole seconds.
class TelegramRateLimiter
{
public:
    TelegramRateLimiter() { m_clock.start(); }

    void setLimit(int messagesPerSecond) { m_limit = qMax(0, messagesPerSecond); }
    int limit() const { return m_limit; }

    // 0 when the send may go ahead (and counts it); otherwise the seconds to wait.
    int admit(qint64 chatId);

private:
    QElapsedTimer m_clock;
    QHash<qint64, QList<qint64>> m_sentAtMs;
    int m_limit = 0;
};

} // namespace tgic::sandbox
