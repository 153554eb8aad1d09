// SPDX-License-Identifier: MIT
#include "OutboxRepository.h"

#include "Database.h"
#include "Logging.h"
#include "MappingState.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
bool upsertConversation(const QSqlDatabase &db, const OutboxItem &item, const QString &contactId,
    const QString &conversationId, qint64 now)
{
    bool ok = false;
    runSql(db,
        u"INSERT INTO conversations (intercom_conversation_id, chat_id, telegram_user_id, "
        u"intercom_contact_id,"
        " opened_at, last_activity_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (intercom_conversation_id)"
        " DO UPDATE SET last_activity_at = excluded.last_activity_at, state = 'open'"_s,
        { conversationId, item.chatId, item.telegramUserId, contactId, now, now }, &ok);
    return ok;
}
} // namespace

namespace {
const QString kHeadColumns
    = u"o.id, o.chat_id, o.telegram_user_id, o.message_id, o.kind, o.payload, o.attempts,"
      " o.attempt_started_at, o.created_at, (SELECT sm.sent_at FROM messages sm WHERE sm.id = o.message_id)"_s;
const QString kHeads = u" FROM outbox o"_s;
// A chat's head: its oldest pending row in one direction. The read of the heads, the attempts
// recorded with it and the next due time all take the heads from here.
const QString kHeadIds
    = u"SELECT MIN(id) FROM outbox WHERE state = 'pending' AND direction = ? GROUP BY chat_id"_s;
const QString kHeadsWhere
    = u" WHERE o.id IN ("_s + kHeadIds + u") AND o.next_attempt_at <= ? ORDER BY o.id"_s;
// For to_intercom: the sender, their mapping, the message and the conversation to reply to.
const QString kContextColumns
    = u", u.is_bot, mp.telegram_user_id, mp.intercom_contact_id, mp.state, mp.create_started_at,"
      " m.text, m.telegram_message_id, m.sent_at,"
      " (SELECT c.intercom_conversation_id FROM conversations c WHERE c.chat_id = o.chat_id"
      "   AND c.telegram_user_id = o.telegram_user_id AND c.intercom_contact_id = mp.intercom_contact_id"
      "   AND c.state = 'open' ORDER BY c.last_activity_at DESC LIMIT 1),"
      " (SELECT MAX(c.last_activity_at) FROM conversations c WHERE c.chat_id = o.chat_id"
      "   AND c.telegram_user_id = o.telegram_user_id AND c.intercom_contact_id = mp.intercom_contact_id"
      "   AND c.state = 'open')"_s;
const QString kContextJoins = u" LEFT JOIN telegram_users u ON u.telegram_user_id = o.telegram_user_id"
                              " LEFT JOIN mappings mp ON mp.telegram_user_id = o.telegram_user_id"
                              " LEFT JOIN messages m ON m.id = o.message_id"_s;
// The heads handed out (the first `limit` due heads of chats not busy, as claimHeads() takes
// them) that go out at once: their attempt is recorded with the read. A sender who must first
// be resolved (no contact, stale, unlinked), a row tried before (reconciled first) and other
// kinds keep the attempt recorded when their request is about to leave.
const QString kMarkSentAtOnce
    = u"UPDATE outbox SET attempt_started_at = ?, attempts = attempts + 1 WHERE id IN (SELECT o.id FROM "
      u"outbox o WHERE o.id IN ("_s
    + kHeadIds
    + u") AND o.next_attempt_at <= ?%1 ORDER BY o.id LIMIT ?)"
      " AND attempt_started_at IS NULL AND kind IN (?, ?)"
      " AND EXISTS (SELECT 1 FROM mappings mp WHERE mp.telegram_user_id = outbox.telegram_user_id"
      "   AND mp.intercom_contact_id <> '' AND mp.state NOT IN (?, ?))"
      " AND NOT EXISTS (SELECT 1 FROM telegram_users u WHERE u.telegram_user_id = outbox.telegram_user_id"
      "   AND u.is_bot = 1) AND "_s;
const QString kNextDue = u"SELECT MIN(next_attempt_at) FROM outbox WHERE id IN ("_s + kHeadIds + u")"_s;

OutboxItem headFrom(const SqlResult &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.chatId = q.value(1).toLongLong();
    item.telegramUserId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        item.messageId = q.value(3).toLongLong();
    item.kind = outboxKindFromText(q.value(4).toString());
    item.payload = q.value(5).toString();
    item.attempts = q.value(6).toInt();
    if (!q.value(7).isNull())
        item.attemptStartedAt = q.value(7).toLongLong();
    item.createdAt = q.value(8).toLongLong();
    item.messageSentAt = q.value(9).toLongLong();
    return item;
}

DeliveryContext contextFrom(const SqlResult &q)
{
    DeliveryContext c;
    c.senderIsBot = q.value(10).toInt() != 0;
    c.mapped = !q.value(11).isNull();
    c.contactId = q.value(12).toString();
    c.mappingState = q.value(13).toString();
    if (!q.value(14).isNull())
        c.createStartedAt = q.value(14).toLongLong();
    c.messageText = q.value(15).toString();
    c.telegramMessageId = q.value(16).toLongLong();
    c.sentAt = q.value(17).toLongLong();
    c.conversationId = q.value(18).toString();
    c.conversationActivityAt = q.value(19).toLongLong();
    return c;
}
} // namespace

