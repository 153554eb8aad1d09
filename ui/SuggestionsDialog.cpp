// SPDX-License-Identifier: MIT
#include "SuggestionsDialog.h"

#include "PlainToolTips.h"
#include "SuggestionsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

using models::SuggestionsModel;

SuggestionsDialog::SuggestionsDialog(SuggestionsModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_result(new QLabel(this))
    , m_review(new QPushButton(tr("&Review Merge…"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(u"suggestionsDialog"_s);
    setWindowTitle(tr("Suggested merges"));
    m_tree->setObjectName(u"suggestions"_s);
    m_tree->setAccessibleName(tr("Merges the evidence suggests, newest first"));
    m_tree->setModel(m_model);
    showToolTipsAsPlainText(m_tree);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    const int line = fontMetrics().height();
    const int widths[] = { 14, 22, 20, 6 };
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_tree->setColumnWidth(column, line * widths[column]);
    m_tree->header()->setStretchLastSection(true);

    m_empty->setObjectName(u"suggestionsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No suggested merges. One appears when a customer shares their own phone number "
                        "or types an e-mail address that belongs to an Intercom user. A shared name is "
                        "never taken as evidence."));
    m_detail->setObjectName(u"suggestionDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(u"suggestionResult"_s);
    m_result->setWordWrap(true);
    m_result->hide();
    m_review->setObjectName(u"reviewSuggestion"_s);
    m_dismiss->setObjectName(u"dismissSuggestion"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(line * 64, line * 22);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = currentRow();
        m_selectedId = row >= 0 ? m_model->suggestion(row).id : 0;
        updateDetail();
    });
    // The model re-reads on every change (other workstations included): keep the selection.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_selectedId);
        if (row >= 0)
            selectRow(row);
        updateDetail();
    });
    connect(m_tree, &QTreeView::doubleClicked, m_review, &QPushButton::click);
    connect(m_review, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        const auto &s = m_model->suggestion(row);
        Q_EMIT reviewRequested(s.leadId, s.user.id, s.telegramUserId);
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            Q_EMIT dismissRequested(m_model->suggestion(row).id);
    });
    if (m_model->count() > 0)
        selectRow(0);
    updateDetail();
}

int SuggestionsDialog::currentRow() const
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    return current.isValid() && current.row() < m_model->count() ? current.row() : -1;
}

void SuggestionsDialog::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_tree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void SuggestionsDialog::setActionsAvailable(bool available, const QString &reason)
{
    m_available = available;
    m_review->setToolTip(available
            ? tr("Open the merge preview for this lead and user; nothing changes until you merge")
            : reason);
    m_dismiss->setToolTip(
        available ? tr("Do not suggest this merge again (recorded in the audit log)") : reason);
    updateDetail();
}

void SuggestionsDialog::showResult(const QString &message, bool ok)
{
    m_result->setText(message);
    m_result->setForegroundRole(ok ? QPalette::WindowText : QPalette::BrightText);
    m_result->setVisible(!message.isEmpty());
}

void SuggestionsDialog::updateDetail()
{
    const int row = currentRow();
    const bool any = m_model->count() > 0;
    m_empty->setVisible(!any);
    m_tree->setVisible(any);
    m_review->setEnabled(m_available && row >= 0);
    m_dismiss->setEnabled(m_available && row >= 0);
    if (row < 0) {
        m_detail->clear();
        return;
    }
    const auto &s = m_model->suggestion(row);
    QStringList who { s.user.name, s.user.email, s.user.phone };
    who.removeAll(QString());
    QStringList lines;
    lines << (who.isEmpty()
            ? tr("Merge lead %1 into user %2?").arg(s.leadId, s.user.id)
            : tr("Merge lead %1 into user %2 (%3)?").arg(s.leadId, s.user.id, who.join(u", "_s)));
    for (const auto &e : s.evidence)
        lines << u"• "_s + SuggestionsModel::describeEvidence(e);
    lines << (s.strength == u"strong"_s
            ? tr("Strong: Telegram verified the phone number as the customer's own.")
            : tr("Medium: the customer typed the address; Intercom has it on the user. Check the "
                 "conversation before merging."));
    m_detail->setText(lines.join(u'\n'));
}

} // namespace tgic::ui
