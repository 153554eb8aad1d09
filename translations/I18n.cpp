// SPDX-License-Identifier: MIT
#include "I18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tgic::i18n {

namespace {
const QString kSettingKey = u"ui/language"_s;
const QString kResourceDir = u":/i18n"_s;

bool install(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &dir)
{
    if (dir.isEmpty())
        return false;
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, name, u"_"_s, dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}
} // namespace

QStringList availableLanguages()
{
    QStringList out;
    const QStringList files = QDir(kResourceDir).entryList({ u"tgic_*.qm"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        out << file.mid(5, file.size() - 5 - 3);
    return out;
}

QString languageSetting()
{
    return QSettings().value(kSettingKey).toString();
}

void setLanguageSetting(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(kSettingKey);
    else
        QSettings().setValue(kSettingKey, language);
}

QString nativeName(const QString &language)
{
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

QString installTranslators(QCoreApplication *app, const QString &language)
{
    // An explicit choice also sets the default locale, so dates, numbers and Qt's own dialogs
    // agree with the chosen language rather than mixing two.
    const bool chosen = !language.isEmpty() && language != u"system"_s;
    if (chosen)
        QLocale::setDefault(QLocale(language));
    const QLocale locale = chosen ? QLocale(language) : QLocale::system();
    if (chosen && language == u"en"_s)
        return u"en"_s; // English is the source language: no translator, not even Qt's.

    install(app, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // QtKeychain's messages (keychain errors shown in the setup wizard) ship with libqt6keychain1.
    install(app, locale, u"qtkeychain"_s,
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"qt6keychain/translations"_s,
            QStandardPaths::LocateDirectory));
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, u"tgic"_s, u"_"_s, kResourceDir)) {
        delete translator;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(translator);
    return translator->language().section(u'_', 0, 0);
}

} // namespace tgic::i18n
