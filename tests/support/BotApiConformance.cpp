// SPDX-License-Identifier: MIT
#include "BotApiConformance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tgic::test {

namespace {

// application/x-www-form-urlencoded as a server decodes it: '+' is a space, then %XX.
QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

QByteArray boundaryOf(const QByteArray &contentType)
{
    for (const QByteArray &piece : contentType.split(';')) {
        const QByteArray p = piece.trimmed();
        if (p.toLower().startsWith("boundary="_ba)) {
            QByteArray b = p.mid(9);
            if (b.size() >= 2 && b.startsWith('"') && b.endsWith('"'))
                b = b.mid(1, b.size() - 2);
            return b;
        }
    }
    return {};
}

QString dispositionValue(const QByteArray &disposition, const QByteArray &key)
{
    static const QRegularExpression quoted(u"\"([^\"]*)\""_s);
    for (const QByteArray &piece : disposition.split(';')) {
        const QByteArray p = piece.trimmed();
        if (p.startsWith(QByteArray(key + '='))) {
            const QString value = QString::fromUtf8(p.mid(key.size() + 1));
            const auto m = quoted.match(value);
            return m.hasMatch() ? m.captured(1) : value;
        }
    }
    return {};
}

} // namespace

bool BotApiConformance::load(const QString &specPath, QString *error)
{
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(specPath, file.errorString());
        return false;
    }
    const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
    m_methods = spec.value(u"methods"_s).toObject();
    m_types = spec.value(u"types"_s).toObject();
    if (m_methods.isEmpty() || m_types.isEmpty()) {
        *error = u"%1 has no methods or types"_s.arg(specPath);
        return false;
    }
    return true;
}

QString BotApiConformance::methodOf(const QString &path)
{
    return path.section(u'/', -1);
}

QStringList BotApiConformance::parseParams(const QByteArray &query, const QByteArray &contentType,
    const QByteArray &body, QHash<QString, Param> *out) const
{
    QStringList errors;
    auto add = [&](const QString &name, const Param &p) {
        if (out->contains(name))
            errors << u"parameter %1 is given twice"_s.arg(name);
        out->insert(name, p);
    };
    auto addForm = [&](const QByteArray &encoded) {
        for (const QByteArray &pair : encoded.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            Param p;
            p.text = eq < 0 ? QString() : formDecode(pair.mid(eq + 1));
            add(formDecode(eq < 0 ? pair : pair.left(eq)), p);
        }
    };
    addForm(query);
    if (body.isEmpty())
        return errors;

    const QByteArray type = mediaType(contentType);
    if (type == "application/x-www-form-urlencoded"_ba) {
        addForm(body);
    } else if (type == "application/json"_ba) {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject())
            return errors << u"the JSON body is not an object (%1)"_s.arg(parseError.errorString());
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            Param p;
            p.json = it.value();
            if (it.value().isString())
                p.text = it.value().toString();
            else if (it.value().isBool())
                p.text = it.value().toBool() ? u"true"_s : u"false"_s;
            else if (it.value().isDouble())
                p.text = QString::fromUtf8(
                    QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1);
            else if (it.value().isNull())
                errors << u"parameter %1 is null (the Bot API has no null values)"_s.arg(it.key());
            else
                p.text = QString::fromUtf8(it.value().isArray()
                        ? QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
            add(it.key(), p);
        }
    } else if (type == "multipart/form-data"_ba) {
        const QByteArray boundary = boundaryOf(contentType);
        if (boundary.isEmpty())
            return errors << u"multipart body without a boundary"_s;
        const QByteArray delimiter = "--"_ba + boundary;
        qsizetype pos = body.indexOf(delimiter);
        while (pos >= 0) {
            pos += delimiter.size();
            if (body.mid(pos, 2) == "--"_ba)
                break;
            const qsizetype next = body.indexOf(delimiter, pos);
            if (next < 0)
                return errors << u"multipart body is not terminated"_s;
            QByteArray part = body.mid(pos, next - pos);
            if (part.startsWith("\r\n"))
                part.remove(0, 2);
            if (part.endsWith("\r\n"))
                part.chop(2);
            const qsizetype headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return errors << u"multipart part without headers"_s;
            QByteArray disposition;
            for (const QByteArray &line : part.left(headerEnd).split('\n')) {
                if (line.trimmed().toLower().startsWith("content-disposition:"_ba))
                    disposition = line.trimmed().mid(20).trimmed();
            }
            Param p;
            p.isFile = disposition.contains("filename=");
            p.text = p.isFile ? QString() : QString::fromUtf8(part.mid(headerEnd + 4));
            add(dispositionValue(disposition, "name"_ba), p);
            pos = next;
        }
    } else {
        errors << u"unsupported Content-Type %1 (the Bot API takes query, urlencoded, JSON or multipart)"_s
                      .arg(QString::fromLatin1(contentType));
    }
    return errors;
}

