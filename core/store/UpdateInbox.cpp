// SPDX-License-Identifier: MIT
#include "UpdateInbox.h"

#include "BusinessChatKeys.h"
#include "BusinessRepository.h"
#include "Database.h"
#include "IdentityEvidence.h"
#include "InboxBatch.h"
#include "Logging.h"
#include "Meta.h"
#include "PhoneRequests.h"
#include "Sql.h"
#include "TelegramOutbox.h"
#include "Transaction.h"
#include "telegram/TelegramRequests.h"
#include "telegram/TelegramTypes.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::store {

using telegram::NotCustomerReason;
using telegram::ParsedUpdate;

namespace {
QString preview(const QString &text)
{
    QString p = text.simplified();
    return p.size() > 140 ? p.left(139) + u'…' : p;
}
} // namespace

namespace {
//! PostgreSQL text cannot hold U+0000: an update whose parsed text still holds one (the parser
//! repairs text at the border) could never be stored there.
bool holdsNul(const ParsedUpdate &u)
{
    const telegram::MessageInfo &m = u.message;
    const telegram::ChatMemberChange &c = u.memberChange;
    const QString texts[] = { m.agentText(), m.kindName, m.from.firstName, m.from.lastName, m.from.username,
        m.from.languageCode, m.chat.type, m.chat.title, m.chat.username, c.from.firstName, c.from.lastName,
        c.from.username, c.from.languageCode, c.chat.title, c.chat.username, c.newStatus,
        m.media ? m.media->fileName + m.media->mimeType + m.media->fileId : QString() };
    for (const QString &text : texts) {
        if (text.contains(QChar(u'\0')))
            return true;
    }
    return false;
}
} // namespace

IngestReport UpdateInbox::ingest(const QJsonArray &updates)
{
    if (updates.isEmpty()) {
        IngestReport report;
        report.ok = true; // nothing to store, nothing to confirm: no round trip
        return report;
    }
    QList<ParsedUpdate> parsed;
    parsed.reserve(updates.size());
    for (const auto &raw : updates) {
        ParsedUpdate update = telegram::parseUpdate(raw);
        if (m_db.isTeam() && update.kind != ParsedUpdate::Kind::Malformed && holdsNul(update)) {
            update.kind = ParsedUpdate::Kind::Malformed;
            update.error = u"a text holds a NUL character, which the team database cannot store"_s;
        }
        parsed.append(std::move(update));
    }
    return storeOrSplit(updates, parsed);
}

namespace {
QJsonArray slice(const QJsonArray &array, qsizetype from, qsizetype to)
{
    QJsonArray out;
    for (qsizetype i = from; i < to; ++i)
        out.append(array.at(i));
    return out;
}

//! What two consecutive parts of one batch did, as if stored at once.
IngestReport joined(const IngestReport &first, const IngestReport &second)
{
    IngestReport r = second;
    r.stored += first.stored;
    r.duplicates += first.duplicates;
    r.quarantined += first.quarantined;
    r.ignored += first.ignored;
    r.fromBots += first.fromBots;
    r.notFromCustomers += first.notFromCustomers;
    r.textRepaired += first.textRepaired;
    if (!r.nextOffset)
        r.nextOffset = first.nextOffset;
    r.chats = first.chats + second.chats;
    return r;
}
} // namespace

IngestReport UpdateInbox::storeOrSplit(const QJsonArray &updates, QList<ParsedUpdate> parsed)
{
    IngestReport report = store(updates, parsed);
    const QString refusal = m_db.refusal();
    if (report.ok || report.fenced || refusal.isEmpty())
        return report; // stored, or a failure a retry may get past: the batch comes again
    if (updates.size() > 1) {
        // Something in the batch can never be stored. Halve it until that update is alone:
        // every other one is stored and confirmed, in order, and the offset moves on.
        const qsizetype half = updates.size() / 2;
        IngestReport first = storeOrSplit(slice(updates, 0, half), parsed.mid(0, half));
        if (!first.ok)
            return first;
        return joined(first, storeOrSplit(slice(updates, half, updates.size()), parsed.mid(half)));
    }
    // The one update the database will not take goes into the quarantine with the database's
    // reason (`tgic-cli quarantine` and the app say why), and its offset is confirmed.
    ParsedUpdate alone = parsed.first();
    const qint64 updateId = alone.updateId.value_or(-1);
    qCWarning(lcStore).noquote() << "the database refused Telegram update" << updateId << ":" << refusal;
    alone.kind = ParsedUpdate::Kind::Malformed;
    alone.error = u"the database refused it: "_s + refusal;
    IngestReport kept = store(updates, { alone });
    if (kept.ok || kept.fenced || m_db.refusal().isEmpty())
        return kept;
    // Not even its raw JSON can be stored: the quarantine keeps its id and the reason.
    return store(QJsonArray { QJsonObject { { u"update_id"_s, double(updateId) } } }, { alone });
}

