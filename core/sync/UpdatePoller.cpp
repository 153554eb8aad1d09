// SPDX-License-Identifier: MIT
#include "UpdatePoller.h"

#include "Logging.h"
#include "store/Database.h"
#include "store/Meta.h"
#include "telegram/TelegramApi.h"
#include "telegram/TelegramTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace tgic::sync {

using telegram::TelegramApi;

UpdatePoller::UpdatePoller(TelegramApi *api, store::Database &db, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_db(db)
    , m_inbox(db)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &UpdatePoller::poll);
}

void UpdatePoller::start()
{
    if (m_state == State::Polling)
        return;
    m_conflicts = 0;
    m_offset.reset(); // read afresh: another workstation may have polled meanwhile
    m_firstPoll = true;
    setState(State::Polling);
    QMetaObject::invokeMethod(this, &UpdatePoller::poll, Qt::QueuedConnection);
}

void UpdatePoller::stop()
{
    m_retry->stop();
    if (auto *job = qobject_cast<net::NetworkJob *>(m_inFlight.data()))
        job->abort();
    setState(State::Stopped);
}

void UpdatePoller::setState(State state, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

void UpdatePoller::poll()
{
    if (m_inFlight || m_state == State::Stopped || m_state == State::Unauthorized)
        return;
    QUrlQuery params;
    // The offset this process stored last, kept in memory: only the lease holder polls.
    if (!m_offset)
        m_offset = store::meta::get(m_db, QString::fromLatin1(store::meta::kTelegramOffset));
    const QString offset = *m_offset;
    if (!offset.isEmpty())
        params.addQueryItem(u"offset"_s, offset);
    params.addQueryItem(u"limit"_s, u"100"_s);
    // The first poll after a start does not wait: what queued up meanwhile comes at once, and
    // the loop is known to work (systemd's READY=1) without waiting out a quiet long poll.
    const int timeout = m_firstPoll ? 0 : m_timeoutSeconds;
    params.addQueryItem(u"timeout"_s, QString::number(timeout));
    params.addQueryItem(u"allowed_updates"_s,
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(telegram::requestedUpdateTypes()))
                              .toJson(QJsonDocument::Compact)));
    net::ApiRequest request = TelegramApi::method(u"getUpdates"_s, params);
    request.maxAttempts = 0; // outages only delay polling; the scheduler backs off
    request.transferTimeout = seconds(timeout) + m_grace;
    m_inFlight = m_api->send(request, this, [this](const net::ApiResult &result) {
        m_inFlight = nullptr;
        onResult(result);
    });
}

void UpdatePoller::onResult(const net::ApiResult &result)
{
    using net::Outcome;
    if (m_state == State::Stopped || result.outcome == Outcome::Aborted)
        return;

    if (result.ok() && result.payload.isArray()) {
        const QJsonArray updates = result.payload.toArray();
        const store::IngestReport report = m_inbox.ingest(updates);
        if (report.fenced) {
            // Another workstation holds the poller lease now: polling again would overlap it.
            // Telegram keeps this batch (it was not confirmed) and gives it to the new poller.
            stop();
            return;
        }
        if (!report.ok) {
            // Not stored means not confirmed: Telegram keeps the batch and sends it again.
            ++m_storeFailures;
            setState(State::StoreError,
                tr("Cannot write to the local database; Telegram keeps the messages meanwhile"));
            m_retry->start(int(qMin(60000, 1000 * m_storeFailures)));
            return;
        }
        m_storeFailures = 0;
        m_conflicts = 0;
        if (report.nextOffset)
            m_offset = QString::number(*report.nextOffset);
        m_firstPoll = false;
        if (m_state != State::Polling)
            setState(State::Polling);
        Q_EMIT polled(int(updates.size()));
        if (report.stored || report.quarantined || report.duplicates || report.ignored || report.fromBots
            || report.notFromCustomers)
            Q_EMIT batchStored(report);
        if (updates.isEmpty())
            Q_EMIT caughtUp();
        QMetaObject::invokeMethod(this, &UpdatePoller::poll, Qt::QueuedConnection);
        return;
    }

    switch (result.outcome) {
    case Outcome::Unauthorized:
        qCWarning(lcTelegram) << "the bot token was refused:" << result.message;
        setState(
            State::Unauthorized, tr("Telegram refused the bot token (401 Unauthorized). Check the token."));
        return;
    case Outcome::Conflict: {
        // Another process polls this bot, or a webhook is set. Fighting would make both miss
        // updates: wait, longer each time, and tell the user.
        ++m_conflicts;
        const qint64 wait = qMin<qint64>(
            m_conflictBackoff.count() * (qint64(1) << qMin(m_conflicts - 1, 4)), 10 * 60 * 1000);
        qCWarning(lcTelegram).noquote()
            << "getUpdates conflict:" << result.message << "- waiting" << wait / 1000 << "s";
        setState(State::Conflict,
            result.message.contains(u"webhook"_s, Qt::CaseInsensitive)
                ? tr("A webhook is set for this bot, so it cannot be polled. Remove the webhook or stop the "
                     "other service.")
                : tr("Another program is polling this bot. Only one may; waiting for it to stop."));
        m_retry->start(int(wait));
        return;
    }
    default:
        // A result that is not an array, or an error the scheduler gave up on.
        qCWarning(lcTelegram).noquote() << "getUpdates failed:" << result.message;
        m_retry->start(int(m_api->backoff().delayFor(++m_storeFailures).count()));
        return;
    }
}

} // namespace tgic::sync
