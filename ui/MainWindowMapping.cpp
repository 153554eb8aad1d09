// SPDX-License-Identifier: MIT
// The main window's tools for repairing who-is-who: the contact panel's actions, the guided
// merge, the integrity check and the audit log. Kept apart from MainWindow.cpp, which lays out
// the window.
#include "MainWindow.h"

#include "AuditLogView.h"
#include "CheckDialog.h"
#include "ContactDetails.h"
#include "ContactPanel.h"
#include "ContactPicker.h"
#include "EraseCustomerDialog.h"
#include "MappingTools.h"
#include "MergeDialog.h"
#include "ModelReader.h"
#include "PhoneRequester.h"
#include "RelinkDialog.h"
#include "SuggestionsDialog.h"
#include "SuggestionsModel.h"
#include "SyncStatus.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace tgic::ui {

void MainWindow::createMappingActions()
{
    auto *menu = new QMenu(tr("&Contacts"), this);
    m_checkAction = menu->addAction(tr("&Check Mappings…"));
    m_checkAction->setObjectName(u"checkMappings"_s);
    m_checkAction->setToolTip(tr("Verify every Telegram user's contact against Intercom"));
    m_mergeAction = menu->addAction(tr("&Merge Contacts…"));
    m_mergeAction->setObjectName(u"mergeContacts"_s);
    m_mergeAction->setToolTip(tr("Merge a lead into the customer's existing Intercom user"));
    m_suggestions = new models::SuggestionsModel(*m_reader, this);
    m_suggestionsAction = menu->addAction(QString());
    m_suggestionsAction->setObjectName(u"suggestedMerges"_s);
    m_suggestionsAction->setToolTip(tr("Merges the evidence suggests: a customer's verified phone or typed "
                                       "e-mail matches an Intercom user"));
    menu->addSeparator();
    m_auditAction = menu->addAction(tr("&Audit Log"));
    m_auditAction->setObjectName(u"auditLog"_s);
    m_auditAction->setToolTip(tr("Every change to a mapping: who, when, what, before and after"));
    // Before Help, which stays last by convention.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);

    auto *bar = new QToolBar(tr("Contacts"), this);
    bar->setObjectName(u"mappingToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    bar->addAction(m_checkAction);
    bar->addAction(m_mergeAction);
    bar->addAction(m_suggestionsAction);
    bar->addAction(m_auditAction);
    addToolBar(Qt::TopToolBarArea, bar);

    connect(m_checkAction, &QAction::triggered, this, &MainWindow::openCheckDialog);
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::openMergeDialog);
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::openAuditLog);
    connect(m_suggestionsAction, &QAction::triggered, this, &MainWindow::openSuggestions);
    connect(
        m_suggestions, &models::SuggestionsModel::countChanged, this, &MainWindow::updateSuggestionsBadge);
    updateSuggestionsBadge();
    connect(m_contactPanel, &ContactPanel::actionRequested, this, &MainWindow::runCustomerAction);
    // Asking for the phone number only writes to the database: it works without a running sync
    // and from any workstation of a team (the one that drains the outbox sends it).
    auto *phoneRequester = new models::PhoneRequester(*m_reader, this);
    m_contactPanel->setPhoneRequester(phoneRequester);
    connect(m_contactPanel, &ContactPanel::askPhoneRequested, this, [this, phoneRequester] {
        phoneRequester->ask(
            auditActor(), [this](bool ok, const QString &message) { reportMappingResult(message, ok); });
    });
    connect(m_contact, &models::ContactDetails::changed, this, [this] {
        if (m_auditView)
            m_auditView->setCurrentTelegramUser(m_contact->snapshot().telegramUserId);
    });
    updateMappingActionsAvailable();
}

void MainWindow::updateMappingActionsAvailable()
{
    // No repairs while the team database is away: they could not be recorded or serialized.
    const bool reachable = m_status->databaseReachable();
    const bool available = m_tools != nullptr && reachable;
    m_checkAction->setEnabled(available);
    m_mergeAction->setEnabled(available);
    const QString reason = reachable ? tr("Available once tokens for Intercom are set (Settings)")
                                     : tr("Unavailable while the team database is unreachable");
    m_contactPanel->setActionsAvailable(available, reason);
    if (m_suggestionsView)
        m_suggestionsView->setActionsAvailable(available, reason);
}

void MainWindow::updateSuggestionsBadge()
{
    const int count = m_suggestions->count();
    // The count is the badge: seen on the toolbar without opening anything.
    m_suggestionsAction->setText(
        count > 0 ? tr("Suggested Merges (%n)", nullptr, count) : tr("Suggested Merges"));
    QFont font = m_suggestionsAction->font();
    font.setBold(count > 0);
    m_suggestionsAction->setFont(font);
}

SuggestionsDialog *MainWindow::suggestionsDialog() const
{
    return m_suggestionsView;
}

void MainWindow::openSuggestions()
{
    if (!m_suggestionsView) {
        m_suggestionsView = new SuggestionsDialog(m_suggestions, this);
        m_suggestionsView->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            m_suggestionsView, &SuggestionsDialog::reviewRequested, this, &MainWindow::openMergeDialogFor);
        connect(m_suggestionsView, &SuggestionsDialog::dismissRequested, this, [this](qint64 id) {
            const QString actor = auditActor();
            const QString refusal = m_suggestions->dismiss(id, actor);
            if (m_suggestionsView)
                m_suggestionsView->showResult(
                    refusal.isEmpty() ? tr("Dismissed: it will not be suggested again.") : refusal,
                    refusal.isEmpty());
        });
        updateMappingActionsAvailable();
    }
    m_suggestionsView->show();
    m_suggestionsView->raise();
}

