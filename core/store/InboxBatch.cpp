// SPDX-License-Identifier: MIT
#include "InboxBatch.h"

#include "IdentityEvidence.h"
#include "Sql.h"
#include "UpdateInbox.h"
#include "telegram/TelegramRequests.h"
#include "telegram/TelegramTypes.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

using telegram::ParsedUpdate;

namespace {
// Rows per statement: far below SQLite's 32,766 and PostgreSQL's 65,535 bound values.
constexpr int kRowsPerStatement = 500;

enum Read { Updates, Users, Mapped, ProfilePending, Messages };

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString preview(const QString &text)
{
    QString p = text.simplified();
    return p.size() > 140 ? p.left(139) + u'…' : p;
}

QString list(const QList<qint64> &ids, qsizetype from, qsizetype n, QVariantList &binds)
{
    for (qsizetype i = from; i < from + n; ++i)
        binds << ids.at(i);
    return placeholders(n);
}

//! `head VALUES tuple, tuple, … tail` in chunks; `tuple` is `(?, ?, …)` unless given.
void addRows(SqlBatch &batch, const QString &head, const QString &tail, const QList<QVariantList> &rows,
    const QString &tuple = {})
{
    for (qsizetype from = 0; from < rows.size(); from += kRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(kRowsPerStatement, rows.size() - from);
        QStringList tuples;
        QVariantList binds;
        for (qsizetype i = from; i < from + n; ++i) {
            tuples << (tuple.isEmpty() ? u'(' + placeholders(rows.at(i).size()) + u')' : tuple);
            binds += rows.at(i);
        }
        batch.add(head + u" VALUES "_s + tuples.join(u", "_s) + tail, binds);
    }
}
} // namespace

void InboxBatch::read(SqlBatch &reads, const QList<ParsedUpdate> &updates)
{
    QList<qint64> updateIds, users, chats, messageIds;
    for (const ParsedUpdate &u : updates) {
        if (u.updateId)
            updateIds << *u.updateId;
        const qint64 user
            = u.kind == ParsedUpdate::Kind::MyChatMember ? u.memberChange.from.id : u.message.from.id;
        if (u.kind != ParsedUpdate::Kind::Malformed && u.kind != ParsedUpdate::Kind::Ignored && user != 0
            && !users.contains(user))
            users << user;
        if (u.kind == ParsedUpdate::Kind::Message || u.kind == ParsedUpdate::Kind::EditedMessage) {
            if (!chats.contains(u.message.chat.id))
                chats << u.message.chat.id;
            if (!messageIds.contains(u.message.messageId))
                messageIds << u.message.messageId;
        }
    }
    m_readUsers = QSet<qint64>(users.begin(), users.end());
    auto chunked = [&](Read kind, const QList<qint64> &ids,
                       const std::function<QString(const QString &)> &sql, const QVariantList &extra) {
        for (qsizetype from = 0; from < ids.size(); from += kRowsPerStatement) {
            QVariantList binds;
            const QString marks
                = list(ids, from, std::min<qsizetype>(kRowsPerStatement, ids.size() - from), binds);
            m_reads << int(kind) << reads.add(sql(marks), binds + extra);
        }
    };
    chunked(Updates, updateIds,
        [](const QString &in) {
            return u"SELECT update_id FROM telegram_updates WHERE update_id IN (%1)"_s.arg(in);
        },
        {});
    chunked(Users, users,
        [](const QString &in) {
            return u"SELECT telegram_user_id, first_name, last_name, username, profile_date, language_code,"
                   " is_premium, is_bot FROM telegram_users WHERE telegram_user_id IN (%1)"_s.arg(in);
        },
        {});
    chunked(Mapped, users,
        [](const QString &in) {
            return u"SELECT telegram_user_id FROM mappings WHERE telegram_user_id IN (%1)"
                   " AND intercom_contact_id IS NOT NULL"_s.arg(in);
        },
        {});
    chunked(ProfilePending, users,
        [](const QString &in) {
            return u"SELECT DISTINCT telegram_user_id FROM outbox WHERE telegram_user_id IN (%1)"
                   " AND kind = ? AND state = 'pending'"_s.arg(in);
        },
        { outboxKindText(OutboxKind::Profile) });
    // Messages stored before (the same message under another update_id): by chat and id, a
    // superset filtered here.
    for (qsizetype c = 0; c < chats.size(); c += kRowsPerStatement) {
        for (qsizetype m = 0; m < messageIds.size(); m += kRowsPerStatement) {
            QVariantList binds;
            const QString inChats
                = list(chats, c, std::min<qsizetype>(kRowsPerStatement, chats.size() - c), binds);
            const QString inIds
                = list(messageIds, m, std::min<qsizetype>(kRowsPerStatement, messageIds.size() - m), binds);
            m_reads << int(Messages)
                    << reads.add(u"SELECT chat_id, telegram_message_id FROM messages WHERE direction = 'in'"
                                 " AND chat_id IN (%1) AND telegram_message_id IN (%2)"_s.arg(inChats, inIds),
                           binds);
        }
    }
}

