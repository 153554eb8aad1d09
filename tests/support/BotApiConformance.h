// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tgic::test {

//! Checks Bot API traffic against the machine-readable specification
//! (tests/specs/telegram-bot-api-10.1.json: {methods:{name:{fields,returns}}, types:{...}}).
//! Telegram publishes no OpenAPI description, so this plays Prism's role for the Telegram side.
class BotApiConformance
{
public:
    bool load(const QString &specPath, QString *error);

    //! A request as sent over HTTP: every parameter must be one of the method's fields, every
    //! required field present, every value parseable as one of its declared types.
    //! `path` is "/bot<token>/<method>"; `query` is the encoded query string.
    QStringList checkRequest(const QString &path, const QByteArray &query, const QByteArray &contentType,
        const QByteArray &body) const;
    //! The answer to it: {"ok":true,"result":<one of the method's return types>} or the error
    //! envelope {"ok":false,"error_code":Integer,"description":String[,"parameters":ResponseParameters]}.
    QStringList checkResponse(const QString &method, int status, const QByteArray &body) const;

    //! A JSON value against a type of the specification, recursively (fields known, required
    //! fields present, each value of one of its declared types).
    QStringList checkValue(const QJsonValue &value, const QString &type, const QString &where) const;

    static QString methodOf(const QString &path);

private:
    //! A request parameter as the server receives it: text, or a JSON value when the body was JSON.
    struct Param
    {
        QString text;
        QJsonValue json { QJsonValue::Undefined }; //!< Undefined unless the body was JSON
        bool isFile = false;
    };
    QStringList checkParam(const QString &where, const Param &param, const QStringList &types) const;
    QStringList parseParams(const QByteArray &query, const QByteArray &contentType, const QByteArray &body,
        QHash<QString, Param> *out) const;

    QJsonObject m_methods;
    QJsonObject m_types;
};

} // namespace tgic::test
