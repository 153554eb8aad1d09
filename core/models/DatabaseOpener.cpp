// SPDX-License-Identifier: MIT
#include "DatabaseOpener.h"

#include "Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::models {

namespace {
// What Qt 6.8's QSqlDatabase::moveToThread does (Qt 6.4 has none): a connection belongs to its
// driver's thread. Called on the thread the connection belongs to, which no longer uses it.
// QPSQL's socket notifier for LISTEN has no parent and would stay behind: the channels are left
// here and listened to again on the new thread (listen()).
QStringList handOver(store::Database &db, QThread *thread)
{
    QSqlDriver *driver = db.connection().driver();
    if (!driver)
        return {};
    QStringList channels = driver->subscribedToNotifications();
    for (const QString &channel : channels)
        driver->unsubscribeFromNotification(channel);
    driver->moveToThread(thread);
    db.moveToThread(thread); // with its timers
    return channels;
}

// On the connection's new thread: one round trip, the only one there.
void listen(store::Database &db, const QStringList &channels)
{
    QSqlDriver *driver = db.connection().driver();
    for (const QString &channel : channels)
        if (!driver->subscribeToNotification(channel))
            qCWarning(lcStore).noquote()
                << "cannot LISTEN for changes from other workstations:" << driver->lastError().text();
}
} // namespace

DatabaseOpener::DatabaseOpener(QString path, store::OpenOptions options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_options(std::move(options))
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &DatabaseOpener::attempt);
}

DatabaseOpener::~DatabaseOpener()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
}

void DatabaseOpener::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"connecting"_s);
    m_threadAnchor = std::make_unique<QObject>();
    m_threadAnchor->moveToThread(m_thread.get());
    m_thread->start();
    attempt();
}

void DatabaseOpener::attempt()
{
    ++m_attempts;
    QMetaObject::invokeMethod(
        m_threadAnchor.get(), [this, path = m_path, options = m_options, to = thread()] {
            // Held by the answer: if the opener went meanwhile, the connection closes with it.
            auto db = std::make_shared<std::unique_ptr<store::Database>>(std::make_unique<store::Database>());
            QString error;
            QStringList channels;
            if ((*db)->open(path, options)) {
                channels = handOver(**db, to);
            } else {
                error = (*db)->error();
                db->reset(); // on the thread it belongs to
            }
            QMetaObject::invokeMethod(
                this,
                [this, db, error, channels] {
                    if (*db)
                        listen(**db, channels);
                    onAttempted(db, error);
                },
                Qt::QueuedConnection);
        });
}

void DatabaseOpener::onAttempted(
    const std::shared_ptr<std::unique_ptr<store::Database>> &db, const QString &error)
{
    if (*db) {
        m_db = std::move(*db);
        Q_EMIT opened();
        return;
    }
    qCWarning(lcStore).noquote() << "the team database did not open, trying again:" << error;
    m_retry->start();
    Q_EMIT failed(error);
}

} // namespace tgic::models