namespace {
//! Record that the rows' sends start now, fenced by the lease; RETURNING the ids recorded.
SqlStatement attemptsStarted(const Database &db, const QList<qint64> &ids)
{
    const Database::Fence fence = db.fence();
    QVariantList binds { nowMs() };
    for (qint64 id : ids)
        binds << id;
    return { u"UPDATE outbox SET attempt_started_at = ?, attempts = attempts + 1 WHERE id IN (%1) AND "_s.arg(
                 placeholders(ids.size()))
            + fence.condition + u" RETURNING id"_s,
        binds + fence.binds };
}
} // namespace

OutboxRepository::Heads OutboxRepository::claimHeads(const QString &direction, const QSet<qint64> &busyChats,
    int limit, const QList<SqlStatement> &outcomes, const QList<qint64> &attempts)
{
    Heads heads;
    const bool withContext = direction == u"to_intercom"_s;
    const qint64 now = nowMs();
    // One batch outside a transaction is atomic: the outcomes and the read commit together.
    SqlBatch batch(m_db.connection());
    for (const SqlStatement &write : outcomes)
        batch.add(write.sql, write.values);
    const int rows = batch.add(u"SELECT "_s + kHeadColumns + (withContext ? kContextColumns : QString())
            + kHeads + (withContext ? kContextJoins : QString()) + kHeadsWhere,
        { direction, now });
    // After the read, so that the heads come as they were (attempts, no attempt started).
    int marked = -1;
    if (withContext && limit > 0) {
        const Database::Fence fence = m_db.fence();
        QVariantList binds { now, direction, now };
        for (qint64 chat : busyChats)
            binds << chat;
        binds << limit << outboxKindText(OutboxKind::Message) << outboxKindText(OutboxKind::Edit)
              << mappingStateName(MappingState::Stale) << mappingStateName(MappingState::Detached);
        const QString notBusy = busyChats.isEmpty()
            ? QString()
            : u" AND o.chat_id NOT IN (%1)"_s.arg(placeholders(busyChats.size()));
        marked = batch.add(
            kMarkSentAtOnce.arg(notBusy) + fence.condition + u" RETURNING id"_s, binds + fence.binds);
    }
    int started = -1;
    if (!attempts.isEmpty()) {
        const SqlStatement st = attemptsStarted(m_db, attempts);
        started = batch.add(st.sql, st.values);
    }
    const int next = batch.add(kNextDue, { direction });
    if (!batch.exec())
        return heads;
    heads.ok = true;
    if (marked >= 0) {
        SqlResult &ids = batch.result(marked);
        while (ids.next())
            heads.attemptsRecorded.insert(ids.value(0).toLongLong());
    }
    if (started >= 0) {
        SqlResult &ids = batch.result(started);
        while (ids.next())
            heads.attemptsStarted.insert(ids.value(0).toLongLong());
    }
    QList<QPair<OutboxItem, QString>> unknown;
    SqlResult &q = batch.result(rows);
    while (q.next() && heads.items.size() < limit) {
        OutboxItem item = headFrom(q);
        if (busyChats.contains(item.chatId))
            continue;
        if (item.kind == OutboxKind::Unknown) {
            unknown.append({ item, q.value(4).toString() });
            continue;
        }
        if (withContext)
            item.context = std::make_shared<const DeliveryContext>(contextFrom(q));
        heads.items.append(item);
    }
    SqlResult &due = batch.result(next);
    if (due.next() && !due.value(0).isNull())
        heads.nextDueAt = due.value(0).toLongLong();
    for (const auto &[item, text] : std::as_const(unknown)) {
        qCWarning(lcStore).noquote() << "outbox row" << item.id << "for chat" << item.chatId
                                     << "has an unknown kind" << text.left(40) << "- marking it failed";
        markFailed(item,
            QCoreApplication::translate("tgic::store::OutboxRepository",
                "this version of the app does not know how to deliver a \"%1\" item")
                .arg(text.left(40)));
    }
    return heads;
}