QStringList BotApiConformance::checkRequest(
    const QString &path, const QByteArray &query, const QByteArray &contentType, const QByteArray &body) const
{
    const QString method = methodOf(path);
    const QString where = method + u": "_s;
    // Method names are matched exactly: the documented spelling is the only one a client should use.
    if (!m_methods.contains(method))
        return { where + u"no such Bot API method"_s };
    QHash<QString, Param> params;
    QStringList errors = parseParams(query, contentType, body, &params);
    for (QString &e : errors)
        e.prepend(where);

    QSet<QString> known;
    for (const QJsonValue fv : m_methods.value(method).toObject().value(u"fields"_s).toArray()) {
        const QJsonObject field = fv.toObject();
        const QString name = field.value(u"name"_s).toString();
        known.insert(name);
        QStringList types;
        for (const QJsonValue t : field.value(u"types"_s).toArray())
            types << t.toString();
        const auto it = params.constFind(name);
        if (it == params.constEnd()) {
            if (field.value(u"required"_s).toBool())
                errors << where + u"required parameter %1 is missing"_s.arg(name);
            continue;
        }
        errors += checkParam(where + name, *it, types);
    }
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!known.contains(it.key()))
            errors << where + u"unknown parameter %1"_s.arg(it.key());
    }
    return errors;
}

QStringList BotApiConformance::checkParam(
    const QString &where, const Param &param, const QStringList &types) const
{
    static const QRegularExpression integer(u"^-?[0-9]{1,19}$"_s);
    QStringList reasons;
    for (const QString &type : types) {
        if (type == "InputFile"_L1) {
            if (param.isFile)
                return {};
            reasons << u"not an uploaded file"_s;
            continue;
        }
        if (param.isFile) {
            reasons << u"a file where %1 is expected"_s.arg(type);
            continue;
        }
        const bool fromJson = !param.json.isUndefined();
        if (type == "Integer"_L1) {
            const bool ok = fromJson
                ? (param.json.isDouble() && param.json.toDouble() == double(param.json.toInteger()))
                : integer.match(param.text).hasMatch();
            if (ok)
                return {};
            reasons << u"'%1' is not an Integer"_s.arg(param.text);
        } else if (type == "Float"_L1) {
            bool ok = false;
            if (fromJson)
                ok = param.json.isDouble();
            else
                param.text.toDouble(&ok);
            if (ok)
                return {};
            reasons << u"'%1' is not a Float"_s.arg(param.text);
        } else if (type == "Boolean"_L1 || type == "True"_L1) {
            const QStringList accepted
                = type == "True"_L1 ? QStringList { u"true"_s } : QStringList { u"true"_s, u"false"_s };
            const bool ok = fromJson ? param.json.isBool() && accepted.contains(param.text)
                                     : accepted.contains(param.text);
            if (ok)
                return {};
            reasons << u"'%1' is not %2"_s.arg(param.text, type == "True"_L1 ? u"True"_s : u"a Boolean"_s);
        } else if (type == "String"_L1) {
            if (!fromJson || param.json.isString())
                return {};
            reasons << u"not a String"_s;
        } else {
            // Arrays and objects: a JSON value in a JSON body, otherwise a JSON-serialized string.
            QJsonValue value = param.json;
            if (!fromJson || value.isString()) {
                QJsonParseError parseError {};
                const QByteArray text = QString(u'[' + param.text + u']').toUtf8();
                const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
                if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
                    reasons << u"'%1' is not JSON-serialized %2"_s.arg(param.text, type);
                    continue;
                }
                value = doc.array().at(0);
            }
            const QStringList e = checkValue(value, type, where);
            if (e.isEmpty())
                return {};
            reasons += e;
        }
    }
    return { where + u": "_s + reasons.join(u"; "_s) };
}

