// SPDX-License-Identifier: MIT
#pragma once

#include "store/Change.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace tgic::store {
class Database;
}

namespace tgic::models {

class ModelReader;

//! \brief Every manual or automatic change to a mapping (the store's audit_log), newest first:
//! who, when, what, for which Telegram user and contact, before and after.
//!
//! Paged like the chat list (canFetchMore()/fetchMore() from the event loop, keyset on the id);
//! a new entry (Database::changed(Topic::Audit)) is inserted at the top without a reset.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        TelegramColumn,
        ContactColumn,
        BeforeColumn,
        AfterColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        AtRole, //!< QDateTime
        ActorRole,
        ActionRole, //!< the stored action name: link, unlink, reresolve, merge, anchor, state, profile
        TelegramUserIdRole,
        ContactIdRole,
        BeforeRole,
        AfterRole,
        DetailRole,
    };
    Q_ENUM(Role)

    //! Reads inline on `db`.
    explicit AuditLogModel(store::Database &db, QObject *parent = nullptr);
    //! Reads through `reader` (the window's), which outlives the model: on a team database the
    //! pages and the new entries arrive a little later, the window never waiting for them.
    AuditLogModel(ModelReader &reader, QObject *parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! Only this Telegram user's entries; 0 = everyone. Resets.
    void setTelegramUserId(qint64 telegramUserId);
    qint64 telegramUserId() const { return m_userId; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    //! Re-read from the newest entry; the entries shown stay until the first page is here.
    void reload();

    //! The action in words ("Relinked", "Merged", …).
    static QString actionLabel(const QString &action);

    struct Entry;

Q_SIGNALS:
    void pageLoaded(int rows);

private:
    void onDatabaseChanged(store::Topic topic, const QList<qint64> &ids);

    store::Database &m_db;
    ModelReader *m_reader;
    QList<Entry> m_entries;
    qint64 m_userId = 0;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_inFlight = false;
    quint64 m_generation = 0;
};

} // namespace tgic::models
