// SPDX-License-Identifier: MIT
#include "MessageModel.h"

#include "ModelReader.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "telegram/TelegramTypes.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::models {

struct MessageModel::Row
{
    qint64 id = 0;
    qint64 senderId = 0;
    qint64 sentAt = 0;
    qint64 editedAt = 0;
    telegram::MessageKind kind = telegram::MessageKind::Text;
    QString kindName; //!< as stored
    QString direction, text, delivery, deliveryError;

    bool before(const Row &other) const
    {
        return sentAt != other.sentAt ? sentAt < other.sentAt : id < other.id;
    }
};

MessageModel::MessageModel(store::Database &db, QObject *parent)
    : MessageModel(*new ModelReader(db), parent)
{
    m_reader->setParent(this);
}

MessageModel::MessageModel(ModelReader &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(reader.database())
    , m_reader(&reader)
{
    connect(&m_db, &store::Database::changed, this, &MessageModel::onDatabaseChanged);
}

MessageModel::~MessageModel() = default;

namespace {
QList<MessageModel::Row> readMessages(store::Database &db, qint64 chatId, const QString &where,
    const QVariantList &binds, const QString &order, int limit)
{
    QString sql = u"SELECT id, sender_id, sent_at, edited_at, direction, kind, text, delivery, delivery_error"
                  " FROM messages WHERE chat_id = ?"_s;
    if (!where.isEmpty())
        sql += u" AND "_s + where;
    sql += u" ORDER BY "_s + order;
    if (limit > 0)
        sql += u" LIMIT "_s + QString::number(limit);
    bool ok = false;
    store::SqlResult q
        = store::runSql(db.connection(), sql, QVariantList { chatId } + binds, &ok, store::Rows::ForwardOnly);
    QList<MessageModel::Row> rows;
    if (!ok)
        return rows;
    while (q.next()) {
        MessageModel::Row r;
        r.id = q.value(0).toLongLong();
        r.senderId = q.value(1).toLongLong();
        r.sentAt = q.value(2).toLongLong();
        r.editedAt = q.value(3).toLongLong();
        r.direction = q.value(4).toString();
        r.kindName = q.value(5).toString();
        r.kind = telegram::messageKindOf(r.kindName);
        r.text = q.value(6).toString();
        r.delivery = q.value(7).toString();
        r.deliveryError = q.value(8).toString();
        rows.append(std::move(r));
    }
    return rows;
}
} // namespace

void MessageModel::setChatId(qint64 chatId)
{
    if (chatId == m_chatId)
        return;
    beginResetModel();
    ++m_generation;
    m_inFlight = false;
    m_chatId = chatId;
    m_rows.clear();
    m_atBeginning = m_chatId == 0;
    // No older page until the newest is here.
    m_inFlight = m_chatId != 0;
    endResetModel();
    if (m_chatId == 0)
        return;
    // The newest page, read newest-first by the (chat_id, sent_at, id) index, then flipped.
    m_reader->read(
        [chatId, pageSize = m_pageSize](store::Database &db) {
            QList<Row> page = readMessages(db, chatId, {}, {}, u"sent_at DESC, id DESC"_s, pageSize);
            std::reverse(page.begin(), page.end());
            return page;
        },
        this,
        [this, generation = m_generation](const QList<Row> &page) {
            if (generation != m_generation)
                return; // another chat by now
            m_inFlight = false;
            m_atBeginning = page.size() < m_pageSize;
            merge(page);
        },
        ModelReader::Lane::Interactive); // a click: before the re-reads queued by a burst
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return r.text;
    case MessageIdRole:
        return r.id;
    case DirectionRole:
        return r.direction;
    case IsOutgoingRole:
        return r.direction == u"out"_s;
    case KindRole:
        return r.kindName;
    case IsMediaRole:
        return r.kind != telegram::MessageKind::Text;
    case MediaLabelRole:
        return r.kind != telegram::MessageKind::Text ? mediaLabel(r) : QString();
    case SentAtRole:
        return QDateTime::fromMSecsSinceEpoch(r.sentAt);
    case SentAtMsRole:
        return r.sentAt;
    case EditedAtRole:
        return r.editedAt > 0 ? QDateTime::fromMSecsSinceEpoch(r.editedAt) : QDateTime();
    case IsEditedRole:
        return r.editedAt > 0;
    case DeliveryRole:
        return r.delivery;
    case DeliveryErrorRole:
        return r.deliveryError;
    case SenderIdRole:
        return r.senderId;
    default:
        return {};
    }
}

QString MessageModel::mediaLabel(const Row &row)
{
    using K = telegram::MessageKind;
    switch (row.kind) {
    case K::Photo:
        return tr("Photo");
    case K::Video:
        return tr("Video");
    case K::Voice:
        return tr("Voice message");
    case K::Audio:
        return tr("Audio");
    case K::Document:
        return tr("File");
    case K::Sticker:
        return tr("Sticker");
    case K::Animation:
        return tr("GIF");
    case K::VideoNote:
        return tr("Video message");
    case K::Location:
    case K::Venue:
        return tr("Location");
    case K::Contact:
        return tr("Shared contact");
    case K::Text:
    case K::Poll:
    case K::Dice:
    case K::Story:
    case K::PaidMedia:
    case K::Game:
    case K::Invoice:
    case K::Service:
    case K::Other:
    case K::Empty:
        break;
    }
    return tr("Unsupported message (%1)").arg(row.kindName);
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { MessageIdRole, "messageId" }, { TextRole, "text" }, { DirectionRole, "direction" },
        { IsOutgoingRole, "isOutgoing" }, { KindRole, "kind" }, { IsMediaRole, "isMedia" },
        { MediaLabelRole, "mediaLabel" }, { SentAtRole, "sentAt" }, { SentAtMsRole, "sentAtMs" },
        { EditedAtRole, "editedAt" }, { IsEditedRole, "isEdited" }, { DeliveryRole, "delivery" },
        { DeliveryErrorRole, "deliveryError" }, { SenderIdRole, "senderId" } });
    return names;
}

