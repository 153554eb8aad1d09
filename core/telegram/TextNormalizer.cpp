// SPDX-License-Identifier: MIT
#include "TextNormalizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tgic::telegram {

namespace {

// How many UTF-16 units at `i` form one acceptable piece: 1 for an ordinary unit, 2 for a
// surrogate pair, 0 for a NUL, an unpaired surrogate or the noncharacter U+FFFE or U+FFFF.
qsizetype unitsAt(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (c == 0 || c == 0xFFFE || c == 0xFFFF)
        return 0;
    if (QChar::isHighSurrogate(c))
        return i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()) ? 2 : 0;
    if (QChar::isLowSurrogate(c))
        return 0;
    return 1;
}

bool isNormalJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return isNormalText(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array)
            if (!isNormalJson(item))
                return false;
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!isNormalText(it.key()) || !isNormalJson(it.value()))
                return false;
        return true;
    }
    default:
        return true;
    }
}

QJsonValue rebuild(const QJsonValue &value, TextRepair *repair)
{
    switch (value.type()) {
    case QJsonValue::String:
        return normalizeText(value.toString(), repair);
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array)
            out.append(rebuild(item, repair));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Two keys that differ only by a NUL become one: the later wins, as in any JSON
            // object with a repeated key.
            out.insert(normalizeText(it.key(), repair), rebuild(it.value(), repair));
        }
        return out;
    }
    default:
        return value;
    }
}

} // namespace

QString TextRepair::describe() const
{
    QStringList parts;
    if (nulsDropped > 0)
        parts << (nulsDropped == 1 ? u"1 NUL character dropped"_s
                                   : u"%1 NUL characters dropped"_s.arg(nulsDropped));
    if (surrogatesReplaced > 0)
        parts << (surrogatesReplaced == 1 ? u"1 unpaired surrogate replaced"_s
                                          : u"%1 unpaired surrogates replaced"_s.arg(surrogatesReplaced));
    if (noncharactersReplaced > 0)
        parts << (noncharactersReplaced == 1 ? u"1 noncharacter replaced"_s
                                             : u"%1 noncharacters replaced"_s.arg(noncharactersReplaced));
    return parts.join(u", "_s);
}

bool isNormalText(QStringView text)
{
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = unitsAt(text, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

QString normalizeText(const QString &text, TextRepair *repair)
{
    if (isNormalText(text))
        return text;
    QString out;
    out.reserve(text.size());
    TextRepair found;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = unitsAt(text, i);
        if (n > 0) {
            out.append(QStringView(text).mid(i, n));
            i += n;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c == 0) {
            ++found.nulsDropped;
        } else {
            ++(c == 0xFFFE || c == 0xFFFF ? found.noncharactersReplaced : found.surrogatesReplaced);
            out.append(QChar::ReplacementCharacter);
        }
        ++i;
    }
    if (repair)
        *repair += found;
    return out;
}

QJsonValue normalizeJson(const QJsonValue &value, TextRepair *repair)
{
    // Nearly every update is clean: check first, and copy only what needs repairing.
    if (isNormalJson(value))
        return value;
    return rebuild(value, repair);
}

} // namespace tgic::telegram
