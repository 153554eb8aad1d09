// SPDX-License-Identifier: MIT
#include "RetryPolicy.h"

namespace tgic::sync {

RetryPolicy::Decision RetryPolicy::afterFailure(
    const store::OutboxItem &item, bool mayHaveLanded, std::chrono::milliseconds hint) const
{
    if (item.attempts >= maxAttempts && (giveUpWhenMayHaveLanded || !mayHaveLanded))
        return { true, std::chrono::milliseconds(0) };
    return { false, hint.count() > 0 ? hint : backoff.delayFor(item.attempts + 1) };
}

RetryPolicy RetryPolicy::forIntercom()
{
    RetryPolicy policy;
    policy.maxAttempts = 50;
    policy.giveUpWhenMayHaveLanded = false;
    return policy;
}

RetryPolicy RetryPolicy::forTelegram()
{
    RetryPolicy policy;
    policy.maxAttempts = 30;
    policy.giveUpWhenMayHaveLanded = true;
    return policy;
}

} // namespace tgic::sync
