// SPDX-License-Identifier: MIT
#include "SyncHealthModel.h"

#include "Clock.h"
#include "Logging.h"
#include "store/Database.h"
#include "store/HealthRepository.h"

#include <QSqlDatabase>
#include <QThread>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tgic::models {

SyncHealthModel::SyncHealthModel(store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_connectionName(db.connection().connectionName() + u"-health-"_s
          + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_coalesce(new QTimer(this))
{
    m_worker->moveToThread(m_thread);
    // finished() is emitted on the worker thread itself: its connection is closed there.
    connect(
        m_thread, &QThread::finished, m_worker,
        [name = m_connectionName] { QSqlDatabase::removeDatabase(name); }, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(u"tgic-sync-health"_s);
    m_thread->start();
    // A burst of notices (a leader writing two minutes at once) becomes one read.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(100);
    connect(m_coalesce, &QTimer::timeout, this, &SyncHealthModel::refresh);
    connect(&m_db, &store::Database::changed, this, [this](store::Topic topic) {
        if (topic == store::Topic::Health && m_active && !m_coalesce->isActive())
            m_coalesce->start();
    });
    connect(&m_db, &store::Database::reachableChanged, this, [this](bool reachable) {
        if (reachable && m_active)
            refresh();
    });
}

SyncHealthModel::~SyncHealthModel()
{
    m_thread->quit();
    m_thread->wait();
}

void SyncHealthModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        refresh();
}

QList<health::HealthEvent> SyncHealthModel::events() const
{
    QList<health::HealthEvent> out;
    for (const health::HealthFigures &f : m_minutes)
        out += f.events;
    return out;
}

void SyncHealthModel::refresh()
{
    if (m_inFlight) {
        m_again = true; // once this read is in, read again: the rows changed meanwhile
        return;
    }
    m_inFlight = true;
    m_again = false;
    const int generation = ++m_generation;
    const QString source = m_db.connection().connectionName();
    const QString name = m_connectionName;
    const qint64 from = health::minuteOf(nowMs()) - qint64(m_span.count()) * 60000;
    QPointer<SyncHealthModel> self(this);
    QMetaObject::invokeMethod(m_worker, [self, source, name, from, generation] {
        // The worker's own connection, opened here on first use and kept: a team database
        // costs a handshake per connection, and the figures are read every few seconds.
        if (!QSqlDatabase::contains(name))
            QSqlDatabase::cloneDatabase(source, name);
        QSqlDatabase db = QSqlDatabase::database(name, false);
        bool ok = db.isOpen() || db.open();
        QList<store::HealthMinuteRow> rows;
        if (ok) {
            const auto read = store::HealthRepository::minutesFrom(db, from);
            ok = read.has_value();
            if (read)
                rows = *read;
            else
                db.close(); // reconnect next time
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, rows, ok] {
                if (self)
                    self->onRead(generation, rows, ok);
            },
            Qt::QueuedConnection);
    });
}

void SyncHealthModel::onRead(int generation, const QList<store::HealthMinuteRow> &rows, bool ok)
{
    m_inFlight = false;
    ++m_reads;
    if (generation == m_generation) {
        m_readFailed = !ok;
        if (ok) {
            QList<health::HealthFigures> minutes;
            for (const store::HealthMinuteRow &row : rows) {
                if (auto figures = health::HealthFigures::fromJson(row.minuteAt, row.figures.toUtf8()))
                    minutes.append(*figures);
                else
                    qCWarning(lcStore) << "sync_health: the figures of minute" << row.minuteAt
                                       << "are not a JSON object; skipped";
            }
            m_minutes = minutes;
            if (!rows.isEmpty()) {
                m_writer = rows.last().leader;
                m_writtenAt = QDateTime::fromMSecsSinceEpoch(rows.last().writtenAt);
            }
        }
        Q_EMIT changed();
    }
    if (m_again && m_active)
        refresh();
}

} // namespace tgic::models