QString MainWindow::auditActor() const
{
    return m_tools ? m_tools->actor() : models::MappingTools::defaultActor();
}

void MainWindow::setMappingTools(models::MappingTools *tools)
{
    if (m_tools)
        disconnect(m_tools, nullptr, this, nullptr);
    m_tools = tools;
    // Whoever owns the tools may end them first (a new engine): the repairs go with them.
    if (tools)
        connect(tools, &QObject::destroyed, this, &MainWindow::updateMappingActionsAvailable);
    updateMappingActionsAvailable();
}

void MainWindow::reportMappingResult(const QString &message, bool ok)
{
    m_contactPanel->showActionResult(message, ok);
}

void MainWindow::runCustomerAction(CustomerAction action)
{
    using Repair = void (models::MappingTools::*)(qint64, models::MappingTools::Done);
    Repair repair = nullptr;
    switch (action) {
    case CustomerAction::Relink:
        openRelinkDialog();
        return;
    case CustomerAction::Merge:
        openMergeDialog();
        return;
    case CustomerAction::Erase:
        openEraseDialog();
        return;
    case CustomerAction::Unlink:
        repair = &models::MappingTools::unlink;
        break;
    case CustomerAction::Reresolve:
        repair = &models::MappingTools::reresolve;
        break;
    case CustomerAction::RewriteAnchor:
        repair = &models::MappingTools::rewriteAnchor;
        break;
    }
    const models::ContactSnapshot &s = m_contact->snapshot();
    if (!repair || !m_tools || s.telegramUserId == 0)
        return;
    const qint64 user = s.telegramUserId;
    auto go = [this, repair, user] {
        if (!m_tools)
            return;
        (m_tools->*repair)(user, [self = QPointer<MainWindow>(this)](const models::RepairResult &result) {
            if (self)
                self->reportMappingResult(result.message, result.ok);
        });
    };
    if (action == CustomerAction::RewriteAnchor) {
        go();
        return;
    }
    // Unlink and re-resolve drop the current link: ask first (window-modal, not blocking).
    const bool unlink = action == CustomerAction::Unlink;
    const QString who = s.displayName.isEmpty() ? QString::number(user) : s.displayName;
    auto *box = new QMessageBox(QMessageBox::Question,
        unlink ? tr("Unlink %1").arg(who) : tr("Re-resolve %1").arg(who),
        unlink ? tr(
            "Detach Telegram user %1 from Intercom contact %2? Their messages wait in the outbox until you "
            "relink them; the Telegram ID is removed from the contact.")
                     .arg(QString::number(user), s.contactId)
               : tr("Forget the link of Telegram user %1 and find or create the contact again "
                    "by the Telegram ID?")
                     .arg(QString::number(user)),
        QMessageBox::Cancel, this);
    box->setObjectName(u"mappingActionConfirm"_s);
    QPushButton *ok = box->addButton(unlink ? tr("&Unlink") : tr("&Re-resolve"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [ok, go](QAbstractButton *clicked) {
        if (clicked == ok)
            go();
    });
    box->open();
}

void MainWindow::openRelinkDialog()
{
    const models::ContactSnapshot &s = m_contact->snapshot();
    if (!m_tools || s.telegramUserId == 0)
        return;
    auto *dialog = new RelinkDialog(m_tools, s.telegramUserId, s.displayName, s.contactId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RelinkDialog::relinked, this,
        [this](const QString &message) { reportMappingResult(message, true); });
    dialog->open();
}

void MainWindow::openMergeDialog()
{
    if (!m_tools)
        return;
    const models::ContactSnapshot &s = m_contact->snapshot();
    auto *dialog = new MergeDialog(m_tools, s.telegramUserId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The selected customer's contact goes on its side: a lead is merged away, a user survives.
    if (!s.contactId.isEmpty())
        (s.role == u"user"_s ? dialog->intoPicker() : dialog->fromPicker())->search(s.contactId, true);
    connect(dialog, &MergeDialog::merged, this,
        [this](const QString &message) { reportMappingResult(message, true); });
    connect(dialog, &MergeDialog::relinked, this,
        [this](const QString &message) { reportMappingResult(message, true); });
    dialog->open();
}

void MainWindow::openMergeDialogFor(const QString &leadId, const QString &userId, qint64 telegramUserId)
{
    if (!m_tools)
        return;
    auto *dialog = new MergeDialog(m_tools, telegramUserId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->fromPicker()->search(leadId, true);
    dialog->intoPicker()->search(userId, true);
    connect(dialog, &MergeDialog::merged, this, [this](const QString &message) {
        reportMappingResult(message, true);
        if (m_suggestionsView)
            m_suggestionsView->showResult(message, true);
    });
    connect(dialog, &MergeDialog::relinked, this,
        [this](const QString &message) { reportMappingResult(message, true); });
    dialog->open();
}

void MainWindow::openEraseDialog()
{
    const models::ContactSnapshot &s = m_contact->snapshot();
    if (!m_tools || s.telegramUserId == 0)
        return;
    auto *dialog = new EraseCustomerDialog(m_tools, s.telegramUserId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EraseCustomerDialog::erased, this,
        [this](const QString &message) { reportMappingResult(message, true); });
    dialog->open();
}

void MainWindow::openCheckDialog()
{
    if (!m_tools)
        return;
    if (auto *running = findChild<CheckDialog *>(); running && running->isVisible()) {
        running->raise();
        return;
    }
    auto *dialog = new CheckDialog(m_tools, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->run(false);
}

void MainWindow::openAuditLog()
{
    if (!m_auditView) {
        m_auditView = new AuditLogView(*m_reader, this);
        m_auditView->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditView->setCurrentTelegramUser(m_contact->snapshot().telegramUserId);
    m_auditView->show();
    m_auditView->raise();
}

} // namespace tgic::ui
