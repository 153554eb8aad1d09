// SPDX-License-Identifier: MIT
#include "FileDownloader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace tgic::sync {

FileDownloader::FileDownloader(QNetworkAccessManager *nam, Redactor redactor, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_redactor(std::move(redactor))
{ }

void FileDownloader::download(const QUrl &url, qint64 maxBytes, const QObject *ctx, Done done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(int(std::chrono::milliseconds(std::chrono::minutes(5)).count()));
    QNetworkReply *reply = m_nam->get(request);
    auto tooLarge = std::make_shared<bool>(false);
    auto check = [reply, maxBytes, tooLarge](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            *tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, this, check);
    QPointer<const QObject> guard(ctx);
    connect(reply, &QNetworkReply::finished, this, [this, reply, tooLarge, guard, done = std::move(done)] {
        reply->deleteLater();
        Result result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*tooLarge) {
            result.tooLarge = true;
            result.error = tr("the file is larger than allowed");
        } else if (reply->error() != QNetworkReply::NoError || status >= 400) {
            result.error = m_redactor.redact(
                status >= 400 ? tr("download failed with HTTP %1").arg(status) : reply->errorString());
        } else {
            result.ok = true;
            result.data = reply->readAll();
            result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        }
        if (guard)
            done(result);
    });
}

} // namespace tgic::sync
