// SPDX-License-Identifier: MIT
// Forgetting a customer from the app (issue 21), offscreen against the in-process emulators: the
// contact panel's "Erase This Customer…", the preview and the Intercom choice, the erasure, the
// customer gone from the chat list and the panel while the other stays; and Settings → Data
// retention showing what the next run removes and saving the team's policy.

#include "ChatListModel.h"
#include "ContactPanel.h"
#include "DesktopHarness.h"
#include "EraseCustomerDialog.h"
#include "MainWindow.h"
#include "RetentionSettings.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using namespace tgic;
using models::IntercomChoice;

class TestEraseDialog : public QObject
{
    Q_OBJECT

private:
    //! The app as GuiApp composes it (test::DesktopHarness).
    struct Running : test::DesktopHarness
    {
        Running() { start(); }

        QString customerLinked(const sandbox::TelegramUser &user, const QString &text)
        {
            h.world.telegram().pushMessage(user, text);
            if (!QTest::qWaitFor([&] { return !h.contactOf(user.id).isEmpty(); }, 15000))
                return {};
            if (!QTest::qWaitFor([&] { return window->chatModel()->rowOfChat(user.id) >= 0; }, 5000))
                return {};
            return h.contactOf(user.id);
        }
    };

    static sandbox::TelegramUser quintessa()
    {
        return { 6012345678, u"Quintessa"_s, u"Erasmusova"_s, u"quintessa_erz"_s, false, u"en"_s, false };
    }
    static sandbox::TelegramUser bob() { return { 6098765432, u"Bob"_s, {}, {}, false, {}, false }; }

    //! TGIC_SCREENSHOT_DIR=dir saves what the agent sees (for the docs).
    static void snap(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TGIC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + u".png"_s);
    }

private Q_SLOTS:
    void erasingFromTheContactPanel()
    {
        Running r;
        const QString contact = r.customerLinked(quintessa(), u"my parcel code is ZEBRAFINCH-7781"_s);
        QVERIFY(!contact.isEmpty());
        QVERIFY(!r.customerLinked(bob(), u"bystander"_s).isEmpty());
        r.window->selectChat(quintessa().id);
        QPushButton *erase = r.window->contactPanel()->actionButton(ui::CustomerAction::Erase);
        QVERIFY(erase);
        QVERIFY(QTest::qWaitFor([&] { return erase->isEnabled(); }, 5000));
        erase->click();

        auto *dialog = r.window->findChild<ui::EraseCustomerDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitFor([&] { return dialog->previewReady(); }, 10000));
        const QString preview = dialog->previewText()->toPlainText();
        QVERIFY2(preview.contains(
                     u"Erase Telegram user %1 (Quintessa Erasmusova (@quintessa_erz))"_s.arg(quintessa().id))
                && preview.contains(u"is deleted with 1 conversation"_s),
            qPrintable(preview));
        QVERIFY(!preview.contains(u"ZEBRAFINCH"_s));
        QVERIFY(dialog->choiceButton(IntercomChoice::Delete)->isChecked());
        QVERIFY(!dialog->forceBox()->isVisible()); // nothing on its way
        dialog->choiceButton(IntercomChoice::Archive)->click();
        QVERIFY2(dialog->previewText()->toPlainText().contains(u"is archived"_s),
            qPrintable(dialog->previewText()->toPlainText()));
        dialog->choiceButton(IntercomChoice::Delete)->click();
        snap(dialog, u"erase-dialog"_s);

        QVERIFY(dialog->eraseButton()->isEnabled());
        dialog->eraseButton()->click();
        QVERIFY(
            QTest::qWaitFor([&] { return dialog->resultLabel()->text().contains(u"was erased"_s); }, 15000));
        QVERIFY(!dialog->eraseButton()->isEnabled()); // done: nothing left to erase
        QVERIFY(r.h.world.intercom().isDeleted(contact));
        // Gone from the window; Bob stays.
        QVERIFY(QTest::qWaitFor([&] { return r.window->chatModel()->rowOfChat(quintessa().id) < 0; }, 5000));
        QVERIFY(r.window->chatModel()->rowOfChat(bob().id) >= 0);
        QVERIFY(r.window->contactPanel()->field(u"telegramId"_s)->text() != QString::number(quintessa().id));
        QCOMPARE(
            r.h.scalar(u"SELECT COUNT(*) FROM messages WHERE chat_id = ?"_s, { quintessa().id }).toInt(), 0);
    }

    void dataRetentionInTheSettings()
    {
        Running r;
        QVERIFY(!r.customerLinked(bob(), u"an old question"_s).isEmpty());
        QVERIFY(QTest::qWaitFor(
            [&] { return r.h.scalar(u"SELECT COUNT(*) FROM outbox WHERE state = 'pending'"_s).toInt() == 0; },
            10000));
        r.h.exec(u"UPDATE messages SET sent_at = ?"_s,
            { QDateTime::currentMSecsSinceEpoch() - qint64(40) * 86400000 });
        ui::SettingsDialog settings(r.window.get());
        models::RetentionSettings retention(*r.h.db);
        settings.setRetention(&retention, u"Agent Rita"_s);
        QSpinBox *days = settings.retentionDaysBox();
        QVERIFY(days);
        QCOMPARE(days->value(), 0);
        QVERIFY2(settings.retentionPreview()->text().contains(u"Everything is kept"_s),
            qPrintable(settings.retentionPreview()->text()));
        days->setValue(30);
        const QString preview = settings.retentionPreview()->text();
        QVERIFY2(preview.contains(u"The next run removes"_s) && preview.contains(u"1 message(s),"_s),
            qPrintable(preview));
        snap(&settings, u"data-retention"_s);
        QCOMPARE(retention.days(), 0); // saved only on accept
        settings.accept();
        QCOMPARE(retention.days(), 30);
        QCOMPARE(r.h.scalar(u"SELECT actor FROM audit_log WHERE action = 'retention policy'"_s).toString(),
            u"Agent Rita"_s);
    }
};

QTEST_MAIN(TestEraseDialog)
#include "tst_erasedialog.moc"
