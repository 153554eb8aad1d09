// SPDX-License-Identifier: MIT
// tgic-cli business: the Telegram Business accounts connected to the bot, as the store last
// heard of them (a business_connection update), as a table or JSON.
#include "CliApp.h"

#include "Console.h"
#include "store/BusinessReadMarks.h"
#include "store/BusinessRepository.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {
QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

//! The rights granted, by their Bot API names ("can_reply"), sorted.
QStringList granted(const QJsonObject &rights)
{
    QStringList names;
    for (auto it = rights.begin(); it != rights.end(); ++it) {
        if (it.value().toBool())
            names << it.key();
    }
    names.sort();
    return names;
}
} // namespace

ExitCode CliApp::runBusiness()
{
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    const QList<store::BusinessConnection> connections = store::BusinessRepository(db).connections();
    if (m_parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const store::BusinessConnection &c : connections) {
            list.append(QJsonObject { { u"id"_s, c.id },
                { u"owner"_s,
                    QJsonObject { { u"telegram_user_id"_s, c.ownerUserId }, { u"name"_s, c.ownerName },
                        { u"username"_s,
                            c.ownerUsername.isEmpty() ? QJsonValue() : QJsonValue(c.ownerUsername) } } },
                { u"since"_s, utc(c.connectedAt) }, { u"enabled"_s, c.enabled },
                { u"can_reply"_s, c.canReply },
                { u"rights"_s, QJsonArray::fromStringList(granted(c.rights)) },
                { u"updated_at"_s, utc(c.updatedAt) } });
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitCode::Ok;
    }
    if (connections.isEmpty()) {
        out() << "No business account is connected to the bot.\n";
        out().flush();
        return ExitCode::Ok;
    }
    out() << u"%1  %2  %3  %4  %5"_s.arg(u"CONNECTION"_s, -24)
                 .arg(u"OWNER"_s, -40)
                 .arg(u"SINCE"_s, -20)
                 .arg(u"ENABLED"_s, -7)
                 .arg(u"RIGHTS"_s)
          << "\n";
    for (const store::BusinessConnection &c : connections) {
        QString owner = c.ownerName + u" ("_s;
        if (!c.ownerUsername.isEmpty())
            owner += u'@' + c.ownerUsername + u", "_s;
        owner += QString::number(c.ownerUserId) + u')';
        const QStringList rights = granted(c.rights);
        out() << u"%1  %2  %3  %4  %5"_s.arg(c.id, -24)
                     .arg(owner, -40)
                     .arg(utc(c.connectedAt), -20)
                     .arg(c.enabled ? u"yes"_s : u"no"_s, -7)
                     .arg(rights.isEmpty() ? u"-"_s : rights.join(u", "_s))
              << "\n";
    }
    // The team's option (Settings → Business accounts); it acts where can_read_messages is granted.
    out() << u"Customers' messages marked as read once answered: %1\n"_s.arg(
        store::BusinessReadMarks(db).enabled() ? u"on"_s : u"off"_s);
    out().flush();
    return ExitCode::Ok;
}

} // namespace tgic::cli
