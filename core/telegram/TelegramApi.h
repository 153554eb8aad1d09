// SPDX-License-Identifier: MIT
#pragma once

#include "net/RequestScheduler.h"

#include <QUrl>

namespace tgic::telegram {

//! The Bot API as a scheduler: builds `/bot<token>/<method>` URLs (the token lives only here
//! and in the request itself) and reads the `{ok, result | error_code, description,
//! parameters.retry_after}` envelope.
class TelegramApi final : public net::RequestScheduler
{
    Q_OBJECT

public:
    TelegramApi(QNetworkAccessManager *nam, QUrl baseUrl, const QString &token, QObject *parent = nullptr);

    QString serviceName() const override { return QStringLiteral("Telegram"); }

    QUrl baseUrl() const { return m_baseUrl; }
    //! Where getFile's `file_path` can be downloaded. It contains the token: hand it only to a
    //! downloader, never to a log, the UI or another service.
    QUrl fileDownloadUrl(const QString &filePath) const;

    //! A form-encoded POST to a Bot API method.
    static net::ApiRequest method(const QString &name, const QUrlQuery &params = {});

    //! The envelope of one answer (`interpret` without the reply object, so that the fuzzer
    //! and the unit tests can feed it any bytes).
    static net::ApiResult readEnvelope(int httpStatus, const QByteArray &body);

protected:
    QNetworkRequest buildRequest(const net::ApiRequest &request) const override;
    net::ApiResult interpret(
        const net::ApiRequest &request, QNetworkReply *reply, const QByteArray &body) const override;

private:
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace tgic::telegram
