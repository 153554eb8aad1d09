// SPDX-License-Identifier: MIT
// Fuzz target: the Telegram emulator's multipart/form-data parser.
// Input: a Content-Type line, then the body.
#include "FuzzCheck.h"
#include "sandbox/telegram/TelegramMultipartParser.h"

#include <cstdint>

using tgic::sandbox::TelegramMultipartParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const QByteArray boundary = TelegramMultipartParser::boundaryFromContentType(contentType);
    const auto parts = TelegramMultipartParser::parse(body, boundary.isEmpty() ? QByteArray("b") : boundary);
    if (parts) {
        qsizetype bytes = 0;
        for (const auto &part : *parts) {
            // Form-data parts are named, and their bodies are slices of the request body, byte
            // for byte (uploads must round-trip exactly).
            FUZZ_CHECK(!part.name.isEmpty());
            FUZZ_CHECK(body.contains(part.data));
            bytes += part.data.size();
        }
        FUZZ_CHECK(bytes <= body.size());
    }
    return 0;
}
