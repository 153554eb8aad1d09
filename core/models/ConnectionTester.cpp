// SPDX-License-Identifier: MIT
#include "ConnectionTester.h"

#include "intercom/IntercomApi.h"
#include "intercom/IntercomRegion.h"
#include "intercom/IntercomTypes.h"
#include "telegram/TelegramApi.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace tgic::models {

namespace {
QString reason(const net::ApiResult &r, const QString &service)
{
    switch (r.outcome) {
    case net::Outcome::Unauthorized:
    case net::Outcome::Forbidden:
        return ConnectionTester::tr("%1 refused the token. Check that it was copied completely.")
            .arg(service);
    case net::Outcome::NotFound:
        return ConnectionTester::tr("%1 does not know this token (404).").arg(service);
    case net::Outcome::NetworkError:
        return ConnectionTester::tr("Cannot reach %1: %2").arg(service, r.message);
    case net::Outcome::RateLimited:
        return ConnectionTester::tr("%1 is rate-limiting this token; try again in a minute.").arg(service);
    default:
        return ConnectionTester::tr("%1 answered unexpectedly: %2").arg(service, r.message);
    }
}
} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::abort()
{
    delete m_run;
    m_run = nullptr;
    m_pending = 0;
}

QUrl ConnectionTester::intercomUrl(const QString &region)
{
    return intercom::regionBaseUrl(region);
}

void ConnectionTester::test(const QUrl &telegramUrl, const QString &telegramToken, const QUrl &intercomUrl,
    const QString &intercomToken)
{
    abort();
    m_run = new QObject(this);
    m_pending = 2;
    m_telegram = {};
    m_intercom = {};
    m_appId.clear();

    auto *tg = new telegram::TelegramApi(m_nam, telegramUrl, telegramToken.trimmed(), m_run);
    auto *ic = new intercom::IntercomApi(m_nam, intercomUrl, intercomToken.trimmed(), m_run);
    net::ApiRequest getMe = telegram::TelegramApi::method(u"getMe"_s);
    getMe.maxAttempts = 1;
    getMe.transferTimeout = std::chrono::seconds(15);
    tg->send(getMe, m_run, [this](const net::ApiResult &r) {
        if (r.ok() && r.payload.isObject()) {
            const QJsonObject bot = r.payload.toObject();
            m_telegram = { true,
                tr("Bot @%1 (%2)")
                    .arg(bot.value(u"username"_s).toString(), bot.value(u"first_name"_s).toString()) };
        } else {
            m_telegram = { false, reason(r, u"Telegram"_s) };
        }
        Q_EMIT telegramChecked(m_telegram);
        done();
    });
    net::ApiRequest me = intercom::IntercomApi::get(u"/me"_s);
    me.maxAttempts = 1;
    me.transferTimeout = std::chrono::seconds(15);
    ic->send(me, m_run, [this](const net::ApiResult &r) {
        if (r.ok() && r.payload.isObject()) {
            const intercom::Admin admin
                = intercom::parseAdmin(r.payload.toObject()).value_or(intercom::Admin());
            m_appId = admin.app.idCode;
            m_intercom
                = { true, tr("Workspace “%1”, admin %2 <%3>").arg(admin.app.name, admin.name, admin.email) };
        } else {
            m_intercom = { false, reason(r, u"Intercom"_s) };
        }
        Q_EMIT intercomChecked(m_intercom);
        done();
    });
}

void ConnectionTester::done()
{
    if (--m_pending > 0)
        return;
    m_pending = 0;
    Q_EMIT finished(m_telegram.ok && m_intercom.ok);
    // The APIs of this run are no longer needed; delete them after their callbacks returned.
    if (m_run) {
        m_run->deleteLater();
        m_run = nullptr;
    }
}

} // namespace tgic::models
