// SPDX-License-Identifier: MIT
#include "AuditLogModel.h"

#include "ModelReader.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::models {

struct AuditLogModel::Entry
{
    qint64 id = 0;
    qint64 at = 0;
    qint64 userId = 0;
    QString actor, action, contactId, before, after, detail;
    QString subject; //!< an erased customer: the keyed hash of their Telegram ID
};

namespace {
// A page of the log, newest first: this user's entries (0: everyone's) matching `where`.
QList<AuditLogModel::Entry> readEntries(
    store::Database &db, qint64 userId, const QString &where, const QVariantList &binds, int limit)
{
    QStringList conditions;
    QVariantList values;
    if (userId != 0) {
        conditions << u"telegram_user_id = ?"_s;
        values << userId;
    }
    if (!where.isEmpty()) {
        conditions << where;
        values << binds;
    }
    QString sql = u"SELECT id, at, actor, action, telegram_user_id, intercom_contact_id, before_value,"
                  " after_value, detail, subject_hash FROM audit_log"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT "_s + QString::number(limit);
    bool ok = false;
    store::SqlResult q = store::runSql(db.connection(), sql, values, &ok, store::Rows::ForwardOnly);
    QList<AuditLogModel::Entry> out;
    if (!ok)
        return out;
    while (q.next())
        out.append(AuditLogModel::Entry { q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(4).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString() });
    return out;
}
} // namespace

AuditLogModel::AuditLogModel(store::Database &db, QObject *parent)
    : AuditLogModel(*new ModelReader(db), parent)
{
    m_reader->setParent(this);
}

AuditLogModel::AuditLogModel(ModelReader &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(reader.database())
    , m_reader(&reader)
{
    connect(&m_db, &store::Database::changed, this, &AuditLogModel::onDatabaseChanged);
    reload();
}

AuditLogModel::~AuditLogModel() = default;

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionLabel(const QString &action)
{
    if (action == u"link"_s)
        return tr("Linked");
    if (action == u"unlink"_s)
        return tr("Unlinked");
    if (action == u"reresolve"_s)
        return tr("Re-resolved");
    if (action == u"merge"_s)
        return tr("Merged");
    if (action == u"anchor"_s)
        return tr("Anchor written");
    if (action == u"state"_s)
        return tr("State changed");
    if (action == u"profile"_s)
        return tr("Profile updated");
    if (action == u"suggestion dismissed"_s)
        return tr("Suggested merge dismissed");
    if (action == u"phone_requested"_s)
        return tr("Phone number requested");
    if (action == u"phone_shared"_s)
        return tr("Phone number shared");
    if (action == u"erase"_s)
        return tr("Customer erased");
    if (action == u"retention"_s)
        return tr("Old message contents removed");
    if (action == u"retention policy"_s)
        return tr("Retention period changed");
    return action;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.at);
    switch (role) {
    case IdRole:
        return e.id;
    case AtRole:
        return at;
    case ActorRole:
        return e.actor;
    case ActionRole:
        return e.action;
    case TelegramUserIdRole:
        return e.userId;
    case ContactIdRole:
        return e.contactId;
    case BeforeRole:
        return e.before;
    case AfterRole:
        return e.after;
    case DetailRole:
        return e.detail;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    case Qt::AccessibleTextRole:
        return tr("%1 by %2 at %3, Telegram ID %4: %5 → %6")
            .arg(actionLabel(e.action), e.actor, QLocale().toString(at.toLocalTime(), QLocale::LongFormat),
                QString::number(e.userId), e.before.isEmpty() ? tr("nothing") : e.before,
                e.after.isEmpty() ? tr("nothing") : e.after);
    default:
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(
            at.toLocalTime(), role == Qt::DisplayRole ? QLocale::ShortFormat : QLocale::LongFormat);
    case WhoColumn:
        return e.actor;
    case WhatColumn:
        return actionLabel(e.action);
    case TelegramColumn:
        // An erased customer is shown by the start of the hash their entries are filed under.
        if (e.userId == 0 && !e.subject.isEmpty())
            return tr("erased (%1)").arg(e.subject.left(8));
        return e.userId ? QString::number(e.userId) : QString();
    case ContactColumn:
        return e.contactId;
    case BeforeColumn:
        return e.before;
    case AfterColumn:
        return e.after;
    case DetailColumn:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case TelegramColumn:
        return tr("Telegram ID");
    case ContactColumn:
        return tr("Contact");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_inFlight;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // From the event loop: views ask for more while handling this model's own signals.
    // In flight until the page is here, so that it is asked for once; through the reader, as
    // the agent scrolls: on a team database a round trip the window does not wait for.
    m_inFlight = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        const qint64 after = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
        m_reader->read(
            [userId = m_userId, after, limit = m_pageSize](store::Database &db) {
                return after == 0 ? readEntries(db, userId, {}, {}, limit)
                                  : readEntries(db, userId, u"id < ?"_s, { after }, limit);
            },
            this,
            [this, generation, limit = m_pageSize](QList<Entry> page) {
                if (generation != m_generation)
                    return;
                m_inFlight = false;
                m_atEnd = page.size() < limit;
                // Only what is older than the last entry shown (new ones arrive at the top).
                if (!m_entries.isEmpty()) {
                    const qint64 last = m_entries.constLast().id;
                    page.removeIf([last](const Entry &e) { return e.id >= last; });
                }
                if (!page.isEmpty()) {
                    const int first = int(m_entries.size());
                    beginInsertRows({}, first, first + int(page.size()) - 1);
                    m_entries.append(page);
                    endInsertRows();
                }
                Q_EMIT pageLoaded(int(page.size()));
            },
            ModelReader::Lane::Interactive);
    });
}