IngestReport UpdateInbox::store(const QJsonArray &updates, QList<ParsedUpdate> parsed)
{
    IngestReport report;
    const qint64 now = nowMs();
    Transaction batch(m_db);
    if (!batch) {
        qCWarning(lcStore) << "cannot start a transaction for a Telegram batch";
        return report;
    }
    const QSqlDatabase db = m_db.connection();
    // Customers' business messages become ordinary messages of their business chats first (one
    // round trip, and BEGIN with it; one more for chats seen for the first time). On every try:
    // keys a rolled-back try wrote are read again.
    BusinessChatKeys businessChats(m_db);
    if (!businessChats.resolve(parsed)) {
        qCWarning(lcStore) << "cannot read the business chats of a Telegram batch";
        return report;
    }
    // One round trip before any decision: BEGIN, the lease check and every read the batch needs.
    // Team mode: store (and so confirm) a batch only while holding the poller lease; the lease
    // row stays share-locked until COMMIT, so nobody takes over half-way through the batch.
    InboxBatch rows(now);
    SqlBatch reads(db);
    const SqlStatement check = m_db.leaseCheck();
    const int lease = reads.add(check.sql, check.values);
    const int owners = reads.add(u"SELECT owner_user_id FROM business_connections"_s);
    const int ownBot
        = reads.add(u"SELECT value FROM meta WHERE key = ?"_s, { QString::fromLatin1(meta::kTelegramBotId) });
    rows.read(reads, parsed);
    const bool readOk = reads.exec();
    if (reads.result(lease).isOk() && !reads.result(lease).next()) {
        qCWarning(lcStore) << "not the poller any more: the batch is left to the new one";
        IngestReport fenced;
        fenced.fenced = true;
        return fenced;
    }
    bool ok = readOk && rows.take(reads);
    m_businessOwners.clear();
    for (SqlResult &owner = reads.result(owners); ok && owner.next();)
        m_businessOwners.insert(owner.value(0).toLongLong());
    SqlResult &ownBotRow = reads.result(ownBot);
    m_ownBotId = ok && ownBotRow.next() ? ownBotRow.value(0).toLongLong() : 0;
    // Writes gathered so far go out before an update that takes the per-update way reads.
    auto flush = [&] {
        if (!rows.hasWrites())
            return true;
        SqlBatch writes(db);
        rows.write(writes);
        return writes.exec();
    };
    std::optional<qint64> maxId;
    for (qsizetype i = 0; ok && i < parsed.size(); ++i) {
        const ParsedUpdate &update = parsed.at(i);
        const QJsonValue raw = updates.at(i);
        if (update.updateId) {
            maxId = qMax(maxId.value_or(*update.updateId), *update.updateId);
            if (rows.isDuplicateUpdate(*update.updateId)) {
                ++report.duplicates;
                continue;
            }
        }
        const QString payload = QString::fromUtf8(raw.isObject()
                ? QJsonDocument(raw.toObject()).toJson(QJsonDocument::Compact)
                : QJsonDocument(QJsonArray { raw }).toJson(QJsonDocument::Compact));
        const bool malformed = update.kind == ParsedUpdate::Kind::Malformed;
        // Kept raw like every update, but marked: who was not a customer, and why.
        const bool isMessage
            = update.kind == ParsedUpdate::Kind::Message || update.kind == ParsedUpdate::Kind::EditedMessage;
        NotCustomerReason notCustomer
            = isMessage ? update.message.notCustomerReason() : NotCustomerReason::None;
        // A business account's owner is nobody's customer, even writing to the bot itself.
        if (isMessage && notCustomer == NotCustomerReason::None && !update.message.isBusiness()
            && m_businessOwners.contains(update.message.from.id))
            notCustomer = NotCustomerReason::BusinessAccount;
        // Another bot acting for the business account speaks for the account, like its owner;
        // only this app's own bot coming back is an echo of what Intercom has already.
        if (isMessage && update.message.isBusiness() && update.message.byBusinessBot
            && !isOwnBot(update.message.businessBotId))
            notCustomer = NotCustomerReason::BusinessAccount;
        // What the account itself says in a business chat (by hand, on its own or through
        // another bot), and its edits, are kept for the agents.
        const bool ownerSpeaks
            = isMessage && update.message.isBusiness() && notCustomer == NotCustomerReason::BusinessAccount;
        if (ownerSpeaks)
            notCustomer = NotCustomerReason::None;
        if (update.textRepair.any()) {
            ++report.textRepaired;
            qCInfo(lcStore).noquote() << "Telegram update" << update.updateId.value_or(-1)
                                      << "had its text repaired:" << update.textRepair.describe();
        }
        if (update.updateId) {
            rows.recordUpdate(*update.updateId,
                malformed ? u"quarantined"_s
                    : notCustomer == NotCustomerReason::None
                    ? update.typeName
                    : u"ignored: "_s + telegram::notCustomerText(notCustomer),
                payload, update.textRepair.any());
        }
        if (malformed) {
            qCWarning(lcStore).noquote()
                << "quarantined Telegram update" << update.updateId.value_or(-1) << ":" << update.error;
            rows.quarantine(update.updateId, update.error, payload);
            ++report.quarantined;
        } else if (notCustomer != NotCustomerReason::None) {
            // A bot is nobody's customer, nor is a channel or the business account: no contact,
            // nothing mirrored, no chat row among the customers.
            ++(notCustomer == NotCustomerReason::Bot ? report.fromBots : report.notFromCustomers);
        } else if (update.kind == ParsedUpdate::Kind::Message && rows.handles(update.message)) {
            ++report.stored;
            rows.applyMessage(update.message, mediaPayload(update.message), report);
        } else if (update.kind == ParsedUpdate::Kind::Ignored) {
            ++report.ignored;
        } else if (ownerSpeaks) {
            // Kept as the business chat's outgoing side, with a note: one update at a time.
            ok = flush()
                && (update.kind == ParsedUpdate::Kind::Message
                        ? applyOwnerMessage(update.message, now, report)
                        : applyOwnerEdit(update.message, now, report));
        } else {
            // Edits, member changes and messages with more to record: one update at a time. All
            // but an edit of a known message write the user's row: what was read of it is stale.
            const bool member = update.kind == ParsedUpdate::Kind::MyChatMember;
            const bool knownEdit = update.kind == ParsedUpdate::Kind::EditedMessage
                && rows.knows(update.message.chat.id, update.message.messageId);
            ok = flush() && apply(update, now, report);
            if (!knownEdit && (isMessage || member))
                rows.dirty(member ? update.memberChange.from.id : update.message.from.id);
            if (isMessage)
                rows.messageStored(update.message.chat.id, update.message.messageId);
        }
    }
    // The writes, the new offset and COMMIT: one more round trip.
    SqlBatch writes(db);
    if (ok) {
        rows.write(writes);
        businessChats.write(writes);
        if (maxId)
            writes.add(
                meta::setSql(), { QString::fromLatin1(meta::kTelegramOffset), QString::number(*maxId + 1) });
    }
    if (!ok || !batch.commit(writes)) {
        if (m_db.refusal().isEmpty())
            qCWarning(lcStore) << "a Telegram batch could not be stored; it will be fetched again";
        return IngestReport {};
    }
    report.ok = true;
    report.nextOffset = maxId ? std::optional<qint64>(*maxId + 1) : std::nullopt;
    if (!rows.changedProfiles().isEmpty())
        m_db.notifyChanged(store::Topic::Mappings, rows.changedProfiles());
    if (report.stored > 0 || report.quarantined > 0) {
        m_db.notifyChanged(store::Topic::Chats, report.chats);
        m_db.notifyChanged(store::Topic::Messages, report.chats);
        if (report.quarantined > 0)
            m_db.notifyChanged(store::Topic::Quarantine);
    }
    return report;
}

