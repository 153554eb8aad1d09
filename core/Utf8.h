// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

namespace tgic {

//! UTF-8 to UTF-16 keeping every character, a leading U+FEFF included. QString::fromUtf8
//! drops a leading U+FEFF as a byte-order mark; a customer's text that begins with one (a
//! zero-width no-break space pasted from elsewhere) must come back as it was stored.
QString decodeUtf8(QByteArrayView bytes);

} // namespace tgic
