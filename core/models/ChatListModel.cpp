// SPDX-License-Identifier: MIT
#include "ChatListModel.h"

#include "store/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::models {

struct ChatListModel::Row
{
    qint64 chatId = 0;
    qint64 userId = 0;
    qint64 lastAt = 0;
    int unread = 0;
    QString type, title, username, preview, chatState, mappingState, contactId, contactName, contactEmail;

    // Newest activity first; the chat id breaks ties so that the order is total and keyset
    // pagination never skips or repeats a row.
    bool before(const Row &other) const
    {
        return lastAt != other.lastAt ? lastAt > other.lastAt : chatId > other.chatId;
    }
};

namespace {
// One statement for pages, single rows and searches: the activity index drives the scan, and
// the joins are primary-key lookups, so LIMIT stops it early.
const QString kSelect = u"SELECT c.chat_id, c.telegram_user_id, c.last_message_at, c.unread_count, c.type,"
                        " c.title, c.username, c.last_message_preview, c.state, m.state,"
                        " m.intercom_contact_id, k.name, k.email"
                        " FROM chats c"
                        " LEFT JOIN mappings m ON m.telegram_user_id = c.telegram_user_id"
                        " LEFT JOIN contacts k ON k.intercom_contact_id = m.intercom_contact_id"_s;
} // namespace

ChatListModel::ChatListModel(store::Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    connect(&m_db, &store::Database::changed, this, &ChatListModel::onDatabaseChanged);
    m_rows = query({}, {}, m_pageSize);
    m_atEnd = m_rows.size() < m_pageSize;
}

ChatListModel::~ChatListModel() = default;

QList<ChatListModel::Row> ChatListModel::query(
    const QString &extraWhere, const QVariantList &extraBinds, int limit) const
{
    QVariantList binds;
    QString sql = kSelect + u" WHERE "_s + m_filter.whereClause(binds);
    if (!extraWhere.isEmpty())
        sql += u" AND "_s + extraWhere;
    binds += extraBinds;
    sql += u" ORDER BY c.last_message_at DESC, c.chat_id DESC LIMIT "_s + QString::number(limit);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Row> rows;
    if (!q.exec()) {
        qWarning("chat list query failed: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    while (q.next()) {
        Row r;
        r.chatId = q.value(0).toLongLong();
        r.userId = q.value(1).toLongLong();
        r.lastAt = q.value(2).toLongLong();
        r.unread = q.value(3).toInt();
        r.type = q.value(4).toString();
        r.title = q.value(5).toString();
        r.username = q.value(6).toString();
        r.preview = q.value(7).toString();
        r.chatState = q.value(8).toString();
        r.mappingState = q.value(9).toString();
        r.contactId = q.value(10).toString();
        r.contactName = q.value(11).toString();
        r.contactEmail = q.value(12).toString();
        rows.append(std::move(r));
    }
    return rows;
}

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title.isEmpty() ? QString::number(r.chatId) : r.title;
    case Qt::ToolTipRole:
        return r.username.isEmpty() ? r.title : r.title + u" (@"_s + r.username + u')';
    case Qt::AccessibleTextRole:
        // What a screen reader says for the row: the painted delegate has no text of its own.
        return tr("%1, Telegram ID %2, %3, %n unread, last message: %4", nullptr, r.unread)
            .arg(r.title, QString::number(r.userId),
                r.mappingState.isEmpty() ? tr("not linked yet") : r.mappingState, r.preview);
    case ChatIdRole:
        return r.chatId;
    case TelegramUserIdRole:
        return r.userId;
    case UsernameRole:
        return r.username;
    case PreviewRole:
        return r.preview;
    case LastActivityRole:
        return r.lastAt > 0 ? QDateTime::fromMSecsSinceEpoch(r.lastAt) : QDateTime();
    case LastActivityMsRole:
        return r.lastAt;
    case UnreadCountRole:
        return r.unread;
    case ChatTypeRole:
        return r.type;
    case ChatStateRole:
        return r.chatState;
    case MappingStateRole:
        return r.mappingState;
    case ContactIdRole:
        return r.contactId;
    case ContactNameRole:
        return r.contactName;
    case ContactEmailRole:
        return r.contactEmail;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { ChatIdRole, "chatId" }, { TelegramUserIdRole, "telegramUserId" }, { TitleRole, "title" },
        { UsernameRole, "username" }, { PreviewRole, "preview" }, { LastActivityRole, "lastActivity" },
        { LastActivityMsRole, "lastActivityMs" }, { UnreadCountRole, "unreadCount" },
        { ChatTypeRole, "chatType" }, { ChatStateRole, "chatState" }, { MappingStateRole, "mappingState" },
        { ContactIdRole, "contactId" }, { ContactNameRole, "contactName" },
        { ContactEmailRole, "contactEmail" } });
    return names;
}

bool ChatListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_inFlight;
}

void ChatListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // From the event loop, not from inside the caller: views and proxies ask for more while
    // handling other signals of this model, and inserting rows there would nest changes.
    m_inFlight = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return; // the search changed: this page belongs to an old result
        m_inFlight = false;
        loadNextPage();
    });
}

void ChatListModel::loadNextPage()
{
    QString where;
    QVariantList binds;
    if (!m_rows.isEmpty()) {
        // Keyset pagination: "after the last row we have", stable while rows arrive at the top.
        const Row &last = m_rows.constLast();
        where = u"(c.last_message_at < ? OR (c.last_message_at = ? AND c.chat_id < ?))"_s;
        binds = { last.lastAt, last.lastAt, last.chatId };
    }
    QList<Row> page = query(where, binds, m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    // A live update may already have inserted some of these rows.
    page.removeIf([this](const Row &r) { return rowOfChat(r.chatId) >= 0; });
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(page.size()));
}

bool ChatListModel::setFilterText(const QString &text)
{
    if (!m_filter.setText(text))
        return false;
    // A new search replaces the whole row set: the one place where a reset is the honest signal.
    reload();
    return true;
}

void ChatListModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_inFlight = false;
    m_rows = query({}, {}, m_pageSize);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
}

int ChatListModel::rowOfChat(qint64 chatId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).chatId == chatId)
            return i;
    return -1;
}

qint64 ChatListModel::chatIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).chatId : 0;
}

void ChatListModel::markRead(qint64 chatId)
{
    const int row = rowOfChat(chatId);
    if (row >= 0 && m_rows.at(row).unread == 0)
        return;
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE chats SET unread_count = 0 WHERE chat_id = ? AND unread_count <> 0"_s);
    q.addBindValue(chatId);
    if (q.exec() && q.numRowsAffected() > 0)
        m_db.notifyChanged(u"chats"_s, { chatId });
}

void ChatListModel::onDatabaseChanged(const QString &topic, const QList<qint64> &ids)
{
    if (topic == u"chats"_s) {
        if (ids.isEmpty())
            reload();
        else
            refreshChats(ids);
    } else if (topic == u"mappings"_s) {
        // Mapping ids are Telegram user ids; find every chat of those users (loaded or not: a
        // newly linked contact's email can make an unloaded chat match the search).
        if (ids.isEmpty()) {
            QList<qint64> loaded;
            for (const Row &r : std::as_const(m_rows))
                loaded << r.chatId;
            refreshChats(loaded);
            return;
        }
        QStringList marks(ids.size(), u"?"_s);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT chat_id FROM chats WHERE telegram_user_id IN ("_s + marks.join(u',') + u')');
        for (qint64 id : ids)
            q.addBindValue(id);
        QList<qint64> chats;
        if (q.exec())
            while (q.next())
                chats << q.value(0).toLongLong();
        refreshChats(chats);
    }
}

void ChatListModel::refreshChats(const QList<qint64> &chatIds)
{
    for (qint64 id : chatIds)
        refreshChat(id);
}

void ChatListModel::refreshChat(qint64 chatId)
{
    const QList<Row> fresh = query(u"c.chat_id = ?"_s, { chatId }, 1);
    const int row = rowOfChat(chatId);
    if (fresh.isEmpty()) {
        // Gone, or no longer matches the search.
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    const Row &r = fresh.first();
    // Where the row belongs among the others (the list without itself stays sorted).
    int target = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        if (i != row && m_rows.at(i).before(r))
            ++target;

    if (row < 0) {
        // Beyond the loaded pages it arrives with fetchMore(), in order.
        if (target == m_rows.size() && !m_atEnd)
            return;
        beginInsertRows({}, target, target);
        m_rows.insert(target, r);
        endInsertRows();
        return;
    }

    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    const Row old = m_rows.at(target);
    m_rows[target] = r;
    QList<int> roles;
    if (old.title != r.title)
        roles << Qt::DisplayRole << TitleRole << Qt::ToolTipRole;
    if (old.username != r.username)
        roles << UsernameRole << Qt::ToolTipRole;
    if (old.preview != r.preview)
        roles << PreviewRole;
    if (old.lastAt != r.lastAt)
        roles << LastActivityRole << LastActivityMsRole;
    if (old.unread != r.unread)
        roles << UnreadCountRole;
    if (old.type != r.type)
        roles << ChatTypeRole;
    if (old.chatState != r.chatState)
        roles << ChatStateRole;
    if (old.mappingState != r.mappingState)
        roles << MappingStateRole;
    if (old.contactId != r.contactId)
        roles << ContactIdRole;
    if (old.contactName != r.contactName)
        roles << ContactNameRole;
    if (old.contactEmail != r.contactEmail)
        roles << ContactEmailRole;
    if (old.userId != r.userId)
        roles << TelegramUserIdRole;
    if (!roles.isEmpty()) {
        const QModelIndex i = index(target);
        Q_EMIT dataChanged(i, i, roles);
    }
}

} // namespace tgic::models
