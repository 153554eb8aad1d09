// SPDX-License-Identifier: MIT
// "Ask for phone number" in the contact panel, against the in-process emulators: the button
// queues the request and the customer receives the keyboard in their language (or the text set
// in Settings); in a group chat the button is off and says why.

#include "ChatListModel.h"
#include "ContactPanel.h"
#include "DesktopHarness.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "telegram/PhoneRequestText.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace tgic;

class TestPhoneRequestPanel : public QObject
{
    Q_OBJECT

private:
    //! The app as GuiApp composes it (test::DesktopHarness), 20 ms between a chat's sends.
    struct Running : test::DesktopHarness
    {
        Running()
            : DesktopHarness(
                [](sync::SyncConfig &c) { c.telegramPerChatInterval = std::chrono::milliseconds(20); })
        {
            start();
        }
        QPushButton *ask() const { return window->contactPanel()->askPhoneButton(); }
        bool selectOnceListed(qint64 chatId)
        {
            if (!QTest::qWaitFor([&] { return window->chatModel()->rowOfChat(chatId) >= 0; }, 15000))
                return false;
            window->selectChat(chatId);
            return true;
        }
        QString keyboardButton(qint64 chatId) const
        {
            return h.world.telegram()
                .replyKeyboard(chatId)
                .value(u"keyboard"_s)
                .toArray()
                .at(0)
                .toArray()
                .at(0)
                .toObject()
                .value(u"text"_s)
                .toString();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a throwaway place
        QSettings().remove(telegram::PhoneRequestText::settingsKey());
    }

    void theButtonSendsTheKeyboardInTheCustomersLanguage()
    {
        Running r;
        const sandbox::TelegramUser jana { 7034567890, u"Jana"_s, {}, {}, false, u"de-AT"_s, false };
        r.h.world.telegram().pushMessage(jana, u"Hallo"_s);
        QVERIFY(r.selectOnceListed(jana.id));
        QVERIFY(r.ask() && r.ask()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(r.ask()->isEnabled(), 10000);

        QTest::mouseClick(r.ask(), Qt::LeftButton);
        const auto german = telegram::PhoneRequestText::forLanguage(u"de"_s);
        QTRY_COMPARE_WITH_TIMEOUT(r.keyboardButton(jana.id), german.button, 10000);
        QCOMPARE(
            r.h.world.telegram().sentMessages(jana.id).last().value(u"text"_s).toString(), german.message);
        // The agent is told, and sees that the request is out.
        auto *result = r.window->contactPanel()->findChild<QLabel *>(u"actionResult"_s);
        QVERIFY(result->text().contains(german.message));
        auto *status = r.window->contactPanel()->findChild<QLabel *>(u"phoneRequestStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->text().contains(u"waiting"_s), 10000);
        QCOMPARE(r.h.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'phone_requested'"_s).toInt(), 1);

        // The customer answers: the status goes, the verified phone reaches the contact.
        QVERIFY(r.h.world.telegram().pressContactButton(jana, u"436641234567"_s) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!status->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            r.h.world.intercom().contact(r.h.contactOf(jana.id)).value(u"phone"_s).toString(),
            u"+436641234567"_s, 15000);
    }

    void theTextFromSettingsIsSent()
    {
        {
            ui::SettingsDialog dialog;
            auto *box = dialog.phoneRequestTextBox();
            QVERIFY(box && box->toPlainText().isEmpty());
            QVERIFY(!box->placeholderText().isEmpty());
            box->setPlainText(u"  Please share your number, it helps us find your order.  "_s);
            dialog.accept();
        }
        QCOMPARE(telegram::PhoneRequestText::customMessageSetting(),
            u"Please share your number, it helps us find your order."_s);
        Running r;
        const sandbox::TelegramUser ivan { 7045678901, u"Ivan"_s, {}, {}, false, u"ru"_s, false };
        r.h.world.telegram().pushMessage(ivan, u"Привет"_s);
        QVERIFY(r.selectOnceListed(ivan.id));
        QTRY_VERIFY_WITH_TIMEOUT(r.ask()->isEnabled(), 10000);
        QTest::mouseClick(r.ask(), Qt::LeftButton);
        // The agent's wording, the button still in the customer's language.
        QTRY_COMPARE_WITH_TIMEOUT(
            r.keyboardButton(ivan.id), telegram::PhoneRequestText::forLanguage(u"ru"_s).button, 10000);
        QCOMPARE(r.h.world.telegram().sentMessages(ivan.id).last().value(u"text"_s).toString(),
            u"Please share your number, it helps us find your order."_s);
        // Emptied again: back to the built-in text.
        ui::SettingsDialog dialog;
        QCOMPARE(dialog.phoneRequestTextBox()->toPlainText(),
            u"Please share your number, it helps us find your order."_s);
        dialog.phoneRequestTextBox()->clear();
        dialog.accept();
        QVERIFY(telegram::PhoneRequestText::customMessageSetting().isEmpty());
    }

    void inAGroupChatTheButtonIsOffAndSaysWhy()
    {
        Running r;
        const sandbox::TelegramUser sam = sandbox::persona::renamer();
        const QJsonObject group { { u"id"_s, -100555 }, { u"type"_s, u"supergroup"_s },
            { u"title"_s, u"Buyers"_s } };
        r.h.world.telegram().pushGroupMessage(group, sam, u"Anyone from support?"_s);
        QVERIFY(r.selectOnceListed(-100555));
        QVERIFY(r.ask());
        QTRY_VERIFY_WITH_TIMEOUT(r.ask()->isVisible(), 5000);
        QVERIFY(!r.ask()->isEnabled());
        QVERIFY2(r.ask()->toolTip().contains(u"private chat"_s), qPrintable(r.ask()->toolTip()));
        QVERIFY(!r.h.scalar(u"SELECT 1 FROM outbox WHERE kind = 'phone_request'"_s).isValid());
    }
};

QTEST_MAIN(TestPhoneRequestPanel)
#include "tst_phonerequestpanel.moc"