bool MessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_chatId != 0 && !m_inFlight && !m_atBeginning;
}

void MessageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_inFlight = true;
    // Tagged with the chat it was issued for: if the agent switches chats before the event loop
    // gets here, the request belongs to nobody and is dropped. The cursor is read when the page
    // is loaded, so it always continues from the oldest row actually shown.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        // Through the reader: on a team database a page is a round trip, which the window's
        // thread does not wait for while the agent scrolls up.
        const bool fromNewest = m_rows.isEmpty();
        const Row oldest = fromNewest ? Row {} : m_rows.constFirst();
        m_reader->read(
            [chatId = m_chatId, pageSize = m_pageSize, fromNewest, oldest](store::Database &db) {
                return fromNewest
                    ? readMessages(db, chatId, {}, {}, u"sent_at DESC, id DESC"_s, pageSize)
                    : readMessages(db, chatId, u"(sent_at < ? OR (sent_at = ? AND id < ?))"_s,
                        { oldest.sentAt, oldest.sentAt, oldest.id }, u"sent_at DESC, id DESC"_s, pageSize);
            },
            this,
            [this, generation, pageSize = m_pageSize](QList<Row> page) {
                if (generation != m_generation)
                    return; // another chat by now
                m_atBeginning = page.size() < pageSize;
                m_inFlight = false;
                // Only what is older than the oldest row shown: the chat's newest page may have
                // arrived meanwhile (refreshTail).
                if (!m_rows.isEmpty()) {
                    const Row &first = m_rows.constFirst();
                    page.removeIf([&first](const Row &r) {
                        return r.sentAt > first.sentAt || (r.sentAt == first.sentAt && r.id >= first.id);
                    });
                }
                if (!page.isEmpty()) {
                    std::reverse(page.begin(), page.end());
                    beginInsertRows({}, 0, int(page.size()) - 1);
                    m_rows = page + m_rows;
                    endInsertRows();
                }
                Q_EMIT olderLoaded(int(page.size()));
            },
            ModelReader::Lane::Interactive);
    });
}

void MessageModel::onDatabaseChanged(store::Topic topic, const QList<qint64> &ids)
{
    if (topic != store::Topic::Messages || m_chatId == 0)
        return;
    if (!ids.isEmpty() && !ids.contains(m_chatId))
        return;
    refreshTail();
}

// Re-read the loaded window (it is a few pages at most) and everything after it, then apply the
// difference (merge()): dataChanged for rows whose delivery or text changed, inserts for new rows.
void MessageModel::refreshTail()
{
    const bool fromNewest = m_rows.isEmpty();
    const Row oldest = fromNewest ? Row {} : m_rows.constFirst();
    m_reader->read(
        [chatId = m_chatId, pageSize = m_pageSize, fromNewest, oldest](store::Database &db) {
            if (!fromNewest)
                return readMessages(db, chatId, u"(sent_at > ? OR (sent_at = ? AND id >= ?))"_s,
                    { oldest.sentAt, oldest.sentAt, oldest.id }, u"sent_at, id"_s, 0);
            QList<Row> fresh = readMessages(db, chatId, {}, {}, u"sent_at DESC, id DESC"_s, pageSize);
            std::reverse(fresh.begin(), fresh.end());
            return fresh;
        },
        this,
        [this, generation = m_generation, fromNewest](const QList<Row> &fresh) {
            if (generation != m_generation)
                return; // another chat by now
            if (fromNewest)
                m_atBeginning = fresh.size() < m_pageSize;
            merge(fresh);
        });
}

void MessageModel::merge(const QList<Row> &fresh)
{
    if (m_rows.isEmpty()) {
        // A chat's first page: one insert, not one per row.
        if (!fresh.isEmpty()) {
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_rows = fresh;
            endInsertRows();
        }
        return;
    }
    QHash<qint64, int> position;
    for (int i = 0; i < m_rows.size(); ++i)
        position.insert(m_rows.at(i).id, i);
    for (const Row &r : std::as_const(fresh)) {
        const auto it = position.constFind(r.id);
        if (it == position.cend()) {
            // New: usually at the end; out-of-order arrivals go where their time puts them.
            const auto at = std::upper_bound(
                m_rows.cbegin(), m_rows.cend(), r, [](const Row &a, const Row &b) { return a.before(b); });
            const int row = int(at - m_rows.cbegin());
            beginInsertRows({}, row, row);
            m_rows.insert(row, r);
            endInsertRows();
            for (auto p = position.begin(); p != position.end(); ++p)
                if (p.value() >= row)
                    ++p.value();
            continue;
        }
        Row &old = m_rows[it.value()];
        QList<int> roles;
        if (old.text != r.text)
            roles << Qt::DisplayRole << TextRole;
        if (old.editedAt != r.editedAt)
            roles << EditedAtRole << IsEditedRole;
        if (old.delivery != r.delivery)
            roles << DeliveryRole;
        if (old.deliveryError != r.deliveryError)
            roles << DeliveryErrorRole;
        if (roles.isEmpty())
            continue;
        old = r;
        const QModelIndex i = index(it.value());
        Q_EMIT dataChanged(i, i, roles);
    }
}

} // namespace tgic::models
