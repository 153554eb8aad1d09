// SPDX-License-Identifier: MIT
#pragma once

#include "net/RequestScheduler.h"

#include <QJsonObject>
#include <QUrl>

namespace tgic::intercom {

//! Intercom's REST API (pinned to version 2.16) as a scheduler: injects the bearer token and
//! version header, reads `error.list` bodies, and paces requests by the `X-RateLimit-*` headers.
class IntercomApi final : public net::RequestScheduler
{
    Q_OBJECT

public:
    static constexpr auto kApiVersion = "2.16";

    IntercomApi(
        QNetworkAccessManager *nam, QUrl baseUrl, const QString &accessToken, QObject *parent = nullptr);

    QString serviceName() const override { return QStringLiteral("Intercom"); }

    QUrl baseUrl() const { return m_baseUrl; }
    int rateLimit() const { return m_limit; }
    int rateRemaining() const { return m_remaining; }

    static net::ApiRequest get(const QString &path, const QUrlQuery &query = {});
    static net::ApiRequest post(const QString &path, const QJsonObject &body, bool idempotent);
    static net::ApiRequest put(const QString &path, const QJsonObject &body);

    //! One answer (`interpret` without the reply object, so that the fuzzer and the unit tests
    //! can feed it any bytes). The headers are the raw Retry-After and X-RateLimit-Reset.
    static net::ApiResult readResponse(int httpStatus, const QByteArray &body, const QByteArray &retryAfter,
        const QByteArray &rateLimitReset);

protected:
    QNetworkRequest buildRequest(const net::ApiRequest &request) const override;
    net::ApiResult interpret(
        const net::ApiRequest &request, QNetworkReply *reply, const QByteArray &body) const override;
    void observeRateLimit(QNetworkReply *reply) override;

private:
    QUrl m_baseUrl;
    QString m_token;
    int m_limit = -1;
    int m_remaining = -1;
};

} // namespace tgic::intercom