QString UpdateInbox::mediaPayload(const telegram::MessageInfo &message)
{
    if (!message.media || message.media->fileSize > telegram::requests::kMaxDownloadBytes)
        return {};
    const auto &m = *message.media;
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { u"media"_s,
                          QJsonObject { { u"kind"_s, message.kindName }, { u"file_id"_s, m.fileId },
                              { u"file_name"_s, m.fileName }, { u"mime_type"_s, m.mimeType },
                              { u"file_size"_s, double(m.fileSize) } } } })
            .toJson(QJsonDocument::Compact));
}

bool UpdateInbox::apply(const ParsedUpdate &update, qint64 now, IngestReport &report)
{
    switch (update.kind) {
    case ParsedUpdate::Kind::Message:
        ++report.stored;
        return applyMessage(update.message, now, report);
    case ParsedUpdate::Kind::EditedMessage:
        ++report.stored;
        return applyEdit(update.message, now, report);
    case ParsedUpdate::Kind::MyChatMember:
        ++report.stored;
        return applyMemberChange(update.memberChange, now, report);
    case ParsedUpdate::Kind::BusinessConnection:
        ++report.stored;
        m_businessOwners.insert(
            update.businessConnection.value(u"user"_s).toObject().value(u"id"_s).toInteger());
        return BusinessRepository(m_db).saveConnection(update.businessConnection, now);
    case ParsedUpdate::Kind::BusinessDeletion:
        ++report.stored;
        return applyBusinessDeletion(update.businessDeletion, now, report);
    case ParsedUpdate::Kind::Ignored:
        ++report.ignored;
        return true;
    case ParsedUpdate::Kind::Malformed:
        break;
    }
    return true;
}

