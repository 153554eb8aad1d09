// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace tgic::net {

class RequestScheduler;

//! One logical API call. The scheduler may send it several times (retries); the job emits
//! `finished` exactly once, with the final result, and deletes itself afterwards.
class NetworkJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkJob)

public:
    const ApiRequest &request() const { return m_request; }
    const ApiResult &result() const { return m_result; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    //! Cancel: the job finishes with Outcome::Aborted (unless it finished already).
    void abort();

Q_SIGNALS:
    void finished(const tgic::net::ApiResult &result);

private:
    friend class RequestScheduler;
    NetworkJob(ApiRequest request, RequestScheduler *scheduler);

    ApiRequest m_request;
    ApiResult m_result;
    QPointer<RequestScheduler> m_scheduler;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    qint64 m_attemptStartedAt = 0; //!< monotonic ms: when the current attempt went on the wire
    int m_attempts = 0;
    int m_rateLimitWaits = 0;
    bool m_finished = false;
};

} // namespace tgic::net
