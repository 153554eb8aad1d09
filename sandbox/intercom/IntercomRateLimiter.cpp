// SPDX-License-Identifier: MIT
#include "IntercomRateLimiter.h"

#include <algorithm>

namespace tgic::sandbox {

void IntercomRateLimiter::setLimit(int requestsPerWindow, qint64 windowMs)
{
    m_limit = requestsPerWindow;
    m_windowMs = windowMs;
    m_windowEndMs = 0;
    m_count = 0;
}

bool IntercomRateLimiter::admit(qint64 nowMs)
{
    if (nowMs >= m_windowEndMs) {
        m_windowEndMs = nowMs + m_windowMs;
        m_count = 0;
    }
    ++m_count;
    return m_count <= m_limit;
}

QList<QPair<QByteArray, QByteArray>> IntercomRateLimiter::headers(qint64 nowMs) const
{
    const bool fresh = nowMs >= m_windowEndMs;
    const int used = fresh ? 0 : m_count;
    const qint64 end = fresh ? nowMs + m_windowMs : m_windowEndMs;
    return {
        { "X-RateLimit-Limit", QByteArray::number(m_limit) },
        { "X-RateLimit-Remaining", QByteArray::number(std::max(0, m_limit - used)) },
        { "X-RateLimit-Reset", QByteArray::number((end + 999) / 1000) },
    };
}

} // namespace tgic::sandbox
