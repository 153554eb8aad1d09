// SPDX-License-Identifier: MIT
// tgic-cli users and tgic-cli quarantine: what the local store knows, as a table or JSON.
#include "CliApp.h"

#include "Console.h"
#include "store/Database.h"
#include "store/UserDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {
// A user's latest Intercom conversation in one line: "snoozed until …, Alex Agent, team
// Support, tags telegram,vip"; an assignee whose name is not known yet by kind and id.
QString conversationLine(const QJsonValue &value)
{
    if (!value.isObject())
        return u"-"_s;
    const QJsonObject c = value.toObject();
    if (!c.value(u"state"_s).isString())
        return u"not read from Intercom yet"_s;
    QString state = c.value(u"state"_s).toString();
    if (c.value(u"snoozed_until"_s).isString())
        state += u" until "_s + c.value(u"snoozed_until"_s).toString();
    auto who = [](const QJsonValue &a, const QString &kind) {
        if (!a.isObject())
            return QString();
        const QJsonObject o = a.toObject();
        return o.value(u"name"_s).isString() ? o.value(u"name"_s).toString()
                                             : kind + u' ' + o.value(u"id"_s).toString();
    };
    QStringList parts { state };
    const QString admin = who(c.value(u"admin_assignee"_s), u"admin"_s);
    parts << (admin.isEmpty() ? u"unassigned"_s : admin);
    const QString team = who(c.value(u"team_assignee"_s), u"team"_s);
    if (!team.isEmpty())
        parts << (c.value(u"team_assignee"_s).toObject().value(u"name"_s).isString() ? u"team "_s + team
                                                                                     : team);
    QStringList tags;
    for (const auto &t : c.value(u"tags"_s).toArray())
        tags << t.toString();
    if (!tags.isEmpty())
        parts << u"tags "_s + tags.join(u',');
    return parts.join(u", "_s);
}
} // namespace

ExitCode CliApp::runUsers()
{
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    const QJsonArray users = store::UserDirectory(db).users();
    if (m_parser.isSet(u"json"_s)) {
        out() << QString::fromUtf8(QJsonDocument(users).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitCode::Ok;
    }
    out() << u"%1  %2  %3  %4  %5  %6"_s.arg(u"TELEGRAM ID"_s, -15)
                 .arg(u"USERNAME"_s, -20)
                 .arg(u"NAME"_s, -24)
                 .arg(u"INTERCOM CONTACT"_s, -26)
                 .arg(u"STATE"_s, -12)
                 .arg(u"CONVERSATION"_s)
          << "\n";
    for (const auto &v : users) {
        const QJsonObject u = v.toObject();
        const QString username
            = u.value(u"username"_s).isNull() ? u"-"_s : u'@' + u.value(u"username"_s).toString();
        const QString contact = u.value(u"intercom_contact_id"_s).isNull()
            ? u"-"_s
            : u.value(u"intercom_contact_id"_s).toString();
        out() << u"%1  %2  %3  %4  %5  %6"_s
                     .arg(QString::number(u.value(u"telegram_user_id"_s).toInteger()), -15)
                     .arg(username, -20)
                     .arg(u.value(u"display_name"_s).toString(), -24)
                     .arg(contact, -26)
                     .arg(u.value(u"state"_s).toString(), -12)
                     .arg(conversationLine(u.value(u"conversation"_s)))
              << "\n";
    }
    out().flush();
    return ExitCode::Ok;
}

ExitCode CliApp::runQuarantine()
{
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    const QJsonArray items = store::UserDirectory(db).quarantine();
    if (m_parser.isSet(u"json"_s)) {
        out() << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &v : items) {
            const QJsonObject q = v.toObject();
            out() << q.value(u"received_at"_s).toString() << "  update "
                  << q.value(u"update_id"_s).toVariant().toString() << "  " << q.value(u"reason"_s).toString()
                  << "\n";
        }
        if (items.isEmpty())
            out() << "Nothing in quarantine.\n";
    }
    out().flush();
    return ExitCode::Ok;
}

} // namespace tgic::cli
