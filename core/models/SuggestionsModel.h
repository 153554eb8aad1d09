// SPDX-License-Identifier: MIT
#pragma once

#include "ModelReader.h"
#include "store/Change.h"
#include "store/IdentityEvidence.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace tgic::store {
class Database;
}

namespace tgic::models {

//! \brief The merges the evidence suggests and an agent can act on: "merge lead L into user U",
//! with the customer, the evidence (a verified phone, a typed e-mail address), its strength and
//! date. Newest first; follows the store's changes that can concern them (from any workstation in
//! team mode): every change of suggestions, and a mapping change of a user with an open one.
class SuggestionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionsModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Column { CustomerColumn, MergeColumn, EvidenceColumn, StrengthColumn, FoundColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SuggestionIdRole = Qt::UserRole + 1,
        TelegramUserIdRole,
        LeadIdRole,
        UserIdRole,
        StrengthRole, //!< strong or medium
        EvidenceKindsRole, //!< QStringList: phone, email
    };
    Q_ENUM(Role)

    //! Reads inline on `db`.
    explicit SuggestionsModel(store::Database &db, QObject *parent = nullptr);
    //! Re-reads through `reader` (the window's), which outlives it: on a team database the rows
    //! stay as they were until the new ones arrive.
    SuggestionsModel(ModelReader &reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int count() const { return int(m_rows.size()); }
    const store::Suggestion &suggestion(int row) const { return m_rows.at(row); }
    //! The row of a suggestion, or -1.
    int rowOf(qint64 suggestionId) const;
    //! The evidence in sentences, for the detail pane.
    static QString describeEvidence(const store::Evidence &evidence);

    //! An agent says no: remembered and audited. Returns an empty string, or why not (in words).
    QString dismiss(qint64 suggestionId, const QString &actor);
    void reload();
    //! A change concerning the suggestions arrived and the re-read waits for the burst to end.
    bool reloadPending() const { return m_reload.isActive(); }

Q_SIGNALS:
    void countChanged(int count);

private:
    bool concerns(store::Topic topic, const QList<qint64> &ids) const;
    //! The open suggestions and their users.
    struct Read
    {
        QList<store::Suggestion> rows;
        QSet<qint64> openUsers;
    };
    static Read read(store::Database &db);
    void show(Read read);

    store::Database &m_db;
    ModelReader *m_reader;
    ReadSeries m_read;
    QList<store::Suggestion> m_rows;
    QSet<qint64> m_openUsers; //!< EvidenceRepository::openSuggestionUsers() at the last read
    QTimer m_reload;
};

} // namespace tgic::models
