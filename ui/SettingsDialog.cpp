// SPDX-License-Identifier: MIT
#include "SettingsDialog.h"

#include "BusinessAccounts.h"
#include "RetentionSettings.h"

#include "DesktopSettings.h"
#include "I18n.h"
#include "PhoneRequester.h"
#include "TeamDatabaseForm.h"
#include "TokenForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tgic::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new TokenForm(this))
    , m_team(new TeamDatabaseForm(this))
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
    layout->addWidget(m_team);
    layout->addWidget(createDesktopGroup());
    layout->addWidget(createPhoneRequestGroup());
    m_retentionGroupSlot = layout->count();
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, &SettingsDialog::saveDesktopSettings);
    connect(this, &QDialog::accepted, this, &SettingsDialog::savePhoneRequestText);
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

QGroupBox *SettingsDialog::createDesktopGroup()
{
    auto *group = new QGroupBox(tr("Desktop"), this);
    group->setObjectName(u"desktopGroup"_s);
    m_language = new QComboBox(group);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(i18n::nativeName(u"en"_s), u"en"_s);
    const QStringList languages = i18n::availableLanguages();
    for (const QString &code : languages)
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(i18n::languageSetting())));
    auto *languageNote = new QLabel(tr("A new language applies the next time tgic starts."), group);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);

    const DesktopSettings current = DesktopSettings::load();
    m_tray = new QCheckBox(tr("Show the unread count in the system &tray"), group);
    m_tray->setObjectName(u"trayIcon"_s);
    m_tray->setChecked(current.trayIcon);
    m_notifications = new QCheckBox(tr("&Notify me of new customer messages"), group);
    m_notifications->setObjectName(u"notifications"_s);
    m_notifications->setChecked(current.notifications);

    auto *form = new QFormLayout(group);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(QString(), m_tray);
    form->addRow(QString(), m_notifications);
    return group;
}

void SettingsDialog::saveDesktopSettings()
{
    i18n::setLanguageSetting(m_language->currentData().toString());
    DesktopSettings settings;
    settings.trayIcon = m_tray->isChecked();
    settings.notifications = m_notifications->isChecked();
    settings.save();
}

QGroupBox *SettingsDialog::createPhoneRequestGroup()
{
    auto *group = new QGroupBox(tr("Asking for the phone number"), this);
    group->setObjectName(u"phoneRequestGroup"_s);
    m_phoneRequestText = new QPlainTextEdit(group);
    m_phoneRequestText->setObjectName(u"phoneRequestText"_s);
    m_phoneRequestText->setTabChangesFocus(true);
    m_phoneRequestText->setPlainText(models::PhoneRequester::customMessage());
    // The default in English as the example; customers get it in their own language.
    m_phoneRequestText->setPlaceholderText(models::PhoneRequester::defaultMessage());
    m_phoneRequestText->setMaximumHeight(fontMetrics().height() * 5);
    m_phoneRequestText->setAccessibleName(tr("Message asking for the phone number"));
    auto *note = new QLabel(tr("Leave empty to send the built-in text in the customer's Telegram language "
                               "(English, German, Spanish or Russian). tgic-cli ask-phone uses it too."),
        group);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_phoneRequestText);
    layout->addWidget(note);
    return group;
}

void SettingsDialog::savePhoneRequestText()
{
    // Telegram takes up to 4096 characters in one message.
    models::PhoneRequester::setCustomMessage(m_phoneRequestText->toPlainText().left(4096));
}

