// SPDX-License-Identifier: MIT
// Repairing who-is-who from the app, against the in-process emulators: the guided merge (preview,
// a refused pair explained, the confirmation, the survivor in the panel), relink through the
// search dialog, the integrity check finding a merge done in Intercom behind the app's back, and
// the audit log listing it all live.

#include "AuditLogModel.h"
#include "AuditLogView.h"
#include "ChatListModel.h"
#include "ChatListPane.h"
#include "CheckDialog.h"
#include "ContactDetails.h"
#include "ContactPanel.h"
#include "ContactPicker.h"
#include "ContactSearchModel.h"
#include "DesktopHarness.h"
#include "IntegrityFindingsModel.h"
#include "Look.h"
#include "MainWindow.h"
#include "MergeDialog.h"
#include "MergePreviewModel.h"
#include "RelinkDialog.h"
#include "SuggestionsDialog.h"
#include "SuggestionsModel.h"
#include "identity/MappingActions.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace tgic;
using models::ChatListModel;

class TestMappingDialogs : public QObject
{
    Q_OBJECT

private:
    //! The app as GuiApp composes it (test::DesktopHarness), in sandbox dress.
    struct Running : test::DesktopHarness
    {
        Running()
        {
            window->setSandbox(true);
            start();
        }
        QString field(const QString &name) const { return window->contactPanel()->field(name)->text(); }
        QPushButton *action(ui::CustomerAction repair) const
        {
            return window->contactPanel()->actionButton(repair);
        }

        //! The customer writes, the sync links them, the agent opens the chat.
        QString customerLinkedAndSelected(const sandbox::TelegramUser &user)
        {
            h.world.telegram().pushMessage(user, u"Hello from Telegram"_s);
            if (!QTest::qWaitFor([&] { return !h.contactOf(user.id).isEmpty(); }, 15000))
                return {};
            if (!QTest::qWaitFor([&] { return window->chatModel()->rowOfChat(user.id) >= 0; }, 5000))
                return {};
            window->selectChat(user.id);
            return h.contactOf(user.id);
        }

        template <typename Dialog> Dialog *dialog() const
        {
            Dialog *found = nullptr;
            if (!QTest::qWaitFor([&] { return (found = window->findChild<Dialog *>()) != nullptr; }, 5000))
                return nullptr;
            return found;
        }
    };

    //! TGIC_SCREENSHOT_DIR=dir saves what the agent sees at each step (for the docs).
    static void snap(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TGIC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + u".png"_s);
    }

    static int rowOf(const QAbstractItemModel *model, int role, const QVariant &value)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(role) == value)
                return row;
        return -1;
    }

    //! Type into a contact picker as an agent would, wait for the debounced search, pick `contactId`.
    static bool pick(ui::ContactPicker *picker, const QString &text, const QString &contactId)
    {
        picker->searchField()->clear();
        QTest::keyClicks(picker->searchField(), text);
        const bool found = QTest::qWaitFor(
            [&] { return rowOf(picker->model(), models::ContactSearchModel::ContactIdRole, contactId) >= 0; },
            5000);
        if (!found)
            return false;
        picker->listView()->setCurrentIndex(picker->model()->index(
            rowOf(picker->model(), models::ContactSearchModel::ContactIdRole, contactId), 0));
        return picker->contactId() == contactId;
    }

