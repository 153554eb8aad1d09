// SPDX-License-Identifier: MIT
#include "RelinkDialog.h"

#include "ContactPicker.h"
#include "MappingTools.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

RelinkDialog::RelinkDialog(models::MappingTools *tools, qint64 telegramUserId, const QString &customer,
    const QString &currentContactId, QWidget *parent)
    : QDialog(parent)
    , m_tools(tools)
    , m_telegramUserId(telegramUserId)
    , m_currentContactId(currentContactId)
    , m_picker(new ContactPicker(tools, this))
    , m_result(new QLabel(this))
{
    setObjectName(u"relinkDialog"_s);
    setWindowTitle(tr("Relink %1").arg(customer));
    auto *intro = new QLabel(currentContactId.isEmpty()
            ? tr("Link Telegram user %1 (%2) to an Intercom contact. Their messages go to that contact from "
                 "now on; the Telegram ID is written onto it.")
                  .arg(telegramUserId)
                  .arg(customer)
            : tr(
                "Link Telegram user %1 (%2) to another Intercom contact instead of %3. The Telegram ID moves "
                "to the new contact; past conversations stay where they are.")
                  .arg(telegramUserId)
                  .arg(customer, currentContactId),
        this);
    intro->setWordWrap(true);
    m_result->setObjectName(u"relinkResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_relink = buttons->addButton(tr("&Relink"), QDialogButtonBox::AcceptRole);
    m_relink->setObjectName(u"relinkButton"_s);
    m_relink->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 34, line * 26);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_relink, &QPushButton::clicked, this, &RelinkDialog::relink);
    connect(m_picker, &ContactPicker::contactChanged, this, &RelinkDialog::updateButton);
    m_picker->searchField()->setFocus();
}

void RelinkDialog::search(const QString &text)
{
    m_picker->search(text, true);
}

void RelinkDialog::updateButton()
{
    const QString id = m_picker->contactId();
    m_relink->setEnabled(!m_busy && m_tools && !id.isEmpty() && id != m_currentContactId);
    m_relink->setToolTip(id == m_currentContactId && !id.isEmpty()
            ? tr("The customer is already linked to this contact")
            : QString());
}

void RelinkDialog::relink()
{
    if (!m_tools || m_picker->contactId().isEmpty())
        return;
    m_busy = true;
    updateButton();
    m_result->setText(tr("Relinking…"));
    m_result->show();
    m_tools->relink(m_telegramUserId, m_picker->contactId(),
        [self = QPointer<RelinkDialog>(this)](const models::RepairResult &result) {
            if (!self)
                return;
            self->m_busy = false;
            if (result.ok) {
                Q_EMIT self->relinked(result.message);
                self->accept();
                return;
            }
            self->m_result->setText(tr("Not relinked: %1").arg(result.message));
            self->updateButton();
        });
}

} // namespace tgic::ui
