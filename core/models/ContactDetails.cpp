// SPDX-License-Identifier: MIT
#include "ContactDetails.h"

#include "ModelReader.h"
#include "clock/Clock.h"
#include "store/BusinessRepository.h"
#include "store/ConversationStateRepository.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "telegram/BusinessReplyWindow.h"
#include "telegram/TelegramTypes.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tgic::models {

namespace {
QDateTime fromMs(const QVariant &v)
{
    return v.isNull() || v.toLongLong() <= 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong());
}
} // namespace

int ProfileHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProfileHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileChange &e = m_entries.at(index.row());
    switch (role) {
    case FieldRole:
        return e.field;
    case OldValueRole:
        return e.oldValue;
    case NewValueRole:
        return e.newValue;
    case ChangedAtRole:
        return e.changedAt;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    if (index.column() == WhenColumn)
        return role == Qt::DisplayRole
            ? QLocale().toString(e.changedAt.toLocalTime().date(), QLocale::ShortFormat)
            : QLocale().toString(e.changedAt.toLocalTime(), QLocale::LongFormat);
    const bool username = e.field == u"username"_s;
    auto value = [username](const QString &v) {
        if (v.isEmpty())
            return tr("none");
        return username ? QString(u'@' + v) : v;
    };
    if (e.oldValue.isEmpty())
        return username ? tr("Username set to %1").arg(value(e.newValue))
                        : tr("Name set to %1").arg(e.newValue);
    if (e.newValue.isEmpty())
        return username ? tr("Username %1 removed").arg(value(e.oldValue)) : tr("Name removed");
    return username ? tr("Username %1 → %2").arg(value(e.oldValue), value(e.newValue))
                    : tr("Name %1 → %2").arg(e.oldValue, e.newValue);
}

QVariant ProfileHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

