// SPDX-License-Identifier: MIT
#pragma once

#include "identity/ContactMerge.h"

#include <QAbstractTableModel>

namespace tgic::models {

//! \brief A merge preview side by side: each attribute with the lead's value, the user's value,
//! what the survivor ends up with, and whether the user keeps, gains or loses it. Intercom copies
//! an attribute only where the survivor's is empty. A new preview resets the model.
class MergePreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergePreviewModel)

public:
    enum Column { AttributeColumn, LeadColumn, UserColumn, ResultColumn, OutcomeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { OutcomeRole = Qt::UserRole + 1 }; //!< kept, gained, lost, same

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPreview(const identity::MergePreview &preview);
    const identity::MergePreview &preview() const { return m_preview; }
    void clear() { setPreview({}); }

    static QString outcomeLabel(const QString &outcome);
    static QString outcomeDescription(const QString &outcome);

private:
    identity::MergePreview m_preview;
};

} // namespace tgic::models
