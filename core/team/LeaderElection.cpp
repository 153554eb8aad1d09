// SPDX-License-Identifier: MIT
#include "LeaderElection.h"

#include "Clock.h"
#include "Logging.h"
#include "store/Database.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::team {

LeaderElection::LeaderElection(store::Database &db, store::TeamMember me, LeaseTiming timing, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repo(db)
    , m_me(std::move(me))
    , m_timing(timing)
    , m_tick(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_tick->setInterval(m_timing.renewEvery);
    connect(m_tick, &QTimer::timeout, this, &LeaderElection::tick);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &LeaderElection::tick);
    // A leader that quit cleanly says so: followers try at once instead of at their next tick.
    connect(&m_db, &store::Database::changed, this, [this](store::Topic topic) {
        if (topic == store::Topic::Team && m_running && !m_leading && m_me.canLead)
            QTimer::singleShot(0, this, &LeaderElection::tick);
    });
}

LeaderElection::~LeaderElection()
{
    stop();
}

store::TeamMember LeaderElection::me() const
{
    const QMutexLocker lock(&m_meLock);
    return m_me;
}

void LeaderElection::setCanLead(bool canLead, const QString &whyNot)
{
    {
        const QMutexLocker lock(&m_meLock);
        m_me.canLead = canLead;
        m_me.note = canLead ? QString() : whyNot;
    }
    if (!canLead && m_leading)
        stepDown(u"this workstation can no longer lead: "_s + whyNot, true);
}

void LeaderElection::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_db.isTeam()) {
        // One seat, one database file, one poller: nothing to elect.
        becomeLeader(0);
        return;
    }
    tick();
    m_tick->start();
}

void LeaderElection::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_tick->stop();
    m_deadline->stop();
    if (m_leading)
        stepDown(u"stopping"_s, true);
    if (m_db.isTeam() && m_db.isReachable()) {
        m_repo.leave(m_me.memberId);
        m_db.notifyChanged(store::Topic::Team);
        m_db.flushNotifications(); // we may be quitting: the others must hear it now
    }
}

void LeaderElection::tick()
{
    if (!m_running || !m_db.isTeam())
        return;
    if (m_leading && monotonicMs() >= m_deadlineAt) {
        // Frozen, or the renewals are stuck: the lease may be about to expire at the database.
        stepDown(u"the lease could not be renewed in time"_s, false);
    }
    if (!m_db.checkReachable()) {
        if (m_leading)
            stepDown(u"the team database is unreachable"_s, false);
        Q_EMIT teamChanged();
        return;
    }
    m_repo.heartbeat(m_me);
    if (m_leading) {
        const qint64 sentAt = monotonicMs();
        bool failed = false;
        if (m_repo.renew(m_me.memberId, m_epoch, m_timing.ttl.count(), &failed)) {
            m_deadlineAt = sentAt + m_timing.ttl.count() - m_timing.safetyMargin.count();
            armDeadline();
        } else {
            stepDown(failed ? u"the lease could not be renewed"_s : u"another workstation holds the lease"_s,
                false);
            if (failed)
                m_db.checkReachable();
        }
        Q_EMIT teamChanged();
        return;
    }
    if (!m_me.canLead) {
        Q_EMIT teamChanged();
        return;
    }
    const qint64 sentAt = monotonicMs();
    if (const auto epoch = m_repo.tryAcquire(m_me, m_timing.ttl.count())) {
        m_deadlineAt = sentAt + m_timing.ttl.count() - m_timing.safetyMargin.count();
        becomeLeader(*epoch);
        armDeadline();
    }
    Q_EMIT teamChanged();
}

void LeaderElection::armDeadline()
{
    m_deadline->start(int(qMax<qint64>(0, m_deadlineAt - monotonicMs())));
}

void LeaderElection::becomeLeader(qint64 epoch)
{
    m_epoch = epoch;
    m_leading = true;
    m_db.setLeaseToken(m_me.memberId, epoch);
    if (m_db.isTeam()) {
        qCInfo(lcSync).noquote() << "this workstation now runs the sync (lease epoch" << epoch << ")";
        m_db.notifyChanged(store::Topic::Team);
    }
    Q_EMIT leadingChanged(true);
}

void LeaderElection::stepDown(const QString &why, bool release)
{
    if (!m_leading)
        return;
    qCInfo(lcSync).noquote() << "this workstation stops running the sync:" << why;
    m_leading = false;
    m_deadline->stop();
    // Network work stops first (the receivers abort what is in flight), then the token goes,
    // then — only on a clean stop — the lease, so a successor never overlaps us.
    Q_EMIT leadingChanged(false);
    m_db.clearLeaseToken();
    if (release && m_db.isTeam()) {
        m_repo.release(m_me.memberId, m_epoch);
        m_db.notifyChanged(store::Topic::Team);
    }
}

} // namespace tgic::team