bool UpdateInbox::applyMessage(const telegram::MessageInfo &message, qint64 now, IngestReport &report)
{
    const QSqlDatabase db = m_db.connection();
    const qint64 sentAt = message.date * 1000;
    if (!upsertUser(message.from, sentAt, now) || !upsertChat(message, now))
        return false;
    bool ok = false;
    SqlResult insert = runSql(db,
        u"INSERT INTO messages (chat_id, telegram_message_id, sender_id, direction, kind, text,"
        " sent_at, delivery) VALUES (?, ?, ?, 'in', ?, ?, ?, 'queued')"
        " ON CONFLICT (chat_id, direction, telegram_message_id) DO NOTHING"_s,
        { message.chat.id, message.messageId, message.from.id, message.kindName, message.agentText(),
            sentAt },
        &ok);
    if (!ok)
        return false;
    if (!report.chats.contains(message.chat.id))
        report.chats.append(message.chat.id);
    if (insert.numRowsAffected() != 1)
        return true; // the same message arrived before under another update_id
    const qint64 messageId = scalar(db,
        u"SELECT id FROM messages WHERE chat_id = ? AND direction = 'in'"
        " AND telegram_message_id = ?"_s,
        { message.chat.id, message.messageId })
                                 .toLongLong();
    runSql(db,
        u"INSERT INTO mappings (telegram_user_id, state, updated_at) VALUES (?, 'pending', ?)"
        " ON CONFLICT (telegram_user_id) DO NOTHING"_s,
        { message.from.id, now }, &ok);
    if (!ok)
        return false;
    QString payload;
    if (message.media) {
        const auto &m = *message.media;
        if (m.fileSize > telegram::requests::kMaxDownloadBytes) {
            // Bots cannot download it: the agent gets a clear placeholder, the customer a notice.
            const QString placeholder
                = u"\n[The %1 (%2 MB) is larger than the 20 MB a bot may download from"
                  " Telegram, so it could not be transferred. The customer was asked to send"
                  " it another way.]"_s.arg(message.kindName)
                      .arg(QString::number(double(m.fileSize) / (1024.0 * 1024.0), 'f', 1));
            runSql(
                db, u"UPDATE messages SET text = text || ? WHERE id = ?"_s, { placeholder, messageId }, &ok);
            if (ok
                && !TelegramOutbox(m_db).enqueueNotice(message.chat.id, message.from.id,
                    u"Sorry, this file is larger than 20 MB, so it could not be passed on to our team. Could "
                    u"you"
                    " send it another way (a smaller file or a link)?"_s))
                return false;
        } else {
            payload = mediaPayload(message);
        }
    }
    if (!ok || !enqueue(message.chat.id, message.from.id, messageId, OutboxKind::Message, payload, now))
        return false;
    if (!recordEvidence(message, messageId, now))
        return false;
    if (message.sharesOwnPhone() && !message.contact->phoneNumber.isEmpty()) {
        // Telegram vouches for a number shared from the sender's own account: keep it and put it
        // on the contact. Someone else's card stays text in the conversation.
        QString phone = message.contact->phoneNumber.trimmed();
        if (!phone.startsWith(u'+'))
            phone.prepend(u'+');
        runSql(db, u"UPDATE telegram_users SET phone = ? WHERE telegram_user_id = ?"_s,
            { phone, message.from.id }, &ok);
        const QString phonePayload = QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"phone"_s, phone } }).toJson(QJsonDocument::Compact));
        return ok
            && enqueue(message.chat.id, message.from.id, std::nullopt, OutboxKind::Phone, phonePayload, now)
            && PhoneRequests(m_db).recordOwnPhoneShared(message.chat.id, message.from.id, phone, now);
    }
    return true;
}

