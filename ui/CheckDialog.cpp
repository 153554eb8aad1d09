// SPDX-License-Identifier: MIT
#include "CheckDialog.h"

#include "IntegrityFindingsModel.h"
#include "MappingTools.h"
#include "PlainToolTips.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

CheckDialog::CheckDialog(models::MappingTools *tools, QWidget *parent)
    : QDialog(parent)
    , m_tools(tools)
    , m_findings(new models::IntegrityFindingsModel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTreeView(this))
{
    setObjectName(u"checkDialog"_s);
    setWindowTitle(tr("Check mappings"));
    auto *intro
        = new QLabel(tr("Every Telegram user's contact is read from Intercom, paced by the rate limit. "
                        "Contacts merged in Intercom are followed to the survivor at once; other "
                        "problems are listed with the fix proposed."),
            this);
    intro->setWordWrap(true);
    m_progress->setObjectName(u"checkProgress"_s);
    m_progress->setAccessibleName(tr("Mappings checked"));
    m_progress->setFormat(tr("%v of %m checked"));
    m_summary->setObjectName(u"checkSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"checkFindings"_s);
    m_table->setAccessibleName(tr("Problems found"));
    m_table->setModel(m_findings);
    showToolTipsAsPlainText(m_table);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setStretchLastSection(true);
    const int line = fontMetrics().height();
    for (int column : { 0, 1, 2, 3 })
        m_table->setColumnWidth(column, line * (column == 1 ? 10 : 7));
    m_table->setColumnWidth(models::IntegrityFindingsModel::DescriptionColumn, line * 20);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply proposed fixes"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(u"applyFixes"_s);
    m_apply->setToolTip(tr("Write removed anchors back and resolve mappings to deleted contacts again. "
                           "Duplicates stay for you to merge or relink."));
    m_again = buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(u"checkAgain"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(line * 64, line * 30);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_again, &QPushButton::clicked, this, [this] { run(false); });
    connect(tools, &models::MappingTools::checkProgress, this, [this](int checked, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(checked);
    });
    updateButtons();
}

void CheckDialog::run(bool applyFixes)
{
    if (m_running || !m_tools)
        return;
    m_running = true;
    m_progress->setRange(0, 0); // busy until the first progress report gives the total
    m_summary->setText(applyFixes ? tr("Checking and repairing…") : tr("Checking…"));
    updateButtons();
    m_tools->runCheck(applyFixes,
        [self = QPointer<CheckDialog>(this)](const QList<models::IntegrityProblem> &problems, int checked) {
            if (!self)
                return;
            self->m_running = false;
            self->m_findings->setProblems(problems);
            self->m_progress->setRange(0, qMax(1, checked));
            self->m_progress->setValue(checked);
            const int open = self->m_findings->openCount();
            if (problems.isEmpty())
                self->m_summary->setText(
                    tr("%n mapping(s) checked: everything matches Intercom.", nullptr, checked));
            else
                self->m_summary->setText(
                    tr("%n mapping(s) checked: %1 finding(s), %2 still open.", nullptr, checked)
                        .arg(problems.size())
                        .arg(open));
            self->updateButtons();
            Q_EMIT self->finished(int(problems.size()), open);
        });
}

void CheckDialog::updateButtons()
{
    m_again->setEnabled(!m_running && m_tools);
    m_apply->setEnabled(!m_running && m_tools && m_findings->openCount() > 0);
}

} // namespace tgic::ui
