// SPDX-License-Identifier: MIT
#include "EraseCustomerDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

using models::IntercomChoice;

EraseCustomerDialog::EraseCustomerDialog(models::MappingTools *tools, qint64 telegramUserId, QWidget *parent)
    : QDialog(parent)
    , m_tools(tools)
    , m_telegramUserId(telegramUserId)
    , m_preview(new QPlainTextEdit(this))
    , m_choices(new QButtonGroup(this))
    , m_force(new QCheckBox(tr("Erase even though a message is still on its way"), this))
    , m_result(new QLabel(this))
    , m_erase(new QPushButton(tr("&Erase Customer"), this))
{
    setObjectName(u"eraseCustomerDialog"_s);
    setWindowTitle(tr("Erase Telegram User %1").arg(telegramUserId));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Forget this customer on their request: their messages, profile and evidence "
                        "are removed from this database (on every workstation of a team), and their "
                        "Intercom contact as chosen below. The audit log keeps who erased whom and when, "
                        "under a one-way code instead of the Telegram ID. This cannot be undone."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_preview->setObjectName(u"erasurePreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setPlainText(tr("Looking up what is held about Telegram user %1…").arg(telegramUserId));
    m_preview->setAccessibleName(tr("What will be removed"));
    layout->addWidget(m_preview, 1);

    auto *box = new QGroupBox(tr("The Intercom contact"), this);
    auto *boxLayout = new QVBoxLayout(box);
    const struct
    {
        IntercomChoice choice;
        QString text;
        QString name;
    } options[] = {
        { IntercomChoice::Delete,
            tr("&Delete it with its conversations (Intercom can restore it for 7 days)"), u"delete"_s },
        { IntercomChoice::Archive, tr("&Archive it (kept, hidden from lists and search)"), u"archive"_s },
        { IntercomChoice::Keep, tr("&Keep it; only clear its Telegram attributes"), u"keep"_s },
    };
    for (const auto &o : options) {
        auto *radio = new QRadioButton(o.text, box);
        radio->setObjectName(o.name);
        m_choices->addButton(radio, int(o.choice));
        boxLayout->addWidget(radio);
    }
    m_choices->button(int(IntercomChoice::Delete))->setChecked(true);
    layout->addWidget(box);

    m_force->setObjectName(u"forceErasure"_s);
    m_force->setVisible(false);
    layout->addWidget(m_force);
    m_result->setObjectName(u"erasureResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_erase->setObjectName(u"eraseButton"_s);
    m_erase->setEnabled(false);
    m_erase->setAutoDefault(false);
    buttons->addButton(m_erase, QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, &EraseCustomerDialog::erase);
    connect(m_choices, &QButtonGroup::idClicked, this, &EraseCustomerDialog::updatePreviewText);
    connect(m_force, &QCheckBox::toggled, this, [this] { m_erase->setEnabled(m_ready && !m_busy); });
    resize(640, 480);

    if (!m_tools) {
        m_preview->setPlainText(tr("Erasing needs a connection to Intercom (Settings)."));
        return;
    }
    QPointer<EraseCustomerDialog> self(this);
    m_tools->previewErasure(telegramUserId, [self](const models::ErasurePreview &p) {
        if (self)
            self->showPreview(p);
    });
}

QRadioButton *EraseCustomerDialog::choiceButton(IntercomChoice c) const
{
    return qobject_cast<QRadioButton *>(m_choices->button(int(c)));
}

IntercomChoice EraseCustomerDialog::choice() const
{
    return IntercomChoice(m_choices->checkedId());
}

void EraseCustomerDialog::showPreview(const models::ErasurePreview &preview)
{
    m_previewData = preview;
    m_ready = preview.intercomChecked && !preview.nothingToErase();
    m_force->setVisible(preview.local.inFlight > 0);
    updatePreviewText();
    if (preview.nothingToErase() && preview.intercomChecked)
        m_result->setText(tr("Nothing is held about this Telegram ID, here or in Intercom."));
    m_erase->setEnabled(m_ready);
    Q_EMIT previewShown();
}

void EraseCustomerDialog::updatePreviewText()
{
    if (m_previewData.telegramUserId != 0)
        m_preview->setPlainText(m_previewData.lines(choice()).join(u'\n'));
}

void EraseCustomerDialog::erase()
{
    if (!m_tools || !m_ready || m_busy)
        return;
    if (m_previewData.local.inFlight > 0 && !m_force->isChecked()) {
        m_result->setText(tr("A message to or from this customer is still on its way. Wait until it is "
                             "delivered, or tick the box above to erase anyway."));
        return;
    }
    m_busy = true;
    m_erase->setEnabled(false);
    m_result->setText(tr("Erasing…"));
    QPointer<EraseCustomerDialog> self(this);
    m_tools->erase(m_previewData, choice(), m_force->isChecked(), [self](const models::RepairResult &r) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_result->setText(r.message);
        if (r.ok) {
            self->m_ready = false; // done: nothing left to erase
            Q_EMIT self->erased(r.message);
        } else {
            self->m_erase->setEnabled(self->m_ready);
        }
    });
}

} // namespace tgic::ui