void ProfileHistoryModel::setEntries(qint64 telegramUserId, const QList<ProfileChange> &entries)
{
    // History only grows; when the old list is the tail of the new one, insert just the new head.
    const qsizetype added = entries.size() - m_entries.size();
    if (telegramUserId == m_userId && added >= 0 && entries.mid(added).size() == m_entries.size()
        && std::equal(m_entries.cbegin(), m_entries.cend(), entries.cbegin() + added,
            [](const ProfileChange &a, const ProfileChange &b) { return a.id == b.id; })) {
        if (added > 0) {
            beginInsertRows({}, 0, int(added) - 1);
            m_entries = entries;
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    m_userId = telegramUserId;
    m_entries = entries;
    endResetModel();
}

ContactDetails::ContactDetails(store::Database &db, QObject *parent)
    : ContactDetails(*new ModelReader(db), parent)
{
    m_reader->setParent(this);
}

ContactDetails::ContactDetails(ModelReader &reader, QObject *parent)
    : QObject(parent)
    , m_db(reader.database())
    , m_reader(&reader)
{
    connect(&m_db, &store::Database::changed, this, &ContactDetails::onDatabaseChanged);
}

void ContactDetails::setChatId(qint64 chatId)
{
    if (chatId == m_snapshot.chatId)
        return;
    // The panel empties at once (the window shows the chat's header from the list) and fills
    // in when the read arrives.
    m_snapshot = ContactSnapshot {};
    m_snapshot.chatId = chatId;
    m_history.setEntries(0, {});
    Q_EMIT changed();
    reload(ModelReader::Lane::Interactive);
}

void ContactDetails::setIntercomAppId(const QString &appId)
{
    if (appId == m_appId)
        return;
    m_appId = appId;
    Q_EMIT changed();
}

QUrl ContactDetails::contactUrl(const QString &appId, const QString &contactId)
{
    if (appId.isEmpty() || contactId.isEmpty())
        return {};
    QUrl url(u"https://app.intercom.com"_s);
    url.setPath(u"/a/apps/%1/users/%2/all-conversations"_s.arg(appId, contactId));
    return url;
}

QUrl ContactDetails::contactUrl() const
{
    return contactUrl(m_appId, m_snapshot.contactId);
}

ContactDetails::Read ContactDetails::read(store::Database &database, qint64 chatId)
{
    Read read;
    ContactSnapshot &s = read.snapshot;
    s.chatId = chatId;
    read.ok = true;
    if (chatId == 0)
        return read;
    s.businessChat = store::BusinessRepository::isBusinessChat(chatId);
    // Everything keyed by the chat's user, found by the statements themselves: one round trip
    // (a pipeline) for all of them, not one each.
    const QString user = u"(SELECT telegram_user_id FROM chats WHERE chat_id = ?)"_s;
    store::SqlBatch batch(database.connection());
    const int chat = batch.add(u"SELECT telegram_user_id FROM chats WHERE chat_id = ?"_s, { chatId });
    // The customer's last message rides along: the reply window costs no query of its own.
    const int account = s.businessChat
        ? batch.add(u"SELECT c.owner_name, c.owner_username, b.last_customer_message_at"
                    " FROM business_chats b LEFT JOIN business_connections c"
                    " ON c.business_connection_id = b.business_connection_id WHERE b.chat_id = ?"_s,
            { chatId })
        : -1;
    const int person = batch.add(
        u"SELECT first_name, last_name, username, language_code, is_premium, first_seen_at, last_seen_at"
        " FROM telegram_users WHERE telegram_user_id = "_s
            + user,
        { chatId });
    const int mapping
        = batch.add(u"SELECT m.state, m.resolved_via, m.last_error, m.duplicate_count, m.intercom_contact_id,"
                    " k.role, k.name, k.email, k.phone, k.anchor, k.fetched_at"
                    " FROM mappings m LEFT JOIN contacts k ON k.intercom_contact_id = m.intercom_contact_id"
                    " WHERE m.telegram_user_id = "_s
                + user,
            { chatId });
    const int conversation
        = batch.add(u"SELECT intercom_conversation_id, state, last_activity_at FROM conversations"
                    " WHERE chat_id = ? AND telegram_user_id = "_s
                + user + u" ORDER BY last_activity_at DESC LIMIT 1"_s,
            { chatId, chatId });
    const int history = batch.add(u"SELECT id, field, old_value, new_value, changed_at FROM profile_history"
                                  " WHERE telegram_user_id = "_s
            + user + u" ORDER BY changed_at DESC, id DESC"_s,
        { chatId });
    // A failed read (logged) keeps what the panel showed rather than blanking it as if the
    // person had no data, and says so.
    if (!batch.exec()) {
        read.ok = false;
        return read;
    }
    store::SqlResult &c = batch.result(chat);
    s.telegramUserId = c.next() ? c.value(0).toLongLong() : 0;
    if (account >= 0) {
        store::SqlResult &a = batch.result(account);
        if (a.next()) {
            s.businessAccount = a.value(1).toString().isEmpty()
                ? a.value(0).toString()
                : u"%1 (@%2)"_s.arg(a.value(0).toString(), a.value(1).toString());
            s.lastCustomerMessage = fromMs(a.value(2));
        }
    }
    if (s.telegramUserId == 0)
        return read;
    store::SqlResult &u = batch.result(person);
    if (u.next()) {
        s.displayName = telegram::displayName(u.value(0).toString(), u.value(1).toString());
        s.username = u.value(2).toString();
        s.languageCode = u.value(3).toString();
        s.premium = u.value(4).toInt() != 0;
        s.firstSeen = fromMs(u.value(5));
        s.lastSeen = fromMs(u.value(6));
    }
    store::SqlResult &m = batch.result(mapping);
    if (m.next()) {
        s.mappingState = mappingStateFromColumn(m.value(0).toString());
        s.resolvedVia = m.value(1).toString();
        s.mappingError = m.value(2).toString();
        s.duplicateCount = m.value(3).toInt();
        s.contactId = m.value(4).toString();
        s.role = m.value(5).toString();
        s.name = m.value(6).toString();
        s.email = m.value(7).toString();
        s.phone = m.value(8).toString();
        s.anchor = m.value(9).toString();
        s.fetchedAt = fromMs(m.value(10));
    }
    store::SqlResult &h = batch.result(history);
    while (h.next())
        read.history.append(ProfileChange { h.value(1).toString(), h.value(2).toString(),
            h.value(3).toString(), fromMs(h.value(4)), h.value(0).toLongLong() });
    store::SqlResult &v = batch.result(conversation);
    if (v.next()) {
        s.conversationId = v.value(0).toString();
        s.conversationState = v.value(1).toString();
        s.conversationActivity = fromMs(v.value(2));
        readIntercomConversation(database, s);
    }
    return read;
}

void ContactDetails::reload(ModelReader::Lane lane)
{
    m_reader->read([chatId = m_snapshot.chatId](store::Database &db) { return read(db, chatId); }, this,
        m_read.latest([this](const Read &read) {
            if (!read.ok) {
                m_snapshot.readFailed = true;
                Q_EMIT changed();
                return;
            }
            m_snapshot = read.snapshot;
            m_history.setEntries(read.snapshot.telegramUserId, read.history);
            Q_EMIT changed();
        }),
        lane);
}

ReplyWindow ContactDetails::replyWindow() const
{
    ReplyWindow w;
    const qint64 now = nowMs();
    w.at = QDateTime::fromMSecsSinceEpoch(now);
    w.applies = m_snapshot.businessChat;
    if (!w.applies || !m_snapshot.lastCustomerMessage.isValid())
        return w;
    using telegram::BusinessReplyWindow;
    const qint64 last = m_snapshot.lastCustomerMessage.toMSecsSinceEpoch();
    w.open = BusinessReplyWindow::isOpen(last, now);
    w.closesAt = QDateTime::fromMSecsSinceEpoch(BusinessReplyWindow::closesAtMs(last));
    w.closedForMs = w.open ? 0 : now - BusinessReplyWindow::closesAtMs(last);
    return w;
}

void ContactDetails::readIntercomConversation(store::Database &db, ContactSnapshot &s)
{
    store::ConversationStateRepository repository(db);
    const auto view = repository.find(s.conversationId);
    if (!view)
        return;
    s.intercomState = view->state;
    if (view->state == u"snoozed"_s)
        s.snoozedUntil = fromMs(view->snoozedUntilMs);
    s.adminAssigneeId = view->adminAssigneeId;
    s.teamAssigneeId = view->teamAssigneeId;
    // Until GET /admins or GET /teams has named them, ids are all there is.
    if (!view->adminAssigneeId.isEmpty()) {
        s.adminAssignee
            = repository.teammateName(QString::fromLatin1(store::kTeammateAdmin), view->adminAssigneeId);
        if (s.adminAssignee.isEmpty())
            s.adminAssignee = tr("Admin %1").arg(view->adminAssigneeId);
    }
    if (!view->teamAssigneeId.isEmpty()) {
        s.teamAssignee
            = repository.teammateName(QString::fromLatin1(store::kTeammateTeam), view->teamAssigneeId);
        if (s.teamAssignee.isEmpty())
            s.teamAssignee = tr("Team %1").arg(view->teamAssigneeId);
    }
    s.intercomTags = view->tags;
    s.intercomReadAt = fromMs(view->readAtMs);
}

void ContactDetails::onDatabaseChanged(store::Topic topic, const QList<qint64> &ids)
{
    if (m_snapshot.chatId == 0)
        return;
    // mappings carry Telegram user ids; chats, messages and conversations carry chat ids (a
    // delivery can open the conversation shown in the panel, the reply poller reads its state).
    const bool mine = topic == store::Topic::Mappings
        ? (ids.isEmpty() || ids.contains(m_snapshot.telegramUserId))
        : (topic == store::Topic::Chats || topic == store::Topic::Messages
              || topic == store::Topic::Conversations)
        ? (ids.isEmpty() || ids.contains(m_snapshot.chatId))
        : false;
    if (mine)
        reload();
}

} // namespace tgic::models