bool InboxBatch::take(SqlBatch &reads)
{
    for (qsizetype i = 0; i + 1 < m_reads.size(); i += 2) {
        SqlResult &r = reads.result(m_reads.at(i + 1));
        if (!r.isOk())
            return false;
        switch (Read(m_reads.at(i))) {
        case Updates:
            while (r.next())
                m_seenUpdates.insert(r.value(0).toLongLong());
            break;
        case Users:
            while (r.next()) {
                User &u = m_users[r.value(0).toLongLong()];
                u.first = r.value(1).toString();
                u.last = r.value(2).toString();
                u.username = r.value(3).toString();
                u.profileDate = r.value(4).toLongLong();
                u.language = r.value(5).toString();
                u.premium = r.value(6).toInt() != 0;
                u.bot = r.value(7).toInt() != 0;
                u.inDatabase = true;
            }
            break;
        case Mapped:
            while (r.next())
                m_users[r.value(0).toLongLong()].mapped = true;
            break;
        case ProfilePending:
            while (r.next())
                m_users[r.value(0).toLongLong()].profilePending = true;
            break;
        case Messages:
            while (r.next())
                m_knownMessages.insert({ r.value(0).toLongLong(), r.value(1).toLongLong() });
            break;
        }
    }
    // A mapped or pending entry read for a user who has no row yet only says "no row".
    for (auto it = m_users.begin(); it != m_users.end();) {
        if (!it->inDatabase)
            it = m_users.erase(it);
        else
            ++it;
    }
    m_reads.clear();
    return true;
}

bool InboxBatch::isDuplicateUpdate(qint64 updateId)
{
    if (m_seenUpdates.contains(updateId))
        return true;
    m_seenUpdates.insert(updateId);
    return false;
}

void InboxBatch::recordUpdate(qint64 updateId, const QString &kind, const QString &payload, bool textRepaired)
{
    m_updateRows << QVariantList { updateId, m_now, kind, payload, int(textRepaired) };
}

void InboxBatch::quarantine(std::optional<qint64> updateId, const QString &reason, const QString &payload)
{
    m_quarantineRows << QVariantList { u"telegram"_s,
        updateId ? QVariant(*updateId) : QVariant(QMetaType(QMetaType::LongLong)), m_now, reason, payload };
}

bool InboxBatch::handles(const telegram::MessageInfo &message) const
{
    if (message.isBusiness())
        return false; // the account's own words (BusinessChatKeys rewrote the customers')
    if (!m_readUsers.contains(message.from.id) || m_dirtyUsers.contains(message.from.id))
        return false;
    if (message.media && message.media->fileSize > telegram::requests::kMaxDownloadBytes)
        return false; // a placeholder text and a notice to the customer
    if (message.sharesOwnPhone())
        return false; // a phone number to record and put on the contact
    return evidence::emailsIn(message.text).isEmpty(); // e-mail addresses to record
}

void InboxBatch::history(
    qint64 userId, const QString &field, const QVariant &oldValue, const QString &newValue, qint64 at)
{
    m_historyRows << QVariantList { userId, field, oldValue, textOrNull(newValue), at };
}