bool UpdateInbox::applyEdit(const telegram::MessageInfo &message, qint64 now, IngestReport &report)
{
    const QSqlDatabase db = m_db.connection();
    SqlResult existing = runSql(db,
        u"SELECT id, text FROM messages WHERE chat_id = ? AND direction = 'in'"
        " AND telegram_message_id = ?"_s,
        { message.chat.id, message.messageId });
    if (!existing.next()) {
        // The original never reached us (older than 24 h, or sent before the bot was added):
        // the edited version is the message.
        return applyMessage(message, now, report);
    }
    const qint64 id = existing.value(0).toLongLong();
    const QString oldText = existing.value(1).toString();
    const QString newText = message.agentText();
    // Telegram also sends edited_message for changes the bot cannot see; only text edits count.
    if (oldText == newText)
        return true;
    bool ok = false;
    const qint64 editedAt = message.editDate.value_or(message.date) * 1000;
    // The original may still wait in the outbox (it came in the same batch, or Intercom is
    // behind). It must still go out as the customer first wrote it, the edit after it: pin its
    // text before the message row changes. Once pinned (an earlier edit), it stays.
    SqlResult waiting = runSql(db,
        u"SELECT id, payload FROM outbox WHERE direction = 'to_intercom' AND kind = ?"
        " AND message_id = ? AND state = 'pending'"_s,
        { outboxKindText(OutboxKind::Message), id });
    if (waiting.next()) {
        QJsonObject pinned = QJsonDocument::fromJson(waiting.value(1).toString().toUtf8()).object();
        if (!pinned.contains(u"text"_s)) {
            pinned.insert(u"text"_s, oldText);
            runSql(db, u"UPDATE outbox SET payload = ? WHERE id = ?"_s,
                { QString::fromUtf8(QJsonDocument(pinned).toJson(QJsonDocument::Compact)),
                    waiting.value(0).toLongLong() },
                &ok);
            if (!ok)
                return false;
        }
    }
    runSql(db, u"UPDATE messages SET text = ?, edited_at = ? WHERE id = ?"_s, { newText, editedAt, id }, &ok);
    if (ok)
        runSql(db,
            u"INSERT INTO message_edits (message_id, old_text, new_text, edited_at) VALUES (?, ?, ?, ?)"_s,
            { id, oldText, newText, editedAt }, &ok);
    if (ok)
        ok = recordEvidence(message, id, now);
    if (!report.chats.contains(message.chat.id))
        report.chats.append(message.chat.id);
    const QString payload = QString::fromUtf8(QJsonDocument(
        QJsonObject { { u"old"_s, oldText },
            { u"new"_s, newText } }).toJson(QJsonDocument::Compact));
    return ok && enqueue(message.chat.id, message.from.id, id, OutboxKind::Edit, payload, now);
}

