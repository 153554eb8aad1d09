// SPDX-License-Identifier: MIT
#include "IntercomRouter.h"

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

IntercomRouter::IntercomRouter(const QList<QList<IntercomRoute>> &tables)
{
    for (const QList<IntercomRoute> &table : tables) {
        for (const IntercomRoute &route : table)
            m_entries.append({ route, route.path.split(u'/', Qt::SkipEmptyParts) });
    }
}

std::optional<IntercomRouter::Match> IntercomRouter::match(const QString &method, const QString &path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const Entry &entry : m_entries) {
        if (entry.route.method != method || entry.segments.size() != segments.size())
            continue;
        Match found { &entry.route, {} };
        bool ok = true;
        for (qsizetype i = 0; ok && i < segments.size(); ++i) {
            if (entry.segments.at(i) == "{id}"_L1)
                found.args.append(segments.at(i));
            else
                ok = entry.segments.at(i) == segments.at(i);
        }
        if (ok)
            return found;
    }
    return std::nullopt;
}

} // namespace tgic::sandbox