void InboxBatch::applyUser(const telegram::UserProfile &user, qint64 messageDateMs)
{
    const QString displayName = user.displayName();
    auto it = m_users.find(user.id);
    if (it == m_users.end()) {
        User u;
        u.first = user.firstName;
        u.last = user.lastName;
        u.username = user.username;
        u.language = user.languageCode;
        u.premium = user.isPremium;
        u.bot = user.isBot;
        u.profileDate = messageDateMs;
        u.touched = true;
        m_users.insert(user.id, u);
        m_userOrder << user.id;
        history(user.id, u"display_name"_s, nullText(), displayName, messageDateMs);
        if (!user.username.isEmpty())
            history(user.id, u"username"_s, nullText(), user.username, messageDateMs);
        return;
    }
    User &u = *it;
    if (!u.touched)
        m_userOrder << user.id;
    u.touched = true;
    // Updates can arrive out of order: an older snapshot of the profile never wins.
    if (messageDateMs < u.profileDate)
        return;
    const QString oldDisplay = telegram::displayName(u.first, u.last);
    const QString oldUsername = u.username;
    u.first = user.firstName;
    u.last = user.lastName;
    u.username = user.username;
    u.language = user.languageCode;
    u.premium = user.isPremium;
    u.profileDate = messageDateMs;
    const bool nameChanged = oldDisplay != displayName;
    const bool usernameChanged = oldUsername != user.username;
    if (nameChanged)
        history(user.id, u"display_name"_s, textOrNull(oldDisplay), displayName, messageDateMs);
    if (usernameChanged)
        history(user.id, u"username"_s, textOrNull(oldUsername), user.username, messageDateMs);
    if (nameChanged || usernameChanged) {
        // Tell Intercom once per user, however many changes pile up before it is sent.
        if (!u.profilePending && u.mapped) {
            m_outbox << Queued { user.id, user.id, std::nullopt, OutboxKind::Profile, {} };
            u.profilePending = true;
        }
        if (!m_changedProfiles.contains(user.id))
            m_changedProfiles << user.id;
    }
}

void InboxBatch::applyMessage(
    const telegram::MessageInfo &message, const QString &payload, IngestReport &report)
{
    const qint64 sentAt = message.date * 1000;
    applyUser(message.from, sentAt);
    auto chat = m_chats.find(message.chat.id);
    if (chat == m_chats.end()) {
        chat = m_chats.insert(message.chat.id, Chat {});
        chat->telegramUserId
            = message.chat.isPrivate() ? QVariant(message.from.id) : QVariant(QMetaType(QMetaType::LongLong));
        m_chatOrder << message.chat.id;
    }
    chat->type = message.chat.type;
    chat->title = message.chat.title;
    chat->username = message.chat.username;
    chat->count += 1;
    if (sentAt >= chat->at) {
        chat->at = sentAt;
        chat->preview = preview(message.agentText());
    }
    if (!report.chats.contains(message.chat.id))
        report.chats.append(message.chat.id);
    const QPair<qint64, qint64> key { message.chat.id, message.messageId };
    if (m_knownMessages.contains(key))
        return; // the same message arrived before under another update_id
    m_knownMessages.insert(key);
    m_messageRows << QVariantList { message.chat.id, message.messageId, message.from.id, message.kindName,
        message.agentText(), sentAt };
    if (!m_newMappings.contains(message.from.id))
        m_newMappings << message.from.id;
    m_outbox << Queued { message.chat.id, message.from.id, message.messageId, OutboxKind::Message, payload };
}

bool InboxBatch::hasWrites() const
{
    return !m_updateRows.isEmpty() || !m_quarantineRows.isEmpty() || !m_userOrder.isEmpty()
        || !m_chatOrder.isEmpty() || !m_outbox.isEmpty();
}