void AuditLogModel::setTelegramUserId(qint64 telegramUserId)
{
    if (telegramUserId == m_userId)
        return;
    m_userId = telegramUserId;
    reload();
}

void AuditLogModel::reload()
{
    ++m_generation;
    m_inFlight = true; // no further page until the first one is here
    m_reader->read([userId = m_userId, limit = m_pageSize](
                       store::Database &db) { return readEntries(db, userId, {}, {}, limit); },
        this,
        [this, generation = m_generation, limit = m_pageSize](QList<Entry> entries) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_inFlight = false;
            m_entries = std::move(entries);
            m_atEnd = m_entries.size() < limit;
            endResetModel();
        },
        ModelReader::Lane::Interactive);
}

void AuditLogModel::onDatabaseChanged(store::Topic topic, const QList<qint64> &ids)
{
    if (topic != store::Topic::Audit)
        return;
    if (m_userId != 0 && !ids.isEmpty() && !ids.contains(m_userId))
        return;
    if (m_entries.isEmpty() && m_inFlight)
        return; // the first page, still on its way, will hold it
    // Entries only ever arrive: read what is newer than the top row and insert it there.
    const qint64 newest = m_entries.isEmpty() ? 0 : m_entries.constFirst().id;
    m_reader->read(
        [userId = m_userId, newest, limit = m_pageSize](store::Database &db) {
            return newest == 0 ? readEntries(db, userId, {}, {}, limit)
                               : readEntries(db, userId, u"id > ?"_s, { newest }, 1000);
        },
        this,
        [this, generation = m_generation, limit = m_pageSize](QList<Entry> fresh) {
            if (generation != m_generation)
                return;
            // Another answer may have brought some of them already.
            if (!m_entries.isEmpty()) {
                const qint64 top = m_entries.constFirst().id;
                fresh.removeIf([top](const Entry &e) { return e.id <= top; });
            } else {
                m_atEnd = fresh.size() < limit;
            }
            if (fresh.isEmpty())
                return;
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_entries = fresh + m_entries;
            endInsertRows();
        });
}

} // namespace tgic::models
