// SPDX-License-Identifier: MIT
#include "IntercomFailure.h"

#include "IntercomJson.h"

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

QString statusMessage(int status)
{
    switch (status) {
    case 500:
        return u"Internal server error"_s;
    case 502:
        return u"Bad gateway"_s;
    case 503:
        return u"Service unavailable"_s;
    case 504:
        return u"Gateway timeout"_s;
    default:
        return u"Request failed"_s;
    }
}

QString statusCode(int status)
{
    switch (status) {
    case 500:
        return u"server_error"_s;
    case 503:
        return u"service_unavailable"_s;
    case 429:
        return u"rate_limit_exceeded"_s;
    case 401:
        return u"unauthorized"_s;
    case 404:
        return u"not_found"_s;
    default:
        return status >= 500 ? u"server_error"_s : u"client_error"_s;
    }
}

} // namespace

IntercomReply IntercomFailure::reply(const QString &requestId) const
{
    IntercomReply r;
    switch (kind) {
    case Kind::Garbage:
        // What a misbehaving proxy or a truncated transfer looks like: 200, JSON type, not JSON.
        r.status = 200;
        r.body = "<html><body>Temporarily unavailable</body></html>\n{\"type\":\"contact\",";
        return r;
    case Kind::LostAnswer:
        r.status = 504;
        r.contentType = "text/html";
        r.body = "<html><head><title>504 Gateway Time-out</title></head><body>"
                 "<center><h1>504 Gateway Time-out</h1></center></body></html>\r\n";
        return r;
    case Kind::Hang:
        r.hang = true;
        return r;
    case Kind::Status:
        break;
    }
    if (httpStatus == 502) {
        r.status = 502;
        r.contentType = "text/html";
        r.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                 "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
        return r;
    }
    return IntercomJson::errorReply(
        IntercomError { httpStatus, statusCode(httpStatus), statusMessage(httpStatus), {} }, requestId);
}

} // namespace tgic::sandbox
