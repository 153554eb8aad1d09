// SPDX-License-Identifier: MIT
#include "ApiResult.h"

using namespace Qt::StringLiterals;

namespace tgic::net {

std::chrono::milliseconds retryAfterSeconds(qint64 seconds)
{
    if (seconds < 0)
        return std::chrono::milliseconds(-1);
    // Compare in seconds, before the multiplication that could overflow.
    const qint64 capped = qMin<qint64>(seconds, std::chrono::seconds(kMaxRetryAfter).count());
    return std::chrono::seconds(capped);
}

Outcome outcomeForStatus(int status)
{
    switch (status) {
    case 401:
        return Outcome::Unauthorized;
    case 403:
        return Outcome::Forbidden;
    case 404:
        return Outcome::NotFound;
    case 409:
        return Outcome::Conflict;
    case 410:
        return Outcome::Gone;
    case 429:
        return Outcome::RateLimited;
    default:
        return status >= 500 ? Outcome::ServerError : Outcome::ClientError;
    }
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return u"success"_s;
    case Outcome::Unauthorized:
        return u"unauthorized"_s;
    case Outcome::Forbidden:
        return u"forbidden"_s;
    case Outcome::NotFound:
        return u"not found"_s;
    case Outcome::Gone:
        return u"gone"_s;
    case Outcome::Conflict:
        return u"conflict"_s;
    case Outcome::ClientError:
        return u"client error"_s;
    case Outcome::RateLimited:
        return u"rate limited"_s;
    case Outcome::ServerError:
        return u"server error"_s;
    case Outcome::NetworkError:
        return u"network error"_s;
    case Outcome::BadResponse:
        return u"bad response"_s;
    case Outcome::Aborted:
        return u"aborted"_s;
    }
    return u"unknown"_s;
}

QString ApiRequest::label() const
{
    if (path.startsWith(u'/'))
        return QString::fromLatin1(verb) + u' ' + path;
    return path;
}

} // namespace tgic::net
