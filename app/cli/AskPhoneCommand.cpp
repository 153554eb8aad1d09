// SPDX-License-Identifier: MIT
#include "AskPhoneCommand.h"

#include "Console.h"

#include "store/Database.h"
#include "store/PhoneRequests.h"
#include "telegram/PhoneRequestText.h"

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {
constexpr int kMaxTextLength = 4096; // Telegram's limit for one message
} // namespace

ExitCode askPhone(const QCommandLineParser &parser, store::Database &db)
{
    bool ok = false;
    const qint64 id = parser.value(u"telegram-id"_s).toLongLong(&ok);
    if (!ok || id <= 0) {
        err() << "tgic-cli: ask-phone needs --telegram-id N" << Qt::endl;
        return ExitCode::Usage;
    }
    const bool own = parser.isSet(u"text"_s);
    const QString custom
        = own ? parser.value(u"text"_s).trimmed() : telegram::PhoneRequestText::customMessageSetting();
    if (own && custom.isEmpty()) {
        err() << "tgic-cli: --text must not be empty (leave it out for the default text)" << Qt::endl;
        return ExitCode::Usage;
    }
    if (custom.toUcs4().size() > kMaxTextLength) {
        err() << "tgic-cli: the text is longer than the " << kMaxTextLength
              << " characters Telegram allows in one message" << Qt::endl;
        return ExitCode::Usage;
    }
    store::PhoneRequests requests(db);
    const store::PhoneRequestTarget target = requests.target(id);
    if (!target.allowed()) {
        err() << "tgic-cli: " << target.reason() << Qt::endl;
        return ExitCode::Failure;
    }
    const auto text = telegram::PhoneRequestText::forLanguage(target.languageCode, custom);
    QString error;
    if (!requests.request(id, text, actorName(parser), &error)) {
        err() << "tgic-cli: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    out() << "Queued for " << (target.displayName.isEmpty() ? QString::number(id) : target.displayName)
          << " (Telegram user " << id << "): \"" << text.message << "\" with the button \"" << text.button
          << "\". The running sync sends it (in team mode: the workstation that runs the sync)." << Qt::endl;
    return ExitCode::Ok;
}

} // namespace tgic::cli
