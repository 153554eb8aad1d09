// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomModel.h"
#include "IntercomSearchQuery.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace tgic::sandbox {

class IntercomWorld;

// The contact search index. Like the real one it lags behind writes: every version of a contact
// becomes searchable `lag` after it was written, so a fresh contact is missing from results and
// an edited one shows its old values until then. Also knows the searchable fields and their types.
class IntercomContactIndex
{
public:
    explicit IntercomContactIndex(const IntercomWorld &world);

    void setLag(qint64 lagMs) { m_lagMs = lagMs; }
    void record(const IntercomContact &contact); // a write happened
    void remove(const QString &id);

    QList<IntercomContact> visible() const; // what a search sees now (live, unarchived contacts)
    std::optional<IntercomSearchQuery::FieldType> fieldType(const QString &field) const;
    QJsonValue fieldValue(const IntercomContact &contact, const QString &field) const;

private:
    struct Version
    {
        qint64 visibleFromMs = 0;
        IntercomContact state;
    };

    const IntercomWorld &m_world;
    qint64 m_lagMs = 0;
    QHash<QString, QList<Version>> m_versions;
};

} // namespace tgic::sandbox
