// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"
#include "Backoff.h"
#include "NetworkJob.h"
#include "Redactor.h"

#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tgic::net {

//! The one place that decides about retries, backoff and rate limits for a service.
//!
//! Jobs only describe a request; the scheduler queues them (at most `maxConcurrent` on the wire),
//! holds them back while the service's rate limit is exhausted, retries transient failures with
//! exponential backoff and jitter, honours `Retry-After`/`retry_after`, and returns only final
//! results. Subclasses teach it the service: how to build a request and how to read an answer.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    RequestScheduler(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RequestScheduler() override;

    //! Queue a request; `onFinished` runs once with the final result unless `context` is gone.
    NetworkJob *send(
        ApiRequest request, const QObject *context, std::function<void(const ApiResult &)> onFinished);

    //! The service's name as people know it ("Telegram", "Intercom"): logs, the status bar, metrics.
    virtual QString serviceName() const = 0;

    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }
    //! No request waits longer than this for the next byte, whatever it asked for (0 = no cap):
    //! how long a hung service is given before the request is abandoned as a stall.
    void setMaxTransferTimeout(std::chrono::milliseconds cap) { m_maxTransferTimeout = cap; }
    void setBackoff(Backoff backoff) { m_backoff = backoff; }
    const Backoff &backoff() const { return m_backoff; }
    Redactor &redactor() { return m_redactor; }
    const Redactor &redactor() const { return m_redactor; }

    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return m_inFlight; }
    //! Requests sent on the wire so far, retries included (the benchmark reads this).
    qint64 wireRequestCount() const { return m_wireRequests; }

    //! Abort every queued and running job (shutdown).
    void abortAll();

Q_SIGNALS:
    //! A transient failure: the job will be sent again after `delay`.
    void retryScheduled(const QString &label, std::chrono::milliseconds delay, const QString &reason);
    //! Rate-limit headroom as the service last reported it.
    void rateLimitChanged(int limit, int remaining, const QDateTime &resetAt);
    //! Every final result, for counters in the UI.
    void jobFinished(const QString &label, tgic::net::Outcome outcome);
    //! The service kept a request open without sending a byte for its whole transfer timeout:
    //! the connection was dropped (and the request is retried or failed as usual). Once per
    //! stalled attempt; logged once, here.
    void stalled(const QString &label, std::chrono::milliseconds waited);
    //! The service answered 429 (every one, also those the scheduler then waits out).
    void rateLimitHit(const QString &label);

protected:
    virtual QNetworkRequest buildRequest(const ApiRequest &request) const = 0;
    //! Read one HTTP answer (a status line arrived). The scheduler redacts the message after.
    virtual ApiResult interpret(
        const ApiRequest &request, QNetworkReply *reply, const QByteArray &body) const = 0;
    //! Read the service's rate-limit headers, if it sends any, and call holdUntil() when the
    //! window is spent. The default does nothing.
    virtual void observeRateLimit(QNetworkReply *reply);

    //! Hold every request back until `until` (a 429, or an exhausted window).
    void holdUntil(const QDateTime &until);

private:
    friend class NetworkJob;
    void pump();
    void start(NetworkJob *job);
    void onReplyFinished(NetworkJob *job, QNetworkReply *reply);
    void retryLater(
        NetworkJob *job, std::chrono::milliseconds delay, const QString &reason, bool logged = false);
    void finish(NetworkJob *job, ApiResult result);
    void abortJob(NetworkJob *job);

    QNetworkAccessManager *m_nam;
    QList<QPointer<NetworkJob>> m_queue;
    QList<QPointer<NetworkJob>> m_running;
    Backoff m_backoff;
    Redactor m_redactor;
    QDateTime m_holdUntil;
    class QTimer *m_holdTimer = nullptr;
    std::chrono::milliseconds m_maxTransferTimeout { 0 };
    int m_maxConcurrent = 4;
    int m_inFlight = 0;
    qint64 m_wireRequests = 0;
};

} // namespace tgic::net
