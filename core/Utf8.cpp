// SPDX-License-Identifier: MIT
#include "Utf8.h"

#include <QStringDecoder>

namespace tgic {

QString decodeUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

} // namespace tgic
