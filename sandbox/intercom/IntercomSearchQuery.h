// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomExchange.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tgic::sandbox {

// The search grammar shared by POST /contacts/search and POST /conversations/search:
// a single filter {field, operator, value} or a group {operator: AND|OR, value: [...]},
// at most two levels of groups and 15 entries per group, with per-type operator rules.
class IntercomSearchQuery
{
public:
    enum class FieldType { String, Integer, Float, Boolean, Date, TagId };
    // Which endpoint's operator rules apply: contact search documents only = < > for dates,
    // conversation search every comparison operator.
    enum class Endpoint { Contacts, Conversations };
    // How dates match. Contact search documents the (workspace, here UTC) calendar day, '>'
    // starting at the next day and '<' before the given day; conversation search documents
    // second precision with inclusive '>' and '<' ("Greater (or equal) than") but not the
    // precision itself, so the emulator can play either.
    enum class DateMode { CalendarDay, Inclusive };
    // How strings compare for = != IN NIN. The documentation does not say: IgnoreCase (the
    // default), Exact (byte for byte), or PhoneDigits (like IgnoreCase, but the `phone` field
    // compares only its digits, as a service that normalizes numbers would).
    enum class TextMode { IgnoreCase, Exact, PhoneDigits };

    using TypeLookup = std::function<std::optional<FieldType>(const QString &field)>;
    // Returns the field's value: null/undefined when unset, an array for multi-valued fields
    // (contact_ids, tag_ids): a filter then matches when any element matches.
    using ValueLookup = std::function<QJsonValue(const QString &field)>;

    static std::optional<IntercomSearchQuery> parse(const QJsonValue &query, const TypeLookup &types,
        Endpoint endpoint, DateMode dateMode, IntercomError *error);

    bool matches(const ValueLookup &values) const;
    void setTextMode(TextMode mode) { m_textMode = mode; }

private:
    struct Node
    {
        bool group = false;
        bool conjunction = true; // AND
        QList<Node> children;
        QString field;
        QString op;
        QJsonValue value;
        FieldType type = FieldType::String;
    };

    static bool parseNode(const QJsonValue &json, int groupDepth, const TypeLookup &types, Endpoint endpoint,
        Node *out, IntercomError *error);
    static bool checkFilter(const Node &node, Endpoint endpoint, IntercomError *error);
    bool evaluate(const Node &node, const ValueLookup &values) const;
    bool matchScalar(const Node &node, const QJsonValue &actual) const;
    bool compare(const Node &node, const QJsonValue &actual, const QJsonValue &wanted) const;

    Node m_root;
    DateMode m_dateMode = DateMode::CalendarDay;
    TextMode m_textMode = TextMode::IgnoreCase;
};

} // namespace tgic::sandbox
