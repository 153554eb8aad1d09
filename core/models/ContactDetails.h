// SPDX-License-Identifier: MIT
#pragma once

#include "MappingStateNames.h"
#include "ModelReader.h"
#include "store/Change.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace tgic::store {
class Database;
}

namespace tgic::models {

//! One change of a Telegram user's username or display name.
struct ProfileChange
{
    QString field; //!< "username" or "display_name"
    QString oldValue;
    QString newValue;
    QDateTime changedAt;
    qint64 id = 0;
};

//! What the linked-contact panel shows about the person behind one chat.
struct ContactSnapshot
{
    qint64 chatId = 0;
    qint64 telegramUserId = 0; //!< 0: a group or channel, or nothing selected
    // Telegram side
    QString displayName;
    QString username;
    QString languageCode;
    bool premium = false;
    QDateTime firstSeen;
    QDateTime lastSeen;
    //! Which chat this is with the person: their chat with the bot, or a chat of a Telegram
    //! Business account connected to the bot (the same person may have both).
    bool businessChat = false;
    QString businessAccount; //!< the business account's name (and @username); empty if not known
    //! A business chat: the customer's last message in it, which opens the 24-hour reply window;
    //! null when they never wrote there.
    QDateTime lastCustomerMessage;
    // The mapping (anchored on telegramUserId)
    OptionalMappingState mappingState; //!< empty: the user has not written yet
    QString resolvedVia;
    QString mappingError;
    int duplicateCount = 0;
    // The Intercom contact as last fetched
    QString contactId;
    QString role; //!< lead or user
    QString name;
    QString email;
    QString phone;
    QString anchor; //!< the telegram_user_id attribute Intercom holds
    QDateTime fetchedAt;
    // The latest Intercom conversation of this chat
    QString conversationId;
    QString conversationState;
    QDateTime conversationActivity;
    // The same conversation as Intercom showed it when the reply poller last read it
    QString intercomState; //!< open, snoozed or closed; empty: not read from Intercom yet
    QDateTime snoozedUntil; //!< while snoozed
    QString adminAssigneeId; //!< empty: no admin
    QString adminAssignee; //!< the admin's name, or "Admin ID" until the name is known
    QString teamAssigneeId; //!< empty: no team
    QString teamAssignee; //!< the team's name, or "Team ID" until the name is known
    QStringList intercomTags;
    QDateTime intercomReadAt; //!< when Intercom was last asked (how fresh the above is)
    //! The last read of the local database failed (logged): what is shown is the last data
    //! read for this chat, possibly out of date or incomplete.
    bool readFailed = false;
};

//! A business chat's 24-hour reply window as it stands at one moment.
struct ReplyWindow
{
    bool applies = false; //!< false: a chat with the bot (no window) or nothing selected
    bool open = false;
    QDateTime closesAt; //!< null when the customer never wrote in this chat
    qint64 closedForMs = 0; //!< how long it has been closed (0 while open)
    QDateTime at; //!< the moment it describes
};

//! \brief The username and display-name history of one Telegram user, newest first.
//! Columns: when, and the change in words ("Username: @old → @new"); FieldRole, OldValueRole
//! and NewValueRole carry the parts. New changes are inserted at the top.
class ProfileHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileHistoryModel)

public:
    enum Column { WhenColumn, ChangeColumn, ColumnCount };
    enum Role { FieldRole = Qt::UserRole + 1, OldValueRole, NewValueRole, ChangedAtRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! Same user with more history: inserts the new entries; another user: resets.
    void setEntries(qint64 telegramUserId, const QList<ProfileChange> &entries);

private:
    qint64 m_userId = 0;
    QList<ProfileChange> m_entries;
};

//! \brief The linked-contact panel's data for the selected chat: the Telegram user, the
//! Intercom contact the user's ID is anchored to, the mapping state and the profile history.
//! Re-reads itself when the store reports a change to that user's mapping or chat.
class ContactDetails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetails)

public:
    //! Reads inline on `db`.
    explicit ContactDetails(store::Database &db, QObject *parent = nullptr);
    //! Reads through `reader` (the window's), which outlives it: on a team database the panel
    //! shows a chat empty at first and fills in when its read arrives.
    ContactDetails(ModelReader &reader, QObject *parent = nullptr);

    void setChatId(qint64 chatId);
    qint64 chatId() const { return m_snapshot.chatId; }
    const ContactSnapshot &snapshot() const { return m_snapshot; }
    ProfileHistoryModel *history() { return &m_history; }
    //! The reply window of the selected business chat as of now (Telegram's rule, from the
    //! customer's last message there); it moves with the clock, not with the database.
    ReplyWindow replyWindow() const;

    //! The workspace's `app.id_code` (from GET /me); needed for web-app links.
    void setIntercomAppId(const QString &appId);
    QString intercomAppId() const { return m_appId; }
    //! The contact in the Intercom web app; empty without a contact or an app id.
    QUrl contactUrl() const;
    static QUrl contactUrl(const QString &appId, const QString &contactId);

    //! Read again; a click's read goes in the reader's interactive lane.
    void reload(ModelReader::Lane lane = ModelReader::Lane::Background);

Q_SIGNALS:
    void changed();

private:
    //! What one reload() reads, on whichever connection the reader gives it.
    struct Read
    {
        ContactSnapshot snapshot;
        QList<ProfileChange> history;
        bool ok = false;
    };
    static Read read(store::Database &db, qint64 chatId);
    void onDatabaseChanged(store::Topic topic, const QList<qint64> &ids);
    static void readIntercomConversation(store::Database &db, ContactSnapshot &s);

    store::Database &m_db;
    ModelReader *m_reader;
    ReadSeries m_read;
    ContactSnapshot m_snapshot;
    ProfileHistoryModel m_history;
    QString m_appId;
};

} // namespace tgic::models
