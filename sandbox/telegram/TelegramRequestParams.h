// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace tgic::sandbox {

struct TelegramUpload
{
    QString fileName;
    QString mimeType;
    QByteArray data;
};

// The parameters of one Bot API call, merged from the query string and the body, whichever of the
// four encodings the client used (query, urlencoded form, JSON, multipart). As on the real server,
// structured parameters (reply_parameters, allowed_updates) may be JSON values or JSON-serialized strings.
class TelegramRequestParams
{
public:
    static TelegramRequestParams fromRequest(const QHttpServerRequest &request);
    // For tests and other callers that already hold the parts.
    static TelegramRequestParams fromUrlEncoded(const QByteArray &encoded);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // a ready "Bad Request: ..." description

    bool contains(const QString &name) const;
    // Text form of a parameter: strings as they are, numbers and booleans as the JSON text.
    QString string(const QString &name) const;
    // nullopt when absent or not an integer.
    std::optional<qint64> integer(const QString &name) const;
    bool boolean(const QString &name, bool fallback = false) const;
    // Objects and arrays, given either as JSON or as a JSON-serialized string; Undefined when absent or
    // unparsable.
    QJsonValue json(const QString &name) const;
    // A file uploaded as a multipart part named `name`.
    std::optional<TelegramUpload> file(const QString &name) const;

private:
    void addUrlEncoded(const QByteArray &encoded);
    void addJsonBody(const QByteArray &body);
    void addMultipart(const QByteArray &body, const QByteArray &contentType);

    QHash<QString, QJsonValue> m_values;
    QHash<QString, TelegramUpload> m_files;
    QString m_error;
};

} // namespace tgic::sandbox
