// SPDX-License-Identifier: MIT
#include "NetworkJob.h"

#include "RequestScheduler.h"

namespace tgic::net {

NetworkJob::NetworkJob(ApiRequest request, RequestScheduler *scheduler)
    : QObject(scheduler)
    , m_request(std::move(request))
    , m_scheduler(scheduler)
{ }

void NetworkJob::abort()
{
    if (m_finished)
        return;
    if (m_scheduler)
        m_scheduler->abortJob(this);
}

} // namespace tgic::net
