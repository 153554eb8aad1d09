// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace tgic::i18n {

//! The languages tgic is translated into (besides English, the source language), as codes
//! ("de", "es", "ru"), found among the embedded :/i18n/tgic_*.qm files.
QStringList availableLanguages();

//! The language chosen in Settings: a code from availableLanguages(), "en", or empty for the
//! system locale.
QString languageSetting();
void setLanguageSetting(const QString &language);

//! "Deutsch", "Español", "Русский", "English": each language by its own name.
QString nativeName(const QString &language);

//! Installs the app's, Qt's (qtbase) and QtKeychain's translators for `language` (empty: the
//! system locale) on `app`, which owns them. Returns the language of the app translation in
//! effect ("en" when none applies). Call once, before any widget exists.
QString installTranslators(QCoreApplication *app, const QString &language);

} // namespace tgic::i18n
