// SPDX-License-Identifier: MIT
#include "SettingsDialog.h"

#include "TokenForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new TokenForm(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *note
        = new QLabel(tr("Tokens are kept in the system keychain. Leave a field empty to keep the stored "
                        "token."),
            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *forget = buttons->addButton(tr("&Forget tokens"), QDialogButtonBox::DestructiveRole);
    forget->setObjectName(u"forgetTokens"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(forget, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Forget tokens"),
            tr("Remove both tokens from the keychain? Syncing stops until you enter them again."));
        if (answer != QMessageBox::Yes)
            return;
        m_forget = true;
        accept();
    });
}

} // namespace tgic::ui
