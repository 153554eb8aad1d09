// SPDX-License-Identifier: MIT
#include "UserDirectory.h"

#include "Database.h"
#include "LocalErasure.h"
#include "Sql.h"
#include "telegram/TelegramTypes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
QJsonValue stringOrNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}
QJsonValue isoOrNull(const QVariant &v)
{
    return v.isNull()
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC).toString(Qt::ISODate));
}

QJsonValue conversationOf(const SqlResult &q, int first)
{
    if (q.value(first).isNull())
        return QJsonValue::Null;
    auto assignee = [&q](int column) {
        if (q.value(column).isNull() || q.value(column).toString().isEmpty())
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(QJsonObject {
            { u"id"_s, q.value(column).toString() }, { u"name"_s, stringOrNull(q.value(column + 1)) } });
    };
    const bool read = !q.value(first + 1).isNull();
    QJsonArray tags;
    for (const auto &v : QJsonDocument::fromJson(q.value(first + 7).toString().toUtf8()).array())
        tags.append(v.toString());
    return QJsonObject {
        { u"id"_s, q.value(first).toString() },
        { u"state"_s, stringOrNull(q.value(first + 1)) },
        { u"snoozed_until"_s,
            q.value(first + 2).toLongLong() > 0 ? isoOrNull(q.value(first + 2)) : QJsonValue() },
        { u"admin_assignee"_s, assignee(first + 3) },
        { u"team_assignee"_s, assignee(first + 5) },
        { u"tags"_s, read ? QJsonValue(tags) : QJsonValue() },
        { u"read_at"_s, isoOrNull(q.value(first + 8)) },
    };
}
} // namespace

QJsonArray UserDirectory::users() const
{
    QJsonArray out;
    // The latest conversation of each person's private chat, with the names of its assignees.
    SqlResult q = runSql(m_db.connection(),
        u"SELECT u.telegram_user_id, u.username, u.first_name, u.last_name, m.intercom_contact_id,"
        " m.state, u.first_seen_at, u.last_seen_at, m.last_error, m.duplicate_count, c.role,"
        " v.intercom_conversation_id, v.intercom_state, v.snoozed_until, v.admin_assignee_id, ta.name,"
        " v.team_assignee_id, tt.name, v.intercom_tags, v.intercom_read_at"
        " FROM telegram_users u LEFT JOIN mappings m ON m.telegram_user_id = u.telegram_user_id"
        " LEFT JOIN contacts c ON c.intercom_contact_id = m.intercom_contact_id"
        " LEFT JOIN conversations v ON v.intercom_conversation_id = ("
        " SELECT l.intercom_conversation_id FROM conversations l"
        " WHERE l.chat_id = u.telegram_user_id AND l.telegram_user_id = u.telegram_user_id"
        " ORDER BY l.last_activity_at DESC LIMIT 1)"
        " LEFT JOIN intercom_teammates ta ON ta.kind = 'admin' AND ta.id = v.admin_assignee_id"
        " LEFT JOIN intercom_teammates tt ON tt.kind = 'team' AND tt.id = v.team_assignee_id"
        " ORDER BY u.first_seen_at, u.telegram_user_id"_s);
    while (q.next()) {
        // The name only: the username has its own field.
        const QString display = telegram::displayName(q.value(2).toString(), q.value(3).toString());
        QJsonObject user {
            { u"telegram_user_id"_s, q.value(0).toLongLong() },
            { u"username"_s, stringOrNull(q.value(1)) },
            { u"display_name"_s, display },
            { u"intercom_contact_id"_s, stringOrNull(q.value(4)) },
            { u"state"_s, q.value(5).isNull() ? u"pending"_s : q.value(5).toString() },
            { u"contact_role"_s, stringOrNull(q.value(10)) },
            { u"first_seen_at"_s, isoOrNull(q.value(6)) },
            { u"last_seen_at"_s, isoOrNull(q.value(7)) },
            { u"last_error"_s, stringOrNull(q.value(8)) },
        };
        if (q.value(9).toInt() > 0)
            user.insert(u"duplicate_contacts"_s, q.value(9).toInt());
        user.insert(u"conversation"_s, conversationOf(q, 11));
        out.append(user);
    }
    return out;
}

QJsonArray UserDirectory::quarantine() const
{
    QJsonArray out;
    SqlResult q = runSql(m_db.connection(),
        u"SELECT id, source, update_id, received_at, reason, payload FROM quarantine ORDER BY id DESC"_s);
    while (q.next()) {
        out.append(QJsonObject {
            { u"id"_s, q.value(0).toLongLong() },
            { u"source"_s, q.value(1).toString() },
            { u"update_id"_s, q.value(2).isNull() ? QJsonValue() : QJsonValue(q.value(2).toLongLong()) },
            { u"received_at"_s, isoOrNull(q.value(3)) },
            { u"reason"_s, q.value(4).toString() },
            { u"payload"_s, q.value(5).toString() },
        });
    }
    return out;
}

QJsonArray UserDirectory::audit(qint64 telegramUserId) const
{
    QJsonArray out;
    const QString columns
        = u"SELECT id, at, actor, action, telegram_user_id, intercom_contact_id, before_value,"
          " after_value, detail, subject_hash FROM audit_log"_s;
    // An erased customer's entries are filed under the keyed hash of their ID: asked for that ID,
    // they are found again (whoever holds the database can tell whether an ID was erased).
    const QString subject
        = telegramUserId == 0 ? QString() : LocalErasure::subjectHash(m_db, telegramUserId, false);
    auto q = telegramUserId == 0
        ? runSql(m_db.connection(), columns + u" ORDER BY id"_s)
        : runSql(m_db.connection(),
            columns + u" WHERE telegram_user_id = ? OR subject_hash = ? ORDER BY id"_s,
            { telegramUserId,
                subject.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(subject) });
    while (q.next()) {
        out.append(QJsonObject {
            { u"id"_s, q.value(0).toLongLong() },
            { u"at"_s, isoOrNull(q.value(1)) },
            { u"actor"_s, q.value(2).toString() },
            { u"action"_s, q.value(3).toString() },
            { u"telegram_user_id"_s,
                q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toLongLong()) },
            { u"intercom_contact_id"_s, stringOrNull(q.value(5)) },
            { u"before"_s, stringOrNull(q.value(6)) },
            { u"after"_s, stringOrNull(q.value(7)) },
            { u"detail"_s, stringOrNull(q.value(8)) },
            { u"erased_subject"_s, stringOrNull(q.value(9)) },
        });
    }
    return out;
}

} // namespace tgic::store
