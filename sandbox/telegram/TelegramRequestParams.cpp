// SPDX-License-Identifier: MIT
#include "TelegramRequestParams.h"

#include "TelegramMultipartParser.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

// Every character as sent, a leading U+FEFF included: QString::fromUtf8 drops one as a
// byte-order mark, and Telegram keeps it in a message's text like any other character.
QString decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QString decodeFormComponent(QByteArray component)
{
    // In application/x-www-form-urlencoded a '+' is a space; QUrlQuery would keep it.
    component.replace('+', ' ');
    return decodeUtf8(QByteArray::fromPercentEncoding(component));
}

} // namespace

TelegramRequestParams TelegramRequestParams::fromRequest(const QHttpServerRequest &request)
{
    TelegramRequestParams params;
    params.addUrlEncoded(request.url().query(QUrl::FullyEncoded).toUtf8());

    const QByteArray body = request.body();
    const QByteArray contentType = request.value("content-type"_ba);
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    if (body.isEmpty())
        return params;
    if (mime == "application/json"_ba)
        params.addJsonBody(body);
    else if (mime == "multipart/form-data"_ba)
        params.addMultipart(body, contentType);
    else if (mime == "application/x-www-form-urlencoded"_ba || mime.isEmpty())
        params.addUrlEncoded(body);
    // Other content types: the real server ignores the body, so the query string alone counts.
    return params;
}

TelegramRequestParams TelegramRequestParams::fromUrlEncoded(const QByteArray &encoded)
{
    TelegramRequestParams params;
    params.addUrlEncoded(encoded);
    return params;
}

void TelegramRequestParams::addUrlEncoded(const QByteArray &encoded)
{
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = decodeFormComponent(eq < 0 ? pair : pair.first(eq));
        const QString value = eq < 0 ? QString() : decodeFormComponent(pair.sliced(eq + 1));
        m_values.insert(key, value);
    }
}

void TelegramRequestParams::addJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = u"Bad Request: can't parse JSON object"_s;
        return;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        m_values.insert(it.key(), it.value());
}

void TelegramRequestParams::addMultipart(const QByteArray &body, const QByteArray &contentType)
{
    const auto parts
        = TelegramMultipartParser::parse(body, TelegramMultipartParser::boundaryFromContentType(contentType));
    if (!parts) {
        m_error = u"Bad Request: can't parse multipart/form-data request"_s;
        return;
    }
    for (const TelegramMultipartPart &part : *parts) {
        if (part.hasFileName) {
            m_files.insert(part.name,
                TelegramUpload { part.fileName, QString::fromLatin1(part.contentType), part.data });
        } else {
            m_values.insert(part.name, decodeUtf8(part.data));
        }
    }
}

bool TelegramRequestParams::contains(const QString &name) const
{
    return m_values.contains(name) || m_files.contains(name);
}

QString TelegramRequestParams::string(const QString &name) const
{
    const QJsonValue v = m_values.value(name);
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const auto asInt = static_cast<qint64>(d);
        return static_cast<double>(asInt) == d ? QString::number(asInt) : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

std::optional<qint64> TelegramRequestParams::integer(const QString &name) const
{
    const QJsonValue v = m_values.value(name);
    if (v.isDouble()) {
        const double d = v.toDouble();
        const auto asInt = static_cast<qint64>(d);
        if (static_cast<double>(asInt) == d)
            return asInt;
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 value = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return value;
    }
    return std::nullopt;
}

bool TelegramRequestParams::boolean(const QString &name, bool fallback) const
{
    const QJsonValue v = m_values.value(name);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == "true"_L1 || s == "1"_L1)
            return true;
        if (s == "false"_L1 || s == "0"_L1 || s.isEmpty())
            return false;
    }
    return fallback;
}

QJsonValue TelegramRequestParams::json(const QString &name) const
{
    QJsonValue v = m_values.value(name, QJsonValue(QJsonValue::Undefined));
    if (!v.isString())
        return v;
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<TelegramUpload> TelegramRequestParams::file(const QString &name) const
{
    const auto it = m_files.constFind(name);
    if (it == m_files.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace tgic::sandbox
