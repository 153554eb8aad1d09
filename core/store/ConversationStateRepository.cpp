// SPDX-License-Identifier: MIT
#include "ConversationStateRepository.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &json)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant() : QVariant(v);
}

ConversationState fromRow(const SqlResult &q, int first)
{
    ConversationState s;
    s.state = q.value(first).toString();
    s.adminAssigneeId = q.value(first + 1).toString();
    s.teamAssigneeId = q.value(first + 2).toString();
    s.tags = tagsFromJson(q.value(first + 3).toString());
    s.snoozedUntilMs = q.value(first + 4).toLongLong();
    s.readAtMs = q.value(first + 5).toLongLong();
    return s;
}

} // namespace

std::optional<ConversationState> ConversationState::fromIntercom(const intercom::Conversation &c)
{
    ConversationState s;
    s.conversationId = c.id;
    if (s.conversationId.isEmpty())
        return std::nullopt;
    s.state = c.state;
    if (s.state.isEmpty() && c.open) // older shapes: only `open`
        s.state = !*c.open ? u"closed"_s : c.snoozedUntil > 0 ? u"snoozed"_s : u"open"_s;
    if (s.state != u"open"_s && s.state != u"snoozed"_s && s.state != u"closed"_s)
        return std::nullopt;
    s.adminAssigneeId = c.adminAssigneeId;
    s.teamAssigneeId = c.teamAssigneeId;
    if (s.state == u"snoozed"_s && c.snoozedUntil > 0)
        s.snoozedUntilMs = c.snoozedUntil * 1000;
    s.tagsKnown = c.tags.has_value();
    for (const intercom::Tag &tag : c.tags.value_or(QList<intercom::Tag>()))
        s.tags << tag.name;
    return s;
}

bool ConversationState::sameView(const ConversationState &o) const
{
    return state == o.state && adminAssigneeId == o.adminAssigneeId && teamAssigneeId == o.teamAssigneeId
        && tags == o.tags && snoozedUntilMs == o.snoozedUntilMs;
}

ConversationStateRepository::Recorded ConversationStateRepository::record(
    const QList<ConversationState> &views)
{
    Recorded out;
    if (views.isEmpty())
        return out;
    // What is stored for these conversations: one query for the whole page.
    QVariantList ids;
    for (const ConversationState &v : views)
        ids << v.conversationId;
    SqlResult q = runSql(m_db.connection(),
        u"SELECT intercom_conversation_id, chat_id, intercom_state, admin_assignee_id, team_assignee_id,"
        " intercom_tags, snoozed_until, intercom_read_at FROM conversations"
        " WHERE intercom_conversation_id IN (%1)"_s.arg(placeholders(ids.size())),
        ids);
    struct Stored
    {
        qint64 chatId = 0;
        ConversationState state;
    };
    QHash<QString, Stored> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), Stored { q.value(1).toLongLong(), fromRow(q, 2) });
    if (stored.isEmpty())
        return out;

    const qint64 now = nowMs();
    QList<QPair<qint64, ConversationState>> writes;
    QSet<QString> admins;
    QSet<QString> teams;
    for (ConversationState view : views) {
        const auto it = stored.constFind(view.conversationId);
        if (it == stored.cend())
            continue; // not one this app opened
        if (!view.adminAssigneeId.isEmpty())
            admins.insert(view.adminAssigneeId);
        if (!view.teamAssigneeId.isEmpty())
            teams.insert(view.teamAssigneeId);
        if (!view.tagsKnown)
            view.tags = it->state.tags;
        const bool neverRead = it->state.state.isEmpty();
        if (!neverRead && view.sameView(it->state) && now - it->state.readAtMs < kRestampAfterMs)
            continue;
        view.readAtMs = now;
        writes.append({ it->chatId, view });
    }

    if (!writes.isEmpty()) {
        // Every conversation of the page in one round trip (with BEGIN and COMMIT).
        Transaction transaction(m_db);
        SqlBatch updates(m_db.connection());
        for (const auto &[chatId, v] : std::as_const(writes))
            updates.add(
                u"UPDATE conversations SET intercom_state = ?, admin_assignee_id = ?, team_assignee_id = ?,"
                " intercom_tags = ?, snoozed_until = ?, intercom_read_at = ? WHERE intercom_conversation_id = ?"_s,
                { v.state, nullIfEmpty(v.adminAssigneeId), nullIfEmpty(v.teamAssigneeId), tagsJson(v.tags),
                    nullIfZero(v.snoozedUntilMs), v.readAtMs, v.conversationId });
        if (transaction && transaction.commit(updates)) {
            for (const auto &w : std::as_const(writes))
                if (!out.chats.contains(w.first))
                    out.chats << w.first;
            m_db.notifyChanged(Topic::Conversations, out.chats);
        } else {
            qCWarning(lcStore) << "cannot record the conversations' Intercom state";
        }
    }

    // Assignees nobody has named yet (names come from GET /admins and GET /teams).
    if (!admins.isEmpty() || !teams.isEmpty()) {
        QVariantList binds;
        QStringList conditions;
        for (const auto &[kind, set] : { QPair<QString, const QSet<QString> *> { u"admin"_s, &admins },
                 QPair<QString, const QSet<QString> *> { u"team"_s, &teams } }) {
            if (set->isEmpty())
                continue;
            conditions << u"(kind = ? AND id IN (%1))"_s.arg(placeholders(set->size()));
            binds << kind;
            for (const QString &id : *set)
                binds << id;
        }
        SqlResult named = runSql(m_db.connection(),
            u"SELECT kind, id FROM intercom_teammates WHERE "_s + conditions.join(u" OR "_s), binds);
        QSet<QString> known;
        while (named.next())
            known.insert(named.value(0).toString() + u':' + named.value(1).toString());
        for (const QString &id : std::as_const(admins))
            if (!known.contains(u"admin:"_s + id))
                out.unnamed << u"admin:"_s + id;
        for (const QString &id : std::as_const(teams))
            if (!known.contains(u"team:"_s + id))
                out.unnamed << u"team:"_s + id;
        out.unnamed.sort();
    }
    return out;
}

