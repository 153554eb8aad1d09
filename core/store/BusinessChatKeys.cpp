// SPDX-License-Identifier: MIT
#include "BusinessChatKeys.h"

#include "BusinessRepository.h"
#include "Database.h"
#include "Sql.h"
#include "telegram/TelegramTypes.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tgic::store {

using telegram::ParsedUpdate;

namespace {
using Pair = QPair<QString, qint64>; // connection, Telegram chat id

bool customerSpeaks(const ParsedUpdate &u)
{
    return (u.kind == ParsedUpdate::Kind::Message || u.kind == ParsedUpdate::Kind::EditedMessage)
        && u.message.isBusiness() && u.message.businessSender() == telegram::BusinessSender::Customer;
}
} // namespace

bool BusinessChatKeys::resolve(QList<ParsedUpdate> &updates)
{
    QList<Pair> wanted;
    QStringList connections;
    QList<qint64> chats;
    for (const ParsedUpdate &u : updates) {
        if (!customerSpeaks(u))
            continue;
        const Pair pair { u.message.businessConnectionId, u.message.chat.id };
        if (!wanted.contains(pair))
            wanted << pair;
        if (!connections.contains(pair.first))
            connections << pair.first;
        if (!chats.contains(pair.second))
            chats << pair.second;
    }
    if (wanted.isEmpty())
        return true; // no round trip
    // A superset (every pairing of the connections and chats named), filtered here.
    const QSqlDatabase db = m_db.connection();
    SqlBatch reads(db);
    QVariantList binds;
    for (const QString &c : connections)
        binds << c;
    for (const qint64 c : chats)
        binds << c;
    const int known
        = reads.add(u"SELECT business_connection_id, telegram_chat_id, chat_id FROM business_chats"
                    " WHERE business_connection_id IN ("_s
                + placeholders(connections.size()) + u") AND telegram_chat_id IN ("_s
                + placeholders(chats.size()) + u')',
            binds);
    const int highest = reads.add(u"SELECT MAX(chat_id) FROM business_chats"_s);
    if (!reads.exec())
        return false;
    QHash<Pair, qint64> keys;
    for (SqlResult &r = reads.result(known); r.next();)
        keys.insert({ r.value(0).toString(), r.value(1).toLongLong() }, r.value(2).toLongLong());
    SqlResult &max = reads.result(highest);
    qint64 next = max.next() && !max.value(0).isNull() ? max.value(0).toLongLong() + 1
                                                       : BusinessRepository::kFirstChatKey;
    // New chats get the next keys, written before anything refers to them (only the poller
    // stores updates, inside the lease: nobody else allocates meanwhile).
    QStringList tuples;
    QVariantList values;
    for (const Pair &pair : std::as_const(wanted)) {
        if (keys.contains(pair))
            continue;
        keys.insert(pair, next);
        tuples << u"(?, ?, ?)"_s;
        values << next++ << pair.first << pair.second;
    }
    if (!tuples.isEmpty()) {
        bool ok = false;
        runSql(db,
            u"INSERT INTO business_chats (chat_id, business_connection_id, telegram_chat_id) VALUES "_s
                + tuples.join(u", "_s),
            values, &ok);
        if (!ok)
            return false;
    }
    for (ParsedUpdate &u : updates) {
        if (!customerSpeaks(u))
            continue;
        const qint64 key = keys.value({ u.message.businessConnectionId, u.message.chat.id });
        qint64 &last = m_lastCustomerMessage[key];
        last = qMax(last, u.message.date * 1000);
        u.message.chat.id = key;
        u.message.businessConnectionId.clear();
    }
    return true;
}

void BusinessChatKeys::write(SqlBatch &writes) const
{
    for (auto it = m_lastCustomerMessage.cbegin(); it != m_lastCustomerMessage.cend(); ++it)
        writes.add(u"UPDATE business_chats SET last_customer_message_at = ?"
                   " WHERE chat_id = ? AND last_customer_message_at < ?"_s,
            { it.value(), it.key(), it.value() });
}

} // namespace tgic::store
