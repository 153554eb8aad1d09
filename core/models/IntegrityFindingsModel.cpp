// SPDX-License-Identifier: MIT
#include "IntegrityFindingsModel.h"

using namespace Qt::StringLiterals;

namespace tgic::models {

using Kind = identity::IntegrityProblem::Kind;

int IntegrityFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int IntegrityFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntegrityFindingsModel::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Merged:
        return tr("Merged in Intercom");
    case Kind::Deleted:
        return tr("Contact deleted");
    case Kind::AnchorMissing:
        return tr("Anchor removed");
    case Kind::Duplicates:
        return tr("Duplicate contacts");
    case Kind::Unreachable:
        return tr("Not checked");
    }
    return tr("Not checked");
}

QVariant IntegrityFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const identity::IntegrityProblem &p = m_problems.at(index.row());
    switch (role) {
    case KindRole:
        return identity::IntegrityProblem::kindName(p.kind);
    case FixedRole:
        return p.fixed;
    case TelegramUserIdRole:
        return p.telegramUserId;
    case ContactIdRole:
        return p.contactId;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, Telegram ID %3: %4. Fix: %5")
            .arg(p.fixed ? tr("fixed") : tr("open"), kindLabel(p.kind), QString::number(p.telegramUserId),
                p.description, p.proposedFix);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StatusColumn:
        return p.fixed ? tr("fixed") : tr("open");
    case ProblemColumn:
        return kindLabel(p.kind);
    case TelegramColumn:
        return QString::number(p.telegramUserId);
    case ContactColumn:
        return p.otherContacts.isEmpty() ? p.contactId
                                         : tr("%1 (and %2)").arg(p.contactId, p.otherContacts.join(u", "_s));
    case DescriptionColumn:
        return p.description;
    case FixColumn:
        return p.proposedFix;
    default:
        return {};
    }
}

QVariant IntegrityFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case ProblemColumn:
        return tr("Problem");
    case TelegramColumn:
        return tr("Telegram ID");
    case ContactColumn:
        return tr("Contact");
    case DescriptionColumn:
        return tr("What was found");
    case FixColumn:
        return tr("Proposed fix");
    default:
        return {};
    }
}

void IntegrityFindingsModel::setProblems(const QList<identity::IntegrityProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int IntegrityFindingsModel::openCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
        [](const identity::IntegrityProblem &p) { return !p.fixed; }));
}

} // namespace tgic::models
