// SPDX-License-Identifier: MIT
#include "TelegramRequests.h"

#include "TelegramApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tgic::telegram::requests {

namespace {

QByteArray replyParameters(qint64 messageId)
{
    // The customer may have deleted the message meanwhile: send anyway, just not as a reply.
    return QJsonDocument(
        QJsonObject { { u"message_id"_s, double(messageId) }, { u"allow_sending_without_reply"_s, true } })
        .toJson(QJsonDocument::Compact);
}

QByteArray quoted(const QString &s)
{
    QByteArray out = s.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + out + '"';
}

class Multipart
{
public:
    Multipart()
        : m_boundary("tgic-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36))
    { }
    void field(const QByteArray &name, const QByteArray &value)
    {
        m_body += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
            + value + "\r\n";
    }
    void file(const QByteArray &name, const OutgoingFile &f)
    {
        m_body += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\"" + name
            + "\"; filename=" + quoted(f.name.isEmpty() ? u"file"_s : f.name) + "\r\nContent-Type: "
            + (f.contentType.isEmpty() ? QByteArray("application/octet-stream") : f.contentType.toLatin1())
            + "\r\n\r\n" + f.data + "\r\n";
    }
    QByteArray body() const { return m_body + "--" + m_boundary + "--\r\n"; }
    QByteArray contentType() const { return "multipart/form-data; boundary=" + m_boundary; }

private:
    QByteArray m_boundary;
    QByteArray m_body;
};

} // namespace

QJsonObject phoneRequestKeyboard(const QString &buttonText)
{
    const QJsonObject button { { u"text"_s, buttonText }, { u"request_contact"_s, true } };
    // Built row by row: `QJsonArray { QJsonArray { button } }` is a copy, not a nesting, under
    // clang (brace-init of a type from itself picks the copy constructor), and Telegram then
    // refuses the keyboard (found by the ASan+UBSan run, which is built with clang).
    QJsonArray row;
    row.append(button);
    QJsonArray rows;
    rows.append(row);
    return QJsonObject { { u"keyboard"_s, rows }, { u"one_time_keyboard"_s, true },
        { u"resize_keyboard"_s, true } };
}

QJsonObject removeKeyboard()
{
    return QJsonObject { { u"remove_keyboard"_s, true } };
}

net::ApiRequest sendText(
    qint64 chatId, const QString &text, std::optional<qint64> replyTo, const QJsonObject &replyMarkup)
{
    QUrlQuery params;
    params.addQueryItem(u"chat_id"_s, QString::number(chatId));
    params.addQueryItem(u"text"_s, QString::fromLatin1(QUrl::toPercentEncoding(text)));
    if (replyTo)
        params.addQueryItem(u"reply_parameters"_s,
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(replyParameters(*replyTo)))));
    if (!replyMarkup.isEmpty())
        params.addQueryItem(u"reply_markup"_s,
            QString::fromLatin1(QUrl::toPercentEncoding(
                QString::fromUtf8(QJsonDocument(replyMarkup).toJson(QJsonDocument::Compact)))));
    net::ApiRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = u"sendMessage"_s;
    request.body = params.toString(QUrl::FullyEncoded).toUtf8();
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.idempotent = false;
    return request;
}

net::ApiRequest onBehalfOf(net::ApiRequest request, const QString &businessConnectionId)
{
    const QByteArray value = businessConnectionId.toUtf8();
    const QByteArray marker = "boundary=";
    const qsizetype at = request.contentType.indexOf(marker);
    if (at >= 0) {
        // A multipart form: one more part in front of the others.
        const QByteArray boundary = request.contentType.mid(at + marker.size());
        request.body.prepend("--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"business_connection_id\"\r\n\r\n" + value + "\r\n");
        return request;
    }
    request.body += "&business_connection_id=" + QUrl::toPercentEncoding(businessConnectionId);
    return request;
}

QString methodFor(const OutgoingFile &file)
{
    static const QStringList photoTypes { u"image/jpeg"_s, u"image/png"_s, u"image/webp"_s };
    return photoTypes.contains(file.contentType.toLower()) && file.data.size() <= kMaxPhotoBytes
        ? u"sendPhoto"_s
        : u"sendDocument"_s;
}

net::ApiRequest sendFile(qint64 chatId, const OutgoingFile &file, const QString &caption,
    std::optional<qint64> replyTo, const QJsonObject &replyMarkup)
{
    const QString method = methodFor(file);
    Multipart form;
    form.field("chat_id", QByteArray::number(chatId));
    if (!caption.isEmpty())
        form.field("caption", caption.toUtf8());
    if (replyTo)
        form.field("reply_parameters", replyParameters(*replyTo));
    if (!replyMarkup.isEmpty())
        form.field("reply_markup", QJsonDocument(replyMarkup).toJson(QJsonDocument::Compact));
    form.file(method == u"sendPhoto"_s ? "photo" : "document", file);
    net::ApiRequest request;
    request.verb = QByteArrayLiteral("POST");
    request.path = method;
    request.body = form.body();
    request.contentType = form.contentType();
    request.idempotent = false;
    request.transferTimeout = std::chrono::minutes(5);
    return request;
}

net::ApiRequest getFile(const QString &fileId)
{
    QUrlQuery params;
    params.addQueryItem(u"file_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(fileId)));
    return TelegramApi::method(u"getFile"_s, params);
}

net::ApiRequest getBusinessConnection(const QString &businessConnectionId)
{
    QUrlQuery params;
    params.addQueryItem(
        u"business_connection_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(businessConnectionId)));
    return TelegramApi::method(u"getBusinessConnection"_s, params);
}

net::ApiRequest readBusinessMessage(const QString &businessConnectionId, qint64 chatId, qint64 messageId)
{
    QUrlQuery params;
    params.addQueryItem(
        u"business_connection_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(businessConnectionId)));
    params.addQueryItem(u"chat_id"_s, QString::number(chatId));
    params.addQueryItem(u"message_id"_s, QString::number(messageId));
    return TelegramApi::method(u"readBusinessMessage"_s, params);
}

} // namespace tgic::telegram::requests
