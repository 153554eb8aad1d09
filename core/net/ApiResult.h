// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

#include <chrono>

namespace tgic::net {

//! What became of one logical API call, after the scheduler's retries.
enum class Outcome {
    Success,
    Unauthorized, //!< 401: the token is wrong or revoked
    Forbidden, //!< 403: e.g. the user blocked the bot
    NotFound, //!< 404
    Gone, //!< 410: e.g. an Intercom contact merged away (see the Link header)
    Conflict, //!< 409: another poller/webhook (Telegram) or an existing contact (Intercom)
    ClientError, //!< other 4xx: the request itself is wrong; retrying will not help
    RateLimited, //!< 429 after the scheduler gave up waiting
    ServerError, //!< 5xx after the retry budget
    NetworkError, //!< no usable answer (refused, reset, timed out)
    BadResponse, //!< an answer that is not the JSON the API promises
    Aborted, //!< cancelled by us
};

QString outcomeName(Outcome outcome);
//! The outcome an HTTP status (or a Bot API error_code) that is not a success stands for:
//! the one mapping of both APIs.
Outcome outcomeForStatus(int status);

//! The longest wait a server's hint is followed for. Telegram's flood waits reach hours; a
//! larger (or garbled) value must neither overflow the arithmetic nor stop the client for good.
inline constexpr std::chrono::hours kMaxRetryAfter { 24 };

//! A server's "retry after N seconds" as ApiResult::retryAfter: -1 (no hint) when negative,
//! at most kMaxRetryAfter. (Found by fuzz_apienvelope: "Retry-After: -3" gave -3000 ms, and a
//! huge value overflowed the conversion to milliseconds.)
std::chrono::milliseconds retryAfterSeconds(qint64 seconds);

//! A request relative to the service's base URL. The scheduler owns everything else.
struct ApiRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QString path; //!< "/contacts/search" (Intercom) or "getUpdates" (Telegram)
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    //! May the request be repeated when it might already have reached the server?
    //! Creating a contact or posting a reply must not be blindly repeated (invariant 3):
    //! the caller reconciles such an ambiguous failure instead.
    bool idempotent = true;
    int maxAttempts = 5; //!< 0 = keep retrying transient failures forever (the poll loop)
    std::chrono::milliseconds transferTimeout { 30000 };

    //! "POST /contacts/search" or "getUpdates": for logs and counters, never carries secrets.
    QString label() const;
};

struct ApiResult
{
    Outcome outcome = Outcome::Aborted;
    int httpStatus = 0;
    QJsonValue payload; //!< Telegram: `result`; Intercom: the whole JSON body
    QString errorCode; //!< Intercom `errors[0].code`; empty for Telegram
    QString message; //!< human-readable and redacted: safe for logs and the UI
    QHash<QByteArray, QByteArray> headers; //!< lower-case names
    std::chrono::milliseconds retryAfter { -1 };
    //! True when a failed request may nevertheless have been carried out by the server.
    bool mayHaveReachedServer = false;
    int attempts = 0;

    bool ok() const { return outcome == Outcome::Success; }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

} // namespace tgic::net