std::optional<ConversationState> ConversationStateRepository::find(const QString &conversationId) const
{
    SqlResult q = runSql(m_db.connection(),
        u"SELECT intercom_state, admin_assignee_id, team_assignee_id, intercom_tags, snoozed_until,"
        " intercom_read_at FROM conversations WHERE intercom_conversation_id = ? AND intercom_state IS NOT NULL"_s,
        { conversationId });
    if (!q.next())
        return std::nullopt;
    ConversationState s = fromRow(q, 0);
    s.conversationId = conversationId;
    return s;
}

bool ConversationStateRepository::saveTeammates(
    const QString &kind, const QList<QPair<QString, QString>> &idsAndNames)
{
    if (idsAndNames.isEmpty())
        return true;
    const qint64 now = nowMs();
    Transaction transaction(m_db);
    bool ok = transaction.isActive();
    for (const auto &[id, name] : idsAndNames) {
        if (!ok)
            break;
        SqlResult update = runSql(m_db.connection(),
            u"UPDATE intercom_teammates SET name = ?, fetched_at = ? WHERE kind = ? AND id = ?"_s,
            { name, now, kind, id }, &ok);
        if (ok && update.numRowsAffected() == 0)
            runSql(m_db.connection(),
                u"INSERT INTO intercom_teammates (kind, id, name, fetched_at) VALUES (?, ?, ?, ?)"_s,
                { kind, id, name, now }, &ok);
    }
    if (!ok || !transaction.commit()) {
        qCWarning(lcStore).noquote() << "cannot store the names of the workspace's" << kind << "teammates";
        return false;
    }
    m_db.notifyChanged(Topic::Conversations);
    return true;
}

QString ConversationStateRepository::teammateName(const QString &kind, const QString &id) const
{
    if (id.isEmpty())
        return {};
    return scalar(
        m_db.connection(), u"SELECT name FROM intercom_teammates WHERE kind = ? AND id = ?"_s, { kind, id })
        .toString();
}

QStringList ConversationStateRepository::untagged(int limit) const
{
    QStringList ids;
    SqlResult q = runSql(m_db.connection(),
        u"SELECT intercom_conversation_id FROM conversations WHERE tagged_at IS NULL"
        " ORDER BY last_activity_at DESC LIMIT ?"_s,
        { limit });
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

bool ConversationStateRepository::markTagged(const QString &conversationId)
{
    SqlBatch batch(m_db.connection());
    addTagged(batch, { conversationId });
    return batch.exec();
}

void ConversationStateRepository::addTagged(SqlBatch &batch, const QStringList &conversationIds)
{
    if (conversationIds.isEmpty())
        return;
    QVariantList binds { nowMs() };
    for (const QString &id : conversationIds)
        binds << id;
    batch.add(u"UPDATE conversations SET tagged_at = ? WHERE intercom_conversation_id IN (%1)"_s.arg(
                  placeholders(conversationIds.size())),
        binds);
}

} // namespace tgic::store
