// SPDX-License-Identifier: MIT
#include "MergeDialog.h"

#include "ContactPicker.h"
#include "MappingTools.h"
#include "MergePreviewModel.h"
#include "PlainToolTips.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.isEmpty() ? MergeDialog::tr("none") : out.join(u", "_s);
}

QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

MergeDialog::MergeDialog(models::MappingTools *tools, qint64 telegramUserId, QWidget *parent)
    : QDialog(parent)
    , m_tools(tools)
    , m_telegramUserId(telegramUserId)
    , m_from(new ContactPicker(tools, this))
    , m_into(new ContactPicker(tools, this))
    , m_model(new models::MergePreviewModel(this))
    , m_status(wrapped(this, u"mergeStatus"_s))
    , m_previewBox(new QWidget(this))
    , m_table(new QTreeView(m_previewBox))
    , m_conversations(wrapped(m_previewBox, u"mergeConversations"_s))
    , m_anchor(wrapped(m_previewBox, u"mergeAnchor"_s))
    , m_undoWarning(wrapped(m_previewBox, u"mergeUndoWarning"_s))
    , m_confirm(new QCheckBox(m_previewBox))
{
    setObjectName(u"mergeDialog"_s);
    setWindowTitle(tr("Merge Intercom contacts"));
    auto *intro = wrapped(this, u"mergeIntro"_s);
    intro->setText(
        tr("Intercom merges a lead into a user: the user survives and the lead's conversations move "
           "to it. Typically the lead is the one created for a Telegram customer and the user is "
           "the customer's existing Intercom account."));
    m_from->setObjectName(u"mergeFrom"_s);
    m_into->setObjectName(u"mergeInto"_s);
    m_from->searchField()->setAccessibleName(tr("Search the lead to merge away"));
    m_into->searchField()->setAccessibleName(tr("Search the user that survives"));
    auto *fromBox = new QGroupBox(tr("Merge this lead…"), this);
    (new QVBoxLayout(fromBox))->addWidget(m_from);
    auto *intoBox = new QGroupBox(tr("…into this user (survives)"), this);
    (new QVBoxLayout(intoBox))->addWidget(m_into);
    m_swap = new QPushButton(tr("⇄ &Swap"), this);
    m_swap->setObjectName(u"mergeSwap"_s);
    m_swap->setAccessibleName(tr("Swap the two contacts"));
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(fromBox, 1);
    pickers->addWidget(m_swap, 0, Qt::AlignVCenter);
    pickers->addWidget(intoBox, 1);

    m_relinkInstead = new QPushButton(tr("Relink instead"), this);
    m_relinkInstead->setObjectName(u"relinkInstead"_s);
    m_relinkInstead->hide();
    auto *statusRow = new QVBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_relinkInstead, 0, Qt::AlignLeft);

    m_table->setObjectName(u"mergePreview"_s);
    m_table->setAccessibleName(tr("What the user keeps, gains and loses"));
    m_table->setModel(m_model);
    showToolTipsAsPlainText(m_table);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    QFont bold = font();
    bold.setBold(true);
    m_undoWarning->setFont(bold);
    m_undoWarning->setText(tr("A merge cannot be undone in Intercom."));
    m_confirm->setObjectName(u"mergeConfirm"_s);
    m_confirm->setText(tr("I confirm these Telegram users are the same person"));
    // The question is long: a check box does not wrap, a label does.
    m_question = wrapped(m_previewBox, u"mergeQuestion"_s);
    m_question->setBuddy(m_confirm);
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_table, 1);
    previewLayout->addWidget(m_conversations);
    previewLayout->addWidget(m_anchor);
    previewLayout->addWidget(m_undoWarning);
    previewLayout->addWidget(m_question);
    previewLayout->addWidget(m_confirm);
    m_previewBox->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(u"mergeButton"_s);
    m_merge->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (ContactPicker *picker : { m_from, m_into })
        picker->listView()->setMinimumHeight(fontMetrics().height() * 5);
    layout->addLayout(pickers, 2);
    layout->addLayout(statusRow);
    layout->addWidget(m_previewBox, 3);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(line * 60, line * 46);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::merge);
    connect(m_relinkInstead, &QPushButton::clicked, this, &MergeDialog::relinkInstead);
    connect(m_confirm, &QCheckBox::toggled, this, &MergeDialog::updateButtons);
    connect(m_from, &ContactPicker::contactChanged, this, &MergeDialog::requestPreview);
    connect(m_into, &ContactPicker::contactChanged, this, &MergeDialog::requestPreview);
    connect(m_swap, &QPushButton::clicked, this, [this] {
        const QString from = m_from->contactId();
        const QString into = m_into->contactId();
        if (!into.isEmpty())
            m_from->search(into, true);
        if (!from.isEmpty())
            m_into->search(from, true);
    });
    requestPreview();
}

