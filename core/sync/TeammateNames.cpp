// SPDX-License-Identifier: MIT
#include "TeammateNames.h"

#include "Logging.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/ConversationStateRepository.h"
#include "store/Meta.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::sync {

namespace {
// When both lists were last read and stored (wall ms), across restarts.
const QString kReadAt = u"intercom.teammates_read_at"_s;

// Teammates and teams alike: the ones with both an id and a name.
template <typename T> QList<QPair<QString, QString>> namesOf(const QList<T> &items)
{
    QList<QPair<QString, QString>> names;
    for (const T &item : items) {
        const QString id = item.id.trimmed();
        const QString name = item.name.trimmed();
        if (!id.isEmpty() && !name.isEmpty())
            names.append({ id, name });
    }
    return names;
}
} // namespace

TeammateNames::TeammateNames(store::Database &db, intercom::IntercomClient *client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_later(new QTimer(this))
{
    m_later->setSingleShot(true);
    connect(m_later, &QTimer::timeout, this, [this] {
        if (m_running && !isReading() && !m_waiting.isEmpty())
            read();
    });
}

void TeammateNames::start()
{
    m_running = true;
    if (isReading())
        return;
    // A restart soon after the last read (a cron `sync --until-idle`) reads nothing.
    const qint64 age = nowMs() - store::meta::get(m_db, kReadAt).toLongLong();
    if (age >= 0 && age < m_minInterval.count()) {
        m_hasRead = true;
        m_lastReadAt = monotonicMs() - age;
        return;
    }
    read();
}

void TeammateNames::stop()
{
    m_running = false;
    m_later->stop();
    m_pending = 0; // answers still on their way are dropped
}

void TeammateNames::noteUnnamed(const QStringList &assignees)
{
    if (!m_running)
        return;
    for (const QString &a : assignees)
        if (!m_asked.contains(a))
            m_waiting.insert(a);
    if (m_waiting.isEmpty() || isReading() || m_later->isActive())
        return; // a read under way or planned decides what is still missing
    const qint64 now = monotonicMs();
    if (!m_hasRead || now >= m_lastReadAt + m_minInterval.count())
        read();
    else
        m_later->start(int(m_lastReadAt + m_minInterval.count() - now));
}

void TeammateNames::read()
{
    m_hasRead = true;
    m_lastReadAt = monotonicMs();
    m_readStartedAtWall = nowMs();
    m_asked.unite(m_waiting);
    m_waiting.clear();
    ++m_reads;
    m_pending = 2;
    m_readOk = true;
    const int generation = m_reads;
    auto handle = [this, generation](const QString &kind, const QString &path, const QString &listKey) {
        return [this, generation, kind, path, listKey](const net::ApiResult &r) {
            if (!m_running || generation != m_reads || m_pending == 0)
                return;
            bool ok = r.ok();
            if (ok) {
                const QJsonObject list = r.payload.toObject();
                const QList<QPair<QString, QString>> names = kind == QLatin1StringView(store::kTeammateAdmin)
                    ? namesOf(intercom::parseAdminList(list).items)
                    : namesOf(intercom::parseTeamList(list).items);
                ok = store::ConversationStateRepository(m_db).saveTeammates(kind, names);
            } else {
                // A token without the scope (403), a rate limit or an outage: the ids stay.
                qCWarning(lcSync).noquote()
                    << u"cannot read the workspace's %1 (GET %2: %3), assignees stay shown by id:"_s.arg(
                           listKey, path, r.httpStatus > 0 ? QString::number(r.httpStatus) : u"no answer"_s)
                    << r.message;
            }
            onList(kind, ok);
        };
    };
    m_client->listAdmins(this, handle(QString::fromLatin1(store::kTeammateAdmin), u"/admins"_s, u"admins"_s));
    m_client->listTeams(this, handle(QString::fromLatin1(store::kTeammateTeam), u"/teams"_s, u"teams"_s));
}

void TeammateNames::onList(const QString &kind, bool ok)
{
    Q_UNUSED(kind)
    m_readOk = m_readOk && ok;
    if (--m_pending > 0)
        return;
    // Assignees met while this read was under way that it has named need nothing more.
    store::ConversationStateRepository names(m_db);
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        const QString kindOf = it->section(u':', 0, 0);
        if (!names.teammateName(kindOf, it->section(u':', 1)).isEmpty()) {
            m_asked.insert(*it);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    if (m_readOk)
        store::meta::set(m_db, kReadAt, QString::number(m_readStartedAtWall));
    Q_EMIT readFinished(m_readOk);
    if (!m_waiting.isEmpty())
        noteUnnamed({});
}

} // namespace tgic::sync
