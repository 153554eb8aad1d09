// SPDX-License-Identifier: MIT
#include "IntercomSearchQuery.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

constexpr int kMaxGroupDepth = 2;
constexpr int kMaxGroupSize = 15;
constexpr qint64 kDay = 86400;

const QStringList &allOperators()
{
    static const QStringList ops { u"="_s, u"!="_s, u"IN"_s, u"NIN"_s, u">"_s, u"<"_s, u">="_s, u"<="_s,
        u"~"_s, u"!~"_s, u"^"_s, u"$"_s };
    return ops;
}

QString typeName(IntercomSearchQuery::FieldType type)
{
    switch (type) {
    case IntercomSearchQuery::FieldType::String:
    case IntercomSearchQuery::FieldType::TagId:
        return u"String"_s;
    case IntercomSearchQuery::FieldType::Integer:
        return u"Integer"_s;
    case IntercomSearchQuery::FieldType::Float:
        return u"Float"_s;
    case IntercomSearchQuery::FieldType::Boolean:
        return u"Boolean"_s;
    case IntercomSearchQuery::FieldType::Date:
        return u"Date"_s;
    }
    return {};
}

bool isIntegral(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}

bool valueFitsType(const QJsonValue &v, IntercomSearchQuery::FieldType type)
{
    switch (type) {
    case IntercomSearchQuery::FieldType::String:
    case IntercomSearchQuery::FieldType::TagId:
        return v.isString();
    case IntercomSearchQuery::FieldType::Integer:
    case IntercomSearchQuery::FieldType::Date:
        return isIntegral(v);
    case IntercomSearchQuery::FieldType::Float:
        return v.isDouble();
    case IntercomSearchQuery::FieldType::Boolean:
        return v.isBool();
    }
    return false;
}

bool isUnset(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

qint64 dayStart(qint64 secs)
{
    // Workspace timezone of the emulated app is UTC.
    return secs - (((secs % kDay) + kDay) % kDay);
}

bool fail(IntercomError *error, const QString &message)
{
    if (error) {
        error->status = 400;
        error->code = u"parameter_invalid"_s;
        error->message = message;
    }
    return false;
}

} // namespace

std::optional<IntercomSearchQuery> IntercomSearchQuery::parse(const QJsonValue &query,
    const TypeLookup &types, Endpoint endpoint, DateMode dateMode, IntercomError *error)
{
    IntercomSearchQuery result;
    result.m_dateMode = dateMode;
    if (!query.isObject()) {
        fail(error, u"query is required and must be an object"_s);
        return std::nullopt;
    }
    if (!parseNode(query, 0, types, endpoint, &result.m_root, error))
        return std::nullopt;
    return result;
}

bool IntercomSearchQuery::parseNode(const QJsonValue &json, int groupDepth, const TypeLookup &types,
    Endpoint endpoint, Node *out, IntercomError *error)
{
    if (!json.isObject())
        return fail(error, u"Each search filter must be an object"_s);
    const QJsonObject obj = json.toObject();
    const QString op = obj.value(u"operator"_s).toString();
    if (!obj.contains(u"field"_s) && (op == u"AND"_s || op == u"OR"_s)) {
        if (groupDepth + 1 > kMaxGroupDepth)
            return fail(error, u"Search queries support at most 2 levels of nested filters"_s);
        const QJsonValue children = obj.value(u"value"_s);
        if (!children.isArray() || children.toArray().isEmpty())
            return fail(error, u"The value of an %1 group must be a non-empty array of filters"_s.arg(op));
        const QJsonArray list = children.toArray();
        if (list.size() > kMaxGroupSize)
            return fail(error, u"Search groups support at most 15 filters, got %1"_s.arg(list.size()));
        out->group = true;
        out->conjunction = op == u"AND"_s;
        for (const QJsonValue child : list) {
            Node node;
            if (!parseNode(child, groupDepth + 1, types, endpoint, &node, error))
                return false;
            out->children.append(node);
        }
        return true;
    }
    if (!obj.value(u"field"_s).isString())
        return fail(error, u"Each search filter needs a field, an operator and a value"_s);
    out->field = obj.value(u"field"_s).toString();
    out->op = op;
    out->value = obj.value(u"value"_s);
    if (!allOperators().contains(op))
        return fail(error, u"Operator '%1' is not supported"_s.arg(op));
    const std::optional<FieldType> type = types(out->field);
    if (!type)
        return fail(error, u"'%1' is not a searchable field"_s.arg(out->field));
    out->type = *type;
    return checkFilter(*out, endpoint, error);
}

bool IntercomSearchQuery::checkFilter(const Node &node, Endpoint endpoint, IntercomError *error)
{
    QStringList allowed;
    switch (node.type) {
    case FieldType::String:
        allowed = { u"="_s, u"!="_s, u"IN"_s, u"NIN"_s, u"~"_s, u"!~"_s, u"^"_s, u"$"_s };
        break;
    case FieldType::Integer:
    case FieldType::Float:
        allowed = { u"="_s, u"!="_s, u"IN"_s, u"NIN"_s, u">"_s, u"<"_s, u">="_s, u"<="_s };
        break;
    case FieldType::Boolean:
        allowed = { u"="_s, u"!="_s, u"IN"_s, u"NIN"_s };
        break;
    case FieldType::Date:
        // Contact search documents only = < > for dates; conversation search lists every
        // comparison operator except the inclusive-by-name ones.
        allowed = endpoint == Endpoint::Contacts
            ? QStringList { u"="_s, u">"_s, u"<"_s }
            : QStringList { u"="_s, u"!="_s, u"IN"_s, u"NIN"_s, u">"_s, u"<"_s };
        break;
    case FieldType::TagId:
        allowed = { u"="_s, u"!="_s };
        break;
    }
    if (!allowed.contains(node.op))
        return fail(error,
            u"Operator '%1' is not supported for field '%2' of type %3"_s.arg(
                node.op, node.field, typeName(node.type)));
    if (node.op == u"IN"_s || node.op == u"NIN"_s) {
        if (!node.value.isArray())
            return fail(
                error, u"Operator '%1' requires an array value for field '%2'"_s.arg(node.op, node.field));
        const QJsonArray values = node.value.toArray();
        for (const QJsonValue v : values) {
            if (!valueFitsType(v, node.type))
                return fail(error,
                    u"Values for field '%1' must be of type %2"_s.arg(node.field, typeName(node.type)));
        }
        return true;
    }
    if (node.value.isNull() && (node.op == u"="_s || node.op == u"!="_s))
        return true;
    if (!valueFitsType(node.value, node.type))
        return fail(error, u"Value for field '%1' must be of type %2"_s.arg(node.field, typeName(node.type)));
    return true;
}

