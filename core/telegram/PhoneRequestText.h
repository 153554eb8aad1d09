// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::telegram {

//! What the customer reads when an agent asks for their phone number: the message and the label
//! of the one button that shares it.
struct PhoneRequestText
{
    QString message;
    QString button;

    //! In the customer's language (their Telegram `language_code`: English, German, Spanish or
    //! Russian built in, English for anything else), never empty. A non-blank `customMessage`
    //! (the agent's own wording) replaces the message; the button stays in the customer's language.
    static PhoneRequestText forLanguage(const QString &languageCode, const QString &customMessage = {});

    //! The agent's own wording from Settings, shared by the app and tgic-cli (both keep their
    //! settings under the same organisation and application name); empty when not set.
    static QString customMessageSetting();
    static void setCustomMessageSetting(const QString &message);
    //! The QSettings key behind it.
    static QString settingsKey();
};

} // namespace tgic::telegram
