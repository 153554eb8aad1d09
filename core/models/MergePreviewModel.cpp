// SPDX-License-Identifier: MIT
#include "MergePreviewModel.h"

using namespace Qt::StringLiterals;

namespace tgic::models {

int MergePreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.attributes.size());
}

int MergePreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MergePreviewModel::outcomeLabel(const QString &outcome)
{
    if (outcome == u"kept"_s)
        return tr("kept");
    if (outcome == u"gained"_s)
        return tr("gained");
    if (outcome == u"lost"_s)
        return tr("lead's value lost");
    if (outcome == u"same"_s)
        return tr("same");
    return outcome;
}

QString MergePreviewModel::outcomeDescription(const QString &outcome)
{
    if (outcome == u"kept"_s)
        return tr("The user keeps its own value");
    if (outcome == u"gained"_s)
        return tr("The user's value was empty: Intercom copies the lead's");
    if (outcome == u"lost"_s)
        return tr("Both have a value: the user's stays and the lead's is discarded");
    if (outcome == u"same"_s)
        return tr("Both hold the same value");
    return {};
}

QVariant MergePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const identity::MergePreview::Attribute &a = m_preview.attributes.at(index.row());
    if (role == OutcomeRole)
        return a.outcome;
    if (role == Qt::ToolTipRole)
        return index.column() == AttributeColumn ? a.name : outcomeDescription(a.outcome);
    if (role == Qt::AccessibleTextRole)
        return tr("%1: lead %2, user %3, %4")
            .arg(a.name, a.fromValue.isEmpty() ? tr("empty") : a.fromValue,
                a.intoValue.isEmpty() ? tr("empty") : a.intoValue, outcomeDescription(a.outcome));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AttributeColumn: {
        // Agents know custom attributes by their names; the full path is in the tooltip.
        static const QString custom = u"custom_attributes."_s;
        return a.name.startsWith(custom) ? a.name.mid(custom.size()) : a.name;
    }
    case LeadColumn:
        return a.fromValue;
    case UserColumn:
        return a.intoValue;
    case ResultColumn:
        return a.outcome == u"gained"_s ? a.fromValue : a.intoValue;
    case OutcomeColumn:
        return outcomeLabel(a.outcome);
    default:
        return {};
    }
}

QVariant MergePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AttributeColumn:
        return tr("Attribute");
    case LeadColumn:
        return tr("Lead (merged away)");
    case UserColumn:
        return tr("User now");
    case ResultColumn:
        return tr("User after the merge");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

void MergePreviewModel::setPreview(const identity::MergePreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

} // namespace tgic::models
