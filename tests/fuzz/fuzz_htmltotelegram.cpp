// SPDX-License-Identifier: MIT
// Fuzz target: Intercom part HTML to Telegram text, then the split into messages.
#include "FuzzCheck.h"
#include "telegram/HtmlToTelegram.h"

#include <cstdint>

using namespace tgic::telegram;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the message length limit, so that short limits get exercised too.
    const qsizetype limit = 1 + data[0] % 64;
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString text = htmlToTelegramText(html);
    const QStringList pieces = splitForTelegram(text, limit);
    qsizetype total = 0;
    for (const QString &piece : pieces) {
        FUZZ_CHECK(telegramLength(piece) <= limit);
        FUZZ_CHECK(!piece.isEmpty());
        // Never cut inside a surrogate pair.
        FUZZ_CHECK(!piece.front().isLowSurrogate() && !piece.back().isHighSurrogate());
        total += telegramLength(piece);
    }
    // Splitting may drop the whitespace it cuts at, never the text.
    FUZZ_CHECK(total <= telegramLength(text));
    FUZZ_CHECK(pieces.isEmpty() == text.trimmed().isEmpty());
    // Both also run on the raw input: agents' HTML is not the only text that is split.
    (void)splitForTelegram(html, limit);
    return 0;
}