void InboxBatch::write(SqlBatch &writes)
{
    QList<QVariantList> rows;
    for (qint64 id : std::as_const(m_userOrder)) {
        User &u = m_users[id];
        rows << QVariantList { id, u.first, textOrNull(u.last), textOrNull(u.username),
            textOrNull(u.language), int(u.bot), int(u.premium), m_now, m_now, u.profileDate };
        u.touched = false;
        u.inDatabase = true;
    }
    addRows(writes,
        u"INSERT INTO telegram_users (telegram_user_id, first_name, last_name, username, language_code,"
        " is_bot, is_premium, first_seen_at, last_seen_at, profile_date)"_s,
        u" ON CONFLICT (telegram_user_id) DO UPDATE SET first_name = excluded.first_name,"
        " last_name = excluded.last_name, username = excluded.username, language_code = "
        "excluded.language_code,"
        " is_premium = excluded.is_premium, last_seen_at = excluded.last_seen_at,"
        " profile_date = excluded.profile_date"_s,
        rows);
    addRows(writes,
        u"INSERT INTO profile_history (telegram_user_id, field, old_value, new_value, changed_at)"_s, {},
        m_historyRows);
    rows.clear();
    for (qint64 id : std::as_const(m_chatOrder)) {
        const Chat &c = m_chats[id];
        rows << QVariantList { id, c.type, textOrNull(c.title), textOrNull(c.username), c.telegramUserId,
            c.at, c.preview, c.count };
    }
    addRows(writes,
        u"INSERT INTO chats (chat_id, type, title, username, telegram_user_id, last_message_at,"
        " last_message_preview, unread_count)"_s,
        u" ON CONFLICT (chat_id) DO UPDATE SET type = excluded.type, title = excluded.title,"
        " username = excluded.username, unread_count = chats.unread_count + excluded.unread_count,"
        " last_message_preview = CASE WHEN excluded.last_message_at >= chats.last_message_at"
        "   THEN excluded.last_message_preview ELSE chats.last_message_preview END,"
        " last_message_at = CASE WHEN excluded.last_message_at >= chats.last_message_at"
        "   THEN excluded.last_message_at ELSE chats.last_message_at END"_s,
        rows);
    addRows(writes,
        u"INSERT INTO messages (chat_id, telegram_message_id, sender_id, direction, kind, text, sent_at,"
        " delivery)"_s,
        u" ON CONFLICT (chat_id, direction, telegram_message_id) DO NOTHING"_s, m_messageRows,
        u"(?, ?, ?, 'in', ?, ?, ?, 'queued')"_s);
    rows.clear();
    for (qint64 id : std::as_const(m_newMappings))
        rows << QVariantList { id, m_now };
    addRows(writes, u"INSERT INTO mappings (telegram_user_id, state, updated_at)"_s,
        u" ON CONFLICT (telegram_user_id) DO NOTHING"_s, rows, u"(?, 'pending', ?)"_s);
    // The outbox in arrival order (ids follow it); a message row finds its message's id by key.
    rows.clear();
    qint64 order = 0;
    for (const Queued &q : std::as_const(m_outbox))
        rows << QVariantList { ++order, q.chatId, q.userId,
            q.telegramMessageId ? QVariant(*q.telegramMessageId) : QVariant(QMetaType(QMetaType::LongLong)),
            outboxKindText(q.kind), q.payload.isEmpty() ? nullText() : QVariant(q.payload), m_now };
    addRows(writes,
        u"INSERT INTO outbox (direction, chat_id, telegram_user_id, message_id, kind, payload, state, "
        u"created_at)"
        " SELECT 'to_intercom', v.column2, v.column3, m.id, v.column5, v.column6, 'pending', v.column7 FROM ("_s,
        u") AS v LEFT JOIN messages m ON m.chat_id = v.column2 AND m.direction = 'in'"
        " AND m.telegram_message_id = v.column4 ORDER BY v.column1"_s,
        rows);
    addRows(writes, u"INSERT INTO telegram_updates (update_id, received_at, kind, payload, text_repaired)"_s,
        {}, m_updateRows);
    addRows(writes, u"INSERT INTO quarantine (source, update_id, received_at, reason, payload)"_s, {},
        m_quarantineRows);
    m_updateRows.clear();
    m_quarantineRows.clear();
    m_historyRows.clear();
    m_messageRows.clear();
    m_userOrder.clear();
    m_chatOrder.clear();
    m_chats.clear();
    m_newMappings.clear();
    m_outbox.clear();
}

} // namespace tgic::store
