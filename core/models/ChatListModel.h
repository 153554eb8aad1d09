// SPDX-License-Identifier: MIT
#pragma once

#include "ChatFilter.h"
#include "ChatSearchIndex.h"
#include "MappingStateNames.h"

#include "store/Change.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace tgic::store {
class Database;
}

namespace tgic::models {

class ModelReader;

//! \brief Every Telegram chat, newest activity first, read from the local cache in pages.
//!
//! Built for 100,000 chats: rows are loaded a page at a time (canFetchMore()/fetchMore(), keyset
//! pagination on the activity index; a fetch runs from the event loop, one at a time, and is
//! dropped if the search changed meanwhile). The search runs over an in-memory ChatSearchIndex
//! (one folded key per chat, read on a worker thread just after the first page is shown) and then
//! reads only the page of rows it found, so neither start-up nor a keystroke waits on a scan of
//! the table. Database::changed() drives fine-grained updates, read through a ModelReader
//! (on a team database off the GUI thread: the rows stay as they were until the new ones come):
//! a chat with a new message moves to the top (beginMoveRows), a new chat is inserted, a changed mapping
//! refreshes only the roles that changed. Only a new search resets the model.
class ChatListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatListModel)

public:
    enum Role {
        ChatIdRole = Qt::UserRole + 1,
        TelegramUserIdRole,
        TitleRole,
        UsernameRole, //!< without the @; empty if none
        PreviewRole,
        LastActivityRole, //!< QDateTime
        LastActivityMsRole, //!< the raw UNIX milliseconds, for sorting and tests
        UnreadCountRole,
        ChatTypeRole, //!< private, group, supergroup, channel
        ChatStateRole, //!< active, blocked
        //! The stored name: linked, pending, conflict, stale, detached, blocked, deactivated; empty
        //! if none. A string on purpose, for whatever introspects roles (roleNames(), QML, tests);
        //! C++ that decides on the state reads MappingStateValueRole (mappingStateOf()) instead.
        MappingStateRole,
        ContactIdRole,
        ContactNameRole,
        ContactEmailRole,
        //! The state as int(MappingState); an invalid QVariant if the user has not written yet.
        //! A role, not a row accessor, so that it also reads through proxy models.
        MappingStateValueRole,
        //! true for a chat of a Telegram Business account (the customer wrote to the shop's own
        //! account, not to the bot): the same person may have a bot chat beside it.
        BusinessChatRole,
    };
    Q_ENUM(Role)

    //! Reads its changes inline on `db`.
    explicit ChatListModel(store::Database &db, QObject *parent = nullptr);
    //! Reads its changes through `reader` (the window's), which outlives the model; pages are
    //! read on `db`, the reader's own connection.
    ChatListModel(ModelReader &reader, QObject *parent = nullptr);
    ~ChatListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! Rows per page (default 200: a few screens, a few milliseconds).
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    //! Apply a search; returns false (and does nothing) when the terms did not change.
    bool setFilterText(const QString &text);
    const ChatFilter &filter() const { return m_filter; }

    //! Re-read from the first page (after opening another database, say). Through the reader:
    //! the rows shown stay until it is here (reloaded()).
    void reload();

    //! A mapping state in words, for screen readers (the badge is painted).
    static QString mappingStateText(OptionalMappingState state);
    //! The typed mapping state of a row (MappingStateValueRole), through any proxy.
    static OptionalMappingState mappingStateOf(const QModelIndex &index);

    int rowOfChat(qint64 chatId) const;
    qint64 chatIdAt(int row) const;

    //! The agent has looked at the chat: its unread count goes back to zero (written through the
    //! reader; the row follows when the change is announced).
    void markRead(qint64 chatId);

    bool isFetching() const { return m_inFlight; }
    //! The search index holds every chat (a search before that completes it at once).
    bool isSearchIndexReady() const { return m_index.isComplete(); }

    struct Row;

Q_SIGNALS:
    //! A page was appended (`rows` new rows; 0 at the end).
    void pageLoaded(int rows);
    //! The first page of a reload() (a search, a reconnect) replaced the rows.
    void reloaded();
    //! The search index is complete.
    void searchIndexReady();

private:
    void onDatabaseChanged(store::Topic topic, const QList<qint64> &ids);
    void loadNextPage();
    //! The page after `after` (the first without), of the search if there is one, to `done`
    //! with whether it is the last; through the reader.
    void readPage(std::optional<ChatSearchIndex::Position> after, std::function<void(QList<Row>, bool)> done);
    void refreshChats(const QList<qint64> &chatIds);
    //! One chat as `fresh` says it is now (empty: gone).
    void refreshChat(qint64 chatId, const Row *fresh);
    //! Apply fresh rows of `chatIds` (those missing are gone).
    void applyChats(const QList<qint64> &chatIds, const QList<Row> &rows);
    //! Read the search index (again) shortly, on a worker thread.
    void rebuildIndex();
    void startIndexBuild();
    void adoptIndex();
    //! The index is complete: replay what changed while it was read, and say so.
    void indexAdopted();
    void ensureIndex();
    void refreshIndexEntries(const QList<qint64> &chatIds);
    void stopIndexBuild();
    struct IndexBuild;

    store::Database &m_db;
    ModelReader *m_reader;
    ChatFilter m_filter;
    QList<Row> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_inFlight = false;
    quint64 m_generation = 0; //!< bumped by every reload: tags in-flight fetches
    ChatSearchIndex m_index;
    quint64 m_indexGeneration = 0; //!< bumped by every rebuild: a scheduled read of an older one is dropped
    std::shared_ptr<IndexBuild> m_build; //!< the read in flight, if any
    QSet<qint64> m_touchedDuringBuild; //!< chats changed while it reads: replayed onto its result
};

} // namespace tgic::models
