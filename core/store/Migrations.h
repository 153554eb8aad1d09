// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace tgic::store {

struct Migration
{
    QString description;
    QStringList statements;
};

//! The ladder: migrations()[i] brings schema i to i + 1. Append only; never edit a released step.
const std::vector<Migration> &migrations();

//! Adapt portable SQL to the driver: `{{serial}}` becomes an auto-increment primary key,
//! `{{blob}}` a binary column.
QString dialect(const QString &sql, bool postgres);

} // namespace tgic::store
