// SPDX-License-Identifier: MIT
#include "ChatListModel.h"

#include "ModelReader.h"
#include "store/BusinessRepository.h"
#include "store/ChatRepository.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace tgic::models {

struct ChatListModel::Row
{
    qint64 chatId = 0;
    qint64 userId = 0;
    qint64 lastAt = 0;
    int unread = 0;
    QString type, title, username, preview, chatState, contactId, contactName, contactEmail;
    OptionalMappingState mappingState;

    // Newest activity first; the chat id breaks ties so that the order is total and keyset
    // pagination never skips or repeats a row.
    bool before(const Row &other) const
    {
        return lastAt != other.lastAt ? lastAt > other.lastAt : chatId > other.chatId;
    }
};

namespace {
// One statement for pages, single rows and search pages: the activity index drives the scan,
// and the joins are primary-key lookups, so LIMIT stops it early.
const QString kJoins = u" FROM chats c"
                       " LEFT JOIN mappings m ON m.telegram_user_id = c.telegram_user_id"
                       " LEFT JOIN contacts k ON k.intercom_contact_id = m.intercom_contact_id"_s;
const QString kSelect = u"SELECT c.chat_id, c.telegram_user_id, c.last_message_at, c.unread_count, c.type,"
                        " c.title, c.username, c.last_message_preview, c.state, m.state,"
                        " m.intercom_contact_id, k.name, k.email"_s
    + kJoins;
const QString kOrder = u" ORDER BY c.last_message_at DESC, c.chat_id DESC LIMIT "_s;
// "After the row (at, id)" in the list's order. The first conjunct is a plain range on the
// activity index, so the scan starts at the cursor. Written as a bare OR, SQLite read and
// sorted every older chat for each page: about a second per page at 100k chats.
const QString kAfter = u"c.last_message_at <= ? AND (c.last_message_at < ? OR c.chat_id < ?)"_s;

ChatSearchKey keyOf(const ChatListModel::Row &r)
{
    return ChatFilter::searchKey({ r.title, r.username, r.userId, r.contactName, r.contactEmail });
}

QList<ChatListModel::Row> readRows(
    store::Database &db, const QString &where, const QVariantList &binds, int limit)
{
    const QString sql = kSelect + u" WHERE "_s + where + kOrder + QString::number(limit);
    bool ok = false;
    store::SqlResult q = store::runSql(db.connection(), sql, binds, &ok, store::Rows::ForwardOnly);
    QList<ChatListModel::Row> rows;
    if (!ok)
        return rows;
    while (q.next()) {
        ChatListModel::Row r;
        r.chatId = q.value(0).toLongLong();
        r.userId = q.value(1).toLongLong();
        r.lastAt = q.value(2).toLongLong();
        r.unread = q.value(3).toInt();
        r.type = q.value(4).toString();
        r.title = q.value(5).toString();
        r.username = q.value(6).toString();
        r.preview = q.value(7).toString();
        r.chatState = q.value(8).toString();
        r.mappingState = mappingStateFromColumn(q.value(9).toString());
        r.contactId = q.value(10).toString();
        r.contactName = q.value(11).toString();
        r.contactEmail = q.value(12).toString();
        rows.append(std::move(r));
    }
    return rows;
}

// The rows of many chats, in one statement per 500, not one each: on a team database every read
// is a round trip, and a burst of customers announces a hundred chats at once.
QList<ChatListModel::Row> readChats(store::Database &db, const QList<qint64> &chatIds)
{
    constexpr qsizetype kPerRead = 500;
    QList<ChatListModel::Row> rows;
    for (qsizetype from = 0; from < chatIds.size(); from += kPerRead) {
        const QList<qint64> some = chatIds.mid(from, kPerRead);
        QVariantList binds;
        for (qint64 id : some)
            binds << id;
        rows += readRows(
            db, u"c.chat_id IN ("_s + store::placeholders(some.size()) + u')', binds, int(some.size()));
    }
    return rows;
}

// What identifies a read of these ids (ModelReader::readShared): the same list, the same read.
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

// The chats of these Telegram users (mappings are keyed by them), with their rows.
std::pair<QList<qint64>, QList<ChatListModel::Row>> readChatsOfUsers(
    store::Database &db, const QList<qint64> &userIds)
{
    QVariantList binds;
    for (qint64 id : userIds)
        binds << id;
    store::SqlResult q = store::runSql(db.connection(),
        u"SELECT chat_id FROM chats WHERE telegram_user_id IN ("_s + store::placeholders(userIds.size())
            + u')',
        binds, nullptr, store::Rows::ForwardOnly);
    QList<qint64> chats;
    while (q.next())
        chats << q.value(0).toLongLong();
    return { chats, readChats(db, chats) };
}
} // namespace

ChatListModel::ChatListModel(store::Database &db, QObject *parent)
    : ChatListModel(*new ModelReader(db), parent)
{
    m_reader->setParent(this);
}

