// SPDX-License-Identifier: MIT
#include "TelegramMultipartParser.h"

#include <QByteArrayView>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

// Splits "form-data; name=\"a;b\"; filename=x" into parameters, honouring quotes so that a
// semicolon inside a quoted file name does not cut it.
QList<std::pair<QByteArray, QByteArray>> headerParameters(QByteArrayView value)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    qsizetype i = 0;
    const qsizetype n = value.size();
    // Skip the leading token ("form-data").
    while (i < n && value[i] != ';')
        ++i;
    while (i < n) {
        ++i; // the ';'
        while (i < n && (value[i] == ' ' || value[i] == '\t'))
            ++i;
        QByteArray key;
        while (i < n && value[i] != '=' && value[i] != ';')
            key += value[i++];
        QByteArray val;
        if (i < n && value[i] == '=') {
            ++i;
            if (i < n && value[i] == '"') {
                ++i;
                while (i < n && value[i] != '"') {
                    if (value[i] == '\\' && i + 1 < n)
                        ++i;
                    val += value[i++];
                }
                while (i < n && value[i] != ';')
                    ++i;
            } else {
                while (i < n && value[i] != ';')
                    val += value[i++];
                val = val.trimmed();
            }
        }
        out.append({ key.trimmed().toLower(), val });
    }
    return out;
}

bool parseHeaders(QByteArrayView block, TelegramMultipartPart &part)
{
    for (const QByteArrayView line : QByteArray(block.toByteArray()).split('\n')) {
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = trimmed.first(colon).trimmed().toByteArray().toLower();
        const QByteArrayView value = trimmed.sliced(colon + 1).trimmed();
        if (name == "content-type"_ba) {
            part.contentType = value.toByteArray();
        } else if (name == "content-disposition"_ba) {
            for (const auto &[key, val] : headerParameters(value)) {
                if (key == "name"_ba) {
                    part.name = QString::fromUtf8(val);
                } else if (key == "filename"_ba) {
                    part.fileName = QString::fromUtf8(val);
                    part.hasFileName = true;
                } else if (key == "filename*"_ba) {
                    // RFC 5987: charset'lang'percent-encoded; it wins over the plain filename.
                    const qsizetype q = val.lastIndexOf('\'');
                    part.fileName = QString::fromUtf8(QByteArray::fromPercentEncoding(val.sliced(q + 1)));
                    part.hasFileName = true;
                }
            }
        }
    }
    return !part.name.isEmpty();
}

} // namespace

QByteArray TelegramMultipartParser::boundaryFromContentType(const QByteArray &contentType)
{
    for (const auto &[key, val] : headerParameters(contentType)) {
        if (key == "boundary"_ba)
            return val;
    }
    return {};
}

std::optional<QList<TelegramMultipartPart>> TelegramMultipartParser::parse(
    const QByteArray &body, const QByteArray &boundary)
{
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--"_ba + boundary;
    // Every delimiter after the first is preceded by CRLF, which belongs to the delimiter.
    const QByteArray innerDelimiter = "\r\n"_ba + delimiter;

    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    pos += delimiter.size();

    QList<TelegramMultipartPart> parts;
    while (true) {
        if (QByteArrayView(body).sliced(pos).startsWith("--"))
            return parts; // the closing delimiter
        // Transport padding then CRLF after the delimiter line.
        const qsizetype lineEnd = body.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return std::nullopt;
        const qsizetype headersStart = lineEnd + 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        // A part with no headers at all is malformed for form-data (it needs a name).
        if (headersEnd < 0)
            return std::nullopt;
        TelegramMultipartPart part;
        if (!parseHeaders(QByteArrayView(body).sliced(headersStart, headersEnd - headersStart), part))
            return std::nullopt;
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf(innerDelimiter, dataStart);
        if (next < 0)
            return std::nullopt;
        part.data = body.sliced(dataStart, next - dataStart);
        parts.append(std::move(part));
        pos = next + innerDelimiter.size();
    }
}

} // namespace tgic::sandbox
