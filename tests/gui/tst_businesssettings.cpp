// SPDX-License-Identifier: MIT
// Settings → Business accounts: what an agent learns there about the Telegram Business accounts
// connected to the bot, from what the sync stored.

#include "BusinessAccounts.h"
#include "SettingsDialog.h"
#include "TestDatabase.h"
#include "store/BusinessReadMarks.h"
#include "store/BusinessRepository.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tgic;

class TestBusinessSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheConnectedAccountsAndWhatTheBotMayDo()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY2(db.open(test::databaseLocation(dir, u"settings.sqlite3"_s)), qPrintable(db.error()));
        {
            ui::SettingsDialog none;
            none.setBusinessAccounts(models::BusinessAccounts(db), u"agent@example.com"_s);
            QVERIFY2(none.businessAccountsLabel()->text().contains(u"No Telegram Business account"_s),
                qPrintable(none.businessAccountsLabel()->text()));
        }
        store::BusinessRepository business(db);
        const auto connection = [](const QString &id, const QString &name, const QString &username,
                                    bool canReply, bool enabled) {
            QJsonObject user { { u"id"_s, qint64(5100000001) }, { u"is_bot"_s, false },
                { u"first_name"_s, name } };
            if (!username.isEmpty())
                user.insert(u"username"_s, username);
            QJsonObject rights;
            if (canReply)
                rights.insert(u"can_reply"_s, true);
            return QJsonObject { { u"id"_s, id }, { u"user"_s, user },
                { u"user_chat_id"_s, qint64(5100000001) }, { u"date"_s, 1760000000 }, { u"rights"_s, rights },
                { u"is_enabled"_s, enabled } };
        };
        QVERIFY(business.saveConnection(connection(u"a"_s, u"Olga's Shop"_s, u"olga_shop"_s, true, true), 1));
        QVERIFY(business.saveConnection(connection(u"b"_s, u"Oscar"_s, {}, false, true), 1));
        QVERIFY(business.saveConnection(connection(u"c"_s, u"Closed Corner"_s, {}, true, false), 1));

        ui::SettingsDialog settings;
        settings.setBusinessAccounts(models::BusinessAccounts(db), u"agent@example.com"_s);
        const QStringList lines = settings.businessAccountsLabel()->text().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.filter(u"Olga's Shop (@olga_shop)"_s)
                     .value(0)
                     .contains(u"may answer its customers within 24 hours"_s),
            qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.filter(u"Oscar"_s).value(0).contains(u"may read but not answer"_s),
            qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.filter(u"Closed Corner"_s).value(0).contains(u"switched off"_s),
            qPrintable(lines.join(u'\n')));
        // None of them granted can_read_messages here.
        QVERIFY2(lines.filter(u"Oscar"_s).value(0).contains(u"may not mark messages as read"_s),
            qPrintable(lines.join(u'\n')));
    }

    void theReadMarkOptionIsTheTeams()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY2(db.open(test::databaseLocation(dir, u"readmarks.sqlite3"_s)), qPrintable(db.error()));
        {
            ui::SettingsDialog settings;
            settings.setBusinessAccounts(models::BusinessAccounts(db), u"agent@example.com"_s);
            QCOMPARE(settings.readMarksBox()->text(), u"Mark customers' messages as read once answered"_s);
            QVERIFY(!settings.readMarksBox()->isChecked()); // off until the team asks for it
            settings.readMarksBox()->setChecked(true);
            settings.accept();
        }
        // In the database, for every workstation of the team, and audited.
        QVERIFY(store::BusinessReadMarks(db).enabled());
        QCOMPARE(
            store::scalar(db.connection(),
                u"SELECT actor FROM audit_log WHERE action = 'business read marks' AND after_value = 'on'"_s,
                {})
                .toString(),
            u"agent@example.com"_s);
        ui::SettingsDialog again;
        again.setBusinessAccounts(models::BusinessAccounts(db), u"agent@example.com"_s);
        QVERIFY(again.readMarksBox()->isChecked());
    }
};

QTEST_MAIN(TestBusinessSettings)
#include "tst_businesssettings.moc"
