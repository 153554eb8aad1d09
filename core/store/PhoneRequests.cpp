// SPDX-License-Identifier: MIT
#include "PhoneRequests.h"

#include "Database.h"
#include "Logging.h"
#include "MappingRepository.h"
#include "Sql.h"
#include "TelegramOutbox.h"
#include "Transaction.h"
#include "telegram/TelegramRequests.h"
#include "telegram/TelegramTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::store {

using Refusal = PhoneRequestTarget::Refusal;

QString PhoneRequestTarget::reason() const
{
    const QString who = displayName.isEmpty() ? u"Telegram user %1"_s.arg(telegramUserId) : displayName;
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::UnknownUser:
        return u"Telegram user %1 has never written to the bot, so the bot cannot write to them."_s.arg(
            telegramUserId);
    case Refusal::GroupOnly:
        return u"%1 has written to the bot only in a group. Telegram lets a bot ask for a phone number only"
               " in a private chat: ask them to open a private chat with the bot first."_s.arg(who);
    case Refusal::Blocked:
        return u"%1 blocked the bot: the request cannot reach them until they unblock it."_s.arg(who);
    case Refusal::Deactivated:
        return u"%1 deleted their Telegram account: the request cannot reach them."_s.arg(who);
    case Refusal::AlreadyQueued:
        return u"A request for the phone number is already on its way to %1."_s.arg(who);
    }
    return {};
}

PhoneRequestTarget PhoneRequests::target(qint64 telegramUserId) const
{
    PhoneRequestTarget t;
    t.telegramUserId = telegramUserId;
    // The three reads in one round trip: the window checks this on every change of the outbox.
    SqlBatch reads(m_db.connection());
    const int userRead = reads.add(
        u"SELECT first_name, last_name, language_code, username FROM telegram_users WHERE telegram_user_id = ?"_s,
        { telegramUserId });
    // A private chat's id is the user's id; the row exists once they wrote to the bot directly.
    const int chatRead = reads.add(
        u"SELECT chat_id, state, phone_asked_at FROM chats WHERE telegram_user_id = ? AND type = 'private'"_s,
        { telegramUserId });
    const int queuedRead
        = reads.add(u"SELECT 1 FROM outbox WHERE direction = 'to_telegram' AND kind = ?"
                    " AND state = 'pending' AND chat_id IN"
                    " (SELECT chat_id FROM chats WHERE telegram_user_id = ? AND type = 'private')"_s,
            { outboxKindText(OutboxKind::PhoneRequest), telegramUserId });
    reads.exec(); // a failed read leaves its answer empty, as runSql's did
    SqlResult &user = reads.result(userRead);
    if (!user.next())
        return t; // UnknownUser
    t.displayName
        = telegram::displayName(user.value(0).toString(), user.value(1).toString(), user.value(3).toString());
    t.languageCode = user.value(2).toString();
    SqlResult &chat = reads.result(chatRead);
    if (!chat.next()) {
        t.refusal = Refusal::GroupOnly;
        return t;
    }
    t.chatId = chat.value(0).toLongLong();
    if (!chat.value(2).isNull())
        t.askedAt = chat.value(2).toLongLong();
    const QString state = chat.value(1).toString();
    if (state == u"blocked"_s) {
        t.refusal = Refusal::Blocked;
        return t;
    }
    if (state == u"deactivated"_s) {
        t.refusal = Refusal::Deactivated;
        return t;
    }
    t.refusal = reads.result(queuedRead).next() ? Refusal::AlreadyQueued : Refusal::None;
    return t;
}

