// SPDX-License-Identifier: MIT
#include "TelegramApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace tgic::telegram {

TelegramApi::TelegramApi(QNetworkAccessManager *nam, QUrl baseUrl, const QString &token, QObject *parent)
    : RequestScheduler(nam, parent)
    , m_baseUrl(std::move(baseUrl))
    , m_token(token)
{
    redactor().addSecret(token);
    // One long poll plus sends and file downloads.
    setMaxConcurrent(8);
}

net::ApiRequest TelegramApi::method(const QString &name, const QUrlQuery &params)
{
    net::ApiRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = name;
    // Encode each pair ourselves: QUrlQuery leaves '+' as it is, and a form decoder reads '+' as a
    // space — "+1 555" would reach Telegram as " 1 555".
    QByteArray body;
    for (const auto &[key, value] : params.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    request.body = body;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    return request;
}

QUrl TelegramApi::fileDownloadUrl(const QString &filePath) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u"/file/bot"_s + m_token + u'/' + filePath);
    return url;
}

QNetworkRequest TelegramApi::buildRequest(const net::ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u"/bot"_s + m_token + u'/' + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest r(url);
    if (!request.contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    r.setRawHeader("Accept", "application/json");
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return r;
}

net::ApiResult TelegramApi::interpret(
    const net::ApiRequest &, QNetworkReply *reply, const QByteArray &body) const
{
    return readEnvelope(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), body);
}

net::ApiResult TelegramApi::readEnvelope(int status, const QByteArray &body)
{
    using net::Outcome;
    net::ApiResult result;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject envelope = doc.object();
    const bool wellFormed
        = parseError.error == QJsonParseError::NoError && doc.isObject() && envelope.value(u"ok"_s).isBool();

    if (!wellFormed) {
        result.outcome = status >= 500 ? Outcome::ServerError : Outcome::BadResponse;
        result.message
            = u"Telegram answered HTTP %1 with a body that is not a Bot API response (%2)"_s.arg(status).arg(
                parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                             : u"no \"ok\" field"_s);
        return result;
    }
    if (envelope.value(u"ok"_s).toBool()) {
        result.outcome = Outcome::Success;
        result.payload = envelope.value(u"result"_s);
        return result;
    }

    const int code = envelope.value(u"error_code"_s).toInt(status);
    // An empty description is still a failure that the agent must be able to read about.
    const QString description = envelope.value(u"description"_s).toString();
    result.message = description.isEmpty() ? u"Telegram error %1"_s.arg(code) : description;
    const QJsonObject parameters = envelope.value(u"parameters"_s).toObject();
    if (parameters.contains(u"retry_after"_s))
        result.retryAfter = net::retryAfterSeconds(parameters.value(u"retry_after"_s).toInteger());
    if (parameters.contains(u"migrate_to_chat_id"_s))
        result.payload = parameters; // the caller moves the chat
    result.outcome = net::outcomeForStatus(status >= 400 ? status : code);
    return result;
}

} // namespace tgic::telegram
