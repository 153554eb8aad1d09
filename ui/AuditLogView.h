// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QTreeView;

namespace tgic::models {
class AuditLogModel;
class ModelReader;
} // namespace tgic::models

namespace tgic::ui {

//! The audit log: every manual or automatic change to a mapping — who, when, what, before and
//! after — newest first, growing live while it is open. Not modal: it can stay beside the window.
class AuditLogView final : public QDialog
{
    Q_OBJECT

public:
    //! Reads through `reader` (the window's).
    explicit AuditLogView(models::ModelReader &reader, QWidget *parent = nullptr);

    models::AuditLogModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    //! Offer "only this customer" for the chat selected in the main window (0: none).
    void setCurrentTelegramUser(qint64 telegramUserId);

private:
    models::AuditLogModel *m_model;
    QTreeView *m_tree;
    QCheckBox *m_onlyCurrent;
    qint64 m_currentUser = 0;
};

} // namespace tgic::ui
