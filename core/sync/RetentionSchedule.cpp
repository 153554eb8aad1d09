// SPDX-License-Identifier: MIT
#include "RetentionSchedule.h"

#include "Logging.h"
#include "store/Database.h"
#include "store/Retention.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::sync {

RetentionSchedule::RetentionSchedule(
    store::Database &db, QObject *parent, std::chrono::milliseconds checkEvery)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(checkEvery);
    connect(m_timer, &QTimer::timeout, this, &RetentionSchedule::runIfDue);
}

void RetentionSchedule::start()
{
    m_timer->start();
    // Not in the middle of starting up: on the next turn of the event loop.
    QTimer::singleShot(0, this, &RetentionSchedule::runIfDue);
}

void RetentionSchedule::stop()
{
    m_timer->stop();
}

bool RetentionSchedule::runIfDue()
{
    if (!m_timer->isActive() || !m_db.isOpen() || !m_db.isReachable())
        return false;
    store::Retention retention(m_db);
    if (!retention.due())
        return false;
    bool ok = false;
    QString error;
    const store::RetentionPlan removed = retention.run(u"sync (data retention)"_s, &ok, &error);
    if (!ok) {
        qCWarning(lcSync).noquote() << "data retention did not run:" << error;
        return false;
    }
    Q_EMIT ran(removed.total());
    return true;
}

} // namespace tgic::sync
