// SPDX-License-Identifier: MIT
#include "RequestScheduler.h"

#include "Clock.h"
#include "Logging.h"
#include "Timers.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace tgic::net {

namespace {

// A refused connection or an unknown host cannot have delivered the request: safe to repeat
// even a request that creates something. Everything else may have reached the server.
bool provablyNotDelivered(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

constexpr int kMaxRateLimitWaits = 30;
constexpr milliseconds kDefaultRateLimitWait { 10000 };

} // namespace

RequestScheduler::RequestScheduler(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_holdTimer(new QTimer(this))
{
    m_holdTimer->setSingleShot(true);
    connect(m_holdTimer, &QTimer::timeout, this, &RequestScheduler::pump);
}

RequestScheduler::~RequestScheduler()
{
    abortAll();
}

NetworkJob *RequestScheduler::send(
    ApiRequest request, const QObject *context, std::function<void(const ApiResult &)> onFinished)
{
    auto *job = new NetworkJob(std::move(request), this);
    if (onFinished) {
        connect(job, &NetworkJob::finished, context ? context : this,
            [callback = std::move(onFinished)](const ApiResult &result) { callback(result); });
    }
    m_queue.append(job);
    // Start from the event loop, so the caller can connect and return before anything happens.
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
    return job;
}

void RequestScheduler::abortAll()
{
    const auto queued = m_queue;
    for (const auto &job : queued)
        if (job)
            abortJob(job);
    const auto running = m_running;
    for (const auto &job : running)
        if (job)
            abortJob(job);
}

void RequestScheduler::observeRateLimit(QNetworkReply *) { }

void RequestScheduler::holdUntil(const QDateTime &until)
{
    if (!until.isValid() || (m_holdUntil.isValid() && m_holdUntil >= until))
        return;
    m_holdUntil = until;
    const qint64 ms = QDateTime::fromMSecsSinceEpoch(tgic::nowMs(), Qt::UTC).msecsTo(until);
    startClamped(*m_holdTimer, ms, 0, 24 * kHourMs);
}

void RequestScheduler::pump()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(tgic::nowMs(), Qt::UTC);
    if (m_holdUntil.isValid() && now < m_holdUntil) {
        if (!m_holdTimer->isActive())
            m_holdTimer->start(int(now.msecsTo(m_holdUntil)));
        return;
    }
    m_holdUntil = {};
    while (m_inFlight < m_maxConcurrent && !m_queue.isEmpty()) {
        QPointer<NetworkJob> job = m_queue.takeFirst();
        if (job && !job->m_finished)
            start(job);
    }
}

void RequestScheduler::start(NetworkJob *job)
{
    ++job->m_attempts;
    ++m_inFlight;
    ++m_wireRequests;
    m_running.append(job);

    QNetworkRequest request = buildRequest(job->m_request);
    milliseconds timeout = job->m_request.transferTimeout;
    if (m_maxTransferTimeout.count() > 0)
        timeout = std::min(timeout, m_maxTransferTimeout);
    request.setTransferTimeout(int(timeout.count()));
    job->m_attemptStartedAt = tgic::monotonicMs();
    QNetworkReply *reply = nullptr;
    const QByteArray &verb = job->m_request.verb;
    if (verb == "GET")
        reply = m_nam->get(request);
    else if (verb == "DELETE" && job->m_request.body.isEmpty())
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, verb, job->m_request.body);
    job->m_reply = reply;
    qCDebug(lcNet).noquote() << "→" << job->m_request.label() << "attempt" << job->m_attempts;
    connect(reply, &QNetworkReply::finished, job, [this, job, reply] { onReplyFinished(job, reply); });
}

