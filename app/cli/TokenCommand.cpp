// SPDX-License-Identifier: MIT
// tgic-cli token set|clear|status telegram|intercom|database: the secrets in the OS keychain.
#include "CliApp.h"

#include "Console.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tgic::cli {

ExitCode CliApp::runToken()
{
    if (m_commandArgs.size() != 2)
        return usageError(u"usage: tgic-cli token set|clear|status telegram|intercom|database"_s);
    const QString action = m_commandArgs.at(0);
    const QString service = m_commandArgs.at(1);
    static const QHash<QString, secrets::Secret> services { { u"telegram"_s,
                                                                secrets::Secret::TelegramBotToken },
        { u"intercom"_s, secrets::Secret::IntercomAccessToken },
        { u"database"_s, secrets::Secret::TeamDatabasePassword } };
    if (!services.contains(service))
        return usageError(u"token: the service is 'telegram', 'intercom' or 'database'"_s);
    const auto secret = services.value(service);
    secrets::SecretStore store;
    if (action == u"set"_s) {
        QTextStream in(stdin);
        const QString token = in.readLine().trimmed();
        if (token.isEmpty())
            return usageError(u"token set reads the token from standard input; got nothing"_s);
        const QString error = store.writeSync(secret, token);
        if (!error.isEmpty()) {
            err() << "tgic-cli: could not store the token: " << error << Qt::endl;
            return ExitCode::Failure;
        }
        out() << "Stored the " << service << " token in the keychain." << Qt::endl;
        return ExitCode::Ok;
    }
    if (action == u"clear"_s) {
        const QString error = store.removeSync(secret);
        if (!error.isEmpty()) {
            err() << "tgic-cli: " << error << Qt::endl;
            return ExitCode::Failure;
        }
        out() << "Removed the " << service << " token from the keychain." << Qt::endl;
        return ExitCode::Ok;
    }
    if (action == u"status"_s) {
        if (!qEnvironmentVariableIsEmpty(secrets::environmentVariable(secret).toLatin1().constData()))
            out() << service << ": set by " << secrets::environmentVariable(secret) << Qt::endl;
        const auto stored = store.loadSync(secret);
        if (!stored.error.isEmpty()) {
            err() << "tgic-cli: " << stored.error << Qt::endl;
            return ExitCode::Failure;
        }
        out() << service << ": " << (stored.value ? "stored (not shown)" : "not stored") << Qt::endl;
        return ExitCode::Ok;
    }
    return usageError(u"token: the action is set, clear or status"_s);
}

} // namespace tgic::cli
