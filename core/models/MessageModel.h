// SPDX-License-Identifier: MIT
#pragma once

#include "store/Change.h"

#include <QAbstractListModel>
#include <QList>

namespace tgic::store {
class Database;
}

namespace tgic::models {

class ModelReader;

//! \brief One chat's history from the local cache, oldest at the top.
//!
//! Opens on the newest page; older messages come a page at a time through canFetchMore() /
//! fetchMore(). A fetch is deferred to the event loop (so a view never re-enters the model from
//! inside its own layout), at most one is in flight, and a reply for a chat that is no longer
//! shown is dropped. Note: QAbstractItemView asks for more when its *bottom* is visible, which in
//! a chat is always; views should call fetchMore() themselves when scrolled to the top.
//!
//! New messages append live, and delivery states and edits update in place (dataChanged with
//! the roles that changed), driven by Database::changed(Topic::Messages, chat ids). The first page
//! and the live updates are read through a ModelReader: on a team database a chat shows empty
//! for a round trip and fills in, and a change shows when its read arrives.
class MessageModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageModel)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        TextRole,
        DirectionRole, //!< "in" (from the customer) or "out"
        IsOutgoingRole,
        KindRole, //!< the Bot API's name: text, photo, voice, document, sticker, …
        IsMediaRole, //!< anything but text: the view shows a placeholder
        MediaLabelRole, //!< what a media message is, in the user's language ("Photo", "Voice message")
        SentAtRole, //!< QDateTime
        SentAtMsRole,
        EditedAtRole, //!< QDateTime, invalid if never edited
        IsEditedRole,
        DeliveryRole, //!< queued, delivered, failed
        DeliveryErrorRole, //!< why it failed, when it did
        SenderIdRole,
    };
    Q_ENUM(Role)

    //! Reads inline on `db`.
    explicit MessageModel(store::Database &db, QObject *parent = nullptr);
    //! Reads through `reader` (the window's), which outlives it; older pages are read on the
    //! reader's own connection.
    MessageModel(ModelReader &reader, QObject *parent = nullptr);
    ~MessageModel() override;

    //! Show another chat (0: none). Resets the model: every row changes.
    void setChatId(qint64 chatId);
    qint64 chatId() const { return m_chatId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    //! Older messages: false while a fetch is in flight or once the first message is loaded.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    bool isFetching() const { return m_inFlight; }
    bool reachedBeginning() const { return m_atBeginning; }

    struct Row;

Q_SIGNALS:
    //! A page of older messages was inserted at the top (`rows` of them; 0 at the beginning).
    void olderLoaded(int rows);

private:
    //! What the view shows for a media message of this kind.
    static QString mediaLabel(const Row &row);
    void onDatabaseChanged(store::Topic topic, const QList<qint64> &ids);
    void refreshTail();
    //! Insert what is new in `fresh`, update what changed.
    void merge(const QList<Row> &fresh);

    store::Database &m_db;
    ModelReader *m_reader;
    QList<Row> m_rows;
    qint64 m_chatId = 0;
    quint64 m_generation = 0; //!< bumped on every chat switch: tags in-flight fetches
    int m_pageSize = 50;
    bool m_inFlight = false;
    bool m_atBeginning = true;
};

} // namespace tgic::models
