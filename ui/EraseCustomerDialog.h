// SPDX-License-Identifier: MIT
#pragma once

#include "MappingTools.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace tgic::ui {

//! Contact panel → "Erase this customer…": forgetting one customer on request. It first shows
//! what would be removed where (the local database, the Intercom contact and its conversations),
//! lets the agent choose what happens in Intercom (delete, archive, keep), and erases only when
//! asked to. While a message to or from the customer is on its way, erasing needs "force".
class EraseCustomerDialog final : public QDialog
{
    Q_OBJECT

public:
    EraseCustomerDialog(models::MappingTools *tools, qint64 telegramUserId, QWidget *parent = nullptr);

    // For tests.
    QPlainTextEdit *previewText() const { return m_preview; }
    QRadioButton *choiceButton(models::IntercomChoice choice) const;
    QCheckBox *forceBox() const { return m_force; }
    QPushButton *eraseButton() const { return m_erase; }
    QLabel *resultLabel() const { return m_result; }
    bool previewReady() const { return m_ready; }

Q_SIGNALS:
    void previewShown();
    //! Erased: the outcome in words.
    void erased(const QString &message);

private:
    void showPreview(const models::ErasurePreview &preview);
    void updatePreviewText();
    void erase();
    models::IntercomChoice choice() const;

    QPointer<models::MappingTools> m_tools;
    qint64 m_telegramUserId;
    models::ErasurePreview m_previewData;
    QPlainTextEdit *m_preview;
    QButtonGroup *m_choices;
    QCheckBox *m_force;
    QLabel *m_result;
    QPushButton *m_erase;
    bool m_ready = false;
    bool m_busy = false;
};

} // namespace tgic::ui
