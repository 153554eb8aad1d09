// SPDX-License-Identifier: MIT
#include "PhoneRequestText.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace tgic::telegram {

namespace {
// The customer's language, not the agent's: these texts are not the app's translations (tr()),
// which follow the agent's interface language.
PhoneRequestText builtIn(const QString &language)
{
    if (language == u"de"_s)
        return { u"Damit wir Ihr Kundenkonto finden, teilen Sie uns bitte Ihre Telefonnummer mit: "
                 u"Tippen Sie dazu auf die Schaltfläche unten."_s,
            u"📱 Meine Telefonnummer teilen"_s };
    if (language == u"es"_s)
        return { u"Para encontrar su cuenta de cliente, compártanos su número de teléfono: "
                 u"pulse el botón de abajo."_s,
            u"📱 Compartir mi número de teléfono"_s };
    if (language == u"ru"_s)
        return { u"Чтобы мы нашли вашу учётную запись, пожалуйста, поделитесь номером телефона: "
                 u"нажмите кнопку ниже."_s,
            u"📱 Поделиться номером телефона"_s };
    return { u"To help us find your customer account, please share your phone number: "
             u"tap the button below."_s,
        u"📱 Share my phone number"_s };
}
} // namespace

PhoneRequestText PhoneRequestText::forLanguage(const QString &languageCode, const QString &customMessage)
{
    // IETF tags as Telegram sends them: "de", "de-AT", "pt-br".
    const QString primary = languageCode.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
    PhoneRequestText text = builtIn(primary);
    if (!customMessage.trimmed().isEmpty())
        text.message = customMessage.trimmed();
    return text;
}

QString PhoneRequestText::settingsKey()
{
    return u"telegram/phoneRequestText"_s;
}

QString PhoneRequestText::customMessageSetting()
{
    const QVariant value = QSettings().value(settingsKey());
    // A hand-edited INI file reads an unquoted "a, b" as a list: it is still the one text.
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u", "_s).trimmed();
    return value.toString().trimmed();
}

void PhoneRequestText::setCustomMessageSetting(const QString &message)
{
    QSettings settings;
    if (message.trimmed().isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), message.trimmed());
}

} // namespace tgic::telegram