bool UpdateInbox::applyMemberChange(
    const telegram::ChatMemberChange &change, qint64 now, IngestReport &report)
{
    if (!change.chat.isPrivate())
        return true; // the bot added to or removed from a group: nothing to map
    const QSqlDatabase db = m_db.connection();
    const bool blocked = change.newStatus == u"kicked"_s;
    const QString before
        = scalar(db, u"SELECT state FROM chats WHERE chat_id = ?"_s, { change.chat.id }).toString();
    bool ok = upsertUser(change.from, change.date * 1000, now);
    if (ok)
        runSql(db,
            u"INSERT INTO chats (chat_id, type, title, telegram_user_id, state) VALUES (?, 'private', ?, ?, "
            u"?)"
            " ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state"_s,
            { change.chat.id, change.from.displayName(), change.from.id,
                blocked ? u"blocked"_s : u"active"_s },
            &ok);
    if (ok && blocked)
        runSql(db, u"UPDATE mappings SET state = 'blocked', updated_at = ? WHERE telegram_user_id = ?"_s,
            { now, change.from.id }, &ok);
    if (ok && !blocked)
        runSql(db,
            u"UPDATE mappings SET state = CASE WHEN intercom_contact_id IS NULL THEN 'pending' ELSE 'linked' "
            u"END,"
            " updated_at = ? WHERE telegram_user_id = ? AND state = 'blocked'"_s,
            { now, change.from.id }, &ok);
    // Agents see it on the contact: a note when the state really changed and a contact exists.
    const bool changed = blocked ? before != u"blocked"_s : before == u"blocked"_s;
    const bool mapped = scalar(db,
        u"SELECT 1 FROM mappings WHERE telegram_user_id = ? AND intercom_contact_id IS NOT NULL"_s,
        { change.from.id })
                            .isValid();
    if (ok && changed && mapped) {
        const QString body = blocked
            ? u"This customer blocked the Telegram bot: replies cannot reach them until"
              " they unblock it."_s
            : u"This customer unblocked the Telegram bot: replies reach them again."_s;
        ok = enqueue(change.chat.id, change.from.id, std::nullopt, OutboxKind::Note,
            QString::fromUtf8(
                QJsonDocument(QJsonObject { { u"body"_s, body } }).toJson(QJsonDocument::Compact)),
            now);
    }
    report.chats.append(change.chat.id);
    m_db.notifyChanged(store::Topic::Mappings, { change.from.id });
    return ok;
}

bool UpdateInbox::recordEvidence(const telegram::MessageInfo &message, qint64 messageId, qint64 now)
{
    // What the customer says about who they are, for suggested merges: their own phone number
    // (Telegram verified it) and the e-mail addresses they type. Never a name, never someone
    // else's card.
    EvidenceRepository evidence(m_db);
    if (message.sharesOwnPhone()
        && !evidence.record(message.from.id, QString::fromLatin1(evidence::kPhone),
            message.contact->phoneNumber, messageId, now))
        return false;
    for (const QString &email : evidence::emailsIn(message.text))
        if (!evidence.record(message.from.id, QString::fromLatin1(evidence::kEmail), email, messageId, now))
            return false;
    return true;
}

