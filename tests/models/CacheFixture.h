// SPDX-License-Identifier: MIT
#pragma once

// Test support for the models: a temporary cache filled directly with SQL, as the sync would
// have left it, plus helpers that change it the way the core does (write, then notify).

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tgic::test {

using namespace Qt::StringLiterals;

class CacheFixture
{
public:
    CacheFixture()
    {
        db = std::make_unique<store::Database>();
        QVERIFY2(db->open(dir.filePath(u"cache.sqlite3"_s)), qPrintable(db->error()));
    }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + u" in "_s + sql));
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        return store::scalar(db->connection(), sql, values);
    }

    //! A private chat with one customer; chat id = user id, as Telegram does it.
    void addCustomer(qint64 userId, const QString &first, const QString &last, const QString &username,
        qint64 lastAt, const QString &preview = u"hello"_s, int unread = 1)
    {
        const QVariant nullText = QVariant(QMetaType(QMetaType::QString));
        exec(u"INSERT INTO telegram_users (telegram_user_id, first_name, last_name, username, first_seen_at,"
             " last_seen_at, profile_date) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { userId, first, last.isEmpty() ? nullText : QVariant(last),
                username.isEmpty() ? nullText : QVariant(username), lastAt, lastAt, lastAt });
        const QString title = last.isEmpty() ? first : first + u' ' + last;
        exec(u"INSERT INTO chats (chat_id, type, title, username, telegram_user_id, last_message_at,"
             " last_message_preview, unread_count) VALUES (?, 'private', ?, ?, ?, ?, ?, ?)"_s,
            { userId, title, username.isEmpty() ? nullText : QVariant(username), userId, lastAt, preview,
                unread });
        exec(u"INSERT INTO profile_history (telegram_user_id, field, old_value, new_value, changed_at)"
             " VALUES (?, 'display_name', NULL, ?, ?)"_s,
            { userId, title, lastAt });
        if (!username.isEmpty())
            exec(u"INSERT INTO profile_history (telegram_user_id, field, old_value, new_value, changed_at)"
                 " VALUES (?, 'username', NULL, ?, ?)"_s,
                { userId, username, lastAt });
        exec(u"INSERT INTO mappings (telegram_user_id, state, updated_at) VALUES (?, 'pending', ?)"_s,
            { userId, lastAt });
    }

    void link(qint64 userId, const QString &contactId, const QString &name, const QString &email,
        const QString &role = u"lead"_s)
    {
        exec(
            u"INSERT INTO contacts (intercom_contact_id, role, name, email, anchor, fetched_at)"
            " VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (intercom_contact_id) DO UPDATE SET name = excluded.name,"
            " email = excluded.email, role = excluded.role"_s,
            { contactId, role, name, email, QString::number(userId) });
        exec(u"UPDATE mappings SET intercom_contact_id = ?, state = 'linked', resolved_via = 'created'"
             " WHERE telegram_user_id = ?"_s,
            { contactId, userId });
    }

    qint64 addMessage(qint64 chatId, qint64 sentAt, const QString &text,
        const QString &delivery = u"queued"_s, const QString &kind = u"text"_s)
    {
        exec(u"INSERT INTO messages (chat_id, telegram_message_id, sender_id, direction, kind, text, sent_at,"
             " delivery) VALUES (?, ?, ?, 'in', ?, ?, ?, ?)"_s,
            { chatId, ++m_messageId, chatId, kind, text, sentAt, delivery });
        return scalar(u"SELECT MAX(id) FROM messages"_s).toLongLong();
    }

    //! A customer writes: the message, the chat row bumped, then the notifications the core sends.
    qint64 customerWrites(qint64 chatId, qint64 at, const QString &text)
    {
        const qint64 id = addMessage(chatId, at, text);
        exec(
            u"UPDATE chats SET last_message_at = ?, last_message_preview = ?, unread_count = unread_count + 1"
            " WHERE chat_id = ?"_s,
            { at, text, chatId });
        db->notifyChanged(tgic::store::Topic::Chats, { chatId });
        db->notifyChanged(tgic::store::Topic::Messages, { chatId });
        return id;
    }

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;

private:
    qint64 m_messageId = 0;
};

} // namespace tgic::test
