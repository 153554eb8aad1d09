// SPDX-License-Identifier: MIT
#pragma once

#include "Redactor.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace tgic::sync {

//! Fetches one file (a Telegram file path or an Intercom attachment link) into memory, refusing
//! anything over `maxBytes`. No auth header is ever added: Telegram file URLs carry the token in
//! the path (so every message is redacted) and Intercom links are pre-signed for any host.
//!
//! It does not retry: a failed download leaves its outbox row pending, and the delivery's own
//! backoff tries the whole step again (the one scheduler per service stays the only retry loop
//! on API calls).
class FileDownloader final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        bool tooLarge = false;
        QByteArray data;
        QString contentType;
        QString error; //!< redacted
    };
    using Done = std::function<void(const Result &)>;

    FileDownloader(QNetworkAccessManager *nam, Redactor redactor, QObject *parent = nullptr);

    void download(const QUrl &url, qint64 maxBytes, const QObject *ctx, Done done);

private:
    QNetworkAccessManager *m_nam;
    Redactor m_redactor;
};

} // namespace tgic::sync
