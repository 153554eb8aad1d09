// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace tgic::sandbox {

// Intercom's rate limit for one workspace: a fixed window (default 1000 requests per 10 s),
// beyond which requests are refused with 429, and the X-RateLimit-* headers every answer carries.
// The Telegram emulator's TelegramRateLimiter has the same shape: the caller says what time it is.
class IntercomRateLimiter
{
public:
    // A fresh window starts with the next request.
    void setLimit(int requestsPerWindow, qint64 windowMs);

    // Whether a request at `nowMs` may go ahead (and counts it).
    bool admit(qint64 nowMs);
    // X-RateLimit-Limit, -Remaining and -Reset (UNIX seconds) as they stand at `nowMs`.
    QList<QPair<QByteArray, QByteArray>> headers(qint64 nowMs) const;

private:
    int m_limit = 1000;
    qint64 m_windowMs = 10000;
    qint64 m_windowEndMs = 0;
    int m_count = 0;
};

} // namespace tgic::sandbox