QList<OutboxItem> OutboxRepository::dueHeads(
    const QString &direction, const QSet<qint64> &busyChats, int limit)
{
    QList<OutboxItem> items;
    QList<QPair<OutboxItem, QString>> unknown;
    SqlResult q = runSql(
        m_db.connection(), u"SELECT "_s + kHeadColumns + kHeads + kHeadsWhere, { direction, nowMs() });
    while (q.next() && items.size() < limit) {
        OutboxItem item;
        item.chatId = q.value(1).toLongLong();
        if (busyChats.contains(item.chatId))
            continue;
        item.id = q.value(0).toLongLong();
        item.telegramUserId = q.value(2).toLongLong();
        if (!q.value(3).isNull())
            item.messageId = q.value(3).toLongLong();
        item.kind = outboxKindFromText(q.value(4).toString());
        item.payload = q.value(5).toString();
        item.attempts = q.value(6).toInt();
        if (!q.value(7).isNull())
            item.attemptStartedAt = q.value(7).toLongLong();
        item.createdAt = q.value(8).toLongLong();
        item.messageSentAt = q.value(9).toLongLong();
        if (item.kind == OutboxKind::Unknown) {
            unknown.append({ item, q.value(4).toString() });
            continue;
        }
        items.append(item);
    }
    q.finish();
    // Written by a newer version, or damaged: delivering it as anything else could send the
    // wrong thing, so it fails visibly and the chat's later rows move on.
    for (const auto &[item, text] : std::as_const(unknown)) {
        qCWarning(lcStore).noquote() << "outbox row" << item.id << "for chat" << item.chatId
                                     << "has an unknown kind" << text.left(40) << "- marking it failed";
        markFailed(item,
            QCoreApplication::translate("tgic::store::OutboxRepository",
                "this version of the app does not know how to deliver a \"%1\" item")
                .arg(text.left(40)));
    }
    return items;
}

