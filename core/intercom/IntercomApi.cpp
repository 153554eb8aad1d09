// SPDX-License-Identifier: MIT
#include "IntercomApi.h"

#include "Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace tgic::intercom {

IntercomApi::IntercomApi(
    QNetworkAccessManager *nam, QUrl baseUrl, const QString &accessToken, QObject *parent)
    : RequestScheduler(nam, parent)
    , m_baseUrl(std::move(baseUrl))
    , m_token(accessToken)
{
    redactor().addSecret(accessToken);
    // Intercom documents no limit on requests at a time, only a budget per minute spread over
    // 10-second windows, which the rate-limit headers pace (observeRateLimit). Six is as many
    // as Qt opens to one host over HTTP/1.1: more would only wait in its queue.
    setMaxConcurrent(6);
}

net::ApiRequest IntercomApi::get(const QString &path, const QUrlQuery &query)
{
    net::ApiRequest request;
    request.path = path;
    request.query = query;
    return request;
}

net::ApiRequest IntercomApi::post(const QString &path, const QJsonObject &body, bool idempotent)
{
    net::ApiRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = QByteArrayLiteral("application/json");
    request.idempotent = idempotent;
    return request;
}

net::ApiRequest IntercomApi::put(const QString &path, const QJsonObject &body)
{
    net::ApiRequest request = post(path, body, true); // PUT of the same fields is idempotent
    request.verb = QByteArrayLiteral("PUT");
    return request;
}

QNetworkRequest IntercomApi::buildRequest(const net::ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("Intercom-Version", kApiVersion);
    if (!request.contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    return r;
}

net::ApiResult IntercomApi::interpret(
    const net::ApiRequest &, QNetworkReply *reply, const QByteArray &body) const
{
    return readResponse(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), body,
        reply->rawHeader("Retry-After"), reply->rawHeader("X-RateLimit-Reset"));
}

net::ApiResult IntercomApi::readResponse(
    int status, const QByteArray &body, const QByteArray &retryAfter, const QByteArray &rateLimitReset)
{
    using net::Outcome;
    net::ApiResult result;
    QJsonParseError parseError {};
    const QJsonDocument doc
        = body.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    const bool parsed = parseError.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray());

    if (status >= 200 && status < 300) {
        if (!parsed && !body.trimmed().isEmpty()) {
            result.outcome = Outcome::BadResponse;
            result.message = u"Intercom answered HTTP %1 with a body that is not JSON (%2)"_s.arg(status).arg(
                parseError.errorString());
            return result;
        }
        result.outcome = Outcome::Success;
        result.payload = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        return result;
    }

    const QJsonObject error = doc.object().value(u"errors"_s).toArray().first().toObject();
    result.errorCode = error.value(u"code"_s).toString();
    result.message = error.value(u"message"_s).toString();
    if (result.message.isEmpty())
        result.message
            = result.errorCode.isEmpty() ? u"Intercom answered HTTP %1"_s.arg(status) : result.errorCode;
    if (parsed)
        result.payload = doc.object();

    result.outcome = net::outcomeForStatus(status);
    if (status == 429) {
        const qint64 reset = rateLimitReset.toLongLong();
        if (!retryAfter.isEmpty()) {
            result.retryAfter = net::retryAfterSeconds(retryAfter.toLongLong());
        } else if (reset > 0) {
            // The reset is a UNIX time in seconds: wait until then, plus a little. Capped before
            // the multiplication, so that an absurd value cannot overflow it.
            const qint64 now = tgic::nowMs();
            const qint64 maxMs = std::chrono::milliseconds(net::kMaxRetryAfter).count();
            result.retryAfter = reset > (now + maxMs) / 1000
                ? std::chrono::milliseconds(maxMs)
                : std::chrono::milliseconds(qMax<qint64>(0, reset * 1000 - now) + 100);
        }
    }
    return result;
}

void IntercomApi::observeRateLimit(QNetworkReply *reply)
{
    if (!reply->hasRawHeader("X-RateLimit-Limit"))
        return;
    m_limit = reply->rawHeader("X-RateLimit-Limit").toInt();
    m_remaining = reply->rawHeader("X-RateLimit-Remaining").toInt();
    const qint64 reset = reply->rawHeader("X-RateLimit-Reset").toLongLong();
    const QDateTime resetAt = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    Q_EMIT rateLimitChanged(m_limit, m_remaining, resetAt);
    // Requests already on the wire will spend some of what is left: stop starting new ones
    // before the window is empty rather than collecting 429s.
    if (m_remaining <= inFlightCount() && reset > 0)
        holdUntil(resetAt.addMSecs(100));
}

} // namespace tgic::intercom