QStringList BotApiConformance::checkResponse(const QString &method, int status, const QByteArray &body) const
{
    const QString where = method + u" response: "_s;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return { where + u"not a JSON object (%1)"_s.arg(parseError.errorString()) };
    const QJsonObject o = doc.object();
    if (!o.value(u"ok"_s).isBool())
        return { where + u"no boolean \"ok\""_s };
    QStringList errors;
    if (o.value(u"ok"_s).toBool()) {
        if (status != 200)
            errors << where + u"ok:true with HTTP %1"_s.arg(status);
        for (auto it = o.begin(); it != o.end(); ++it) {
            // setWebhook and friends add a human-readable description to a success.
            if (it.key() != "ok"_L1 && it.key() != "result"_L1 && it.key() != "description"_L1)
                errors << where + u"unexpected key %1"_s.arg(it.key());
        }
        if (!o.contains(u"result"_s))
            return errors << where + u"ok:true without result"_s;
        QStringList reasons;
        const QJsonArray returns = m_methods.value(method).toObject().value(u"returns"_s).toArray();
        for (const QJsonValue t : returns) {
            const QStringList e = checkValue(o.value(u"result"_s), t.toString(), method + u".result"_s);
            if (e.isEmpty())
                return errors;
            reasons += e;
        }
        return errors << where + reasons.join(u"; "_s);
    }
    const QSet<QString> allowed { u"ok"_s, u"error_code"_s, u"description"_s, u"parameters"_s };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors << where + u"unexpected key %1 in an error"_s.arg(it.key());
    }
    errors += checkValue(o.value(u"error_code"_s), u"Integer"_s, where + u"error_code"_s);
    errors += checkValue(o.value(u"description"_s), u"String"_s, where + u"description"_s);
    if (o.contains(u"parameters"_s))
        errors += checkValue(o.value(u"parameters"_s), u"ResponseParameters"_s, where + u"parameters"_s);
    // The server mirrors error_code in the HTTP status (401, 409, 429...).
    if (o.value(u"error_code"_s).toInt() != status)
        errors << where + u"error_code %1 but HTTP %2"_s.arg(o.value(u"error_code"_s).toInt()).arg(status);
    return errors;
}

QStringList BotApiConformance::checkValue(const QJsonValue &v, const QString &type, const QString &path) const
{
    if (type.startsWith("Array of "_L1)) {
        if (!v.isArray())
            return { path + u": expected "_s + type };
        QStringList errors;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            errors += checkValue(array.at(i), type.mid(9), path + u"["_s + QString::number(i) + u"]"_s);
        return errors;
    }
    if (type == "Integer"_L1)
        return v.isDouble() && v.toDouble() == double(v.toInteger())
            ? QStringList()
            : QStringList { path + u": not an Integer"_s };
    if (type == "Float"_L1)
        return v.isDouble() ? QStringList() : QStringList { path + u": not a Float"_s };
    if (type == "String"_L1 || type == "InputFile"_L1)
        return v.isString() ? QStringList() : QStringList { path + u": not a String"_s };
    if (type == "Boolean"_L1)
        return v.isBool() ? QStringList() : QStringList { path + u": not a Boolean"_s };
    if (type == "True"_L1)
        return v.isBool() && v.toBool() ? QStringList() : QStringList { path + u": not True"_s };
    const QJsonObject spec = m_types.value(type).toObject();
    if (spec.isEmpty())
        return { path + u": unknown type "_s + type };
    if (spec.contains(u"subtypes"_s)) {
        for (const QJsonValue sub : spec.value(u"subtypes"_s).toArray()) {
            if (checkValue(v, sub.toString(), path).isEmpty())
                return {};
        }
        return { path + u": matches no subtype of "_s + type };
    }
    if (!v.isObject())
        return { path + u": expected object "_s + type };
    const QJsonObject o = v.toObject();
    QStringList errors;
    QSet<QString> known;
    for (const QJsonValue fv : spec.value(u"fields"_s).toArray()) {
        const QJsonObject field = fv.toObject();
        const QString name = field.value(u"name"_s).toString();
        known.insert(name);
        if (!o.contains(name)) {
            if (field.value(u"required"_s).toBool())
                errors.append(path + u"."_s + name + u": required field missing"_s);
            continue;
        }
        QStringList fieldErrors;
        bool matched = false;
        for (const QJsonValue t : field.value(u"types"_s).toArray()) {
            const QStringList e = checkValue(o.value(name), t.toString(), path + u"."_s + name);
            if (e.isEmpty()) {
                matched = true;
                break;
            }
            fieldErrors += e;
        }
        if (!matched)
            errors += fieldErrors;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append(path + u"."_s + it.key() + u": not a field of "_s + type);
    }
    return errors;
}

} // namespace tgic::test
