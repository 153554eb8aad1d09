// SPDX-License-Identifier: MIT
#pragma once

#include "store/Retention.h"

#include <QObject>
#include <QStringList>

namespace tgic::store {
class Database;
}

namespace tgic::models {

using RetentionPlan = store::RetentionPlan;

//! Settings → Data retention: how many days message contents are kept (for the whole team: the
//! policy lives in the database) and what the next run will remove, in words.
class RetentionSettings final : public QObject
{
    Q_OBJECT

public:
    explicit RetentionSettings(store::Database &db, QObject *parent = nullptr);

    int days() const;
    //! Saves the policy (audited as `actor`); false when the database refused.
    bool setDays(int days, const QString &actor);
    static int maxDays() { return store::Retention::kMaxDays; }

    RetentionPlan plan(int days) const;
    //! What a run with `days` removes, and who runs it when, one line each.
    QStringList describe(int days) const;

private:
    store::Database &m_db;
};

} // namespace tgic::models
