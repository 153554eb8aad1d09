// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tgic::sandbox {

struct TelegramMultipartPart
{
    QString name;
    QString fileName; // set when the part carried a filename, i.e. an uploaded file
    bool hasFileName = false;
    QByteArray contentType;
    QByteArray data;
};

// Parses multipart/form-data (RFC 7578) bodies; QHttpServer 6.4 has no parser of its own.
// Part bodies are kept as raw bytes so uploads round-trip exactly.
class TelegramMultipartParser
{
public:
    // The boundary parameter of a Content-Type header, or empty when there is none.
    static QByteArray boundaryFromContentType(const QByteArray &contentType);
    // nullopt when the body is not well-formed multipart for this boundary.
    static std::optional<QList<TelegramMultipartPart>> parse(
        const QByteArray &body, const QByteArray &boundary);
};

} // namespace tgic::sandbox