bool PhoneRequests::request(
    qint64 telegramUserId, const telegram::PhoneRequestText &text, const QString &actor, QString *error)
{
    auto failWith = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (text.message.trimmed().isEmpty() || text.button.trimmed().isEmpty())
        return failWith(u"The request needs a text and a button label."_s);
    Transaction transaction(m_db);
    if (!transaction)
        return failWith(u"The local database cannot start a transaction."_s);
    // Checked inside the transaction: two agents clicking at once queue one request (SQLite
    // serializes writers; on PostgreSQL the second sees the first's row once it committed).
    const PhoneRequestTarget t = target(telegramUserId);
    if (!t.allowed())
        return failWith(t.reason());
    const QSqlDatabase db = m_db.connection();
    const qint64 now = nowMs();
    bool ok = false;
    // The agent sees the request in the conversation like any message the bot sent.
    SqlResult inserted = runSql(db,
        u"INSERT INTO messages (chat_id, sender_id, direction, kind, text, sent_at, delivery)"
        " VALUES (?, NULL, 'out', 'text', ?, ?, 'queued') RETURNING id"_s,
        { t.chatId, text.message, now }, &ok);
    const qint64 messageId = ok && inserted.next() ? inserted.value(0).toLongLong() : 0;
    inserted.finish(); // SQLite commits no transaction while a statement is still open
    ok = ok && messageId > 0;
    TelegramWork work;
    work.texts = QStringList { text.message };
    work.replyMarkup = telegram::requests::phoneRequestKeyboard(text.button);
    if (ok)
        runSql(db,
            u"INSERT INTO outbox (direction, chat_id, telegram_user_id, message_id, kind, payload, state,"
            " created_at) VALUES ('to_telegram', ?, ?, ?, ?, ?, 'pending', ?)"_s,
            { t.chatId, telegramUserId, messageId, outboxKindText(OutboxKind::PhoneRequest), work.toPayload(),
                now },
            &ok);
    const QString contactId = MappingRepository(m_db).find(telegramUserId).value_or(Mapping {}).contactId;
    const QString where = m_db.workstation().isEmpty() ? QString() : u" on "_s + m_db.workstation();
    ok = ok
        && MappingRepository(m_db).audit(actor, u"phone_requested"_s, telegramUserId, contactId, QString(),
            text.message, u"asked for the phone number on Telegram; button: "_s + text.button);
    ok = ok
        && enqueueNote(t.chatId, telegramUserId,
            u"%1 asked the customer on Telegram for their phone number (from %2). They were sent: “%3”,"
            " with a button that shares the number of their Telegram account."_s.arg(
                actor, m_db.workstation().isEmpty() ? u"tgic"_s : m_db.workstation(), text.message),
            now);
    if (!ok || !transaction.commit())
        return failWith(u"The local database refused the request: nothing was queued."_s);
    qCInfo(lcStore).noquote() << "phone number requested from Telegram user" << telegramUserId << "by"
                              << actor << where;
    m_db.notifyChanged(Topic::Messages, { t.chatId });
    m_db.notifyChanged(Topic::Chats, { t.chatId });
    m_db.notifyChanged(Topic::Outbox);
    return true;
}

bool PhoneRequests::recordOwnPhoneShared(
    qint64 chatId, qint64 telegramUserId, const QString &phone, qint64 now)
{
    const QSqlDatabase db = m_db.connection();
    bool ok = false;
    // The keyboard lives in the private chat, wherever the card came from. Answered: the next
    // message there takes it away. Someone else's card never gets here, so their keyboard stays.
    SqlResult answered = runSql(db,
        u"UPDATE chats SET remove_keyboard = 1, phone_asked_at = NULL"
        " WHERE telegram_user_id = ? AND type = 'private' AND phone_asked_at IS NOT NULL"_s,
        { telegramUserId }, &ok);
    if (!ok)
        return false;
    const bool wasAsked = answered.numRowsAffected() > 0;
    const QString contactId = MappingRepository(m_db).find(telegramUserId).value_or(Mapping {}).contactId;
    ok = MappingRepository(m_db).audit(u"customer"_s, u"phone_shared"_s, telegramUserId, contactId, QString(),
        phone,
        wasAsked ? u"shared their own number when asked (verified by Telegram)"_s
                 : u"shared their own number (verified by Telegram)"_s);
    return ok
        && enqueueNote(chatId, telegramUserId,
            u"The customer shared their own phone number on Telegram%1: %2. Telegram vouches that it is"
            " the number of their Telegram account."_s.arg(wasAsked ? u" when asked"_s : QString(), phone),
            now);
}

bool PhoneRequests::keyboardSent(qint64 chatId)
{
    bool ok = false;
    runSql(m_db.connection(), u"UPDATE chats SET phone_asked_at = ?, remove_keyboard = 0 WHERE chat_id = ?"_s,
        { nowMs(), chatId }, &ok);
    if (ok)
        m_db.notifyChanged(Topic::Chats, { chatId });
    return ok;
}

bool PhoneRequests::removeKeyboardDue(qint64 chatId) const
{
    return scalar(
        m_db.connection(), u"SELECT 1 FROM chats WHERE chat_id = ? AND remove_keyboard = 1"_s, { chatId })
        .isValid();
}

bool PhoneRequests::keyboardRemoved(qint64 chatId)
{
    bool ok = false;
    runSql(m_db.connection(), u"UPDATE chats SET remove_keyboard = 0 WHERE chat_id = ?"_s, { chatId }, &ok);
    if (ok)
        m_db.notifyChanged(Topic::Chats, { chatId });
    return ok;
}

bool PhoneRequests::enqueueNote(qint64 chatId, qint64 telegramUserId, const QString &body, qint64 now)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO outbox (direction, chat_id, telegram_user_id, message_id, kind, payload, state,"
        " created_at) VALUES ('to_intercom', ?, ?, NULL, ?, ?, 'pending', ?)"_s,
        { chatId, telegramUserId, outboxKindText(OutboxKind::Note),
            QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"body"_s, body } }).toJson(QJsonDocument::Compact)),
            now },
        &ok);
    return ok;
}

} // namespace tgic::store
