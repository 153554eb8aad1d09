// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeView;

namespace tgic::models {
class SuggestionsModel;
}

namespace tgic::ui {

//! \brief "Suggested merges": the pairs the evidence points at, with the evidence itself. Review
//! opens the ordinary merge preview for the pair; Dismiss is remembered (and audited). Nothing
//! here merges. Not modal: it can stay open beside the main window and follows every change.
class SuggestionsDialog final : public QDialog
{
    Q_OBJECT

public:
    SuggestionsDialog(models::SuggestionsModel *model, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_tree; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QLabel *detailLabel() const { return m_detail; }
    void selectRow(int row);
    //! Repairs need a running engine and a reachable database: Review and Dismiss follow this,
    //! their tooltips say what they do or why not. Off until told.
    void setActionsAvailable(bool available, const QString &reason);
    void showResult(const QString &message, bool ok);

Q_SIGNALS:
    //! Open the merge preview for this pair.
    void reviewRequested(const QString &leadId, const QString &userId, qint64 telegramUserId);
    void dismissRequested(qint64 suggestionId);

private:
    int currentRow() const;
    void updateDetail();

    models::SuggestionsModel *m_model;
    QTreeView *m_tree;
    QLabel *m_empty;
    QLabel *m_detail;
    QLabel *m_result;
    QPushButton *m_review;
    QPushButton *m_dismiss;
    bool m_available = false;
    qint64 m_selectedId = 0;
};

} // namespace tgic::ui
