// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomExchange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tgic::sandbox {

// One endpoint: its method, its path ({id} stands for one segment) and what answers it. Each
// endpoints class lists its own in one table; nothing else names a route.
struct IntercomRoute
{
    QString method;
    QString path;
    std::function<IntercomReply(const IntercomRequest &)> handler;

    // "GET /contacts/{id}": how the request log and requestCount() name the route.
    QString name() const { return method + QLatin1Char(' ') + path; }
};

// Finds the route a request is for. The first match wins, so within a table literal segments
// come before placeholders ("/contacts/search" before "/contacts/{id}").
class IntercomRouter
{
public:
    explicit IntercomRouter(const QList<QList<IntercomRoute>> &tables);

    struct Match
    {
        const IntercomRoute *route = nullptr;
        QStringList args; // the {id} values in order
    };
    std::optional<Match> match(const QString &method, const QString &path) const;

private:
    struct Entry
    {
        IntercomRoute route;
        QStringList segments;
    };
    QList<Entry> m_entries;
};

} // namespace tgic::sandbox
