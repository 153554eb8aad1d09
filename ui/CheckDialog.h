// SPDX-License-Identifier: MIT
#pragma once

#include "MappingTools.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace tgic::models {
class IntegrityFindingsModel;
} // namespace tgic::models

namespace tgic::ui {

//! "Check mappings": verifies every mapping against Intercom with progress, lists what it found
//! with the fix it proposes (merges followed are fixed on the spot), and applies the rest on
//! request. Every change lands in the audit log.
class CheckDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CheckDialog(models::MappingTools *tools, QWidget *parent = nullptr);

    //! Run the check; `applyFixes` also repairs what can be repaired.
    void run(bool applyFixes);
    bool isRunning() const { return m_running; }

    models::IntegrityFindingsModel *findings() const { return m_findings; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *applyButton() const { return m_apply; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void finished(int problems, int open);

private:
    void updateButtons();

    QPointer<models::MappingTools> m_tools;
    models::IntegrityFindingsModel *m_findings;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeView *m_table;
    QPushButton *m_apply;
    QPushButton *m_again;
    bool m_running = false;
};

} // namespace tgic::ui