void MergeDialog::requestPreview()
{
    ++m_generation;
    m_hasPreview = false;
    m_model->clear();
    m_previewBox->hide();
    m_relinkInstead->hide();
    m_confirm->setChecked(false);
    const QString from = m_from->contactId();
    const QString into = m_into->contactId();
    if (from.isEmpty() || into.isEmpty() || !m_tools) {
        m_status->setText(tr("Choose the lead on the left and the user on the right."));
        updateButtons();
        return;
    }
    if (from == into) {
        m_status->setText(tr("Both sides are the same contact."));
        updateButtons();
        return;
    }
    m_status->setText(tr("Comparing the two contacts…"));
    updateButtons();
    m_tools->previewMerge(from, into,
        [self = QPointer<MergeDialog>(this), generation = m_generation](const models::MergePreview &preview) {
            if (!self || generation != self->m_generation)
                return; // another pair was chosen meanwhile
            self->m_model->setPreview(preview);
            self->showPreview();
        });
}

qint64 MergeDialog::relinkCandidate() const
{
    const models::MergePreview &p = m_model->preview();
    if (m_telegramUserId != 0)
        return m_telegramUserId;
    return p.fromTelegramIds.isEmpty() ? 0 : p.fromTelegramIds.first();
}

void MergeDialog::showPreview()
{
    const models::MergePreview &p = m_model->preview();
    m_hasPreview = true;
    if (!p.allowed) {
        // In the agent's terms: why not, and what to do instead here (the core's alternative is
        // phrased for the command line).
        const qint64 candidate = relinkCandidate();
        const bool userIntoLead = m_from->contact().isUser && m_into->contact().isLead;
        QString instead = userIntoLead ? tr("Swap the two sides: a lead can be merged into a user.")
            : candidate != 0 ? tr("Relink Telegram user %1 to %2 without merging: the button below does it.")
                                   .arg(QString::number(candidate), m_into->contact().name)
                             : p.alternative;
        m_status->setText(instead.isEmpty()
                ? tr("Cannot merge these two: %1").arg(p.refusal)
                : tr("Cannot merge these two: %1\nInstead: %2").arg(p.refusal, instead));
        m_status->setToolTip(p.alternative);
        m_relinkInstead->setVisible(candidate != 0);
        m_relinkInstead->setText(tr("Relink Telegram user %1 to %2 instead")
                                     .arg(QString::number(candidate), m_into->contact().name));
        updateButtons();
        return;
    }
    m_status->setToolTip({});
    m_status->setText(tr("Merging %1 into %2:").arg(p.from.name, p.into.name));
    m_conversations->setText(
        tr("%n conversation(s) move from the lead to the user.", nullptr, p.conversationsMoving));
    m_anchor->setText(
        tr("Telegram anchor: the lead carries %1, the user carries %2. Afterwards the user carries "
           "%3: tgic writes the anchor onto the user after the merge, because Intercom would keep "
           "only the user's value.")
            .arg(idList(p.fromTelegramIds), idList(p.intoTelegramIds), idList(p.resultingTelegramIds)));
    m_confirm->setVisible(p.needsConfirmation);
    m_question->setVisible(p.needsConfirmation);
    m_question->setText(p.confirmationQuestion);
    m_previewBox->show();
    updateButtons();
}

void MergeDialog::updateButtons()
{
    const models::MergePreview &p = m_model->preview();
    const bool ready = m_hasPreview && p.allowed && (!p.needsConfirmation || m_confirm->isChecked());
    m_merge->setEnabled(ready && !m_busy && m_tools);
    m_merge->setToolTip(p.needsConfirmation && !m_confirm->isChecked()
            ? tr("Confirm first that the two Telegram users are the same person")
            : tr("Cannot be undone in Intercom"));
    m_swap->setEnabled(!m_busy);
}

void MergeDialog::merge()
{
    if (!m_tools || !m_merge->isEnabled())
        return;
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Merging…"));
    const QString survivor = m_model->preview().intoId();
    m_tools->merge(m_model->preview(), m_confirm->isChecked(),
        [self = QPointer<MergeDialog>(this), survivor](const models::RepairResult &result) {
            if (!self)
                return;
            self->m_busy = false;
            if (result.ok) {
                Q_EMIT self->merged(result.message, result.contactId.isEmpty() ? survivor : result.contactId);
                self->accept();
                return;
            }
            self->m_status->setText(tr("Not merged: %1").arg(result.message));
            self->updateButtons();
        });
}

void MergeDialog::relinkInstead()
{
    const qint64 id = relinkCandidate();
    if (!m_tools || id == 0 || m_into->contactId().isEmpty())
        return;
    m_busy = true;
    m_relinkInstead->setEnabled(false);
    m_status->setText(tr("Relinking…"));
    m_tools->relink(
        id, m_into->contactId(), [self = QPointer<MergeDialog>(this)](const models::RepairResult &result) {
            if (!self)
                return;
            self->m_busy = false;
            self->m_relinkInstead->setEnabled(true);
            if (result.ok) {
                Q_EMIT self->relinked(result.message);
                self->accept();
                return;
            }
            self->m_status->setText(tr("Not relinked: %1").arg(result.message));
        });
}

} // namespace tgic::ui
