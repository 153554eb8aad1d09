// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tgic::sandbox {

//! Scripted failures for the next N calls that match, consumed in the order they were added: how
//! both emulators play a service that fails (TelegramFailure by method name, IntercomFailure by
//! path). A rule matches a call whose key is its pattern (Match::Whole) or starts with it
//! (Match::Prefix); an empty pattern matches every call. Keys compare case-insensitively, as the
//! Bot API compares method names.
template <typename Failure> class FailureScript
{
public:
    enum class Match { Whole, Prefix };

    explicit FailureScript(Match match)
        : m_match(match)
    { }

    //! The next `count` calls that match `pattern` fail with `failure` (nothing for count <= 0).
    void add(const QString &pattern, int count, const Failure &failure)
    {
        if (count > 0)
            m_rules.append({ pattern, count, failure });
    }

    //! The failure scripted for this call, if any; consumes one use of it.
    std::optional<Failure> take(const QString &call)
    {
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            Rule &rule = m_rules[i];
            if (!matches(rule.pattern, call))
                continue;
            const Failure failure = rule.failure;
            if (--rule.remaining <= 0)
                m_rules.removeAt(i);
            return failure;
        }
        return std::nullopt;
    }

    //! The service recovers: whatever is still scripted is dropped.
    void clear() { m_rules.clear(); }

private:
    struct Rule
    {
        QString pattern;
        int remaining = 0;
        Failure failure;
    };

    bool matches(const QString &pattern, const QString &call) const
    {
        if (m_match == Match::Prefix || pattern.isEmpty())
            return call.startsWith(pattern, Qt::CaseInsensitive);
        return call.compare(pattern, Qt::CaseInsensitive) == 0;
    }

    Match m_match;
    QList<Rule> m_rules;
};

} // namespace tgic::sandbox
