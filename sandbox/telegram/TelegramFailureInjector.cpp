// SPDX-License-Identifier: MIT
#include "TelegramFailureInjector.h"

namespace tgic::sandbox {

void TelegramFailureInjector::add(const QString &method, int count, const TelegramFailure &failure)
{
    if (count > 0)
        m_rules.append({ method.toLower(), count, failure });
}

std::optional<TelegramFailure> TelegramFailureInjector::take(const QString &method)
{
    const QString lower = method.toLower();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if (!rule.method.isEmpty() && rule.method != lower)
            continue;
        const TelegramFailure failure = rule.failure;
        if (--rule.remaining <= 0)
            m_rules.removeAt(i);
        return failure;
    }
    return std::nullopt;
}

} // namespace tgic::sandbox
