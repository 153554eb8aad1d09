// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace tgic::telegram {

//! Telegram counts message length in Unicode code points, not UTF-16 units.
qsizetype telegramLength(const QString &text);

//! Intercom part HTML as plain Telegram text. The result is sent without parse_mode, so no markup
//! can make Telegram refuse it ("can't parse entities"): paragraphs become blank lines, <br> a
//! line break, list items bullets, links "label (url)" (Telegram links bare URLs itself),
//! images "[image] url", entities are decoded and every other tag is dropped.
QString htmlToTelegramText(const QString &html);

//! Cut a text into pieces of at most `maxLength` code points (Telegram's 4096 by default),
//! preferring paragraph breaks, then line breaks, then spaces; never inside a surrogate pair.
QStringList splitForTelegram(const QString &text, qsizetype maxLength = 4096);

} // namespace tgic::telegram