std::optional<qint64> OutboxRepository::nextDueAt(const QString &direction) const
{
    const QVariant v = scalar(m_db.connection(), kNextDue, { direction });
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

int OutboxRepository::pendingCount(const QString &direction) const
{
    return scalar(m_db.connection(),
        u"SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND direction = ?"_s, { direction }, 0)
        .toInt();
}

int OutboxRepository::failedCount(const QString &direction) const
{
    return scalar(m_db.connection(),
        u"SELECT COUNT(*) FROM outbox WHERE state = 'failed' AND direction = ? AND kind <> ?"_s,
        { direction, outboxKindText(OutboxKind::ReadMark) }, 0)
        .toInt();
}

std::optional<OutboxRepository::Counts> OutboxRepository::counts(const QString &direction) const
{
    bool ok = false;
    const QString readMark = outboxKindText(OutboxKind::ReadMark);
    SqlResult q = runSql(m_db.connection(),
        u"SELECT COALESCE(SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN state = 'failed' AND kind <> ? THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN state = 'failed' AND kind = ? THEN 1 ELSE 0 END), 0)"
        " FROM outbox WHERE state IN ('pending', 'failed') AND direction = ?"_s,
        { readMark, readMark, direction }, &ok);
    if (!ok || !q.next())
        return std::nullopt;
    return Counts { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt() };
}

bool OutboxRepository::markAttemptStarted(qint64 id)
{
    // Fenced: in team mode only the process holding the poller lease may start a delivery, and
    // the check is part of the same statement that records the attempt.
    const Database::Fence fence = m_db.fence();
    bool ok = false;
    SqlResult q = runSql(m_db.connection(),
        u"UPDATE outbox SET attempt_started_at = ?, attempts = attempts + 1 WHERE id = ? AND "_s
            + fence.condition,
        QVariantList { nowMs(), id } + fence.binds, &ok);
    return ok && q.numRowsAffected() == 1;
}

QSet<qint64> OutboxRepository::markAttemptsStarted(const QList<qint64> &ids)
{
    QSet<qint64> recorded;
    if (ids.isEmpty())
        return recorded;
    const SqlStatement st = attemptsStarted(m_db, ids);
    bool ok = false;
    SqlResult q = runSql(m_db.connection(), st.sql, st.values, &ok);
    while (ok && q.next())
        recorded.insert(q.value(0).toLongLong());
    return recorded;
}

bool OutboxRepository::reschedule(qint64 id, qint64 delayMs, const QString &error, bool mayHaveLanded)
{
    bool ok = false;
    runSql(m_db.connection(),
        mayHaveLanded ? u"UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?"_s
                      : u"UPDATE outbox SET next_attempt_at = ?, last_error = ?, attempt_started_at = NULL"
                        " WHERE id = ?"_s,
        { nowMs() + delayMs, error, id }, &ok);
    return ok;
}

bool OutboxRepository::markFailed(const OutboxItem &item, const QString &error)
{
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    SqlBatch writes(m_db.connection());
    addFailure(writes, item, error);
    if (!transaction.commit(writes))
        return false;
    m_db.notifyChanged(store::Topic::Messages, { item.chatId });
    m_db.notifyChanged(store::Topic::Outbox);
    return true;
}

void OutboxRepository::addFailure(SqlBatch &writes, const OutboxItem &item, const QString &error)
{
    writes.add(u"UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?"_s, { error, item.id });
    if (item.messageId && failureFailsMessage(item.kind))
        writes.add(u"UPDATE messages SET delivery = 'failed', delivery_error = ? WHERE id = ?"_s,
            { error, *item.messageId });
}

bool OutboxRepository::markDone(qint64 id)
{
    bool ok = false;
    runSql(m_db.connection(), u"UPDATE outbox SET state = 'done', last_error = NULL WHERE id = ?"_s, { id },
        &ok);
    if (ok)
        m_db.notifyChanged(store::Topic::Outbox);
    return ok;
}

bool OutboxRepository::enqueueNote(qint64 chatId, qint64 telegramUserId, const QString &body)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO outbox (direction, chat_id, telegram_user_id, message_id, kind, payload, state, "
        u"created_at)"
        " VALUES ('to_intercom', ?, ?, NULL, ?, ?, 'pending', ?)"_s,
        { chatId, telegramUserId, outboxKindText(OutboxKind::Note),
            QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"body"_s, body } }).toJson(QJsonDocument::Compact)),
            nowMs() },
        &ok);
    if (ok)
        m_db.notifyChanged(store::Topic::Outbox);
    return ok;
}

bool OutboxRepository::completeToIntercom(const OutboxItem &item, const QString &contactId,
    const QString &conversationId, const QString &partId, bool newConversation)
{
    return completeToIntercom(
        QList<IntercomCompletion> { { item, contactId, conversationId, partId, newConversation } });
}

bool OutboxRepository::completeToIntercom(const QList<IntercomCompletion> &done)
{
    if (done.isEmpty())
        return true;
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    SqlBatch writes(m_db.connection());
    for (const SqlStatement &write : completionWrites(done))
        writes.add(write.sql, write.values);
    if (!transaction.commit(writes))
        return false;
    completedToIntercom(done);
    return true;
}

namespace {
QList<qint64> chatsOf(const QList<IntercomCompletion> &done)
{
    QList<qint64> chats;
    for (const IntercomCompletion &c : done) {
        if (!chats.contains(c.item.chatId))
            chats << c.item.chatId;
    }
    return chats;
}
} // namespace

