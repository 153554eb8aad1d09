// SPDX-License-Identifier: MIT
#include "SecretStore.h"

#include "Logging.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace tgic::secrets {

namespace {
constexpr int kKeychainTimeoutMs = 15000;

QString describe(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QObject::tr("No keychain is available on this system (%1)").arg(text);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QObject::tr("The keychain refused access (%1)").arg(text);
    default:
        return QObject::tr("The keychain failed (%1)").arg(text);
    }
}

// Runs one asynchronous call to completion for the command line, with a time limit: a locked
// keyring can otherwise wait forever on an unlock prompt nobody sees.
template <typename Start> void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
}
} // namespace

QString environmentVariable(Secret secret)
{
    switch (secret) {
    case Secret::TelegramBotToken:
        return u"TGIC_TELEGRAM_TOKEN"_s;
    case Secret::IntercomAccessToken:
        return u"TGIC_INTERCOM_TOKEN"_s;
    case Secret::TeamDatabasePassword:
        return u"TGIC_DB_PASSWORD"_s;
    }
    return {};
}

QString secretKey(Secret secret)
{
    switch (secret) {
    case Secret::TelegramBotToken:
        return u"telegram/bot-token"_s;
    case Secret::IntercomAccessToken:
        return u"intercom/access-token"_s;
    case Secret::TeamDatabasePassword:
        return u"team/database-password"_s;
    }
    return {};
}

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void SecretStore::read(Secret secret, std::function<void(const ReadResult &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(secretKey(secret));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        ReadResult result;
        if (finished->error() == QKeychain::NoError)
            result.value = readJob->textData();
        else if (finished->error() != QKeychain::EntryNotFound)
            result.error = describe(finished->error(), finished->errorString());
        done(result);
    });
    job->start();
}

void SecretStore::write(Secret secret, const QString &value, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(secretKey(secret));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString()
                                                     : describe(finished->error(), finished->errorString()));
    });
    job->start();
}

void SecretStore::remove(Secret secret, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(secretKey(secret));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const bool fine
            = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(fine ? QString() : describe(finished->error(), finished->errorString()));
    });
    job->start();
}

void SecretStore::load(Secret secret, std::function<void(const ReadResult &)> done)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable(secret).toLatin1().constData());
    if (!fromEnvironment.isEmpty()) {
        done(ReadResult { fromEnvironment, {} });
        return;
    }
    read(secret, std::move(done));
}

SecretStore::ReadResult SecretStore::loadSync(Secret secret)
{
    ReadResult result { std::nullopt,
        tr("The keychain did not answer within %1 s (is it locked?)").arg(kKeychainTimeoutMs / 1000) };
    waitFor([&](auto finish) {
        load(secret, [&result, finish](const ReadResult &r) {
            result = r;
            finish();
        });
    });
    return result;
}

QString SecretStore::writeSync(Secret secret, const QString &value)
{
    QString error
        = tr("The keychain did not answer within %1 s (is it locked?)").arg(kKeychainTimeoutMs / 1000);
    waitFor([&](auto finish) {
        write(secret, value, [&error, finish](const QString &e) {
            error = e;
            finish();
        });
    });
    return error;
}

QString SecretStore::removeSync(Secret secret)
{
    QString error
        = tr("The keychain did not answer within %1 s (is it locked?)").arg(kKeychainTimeoutMs / 1000);
    waitFor([&](auto finish) {
        remove(secret, [&error, finish](const QString &e) {
            error = e;
            finish();
        });
    });
    return error;
}

} // namespace tgic::secrets
