// SPDX-License-Identifier: MIT
#pragma once

#include "MappingTools.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace tgic::models {
class MergePreviewModel;
} // namespace tgic::models

namespace tgic::ui {

class ContactPicker;

//! \brief The guided merge: pick the lead (typically the one created for a Telegram user) and the
//! customer's existing user, see side by side what the user keeps, gains and loses, how many
//! conversations move and what happens to the Telegram anchor, then merge.
//!
//! Pairs Intercom refuses are explained with what to do instead ("Relink instead"); two
//! different Telegram users ending on one contact need an explicit confirmation; and the dialog
//! says that a merge cannot be undone in Intercom.
class MergeDialog final : public QDialog
{
    Q_OBJECT

public:
    //! `telegramUserId`: the chat the dialog was opened from (0 if none), for "Relink instead".
    MergeDialog(models::MappingTools *tools, qint64 telegramUserId, QWidget *parent = nullptr);

    ContactPicker *fromPicker() const { return m_from; }
    ContactPicker *intoPicker() const { return m_into; }
    models::MergePreviewModel *previewModel() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *relinkInsteadButton() const { return m_relinkInstead; }
    QCheckBox *confirmation() const { return m_confirm; }
    //! A preview is shown (allowed or refused) for the chosen pair.
    bool hasPreview() const { return m_hasPreview; }

Q_SIGNALS:
    //! Done: the outcome in words and the contact that survived.
    void merged(const QString &message, const QString &survivorId);
    void relinked(const QString &message);

private:
    void requestPreview();
    void showPreview();
    void updateButtons();
    void merge();
    void relinkInstead();
    qint64 relinkCandidate() const;

    QPointer<models::MappingTools> m_tools;
    qint64 m_telegramUserId;
    ContactPicker *m_from;
    ContactPicker *m_into;
    models::MergePreviewModel *m_model;
    QLabel *m_status;
    QWidget *m_previewBox;
    QTreeView *m_table;
    QLabel *m_conversations;
    QLabel *m_anchor;
    QLabel *m_undoWarning;
    QLabel *m_question = nullptr;
    QCheckBox *m_confirm;
    QPushButton *m_swap;
    QPushButton *m_relinkInstead;
    QPushButton *m_merge;
    quint64 m_generation = 0;
    bool m_hasPreview = false;
    bool m_busy = false;
};

} // namespace tgic::ui
