// SPDX-License-Identifier: MIT
#pragma once

// What the Intercom emulator suites share: an emulator on a free port and plain
// QNetworkAccessManager requests to it (never our client: a bug in the emulator must not hide
// behind the same bug in the client), with the reply read as the tests look at it.

#include "sandbox/intercom/IntercomEmulator.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace tgic::test {

using namespace Qt::StringLiterals;

inline const QString kToken = u"test-token"_s;

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray contentType;

    QString errorCode() const
    {
        return json.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString();
    }
    QString errorMessage() const
    {
        return json.value(u"errors"_s).toArray().at(0).toObject().value(u"message"_s).toString();
    }
};

inline bool isContactId(const QString &id)
{
    static const QRegularExpression re(u"^[0-9a-f]{24}$"_s);
    return re.match(id).hasMatch();
}

inline QJsonObject filter(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonObject { { u"field"_s, field }, { u"operator"_s, op }, { u"value"_s, value } };
}

inline QJsonObject group(const QString &op, const QJsonArray &filters)
{
    return QJsonObject { { u"operator"_s, op }, { u"value"_s, filters } };
}

//! The emulator and the requests; a suite derives from it beside QObject, and starts the
//! emulator in init() (QVERIFY(startEmulator())) and stops it in cleanup().
class IntercomEmulatorHarness
{
protected:
    std::unique_ptr<sandbox::IntercomEmulator> m_emu;
    QNetworkAccessManager m_nam;

    bool startEmulator()
    {
        m_emu = std::make_unique<sandbox::IntercomEmulator>(kToken);
        if (!m_emu->listen())
            return false;
        m_emu->defineAttribute(u"telegram_user_id"_s);
        return true;
    }
    void stopEmulator() { m_emu.reset(); }

    Response call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool auth = true,
        const QByteArray &rawBody = {})
    {
        QNetworkRequest request(QUrl(m_emu->baseUrl().toString() + path));
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Intercom-Version", "2.16");
        if (auth)
            request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QByteArray data = rawBody;
        if (data.isEmpty() && !body.isEmpty())
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!data.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, data);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        const QList<QNetworkReply::RawHeaderPair> pairs = reply->rawHeaderPairs();
        for (const auto &p : pairs)
            r.headers.insert(p.first.toLower(), p.second);
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return r;
    }
    Response get(const QString &path) { return call("GET", path); }
    Response post(const QString &path, const QJsonObject &body) { return call("POST", path, body); }
    Response put(const QString &path, const QJsonObject &body) { return call("PUT", path, body); }

    QString createContact(const QJsonObject &body)
    {
        const Response r = post(u"/contacts"_s, body);
        if (r.status != 200)
            qWarning() << "create failed" << r.status << r.body;
        return r.json.value(u"id"_s).toString();
    }
    Response search(const QJsonObject &query, const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(u"query"_s, query);
        return post(u"/contacts/search"_s, body);
    }
    QStringList ids(const Response &list, const QString &key = u"data"_s)
    {
        QStringList out;
        const QJsonArray data = list.json.value(key).toArray();
        for (const QJsonValue &v : data)
            out.append(v.toObject().value(u"id"_s).toString());
        return out;
    }
    void verifyError(const Response &r, int status, const QString &code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value(u"type"_s).toString(), u"error.list"_s);
        QVERIFY(!r.json.value(u"request_id"_s).toString().isEmpty());
        QCOMPARE(r.errorCode(), code);
    }
};

} // namespace tgic::test
