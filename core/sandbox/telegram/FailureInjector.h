// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tgic::sandbox {

struct InjectedFailure
{
    int httpStatus = 500;
    QString description;
    int retryAfter = 0;
    bool garbage = false; // answer 200 with a body that is not JSON
    bool hang = false; // never answer, and keep the connection open (a hung server or proxy)
};

// Scripted failures for the next N calls of a method (or of any method), consumed in the order
// they were added.
class FailureInjector
{
public:
    // method empty = any method; names compare case-insensitively like the API's.
    void add(const QString &method, int count, const InjectedFailure &failure);
    // The failure for this call, if one is scripted; consumes one use of it.
    std::optional<InjectedFailure> take(const QString &method);

private:
    struct Rule
    {
        QString method; // lower case; empty = any
        int remaining = 0;
        InjectedFailure failure;
    };
    QList<Rule> m_rules;
};

} // namespace tgic::sandbox