bool UpdateInbox::upsertUser(const telegram::UserProfile &user, qint64 messageDateMs, qint64 now)
{
    const QSqlDatabase db = m_db.connection();
    SqlResult current = runSql(db,
        u"SELECT first_name, last_name, username, profile_date FROM telegram_users"
        " WHERE telegram_user_id = ?"_s,
        { user.id });
    bool ok = false;
    const QString displayName = user.displayName();
    auto history = [&](const QString &field, const QVariant &oldValue, const QString &newValue) {
        bool fine = false;
        runSql(db,
            u"INSERT INTO profile_history (telegram_user_id, field, old_value, new_value, changed_at)"
            " VALUES (?, ?, ?, ?, ?)"_s,
            { user.id, field, oldValue, textOrNull(newValue), messageDateMs }, &fine);
        return fine;
    };

    if (!current.next()) {
        runSql(db,
            u"INSERT INTO telegram_users (telegram_user_id, first_name, last_name, username, language_code,"
            " is_bot, is_premium, first_seen_at, last_seen_at, profile_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { user.id, user.firstName, textOrNull(user.lastName), textOrNull(user.username),
                textOrNull(user.languageCode), int(user.isBot), int(user.isPremium), now, now,
                messageDateMs },
            &ok);
        return ok && history(u"display_name"_s, QVariant(QMetaType(QMetaType::QString)), displayName)
            && (user.username.isEmpty()
                || history(u"username"_s, QVariant(QMetaType(QMetaType::QString)), user.username));
    }

    const QString oldFirst = current.value(0).toString();
    const QString oldLast = current.value(1).toString();
    const QString oldUsername = current.value(2).toString();
    const qint64 profileDate = current.value(3).toLongLong();
    // Updates can arrive out of order (an edit of an old message): an older snapshot of the
    // profile must not overwrite a newer one.
    if (messageDateMs < profileDate) {
        runSql(db, u"UPDATE telegram_users SET last_seen_at = ? WHERE telegram_user_id = ?"_s,
            { now, user.id }, &ok);
        return ok;
    }
    const QString oldDisplay = telegram::displayName(oldFirst, oldLast);
    const bool nameChanged = oldDisplay != displayName;
    const bool usernameChanged = oldUsername != user.username;
    runSql(db,
        u"UPDATE telegram_users SET first_name = ?, last_name = ?, username = ?, language_code = ?, "
        u"is_premium = ?,"
        " last_seen_at = ?, profile_date = ? WHERE telegram_user_id = ?"_s,
        { user.firstName, textOrNull(user.lastName), textOrNull(user.username), textOrNull(user.languageCode),
            int(user.isPremium), now, messageDateMs, user.id },
        &ok);
    if (ok && nameChanged)
        ok = history(u"display_name"_s, textOrNull(oldDisplay), displayName);
    if (ok && usernameChanged)
        ok = history(u"username"_s, textOrNull(oldUsername), user.username);
    if (ok && (nameChanged || usernameChanged)) {
        qCInfo(lcStore) << "profile of Telegram user" << user.id << "changed";
        // Tell Intercom, but only once per user however many changes pile up before it is sent.
        const bool pending = scalar(db,
            u"SELECT 1 FROM outbox WHERE telegram_user_id = ? AND kind = ?"
            " AND state = 'pending'"_s,
            { user.id, outboxKindText(OutboxKind::Profile) })
                                 .isValid();
        const bool mapped = scalar(db,
            u"SELECT 1 FROM mappings WHERE telegram_user_id = ? AND intercom_contact_id IS NOT NULL"_s,
            { user.id })
                                .isValid();
        if (!pending && mapped)
            ok = enqueue(user.id, user.id, std::nullopt, OutboxKind::Profile, {}, now);
        m_db.notifyChanged(store::Topic::Mappings, { user.id });
    }
    return ok;
}

bool UpdateInbox::upsertChat(const telegram::MessageInfo &message, qint64 now)
{
    Q_UNUSED(now)
    bool ok = false;
    const qint64 at = message.date * 1000;
    const auto &chat = message.chat;
    runSql(m_db.connection(),
        u"INSERT INTO chats (chat_id, type, title, username, telegram_user_id, last_message_at,"
        " last_message_preview, unread_count) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
        " ON CONFLICT (chat_id) DO UPDATE SET type = excluded.type, title = excluded.title,"
        " username = excluded.username, unread_count = chats.unread_count + 1,"
        " last_message_preview = CASE WHEN excluded.last_message_at >= chats.last_message_at"
        "   THEN excluded.last_message_preview ELSE chats.last_message_preview END,"
        " last_message_at = CASE WHEN excluded.last_message_at >= chats.last_message_at"
        "   THEN excluded.last_message_at ELSE chats.last_message_at END"_s,
        { chat.id, chat.type, textOrNull(chat.title), textOrNull(chat.username),
            chat.isPrivate() ? QVariant(message.from.id) : QVariant(QMetaType(QMetaType::LongLong)), at,
            preview(message.agentText()) },
        &ok);
    return ok;
}

bool UpdateInbox::enqueue(qint64 chatId, qint64 userId, std::optional<qint64> messageId, OutboxKind kind,
    const QString &payload, qint64 now)
{
    bool ok = false;
    runSql(m_db.connection(),
        u"INSERT INTO outbox (direction, chat_id, telegram_user_id, message_id, kind, payload, state, "
        u"created_at)"
        " VALUES ('to_intercom', ?, ?, ?, ?, ?, 'pending', ?)"_s,
        { chatId, userId, messageId ? QVariant(*messageId) : QVariant(QMetaType(QMetaType::LongLong)),
            outboxKindText(kind),
            payload.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(payload), now },
        &ok);
    return ok;
}

} // namespace tgic::store
