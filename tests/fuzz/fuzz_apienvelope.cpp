// SPDX-License-Identifier: MIT
// Fuzz target: the Bot API envelope and Intercom's answers, as net::ApiResult.
// Input: one byte that picks the HTTP status, then a header line ("Retry-After;X-RateLimit-Reset"),
// then the body.
#include "FuzzCheck.h"
#include "intercom/IntercomApi.h"
#include "telegram/TelegramApi.h"

#include <array>
#include <cstdint>

using tgic::net::ApiResult;
using tgic::net::Outcome;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static constexpr std::array statuses { 200, 201, 202, 204, 301, 400, 401, 403, 404, 409, 410, 422, 429,
        500, 502, 503, 504, 0, 599, 299 };
    const int status = statuses[data[0] % statuses.size()];
    const QByteArray rest
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray headerLine = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);
    const QList<QByteArray> headers = headerLine.split(';');

    const ApiResult telegram = tgic::telegram::TelegramApi::readEnvelope(status, body);
    const ApiResult intercom
        = tgic::intercom::IntercomApi::readResponse(status, body, headers.value(0), headers.value(1));
    for (const ApiResult &result : { telegram, intercom }) {
        // Every failure explains itself; a hint to wait is never negative unless it is "none".
        FUZZ_CHECK(result.ok() || !result.message.isEmpty());
        FUZZ_CHECK(result.retryAfter.count() >= -1);
        FUZZ_CHECK(result.retryAfter <= tgic::net::kMaxRetryAfter + std::chrono::milliseconds(100));
    }
    return 0;
}