QList<SqlStatement> OutboxRepository::completionWrites(const QList<IntercomCompletion> &done) const
{
    QList<SqlStatement> writes;
    if (done.isEmpty())
        return writes;
    const qint64 now = nowMs();
    QVariantList ids;
    QHash<QString, const IntercomCompletion *> opened, replied;
    QStringList openedOrder, repliedOrder;
    QList<const IntercomCompletion *> messages;
    for (const IntercomCompletion &c : done) {
        ids << c.item.id;
        auto &into = c.newConversation ? opened : replied;
        auto &order = c.newConversation ? openedOrder : repliedOrder;
        if (!into.contains(c.conversationId))
            order << c.conversationId;
        into.insert(c.conversationId, &c);
        if (c.item.messageId && c.item.kind == OutboxKind::Message)
            messages << &c;
    }
    writes.append({ u"UPDATE outbox SET state = 'done', last_error = NULL WHERE id IN (%1)"_s.arg(
                        placeholders(ids.size())),
        ids });
    if (!openedOrder.isEmpty()) {
        QStringList tuples;
        QVariantList binds;
        for (const QString &id : std::as_const(openedOrder)) {
            const IntercomCompletion *c = opened.value(id);
            tuples << u"(?, ?, ?, ?, ?, ?)"_s;
            binds << id << c->item.chatId << c->item.telegramUserId << c->contactId << now << now;
        }
        writes.append(
            SqlStatement { u"INSERT INTO conversations (intercom_conversation_id, chat_id, telegram_user_id,"
                           " intercom_contact_id, opened_at, last_activity_at) VALUES "_s
                    + tuples.join(u", "_s)
                    + u" ON CONFLICT (intercom_conversation_id) DO UPDATE SET last_activity_at ="
                      " excluded.last_activity_at, state = 'open'"_s,
                binds });
    }
    if (!repliedOrder.isEmpty()) {
        QStringList tuples;
        QVariantList binds { now };
        for (const QString &id : std::as_const(repliedOrder)) {
            tuples << u"(?, ?)"_s;
            binds << id << replied.value(id)->contactId;
        }
        writes.append(SqlStatement {
            u"UPDATE conversations SET last_activity_at = ?, intercom_contact_id = v.column2 FROM (VALUES "_s
                + tuples.join(u", "_s) + u") AS v WHERE conversations.intercom_conversation_id = v.column1"_s,
            binds });
    }
    if (!messages.isEmpty()) {
        QStringList tuples;
        QVariantList binds;
        for (const IntercomCompletion *c : std::as_const(messages)) {
            tuples << u"(?, ?, ?)"_s;
            binds << *c->item.messageId << c->conversationId << c->partId;
        }
        writes.append(SqlStatement {
            u"UPDATE messages SET delivery = 'delivered', delivery_error = NULL,"
            " intercom_conversation_id = v.column2, intercom_part_id = v.column3 FROM (VALUES "_s
                + tuples.join(u", "_s) + u") AS v WHERE messages.id = v.column1"_s,
            binds });
    }
    writes += m_db.noticesWith({ { Topic::Messages, chatsOf(done) }, { Topic::Outbox, {} } });
    return writes;
}

void OutboxRepository::completedToIntercom(const QList<IntercomCompletion> &done)
{
    m_db.announceLocally(Topic::Messages, chatsOf(done));
    m_db.announceLocally(Topic::Outbox);
}

bool OutboxRepository::recordOpenedConversation(
    const OutboxItem &item, const QString &contactId, const QString &conversationId)
{
    const QSqlDatabase db = m_db.connection();
    Transaction transaction(m_db);
    if (!transaction)
        return false;
    bool ok = upsertConversation(db, item, contactId, conversationId, nowMs());
    if (ok)
        runSql(db, u"UPDATE outbox SET attempt_started_at = NULL WHERE id = ?"_s, { item.id }, &ok);
    return ok && transaction.commit();
}

bool OutboxRepository::markConversationsMissing(
    qint64 chatId, qint64 telegramUserId, const QString &contactId)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"UPDATE conversations SET state = 'missing' WHERE chat_id = ? AND telegram_user_id = ?"
        " AND intercom_contact_id = ?"_s,
        { chatId, telegramUserId, contactId }, &ok);
    return ok;
}

} // namespace tgic::store
