// SPDX-License-Identifier: MIT
#pragma once

#include "identity/IntegrityCheck.h"

#include <QAbstractTableModel>

namespace tgic::models {

//! \brief What one run of the integrity check found: each problem, whether it was fixed, and
//! the fix it proposes. A new run's findings replace the old (reset).
class IntegrityFindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrityFindingsModel)

public:
    enum Column {
        StatusColumn,
        ProblemColumn,
        TelegramColumn,
        ContactColumn,
        DescriptionColumn,
        FixColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { KindRole = Qt::UserRole + 1, FixedRole, TelegramUserIdRole, ContactIdRole };
    Q_ENUM(Role)

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setProblems(const QList<identity::IntegrityProblem> &problems);
    const QList<identity::IntegrityProblem> &problems() const { return m_problems; }
    int openCount() const;

    //! The kind of problem in words.
    static QString kindLabel(identity::IntegrityProblem::Kind kind);

private:
    QList<identity::IntegrityProblem> m_problems;
};

} // namespace tgic::models