ChatListModel::ChatListModel(ModelReader &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(reader.database())
    , m_reader(&reader)
{
    connect(&m_db, &store::Database::changed, this, &ChatListModel::onDatabaseChanged);
    reload();
    rebuildIndex();
}

ChatListModel::~ChatListModel()
{
    stopIndexBuild();
}

void ChatListModel::readPage(
    std::optional<ChatSearchIndex::Position> after, std::function<void(QList<Row>, bool)> done)
{
    // Through the reader: on a team database every page is a round trip, which the window's
    // thread does not wait for. Keyset pages ("after the row (at, id)") stay small and stable
    // while rows arrive at the top.
    const int limit = m_pageSize;
    if (m_filter.isEmpty()) {
        m_reader->read(
            [after, limit](store::Database &db) {
                return after ? readRows(db, kAfter, { after->lastAt, after->lastAt, after->chatId }, limit)
                             : readRows(db, u"1 = 1"_s, {}, limit);
            },
            this,
            [limit, done = std::move(done)](QList<Row> rows) {
                const bool atEnd = rows.size() < limit;
                done(std::move(rows), atEnd);
            },
            ModelReader::Lane::Interactive);
        return;
    }
    // A search: the index (in memory) says which chats, in order; their rows are read.
    if (!m_index.isComplete() && m_reader->isOnWorkerThread()) {
        // Across a network the index takes a while to read (on a thread of its own): the search
        // answers once it is complete instead of the window's thread waiting for it.
        startIndexBuild();
        auto ready = std::make_shared<QMetaObject::Connection>();
        *ready = connect(this, &ChatListModel::searchIndexReady, this,
            [this, ready, after, generation = m_generation, done = std::move(done)]() mutable {
                disconnect(*ready);
                if (generation == m_generation) // else a newer search or reload asked since
                    readPage(after, std::move(done));
            });
        return;
    }
    ensureIndex();
    bool atEnd = false;
    const QList<qint64> ids = m_index.match(m_filter, after, limit, &atEnd);
    if (ids.isEmpty()) {
        done({}, atEnd);
        return;
    }
    m_reader->read(
        [ids](store::Database &db) {
            QList<Row> rows = readChats(db, ids);
            std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.before(b); });
            return rows;
        },
        this, [atEnd, done = std::move(done)](QList<Row> rows) { done(std::move(rows), atEnd); },
        ModelReader::Lane::Interactive);
}

void ChatListModel::refreshIndexEntries(const QList<qint64> &chatIds)
{
    m_reader->read([chatIds](store::Database &db) { return readChats(db, chatIds); }, this,
        [this, chatIds](const QList<Row> &rows) {
            QHash<qint64, const Row *> fresh;
            for (const Row &r : rows)
                fresh.insert(r.chatId, &r);
            for (qint64 chatId : chatIds) {
                const Row *r = fresh.value(chatId);
                m_index.update(chatId,
                    r ? std::optional(ChatSearchIndex::Entry { r->lastAt, chatId, keyOf(*r) })
                      : std::nullopt);
            }
        });
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
            .arg(r.title, QString::number(r.userId), mappingStateText(r.mappingState), r.preview);
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
    case BusinessChatRole:
        return store::BusinessRepository::isBusinessChat(r.chatId);
    case MappingStateRole:
        return r.mappingState ? mappingStateName(*r.mappingState) : QString();
    case MappingStateValueRole:
        return r.mappingState ? QVariant(int(*r.mappingState)) : QVariant();
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

QString ChatListModel::mappingStateText(OptionalMappingState state)
{
    if (!state)
        return tr("not linked yet");
    switch (*state) {
    case MappingState::Linked:
        return tr("linked to Intercom");
    case MappingState::Pending:
        return tr("waiting for its Intercom contact");
    case MappingState::Conflict:
        return tr("conflict: several Intercom contacts");
    case MappingState::Stale:
        return tr("stale: the contact was merged or deleted");
    case MappingState::Detached:
        return tr("unlinked by an agent");
    case MappingState::Blocked:
        return tr("blocked the bot");
    case MappingState::Deactivated:
        return tr("Telegram account deleted");
    }
    return tr("not linked yet");
}

OptionalMappingState ChatListModel::mappingStateOf(const QModelIndex &index)
{
    const QVariant v = index.data(MappingStateValueRole);
    if (!v.isValid())
        return std::nullopt;
    return static_cast<MappingState>(v.toInt());
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { ChatIdRole, "chatId" }, { TelegramUserIdRole, "telegramUserId" }, { TitleRole, "title" },
        { UsernameRole, "username" }, { PreviewRole, "preview" }, { LastActivityRole, "lastActivity" },
        { LastActivityMsRole, "lastActivityMs" }, { UnreadCountRole, "unreadCount" },
        { ChatTypeRole, "chatType" }, { ChatStateRole, "chatState" }, { MappingStateRole, "mappingState" },
        { ContactIdRole, "contactId" }, { ContactNameRole, "contactName" },
        { ContactEmailRole, "contactEmail" }, { MappingStateValueRole, "mappingStateValue" },
        { BusinessChatRole, "businessChat" } });
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
    // handling other signals of this model, and inserting rows there would nest changes. In
    // flight until the page is here, so that it is asked for once.
    m_inFlight = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation) // else the search changed: this page belongs to an old result
            loadNextPage();
    });
}

