// SPDX-License-Identifier: MIT
#include "AuditLogView.h"

#include "AuditLogModel.h"
#include "PlainToolTips.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

using models::AuditLogModel;

AuditLogView::AuditLogView(models::ModelReader &reader, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditLogModel(reader, this))
    , m_tree(new QTreeView(this))
    , m_onlyCurrent(new QCheckBox(this))
{
    setObjectName(u"auditLogView"_s);
    setWindowTitle(tr("Audit log"));
    m_tree->setObjectName(u"auditLog"_s);
    m_tree->setAccessibleName(tr("Changes to mappings, newest first"));
    m_tree->setModel(m_model);
    showToolTipsAsPlainText(m_tree);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    const int line = fontMetrics().height();
    const int widths[] = { 11, 9, 8, 9, 10, 12, 12 };
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_tree->setColumnWidth(column, line * widths[column]);
    m_tree->header()->setStretchLastSection(true);
    m_onlyCurrent->setObjectName(u"auditOnlyCurrent"_s);
    m_onlyCurrent->setEnabled(false);
    m_onlyCurrent->setText(tr("Only the selected customer"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_onlyCurrent);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(line * 70, line * 28);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onlyCurrent, &QCheckBox::toggled, this,
        [this](bool only) { m_model->setTelegramUserId(only ? m_currentUser : 0); });
}

void AuditLogView::setCurrentTelegramUser(qint64 telegramUserId)
{
    m_currentUser = telegramUserId;
    m_onlyCurrent->setEnabled(telegramUserId != 0);
    m_onlyCurrent->setText(telegramUserId != 0 ? tr("Only Telegram user %1").arg(telegramUserId)
                                               : tr("Only the selected customer"));
    if (m_onlyCurrent->isChecked())
        m_model->setTelegramUserId(telegramUserId);
}

} // namespace tgic::ui