void RequestScheduler::onReplyFinished(NetworkJob *job, QNetworkReply *reply)
{
    reply->deleteLater();
    --m_inFlight;
    m_running.removeAll(job);
    job->m_reply = nullptr;
    if (job->m_finished) { // aborted meanwhile
        pump();
        return;
    }

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    const ApiRequest &request = job->m_request;
    const bool budgetLeft = request.maxAttempts == 0 || job->m_attempts < request.maxAttempts;

    if (!statusAttr.isValid()) {
        ApiResult result;
        result.outcome = Outcome::NetworkError;
        result.message = m_redactor.redact(reply->errorString());
        result.mayHaveReachedServer = !provablyNotDelivered(reply->error());
        result.attempts = job->m_attempts;
        // Our own aborts disconnect before they cancel, so a cancelled reply here is the transfer
        // timeout: the service held the connection open and said nothing.
        const bool stall = reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError;
        if (stall) {
            const milliseconds waited(tgic::monotonicMs() - job->m_attemptStartedAt);
            result.message = u"no answer for %1 s"_s.arg((waited.count() + 500) / 1000);
            qCWarning(lcNet).noquote()
                << serviceName() << "did not answer" << request.label() << "for"
                << (waited.count() + 500) / 1000 << "s; the connection was dropped"
                << (budgetLeft && request.idempotent ? "and the request starts again" : "");
            Q_EMIT stalled(request.label(), waited);
        }
        if (budgetLeft && (request.idempotent || !result.mayHaveReachedServer))
            retryLater(job, m_backoff.delayFor(job->m_attempts), result.message, stall);
        else
            finish(job, std::move(result));
        pump();
        return;
    }

    observeRateLimit(reply);
    ApiResult result = interpret(request, reply, body);
    result.httpStatus = statusAttr.toInt();
    result.message = m_redactor.redact(result.message);
    result.attempts = job->m_attempts;
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);

    switch (result.outcome) {
    case Outcome::RateLimited: {
        Q_EMIT rateLimitHit(request.label());
        // A 429 was not carried out: always safe to repeat, and it does not use up the budget.
        --job->m_attempts;
        if (++job->m_rateLimitWaits > kMaxRateLimitWaits) {
            finish(job, std::move(result));
            break;
        }
        milliseconds wait = result.retryAfter.count() >= 0 ? result.retryAfter : kDefaultRateLimitWait;
        if (m_holdUntil.isValid())
            wait = std::max(wait,
                milliseconds(QDateTime::fromMSecsSinceEpoch(tgic::nowMs(), Qt::UTC).msecsTo(m_holdUntil)));
        holdUntil(QDateTime::fromMSecsSinceEpoch(tgic::nowMs(), Qt::UTC).addMSecs(wait.count()));
        retryLater(job, wait, result.message);
        break;
    }
    case Outcome::ServerError:
    case Outcome::BadResponse: {
        // 503 means "not now": the request was not carried out. Other 5xx and unreadable
        // answers may have followed a successful write.
        result.mayHaveReachedServer = result.httpStatus != 503;
        if (budgetLeft && (request.idempotent || !result.mayHaveReachedServer))
            retryLater(job,
                result.retryAfter.count() > 0 ? result.retryAfter : m_backoff.delayFor(job->m_attempts),
                result.message);
        else
            finish(job, std::move(result));
        break;
    }
    default:
        finish(job, std::move(result));
    }
    pump();
}

void RequestScheduler::retryLater(NetworkJob *job, milliseconds delay, const QString &reason, bool logged)
{
    if (!logged)
        qCInfo(lcNet).noquote() << job->m_request.label() << "failed (" << reason << "), retrying in"
                                << delay.count() << "ms";
    Q_EMIT retryScheduled(job->m_request.label(), delay, reason);
    if (!job->m_retryTimer) {
        job->m_retryTimer = new QTimer(job);
        job->m_retryTimer->setSingleShot(true);
        connect(job->m_retryTimer, &QTimer::timeout, this, [this, job] {
            m_queue.prepend(job);
            pump();
        });
    }
    startClamped(*job->m_retryTimer, delay.count(), 0, 24 * kHourMs);
}

void RequestScheduler::finish(NetworkJob *job, ApiResult result)
{
    job->m_finished = true;
    job->m_result = std::move(result);
    if (!job->m_result.ok())
        qCDebug(lcNet).noquote() << job->m_request.label() << "→" << outcomeName(job->m_result.outcome)
                                 << job->m_result.httpStatus << job->m_result.message;
    Q_EMIT jobFinished(job->m_request.label(), job->m_result.outcome);
    Q_EMIT job->finished(job->m_result);
    job->deleteLater();
}

void RequestScheduler::abortJob(NetworkJob *job)
{
    if (job->m_finished)
        return;
    m_queue.removeAll(job);
    if (job->m_retryTimer)
        job->m_retryTimer->stop();
    // A request already on the wire may have been carried out before we hung up.
    const bool wasOnTheWire = !job->m_reply.isNull();
    if (job->m_reply) {
        QNetworkReply *reply = job->m_reply;
        job->m_reply = nullptr;
        disconnect(reply, nullptr, job, nullptr);
        m_running.removeAll(job);
        --m_inFlight;
        reply->abort();
        reply->deleteLater();
    }
    ApiResult result;
    result.outcome = Outcome::Aborted;
    result.message = u"aborted"_s;
    result.mayHaveReachedServer = wasOnTheWire || job->m_attempts > 0;
    result.attempts = job->m_attempts;
    finish(job, std::move(result));
}

} // namespace tgic::net