void ChatListModel::loadNextPage()
{
    std::optional<ChatSearchIndex::Position> after;
    if (!m_rows.isEmpty())
        after = ChatSearchIndex::Position { m_rows.constLast().lastAt, m_rows.constLast().chatId };
    readPage(after, [this, generation = m_generation](QList<Row> rows, bool atEnd) {
        if (generation != m_generation)
            return; // a reload started meanwhile
        m_inFlight = false;
        m_atEnd = atEnd;
        // A live update may already have inserted some of these rows.
        rows.removeIf([this](const Row &r) { return rowOfChat(r.chatId) >= 0; });
        if (!rows.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(rows.size()) - 1);
            m_rows.append(rows);
            endInsertRows();
        }
        Q_EMIT pageLoaded(int(rows.size()));
    });
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
    // The rows shown stay until the first page is here (a keystroke does not blank the list);
    // a newer reload, or a further page asked for before it, drops what this one reads.
    ++m_generation;
    m_inFlight = true;
    readPage(std::nullopt, [this, generation = m_generation](QList<Row> rows, bool atEnd) {
        if (generation != m_generation)
            return;
        beginResetModel();
        m_inFlight = false;
        m_rows = std::move(rows);
        m_atEnd = atEnd;
        endResetModel();
        Q_EMIT reloaded();
    });
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
    // A write, but of the same kind as the reads: off the GUI thread on a team database. Its
    // notice brings the row (and the status bar) up to date.
    m_reader->read([chatId](store::Database &db) { return store::ChatRepository(db).markRead(chatId); }, this,
        [](bool) {}, ModelReader::Lane::Interactive);
}

void ChatListModel::onDatabaseChanged(store::Topic topic, const QList<qint64> &ids)
{
    if (topic == store::Topic::Chats) {
        if (ids.isEmpty()) {
            rebuildIndex();
            reload();
        } else
            refreshChats(ids);
    } else if (topic == store::Topic::Mappings) {
        // Mapping ids are Telegram user ids; find every chat of those users (loaded or not: a
        // newly linked contact's email can make an unloaded chat match the search).
        if (ids.isEmpty()) {
            rebuildIndex(); // contact names and emails may have changed anywhere
            QList<qint64> loaded;
            for (const Row &r : std::as_const(m_rows))
                loaded << r.chatId;
            refreshChats(loaded);
            return;
        }
        m_reader->readShared(
            u"chats of users "_s + idList(ids),
            [ids](store::Database &db) { return readChatsOfUsers(db, ids); }, this,
            [this](const std::pair<QList<qint64>, QList<Row>> &chats) {
                applyChats(chats.first, chats.second);
            });
    }
}

void ChatListModel::refreshChats(const QList<qint64> &chatIds)
{
    // The rows stay as they are until the fresh ones arrive.
    // The tray's list re-reads the same chats on the same notice: one read for both.
    m_reader->readShared(
        u"chats "_s + idList(chatIds), [chatIds](store::Database &db) { return readChats(db, chatIds); },
        this, [this, chatIds](const QList<Row> &rows) { applyChats(chatIds, rows); });
}

void ChatListModel::applyChats(const QList<qint64> &chatIds, const QList<Row> &rows)
{
    QHash<qint64, const Row *> fresh;
    for (const Row &r : rows)
        fresh.insert(r.chatId, &r);
    for (qint64 id : chatIds)
        refreshChat(id, fresh.value(id));
}

void ChatListModel::refreshChat(qint64 chatId, const Row *fresh)
{
    std::optional<ChatSearchIndex::Entry> entry;
    if (fresh)
        entry = ChatSearchIndex::Entry { fresh->lastAt, chatId, keyOf(*fresh) };
    m_index.update(chatId, entry);
    if (m_build)
        m_touchedDuringBuild.insert(chatId);
    const int row = rowOfChat(chatId);
    if (!entry || (!m_filter.isEmpty() && !m_filter.matches(entry->key))) {
        // Gone, or no longer matches the search.
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    const Row &r = *fresh;
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
        roles << MappingStateRole << MappingStateValueRole;
    if (old.contactId != r.contactId)
        roles << ContactIdRole;
    if (old.contactName != r.contactName)
        roles << ContactNameRole;
    if (old.contactEmail != r.contactEmail)
        roles << ContactEmailRole;
    if (old.userId != r.userId)
        roles << TelegramUserIdRole;
    // A screen reader's text for the row is made of these (data(), Qt::AccessibleTextRole).
    if (old.title != r.title || old.userId != r.userId || old.mappingState != r.mappingState
        || old.unread != r.unread || old.preview != r.preview)
        roles << Qt::AccessibleTextRole;
    if (!roles.isEmpty()) {
        const QModelIndex i = index(target);
        Q_EMIT dataChanged(i, i, roles);
    }
}

} // namespace tgic::models