void SettingsDialog::setRetention(models::RetentionSettings *retention, const QString &actor)
{
    if (m_retention || !retention)
        return;
    m_retention = retention;
    m_retentionActor = actor;
    auto *group = new QGroupBox(tr("Data retention"), this);
    group->setObjectName(u"retentionGroup"_s);
    auto *form = new QFormLayout(group);
    m_retentionDays = new QSpinBox(group);
    m_retentionDays->setObjectName(u"retentionDays"_s);
    m_retentionDays->setRange(0, models::RetentionSettings::maxDays());
    m_retentionDays->setSpecialValueText(tr("Keep everything"));
    m_retentionDays->setSuffix(tr(" days"));
    m_retentionDays->setValue(retention->days());
    m_retentionDays->setToolTip(tr("Message texts and media older than this are removed from the local cache "
                                   "or the team database, for the whole team. Who is who stays."));
    form->addRow(tr("Keep message contents for"), m_retentionDays);
    m_retentionPreview = new QLabel(group);
    m_retentionPreview->setObjectName(u"retentionPreview"_s);
    m_retentionPreview->setWordWrap(true);
    m_retentionPreview->setTextFormat(Qt::PlainText);
    form->addRow(m_retentionPreview);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(m_retentionGroupSlot, group);
    connect(m_retentionDays, &QSpinBox::valueChanged, this, &SettingsDialog::updateRetentionPreview);
    connect(this, &QDialog::accepted, this, &SettingsDialog::saveRetention);
    updateRetentionPreview();
}

void SettingsDialog::updateRetentionPreview()
{
    if (m_retention)
        m_retentionPreview->setText(m_retention->describe(m_retentionDays->value()).join(u'\n'));
}

void SettingsDialog::saveRetention()
{
    if (m_retention && m_retentionDays->value() != m_retention->days()
        && !m_retention->setDays(m_retentionDays->value(), m_retentionActor))
        QMessageBox::warning(
            parentWidget(), tr("Data retention"), tr("The database refused the new retention period."));
}

void SettingsDialog::saveReadMarks()
{
    if (m_business && m_readMarks->isChecked() != m_business->readMarks()
        && !m_business->setReadMarks(m_readMarks->isChecked(), m_businessActor))
        QMessageBox::warning(
            parentWidget(), tr("Business accounts"), tr("The database refused the read-mark option."));
}

void SettingsDialog::setBusinessAccounts(const models::BusinessAccounts &accounts, const QString &actor)
{
    if (m_businessAccounts)
        return;
    m_business.emplace(accounts);
    m_businessActor = actor;
    auto *group = new QGroupBox(tr("Business accounts"), this);
    group->setObjectName(u"businessGroup"_s);
    auto *box = new QVBoxLayout(group);
    m_businessAccounts = new QLabel(group);
    m_businessAccounts->setObjectName(u"businessAccounts"_s);
    m_businessAccounts->setWordWrap(true);
    m_businessAccounts->setTextFormat(Qt::PlainText);
    QStringList lines;
    for (const models::BusinessAccounts::Account &a : accounts.accounts()) {
        const QString who = a.username.isEmpty() ? a.owner : tr("%1 (@%2)").arg(a.owner, a.username);
        QString state = !a.enabled ? tr("switched off by the account")
            : a.canReply ? tr("the bot may answer its customers within 24 hours of their last message")
                         : tr("the bot may read but not answer");
        if (a.enabled && !a.canReadMessages)
            state = tr("%1; it may not mark messages as read").arg(state);
        lines << tr("%1, connected since %2: %3")
                     .arg(who, QLocale().toString(a.since.date(), QLocale::ShortFormat), state);
    }
    if (lines.isEmpty())
        lines << tr("No Telegram Business account is connected to the bot. Its owner connects it in "
                    "Telegram (Settings → Telegram Business → Chatbots) once Business Mode is on for the "
                    "bot in @BotFather.");
    m_businessAccounts->setText(lines.join(u'\n'));
    box->addWidget(m_businessAccounts);
    m_readMarks = new QCheckBox(tr("Mark customers' messages as read once answered"), group);
    m_readMarks->setObjectName(u"businessReadMarks"_s);
    m_readMarks->setToolTip(tr("For the whole team: once an agent's reply reaches a customer who wrote to a "
                               "business account, their message shows as read to them in Telegram. Only "
                               "for accounts that allow the bot to mark messages as read."));
    m_readMarks->setChecked(accounts.readMarks());
    box->addWidget(m_readMarks);
    connect(this, &QDialog::accepted, this, &SettingsDialog::saveReadMarks);
    if (auto *dialogLayout = qobject_cast<QVBoxLayout *>(layout()))
        dialogLayout->insertWidget(m_retentionGroupSlot, group);
}

} // namespace tgic::ui
