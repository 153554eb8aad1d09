// SPDX-License-Identifier: MIT
// Fuzz target: telegram::normalizeText and normalizeJson on any UTF-16 (lone surrogates and NULs
// included) and any JSON. Whatever comes in, what goes out holds no NUL and no unpaired
// surrogate, normalizing twice changes nothing, and clean text is passed through untouched.
#include "FuzzCheck.h"
#include "Utf8.h"
#include "telegram/TextNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using tgic::telegram::isNormalText;
using tgic::telegram::normalizeJson;
using tgic::telegram::normalizeText;
using tgic::telegram::TextRepair;

namespace {

void checkText(const QString &input)
{
    TextRepair repair;
    const QString out = normalizeText(input, &repair);
    FUZZ_CHECK(isNormalText(out));
    // Only NULs are taken out; a replaced surrogate keeps its place.
    FUZZ_CHECK(out.size() == input.size() - repair.nulsDropped);
    FUZZ_CHECK(repair.any() == !isNormalText(input));
    if (!repair.any())
        FUZZ_CHECK(out == input);
    TextRepair again;
    FUZZ_CHECK(normalizeText(out, &again) == out && !again.any());
    // What leaves the border converts to UTF-8 and back without loss (a leading U+FEFF too:
    // QString::fromUtf8 would drop it as a byte-order mark).
    FUZZ_CHECK(tgic::decodeUtf8(out.toUtf8()) == out);
}

bool allNormal(const QJsonValue &value)
{
    if (value.isString())
        return isNormalText(value.toString());
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (!allNormal(v))
                return false;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!isNormalText(it.key()) || !allNormal(it.value()))
                return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The bytes as UTF-16 code units, so every unit (lone surrogates, NUL) is reachable.
    QString units;
    for (size_t i = 0; i + 1 < size; i += 2)
        units.append(QChar(char16_t(data[i] | (data[i + 1] << 8))));
    checkText(units);
    // The bytes as JSON (Bot API escapes such as "\u0000" and "\ud800" produce the same units).
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    TextRepair repair;
    const QJsonValue out = normalizeJson(value, &repair);
    FUZZ_CHECK(allNormal(out));
    FUZZ_CHECK(repair.any() == !allNormal(value));
    if (!repair.any())
        FUZZ_CHECK(out == value);
    return 0;
}
