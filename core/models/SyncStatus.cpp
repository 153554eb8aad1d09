// SPDX-License-Identifier: MIT
#include "SyncStatus.h"

#include "intercom/IntercomApi.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/TeamRepository.h"
#include "team/Workstation.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::models {

SyncStatus::SyncStatus(store::Database &db, QObject *parent)
    : SyncStatus(*new ModelReader(db), parent)
{
    m_reader->setParent(this);
}

SyncStatus::SyncStatus(ModelReader &reader, QObject *parent)
    : QObject(parent)
    , m_db(reader.database())
    , m_reader(&reader)
    , m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(250);
    connect(m_coalesce, &QTimer::timeout, this, &SyncStatus::refreshCounts);
    connect(&m_db, &store::Database::changed, this, [this](store::Topic topic) {
        if (topic == store::Topic::Outbox && !m_coalesce->isActive())
            m_coalesce->start();
        if (topic == store::Topic::Team)
            refreshTeam();
    });
    connect(&m_db, &store::Database::reachableChanged, this, [this](bool reachable) {
        refreshTeam();
        Q_EMIT changed();
        Q_EMIT databaseReachableChanged(reachable);
    });
    refreshCounts();
}

bool SyncStatus::isTeam() const
{
    return m_db.isTeam();
}

bool SyncStatus::databaseReachable() const
{
    return m_db.isReachable();
}

void SyncStatus::setElection(team::LeaderElection *election)
{
    if (m_election)
        disconnect(m_election, nullptr, this, nullptr);
    m_election = election;
    if (election)
        connect(election, &team::LeaderElection::teamChanged, this, &SyncStatus::refreshTeam);
    refreshTeam();
}

void SyncStatus::refreshTeam()
{
    if (!m_db.isTeam() || !m_db.isReachable()) {
        m_teamRead.cancel();
        showTeam({}, {});
        return;
    }
    // Who this workstation is, read here: the election lives on the sync's thread.
    const QString myId = m_election ? m_election->me().memberId : QString();
    const bool cannotLead = m_election && !m_election->me().canLead;
    const QString why = cannotLead ? m_election->me().note : QString();
    m_reader->read([](store::Database &db) { return store::TeamRepository(db).snapshot(); }, this,
        m_teamRead.latest([this, myId, cannotLead, why](const std::optional<store::TeamSnapshot> &snap) {
            if (!snap) {
                showTeam({}, {});
                return;
            }
            QStringList members;
            const QLocale locale;
            for (const store::TeamMember &m : snap->members)
                members << tr("%1 (%2, %3), seen %4")
                               .arg(m.host, m.agent, m.program,
                                   locale.toString(
                                       QDateTime::fromMSecsSinceEpoch(m.seenAt).time(), QLocale::LongFormat));
            QString detail = tr("Workstations on this team database:\n%1").arg(members.join(u'\n'));
            if (cannotLead)
                detail += u"\n"_s + tr("This workstation cannot run the sync: %1").arg(why);
            showTeam(team::describeLeader(snap->lease, myId), detail);
        }));
}

void SyncStatus::showTeam(const QString &line, const QString &detail)
{
    if (line == m_teamLine && detail == m_teamDetail)
        return;
    m_teamLine = line;
    m_teamDetail = detail;
    Q_EMIT changed();
}

void SyncStatus::setRefreshInterval(int ms)
{
    m_coalesce->setInterval(ms);
}

void SyncStatus::setEngine(sync::SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    // Read before it starts; from then on only its signals, which may come from its own thread.
    m_state = engine ? engine->status() : State::Stopped;
    m_detail = engine ? engine->statusDetail() : QString();
    m_appIdCode = engine ? engine->appIdCode() : QString();
    if (engine) {
        connect(engine, &sync::SyncEngine::workspaceKnown, this,
            [this](const QString &appIdCode) { m_appIdCode = appIdCode; });
        connect(engine, &sync::SyncEngine::statusChanged, this, [this](State state, const QString &detail) {
            m_state = state;
            m_detail = detail;
            Q_EMIT changed();
            if (state == State::Connected && !m_appIdCode.isEmpty())
                Q_EMIT intercomAppIdLearnt(m_appIdCode);
        });
        connect(engine->intercomApi(), &net::RequestScheduler::rateLimitChanged, this,
            [this](int limit, int remaining, const QDateTime &resetAt) {
                m_limit = limit;
                m_remaining = remaining;
                m_resetAt = resetAt;
                Q_EMIT changed();
            });
        m_limit = engine->intercomApi()->rateLimit();
        m_remaining = engine->intercomApi()->rateRemaining();
    }
    refreshCounts();
}

QString SyncStatus::headlineFor(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Not syncing");
    case State::Connecting:
        return tr("Connecting…");
    case State::Connected:
        return tr("Connected, waiting for Telegram");
    case State::Following:
        return tr("Following the team's sync");
    case State::BackingOff:
        return tr("Backing off after an error");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Conflict:
        return tr("Another poller owns this bot");
    case State::Unauthorized:
        return tr("A token was refused");
    case State::Offline:
        return tr("Offline");
    }
    return {};
}

QString SyncStatus::headline() const
{
    // Rather than "Not syncing": nothing is built until the connection opens, and it is not the
    // agent's to start.
    if (m_syncWaiting)
        return m_db.isTeam() ? tr("Sync waiting: team database unreachable (retrying)")
                             : tr("Sync waiting: the database did not open (retrying)");
    return headlineFor(m_state);
}

void SyncStatus::setSyncWaiting(bool waiting)
{
    if (waiting == m_syncWaiting)
        return;
    m_syncWaiting = waiting;
    Q_EMIT changed();
}

void SyncStatus::refreshCounts()
{
    // Read from the store rather than the engine, so the status bar also works without one
    // (a cache opened with --db while offline).
    m_reader->read([](store::Database &db) { return store::OutboxRepository(db).counts(u"to_intercom"_s); },
        this, m_countsRead.latest([this](const std::optional<store::OutboxRepository::Counts> &counts) {
            if (!counts || (counts->pending == m_pending && counts->failed == m_failed))
                return;
            m_pending = counts->pending;
            m_failed = counts->failed;
            Q_EMIT changed();
        }));
}

} // namespace tgic::models