bool IntercomSearchQuery::matches(const ValueLookup &values) const
{
    return evaluate(m_root, values);
}

bool IntercomSearchQuery::evaluate(const Node &node, const ValueLookup &values) const
{
    if (node.group) {
        for (const Node &child : node.children) {
            const bool hit = evaluate(child, values);
            if (node.conjunction && !hit)
                return false;
            if (!node.conjunction && hit)
                return true;
        }
        return node.conjunction;
    }
    const QJsonValue actual = values(node.field);
    if (!actual.isArray())
        return matchScalar(node, actual);
    // Multi-valued field: negative operators must hold for every element, positive ones for any.
    const bool negative = node.op == u"!="_s || node.op == u"NIN"_s || node.op == u"!~"_s;
    const QJsonArray elements = actual.toArray();
    for (const QJsonValue element : elements) {
        const bool hit = matchScalar(node, element);
        if (negative && !hit)
            return false;
        if (!negative && hit)
            return true;
    }
    return negative;
}

bool IntercomSearchQuery::matchScalar(const Node &node, const QJsonValue &actual) const
{
    const QString &op = node.op;
    if (op == u"="_s || op == u"!="_s) {
        const bool equal = node.value.isNull() ? isUnset(actual) : compare(node, actual, node.value);
        return op == u"="_s ? equal : !equal;
    }
    if (op == u"IN"_s || op == u"NIN"_s) {
        bool found = false;
        const QJsonArray wanted = node.value.toArray();
        for (const QJsonValue w : wanted)
            found = found || compare(node, actual, w);
        return op == u"IN"_s ? found : !found;
    }
    if (op == u"~"_s || op == u"!~"_s || op == u"^"_s || op == u"$"_s) {
        if (isUnset(actual))
            return op == u"!~"_s;
        const QString hay = actual.toVariant().toString();
        const QString needle = node.value.toString();
        if (op == u"~"_s)
            return hay.contains(needle, Qt::CaseInsensitive);
        if (op == u"!~"_s)
            return !hay.contains(needle, Qt::CaseInsensitive);
        if (op == u"^"_s)
            return hay.startsWith(needle, Qt::CaseInsensitive);
        return hay.endsWith(needle, Qt::CaseInsensitive);
    }
    // Ordering operators.
    if (!actual.isDouble())
        return false;
    const double a = actual.toDouble();
    const double w = node.value.toDouble();
    if (node.type == FieldType::Date) {
        // A JSON number may be far outside any date (and outside qint64, where the cast is
        // undefined: found by fuzz_searchquery). Clamp to ±2^53 s, which no real date reaches.
        const auto seconds = [](double d) { return static_cast<qint64>(std::clamp(d, -9.0e15, 9.0e15)); };
        const qint64 secs = seconds(a);
        const qint64 wanted = seconds(w);
        if (m_dateMode == DateMode::CalendarDay) {
            // '>' starts at the next day, '<' before the start of the given day.
            if (op == u">"_s)
                return secs >= dayStart(wanted) + kDay;
            return secs < dayStart(wanted);
        }
        // Documented as "Greater (or equal) than" / "Lower (or equal) than".
        return op == u">"_s ? secs >= wanted : secs <= wanted;
    }
    if (op == u">"_s)
        return a > w;
    if (op == u"<"_s)
        return a < w;
    if (op == u">="_s)
        return a >= w;
    return a <= w;
}

bool IntercomSearchQuery::compare(const Node &node, const QJsonValue &actual, const QJsonValue &wanted) const
{
    if (isUnset(actual))
        return false;
    switch (node.type) {
    case FieldType::String:
    case FieldType::TagId: {
        QString have = actual.toVariant().toString();
        QString want = wanted.toString();
        if (m_textMode == TextMode::PhoneDigits && node.field == u"phone"_s) {
            const auto digits = [](QString &s) { s.removeIf([](QChar c) { return !c.isDigit(); }); };
            digits(have);
            digits(want);
            if (want.isEmpty())
                return false;
        }
        return have.compare(want, m_textMode == TextMode::Exact ? Qt::CaseSensitive : Qt::CaseInsensitive)
            == 0;
    }
    case FieldType::Integer:
    case FieldType::Float:
        return actual.isDouble() && actual.toDouble() == wanted.toDouble();
    case FieldType::Boolean:
        return actual.isBool() && actual.toBool() == wanted.toBool();
    case FieldType::Date:
        if (!actual.isDouble())
            return false;
        if (m_dateMode == DateMode::CalendarDay)
            return dayStart(static_cast<qint64>(actual.toDouble()))
                == dayStart(static_cast<qint64>(wanted.toDouble()));
        return static_cast<qint64>(actual.toDouble()) == static_cast<qint64>(wanted.toDouble());
    }
    return false;
}

} // namespace tgic::sandbox