private Q_SLOTS:
    // Each state its own word and colour, in light and dark palettes; screen readers get words.
    void everyMappingStateHasADistinctBadge()
    {
        using models::MappingState;
        const QList<models::OptionalMappingState> states { MappingState::Linked, MappingState::Pending,
            MappingState::Conflict, MappingState::Stale, MappingState::Detached, MappingState::Blocked,
            MappingState::Deactivated, std::nullopt };
        QPalette light(QColor(0xf6, 0xf6, 0xf6));
        light.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
        QPalette dark(QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        for (const QPalette &palette : { light, dark }) {
            QSet<QString> labels, descriptions, colours, spoken;
            for (const models::OptionalMappingState &state : states) {
                labels << ui::look::mappingStateLabel(state);
                descriptions << ui::look::mappingStateDescription(state);
                colours << ui::look::mappingStateColor(state, palette).name();
                spoken << models::ChatListModel::mappingStateText(state);
            }
            QCOMPARE(labels.size(), states.size());
            QCOMPARE(descriptions.size(), states.size());
            QCOMPARE(colours.size(), states.size());
            QCOMPARE(spoken.size(), states.size());
        }
    }

    void mergeDialogWalkthrough()
    {
        Running r;
        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        const QString lead = r.customerLinkedAndSelected(alex);
        QVERIFY(!lead.isEmpty());
        QTRY_COMPARE(r.field(u"contactId"_s), lead);
        // The customer's existing user already carries another Telegram ID; another lead is around.
        const QString user = r.h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s,
            QJsonObject { { u"telegram_user_id"_s, u"999000111"_s }, { u"plan"_s, u"pro"_s } });
        const QString otherLead = r.h.world.intercom().createLead(u"Alexandra Lead"_s);

        QTRY_VERIFY(r.action(ui::CustomerAction::Merge)->isEnabled());
        QTest::mouseClick(r.action(ui::CustomerAction::Merge), Qt::LeftButton);
        QPointer<ui::MergeDialog> dialog = r.dialog<ui::MergeDialog>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog.data()));
        // The selected customer's lead is already on the "merged away" side.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->fromPicker()->contactId(), lead, 5000);

        // Lead into lead: refused, with the reason and the way out.
        QVERIFY(pick(dialog->intoPicker(), u"Alexandra"_s, otherLead));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPreview(), 5000);
        QVERIFY2(dialog->statusLabel()->text().contains(u"two leads"_s),
            qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->statusLabel()->text().contains(u"Instead"_s));
        QVERIFY(dialog->relinkInsteadButton()->isVisible());
        QVERIFY(!dialog->mergeButton()->isEnabled());
        snap(dialog, u"merge-refused"_s);

        // Lead into the user: the preview side by side.
        QVERIFY(pick(dialog->intoPicker(), u"alex.morgan@example.com"_s, user));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPreview() && dialog->previewModel()->preview().allowed, 5000);
        QVERIFY(!dialog->relinkInsteadButton()->isVisible());
        const models::MergePreviewModel *preview = dialog->previewModel();
        QVERIFY(preview->rowCount() > 0);
        const int nameRow = rowOf(preview, Qt::DisplayRole, u"name"_s);
        QVERIFY(nameRow >= 0);
        QCOMPARE(
            preview->index(nameRow, 0).data(models::MergePreviewModel::OutcomeRole).toString(), u"lost"_s);
        QCOMPARE(preview->index(nameRow, models::MergePreviewModel::ResultColumn).data().toString(),
            u"Alex Morgan"_s);
        auto *conversations = dialog->findChild<QLabel *>(u"mergeConversations"_s);
        QVERIFY2(conversations->text().contains(u"1 conversation"_s), qPrintable(conversations->text()));
        auto *anchor = dialog->findChild<QLabel *>(u"mergeAnchor"_s);
        QVERIFY(anchor->text().contains(u"999000111, %1"_s.arg(alex.id)));
        QVERIFY(dialog->findChild<QLabel *>(u"mergeUndoWarning"_s)->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"mergeUndoWarning"_s)->text().contains(u"cannot be undone"_s));
        // Two different Telegram users on one contact: nothing happens without the confirmation.
        QVERIFY(dialog->confirmation()->isVisible());
        QVERIFY(!dialog->mergeButton()->isEnabled());
        QTest::mouseClick(
            dialog->confirmation(), Qt::LeftButton, {}, QPoint(4, dialog->confirmation()->height() / 2));
        QVERIFY(dialog->confirmation()->isChecked());
        QVERIFY(dialog->mergeButton()->isEnabled());
        QCOMPARE(r.h.world.intercom().requestCount(u"POST /contacts/merge"_s), 0);
        snap(dialog, u"merge-preview"_s);

        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // closed on success
        QCOMPARE(r.h.world.intercom().requestCount(u"POST /contacts/merge"_s), 1);
        // The survivor is what the panel shows now.
        QTRY_COMPARE_WITH_TIMEOUT(r.field(u"contactId"_s), user, 5000);
        QCOMPARE(r.field(u"role"_s), u"user"_s);
        QCOMPARE(r.field(u"email"_s), u"alex.morgan@example.com"_s);
        QVERIFY(r.window->contactPanel()->findChild<QLabel *>(u"actionResult"_s)->isVisible());
        QCOMPARE(r.h.contactOf(alex.id), user);
        snap(r.window.get(), u"merged-window"_s);
    }

    // From the badge to the merge preview: the evidence shown, nothing merged until the agent
    // merges; a dismissal takes the suggestion (and the badge's count) away.
    void suggestionWalkthroughFromTheBadgeToTheMergePreview()
    {
        Running r;
        const QString user = r.h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        QCOMPARE(r.window->suggestionsAction()->text(), u"Suggested Merges"_s);
        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        r.h.world.telegram().pushMessage(alex, u"Hi, I bought it as Alex.Morgan@example.com last week"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!r.h.contactOf(alex.id).isEmpty(), 15000);
        const QString lead = r.h.contactOf(alex.id);
        // The badge: the count on the toolbar, without opening anything.
        QTRY_COMPARE_WITH_TIMEOUT(r.window->suggestionsAction()->text(), u"Suggested Merges (1)"_s, 15000);
        QVERIFY(r.window->suggestionsAction()->font().bold());

        auto *bar = r.window->findChild<QToolBar *>(u"mappingToolBar"_s);
        QVERIFY(bar);
        auto *badge = qobject_cast<QToolButton *>(bar->widgetForAction(r.window->suggestionsAction()));
        QVERIFY(badge && badge->isVisible());
        QTest::mouseClick(badge, Qt::LeftButton);
        QPointer<ui::SuggestionsDialog> list = r.dialog<ui::SuggestionsDialog>();
        QVERIFY(list);
        QVERIFY(QTest::qWaitForWindowExposed(list.data()));
        QCOMPARE(list->treeView()->model()->rowCount(), 1);
        const QString detail = list->detailLabel()->text();
        QVERIFY2(detail.contains(u"Alex.Morgan@example.com"_s), qPrintable(detail));
        QVERIFY(detail.contains(u"bought it as"_s));
        QVERIFY(detail.contains(lead));
        QVERIFY(detail.contains(u"Alex Morgan"_s));
        QTRY_VERIFY(list->reviewButton()->isEnabled());
        snap(list, u"suggested-merges"_s);

        // Review goes straight into the ordinary merge preview for the pair.
        QTest::mouseClick(list->reviewButton(), Qt::LeftButton);
        QPointer<ui::MergeDialog> merge = r.dialog<ui::MergeDialog>();
        QVERIFY(merge);
        QTRY_COMPARE_WITH_TIMEOUT(merge->fromPicker()->contactId(), lead, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(merge->intoPicker()->contactId(), user, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(merge->hasPreview() && merge->previewModel()->preview().allowed, 5000);
        QVERIFY(merge->mergeButton()->isEnabled());
        QCOMPARE(r.h.world.intercom().requestCount(u"POST /contacts/merge"_s), 0);
        merge->reject();
        QTRY_VERIFY(!merge);

        // Not this one: dismissed, remembered, the badge goes back to no count.
        QTest::mouseClick(list->dismissButton(), Qt::LeftButton);
        QTRY_COMPARE(r.window->suggestionsAction()->text(), u"Suggested Merges"_s);
        QCOMPARE(list->treeView()->model()->rowCount(), 0);
        QVERIFY(list->findChild<QLabel *>(u"suggestionsEmpty"_s)->isVisible());
        QVERIFY(!list->dismissButton()->isEnabled());
        QCOMPARE(r.h.scalar(u"SELECT state FROM merge_suggestions"_s).toString(), u"dismissed"_s);
        QCOMPARE(r.h.world.intercom().requestCount(u"POST /contacts/merge"_s), 0);
        QCOMPARE(r.h.contactOf(alex.id), lead);
    }

    void relinkThroughTheSearchDialog()
    {
        Running r;
        const sandbox::TelegramUser sam = sandbox::persona::renamer();
        const QString lead = r.customerLinkedAndSelected(sam);
        QVERIFY(!lead.isEmpty());
        const QString user = r.h.world.intercom().createUser(u"sam.carter@example.com"_s, u"Sam Carter"_s);
        QTRY_VERIFY(r.action(ui::CustomerAction::Relink)->isEnabled());
        QTest::mouseClick(r.action(ui::CustomerAction::Relink), Qt::LeftButton);
        QPointer<ui::RelinkDialog> dialog = r.dialog<ui::RelinkDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->relinkButton()->isEnabled());
        // Typing searches Intercom once the agent pauses, not on every key.
        const int searchesBefore = r.h.world.intercom().requestCount(u"POST /contacts/search"_s);
        QVERIFY(pick(dialog->picker(), u"Sam Carter"_s, user));
        QCOMPARE(r.h.world.intercom().requestCount(u"POST /contacts/search"_s) - searchesBefore, 1);
        // Role, name, email for each hit.
        const QModelIndex hit = dialog->picker()->listView()->currentIndex();
        QCOMPARE(hit.data(models::ContactSearchModel::RoleRole).toString(), u"user"_s);
        QCOMPARE(hit.data(models::ContactSearchModel::EmailRole).toString(), u"sam.carter@example.com"_s);
        QVERIFY(dialog->relinkButton()->isEnabled());
        snap(dialog, u"relink"_s);
        QTest::mouseClick(dialog->relinkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(r.field(u"contactId"_s), user, 5000);
        QCOMPARE(r.h.contactOf(sam.id), user);
        // Waiting messages go out to the new contact.
        r.h.world.telegram().pushMessage(sam, u"after the relink"_s);
        QTRY_VERIFY_WITH_TIMEOUT(r.h.bodiesBy(user).contains(u"after the relink"_s), 15000);
    }

    void checkFindsAMergeDoneBehindTheAppsBack()
    {
        Running r;
        const sandbox::TelegramUser alex = sandbox::persona::anonymous();
        const QString lead = r.customerLinkedAndSelected(alex);
        QVERIFY(!lead.isEmpty());
        const QString user = r.h.world.intercom().createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
        QVERIFY(r.h.world.intercom().mergeInUi(lead, user));

        QVERIFY(r.window->checkMappingsAction()->isEnabled());
        r.window->checkMappingsAction()->trigger();
        QPointer<ui::CheckDialog> dialog = r.dialog<ui::CheckDialog>();
        QVERIFY(dialog);
        QSignalSpy finished(dialog.data(), &ui::CheckDialog::finished);
        QVERIFY(finished.wait(10000));
        const models::IntegrityFindingsModel *findings = dialog->findings();
        const int row = rowOf(findings, models::IntegrityFindingsModel::KindRole, u"merged"_s);
        QVERIFY(row >= 0);
        QVERIFY(findings->index(row, 0).data(models::IntegrityFindingsModel::FixedRole).toBool());
        QCOMPARE(
            findings->index(row, 0).data(models::IntegrityFindingsModel::TelegramUserIdRole).toLongLong(),
            alex.id);
        QVERIFY(!findings->index(row, models::IntegrityFindingsModel::FixColumn).data().toString().isEmpty());
        QVERIFY(dialog->summaryLabel()->text().contains(u"0 still open"_s));
        QVERIFY(dialog->progressBar()->value() >= 1);
        snap(dialog, u"check"_s);
        // Followed to the survivor: the panel shows it.
        QTRY_COMPARE_WITH_TIMEOUT(r.field(u"contactId"_s), user, 5000);
    }

    // Each repair button runs its own repair: re-write anchor at once, re-resolve only after its
    // own question (a repair that is not re-write anchor never ends up as one).
    void eachRepairButtonRunsItsOwnRepair()
    {
        Running r;
        const sandbox::TelegramUser mei = sandbox::persona::deviceSwitcher();
        QVERIFY(!r.customerLinkedAndSelected(mei).isEmpty());
        // The agent's own audit entries (the sync writes some of the same kinds under its name).
        const auto byAgent = [&r, &mei](const QString &action) {
            return r.h
                .scalar(
                    u"SELECT COUNT(*) FROM audit_log WHERE telegram_user_id = ? AND action = ? AND actor = ?"_s,
                    { mei.id, action, r.window->mappingTools()->actor() })
                .toInt();
        };

        QTRY_VERIFY(r.action(ui::CustomerAction::RewriteAnchor)->isEnabled());
        QTest::mouseClick(r.action(ui::CustomerAction::RewriteAnchor), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(byAgent(u"anchor"_s), 1, 10000);
        QVERIFY(!r.window->findChild<QMessageBox *>());
        QCOMPARE(byAgent(u"reresolve"_s), 0);

        QTest::mouseClick(r.action(ui::CustomerAction::Reresolve), Qt::LeftButton);
        auto *confirm = r.dialog<QMessageBox>();
        QVERIFY(confirm);
        QVERIFY(confirm->windowTitle().startsWith(u"Re-resolve"_s));
        QPushButton *ok = nullptr;
        for (QAbstractButton *b : confirm->buttons())
            if (confirm->buttonRole(b) == QMessageBox::AcceptRole)
                ok = qobject_cast<QPushButton *>(b);
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(byAgent(u"reresolve"_s), 1, 10000);
        QCOMPARE(byAgent(u"anchor"_s), 1);
    }

    void auditLogListsTheChangesLive()
    {
        Running r;
        const sandbox::TelegramUser mei = sandbox::persona::deviceSwitcher();
        const QString lead = r.customerLinkedAndSelected(mei);
        QVERIFY(!lead.isEmpty());
        r.window->auditLogAction()->trigger();
        QPointer<ui::AuditLogView> view = r.dialog<ui::AuditLogView>();
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view.data()));
        const int before = view->model()->rowCount();

        // The agent unlinks from the panel (and confirms).
        QTRY_VERIFY(r.action(ui::CustomerAction::Unlink)->isEnabled());
        QTest::mouseClick(r.action(ui::CustomerAction::Unlink), Qt::LeftButton);
        auto *confirm = r.dialog<QMessageBox>();
        QVERIFY(confirm);
        QPushButton *ok = nullptr;
        for (QAbstractButton *b : confirm->buttons())
            if (confirm->buttonRole(b) == QMessageBox::AcceptRole)
                ok = qobject_cast<QPushButton *>(b);
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            r.h.scalar(u"SELECT state FROM mappings WHERE telegram_user_id = ?"_s, { mei.id }).toString(),
            u"detached"_s, 10000);

        // The entry arrives at the top while the view is open: who, when, what, before, after.
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > before, 5000);
        const QModelIndex top = view->model()->index(0, 0);
        QCOMPARE(top.data(models::AuditLogModel::ActionRole).toString(), u"unlink"_s);
        QCOMPARE(top.data(models::AuditLogModel::TelegramUserIdRole).toLongLong(), mei.id);
        QCOMPARE(top.data(models::AuditLogModel::ActorRole).toString(), r.window->mappingTools()->actor());
        QVERIFY(!top.data(models::AuditLogModel::ActorRole).toString().isEmpty());
        QVERIFY(top.data(models::AuditLogModel::BeforeRole).toString().contains(lead));
        QVERIFY(top.data(models::AuditLogModel::AtRole).toDateTime().isValid());
        QCOMPARE(view->model()->index(0, models::AuditLogModel::WhatColumn).data().toString(), u"Unlinked"_s);
        QVERIFY(view->treeView()->isVisible());
        snap(view, u"audit"_s);
        // Only this customer's entries, on request.
        auto *only = view->findChild<QCheckBox *>(u"auditOnlyCurrent"_s);
        QVERIFY(only->isEnabled());
        only->setChecked(true);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(
                view->model()->index(row, 0).data(models::AuditLogModel::TelegramUserIdRole).toLongLong(),
                mei.id);
    }
};

QTEST_MAIN(TestMappingDialogs)
#include "tst_mappingdialogs.moc"
