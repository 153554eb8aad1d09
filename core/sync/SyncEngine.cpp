// SPDX-License-Identifier: MIT
#include "SyncEngine.h"

#include "BusinessConnectionReader.h"
#include "FileDownloader.h"
#include "IntercomDelivery.h"
#include "IntercomPartPoller.h"
#include "Logging.h"
#include "RetentionSchedule.h"
#include "TeammateNames.h"
#include "TelegramDelivery.h"
#include "UpdatePoller.h"
#include "identity/IdentityResolver.h"
#include "identity/MergeSuggester.h"
#include "identity/ProfilePusher.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/Database.h"
#include "store/Meta.h"
#include "telegram/TelegramApi.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace tgic::sync {

using net::Outcome;

namespace {
FailureKind failureFor(const net::ApiResult &result)
{
    switch (result.outcome) {
    case Outcome::Unauthorized:
    case Outcome::Forbidden:
        return FailureKind::BadToken;
    case Outcome::NetworkError:
    case Outcome::ServerError:
    case Outcome::RateLimited:
        return FailureKind::Unreachable;
    default:
        return FailureKind::Runtime;
    }
}
} // namespace

SyncEngine::SyncEngine(store::Database &db, SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_config(std::move(config))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
    m_telegramApi = new telegram::TelegramApi(m_nam, m_config.telegramApiUrl, m_config.telegramToken, this);
    m_intercomApi = new intercom::IntercomApi(m_nam, m_config.intercomApiUrl, m_config.intercomToken, this);
    m_telegramApi->setBackoff(m_config.backoff);
    m_intercomApi->setBackoff(m_config.backoff);
    m_intercom = new intercom::IntercomClient(m_intercomApi, this);
    m_resolver = new identity::IdentityResolver(m_db, m_intercom, this);
    m_resolver->setReconcileWindow(m_config.reconcileWindow);
    m_profiles = new identity::ProfilePusher(m_db, m_intercom, this);
    m_suggester = new identity::MergeSuggester(m_db, m_intercom, this);
    m_delivery = new IntercomDelivery(m_db, m_intercom, m_resolver, m_profiles, this);
    m_delivery->setBackoff(m_config.backoff);
    m_delivery->setNewConversationAfter(m_config.newConversationAfter);
    m_telegramFiles = new FileDownloader(m_nam, m_telegramApi->redactor(), this);
    m_intercomFiles = new FileDownloader(m_nam, m_intercomApi->redactor(), this);
    m_delivery->setMediaSource(m_telegramApi, m_telegramFiles);
    m_telegramDelivery = new TelegramDelivery(m_db, m_telegramApi, this);
    m_telegramDelivery->setBackoff(m_config.backoff);
    m_telegramDelivery->setPerChatInterval(m_config.telegramPerChatInterval);
    m_telegramDelivery->setGlobalPerSecond(m_config.telegramGlobalPerSecond);
    m_partPoller = new IntercomPartPoller(m_db, m_intercom, m_intercomFiles, this);
    m_partPoller->setIntervals(m_config.intercomActivePoll, m_config.intercomIdlePoll);
    m_teammates = new TeammateNames(m_db, m_intercom, this);
    m_retention = new RetentionSchedule(m_db, this);
    m_poller = new UpdatePoller(m_telegramApi, m_db, this);
    m_businessConnections = new BusinessConnectionReader(m_db, m_telegramApi, this);
    m_poller->setLongPollTimeout(m_config.longPollSeconds);
    m_poller->setLongPollGrace(m_config.longPollGrace);
    m_telegramApi->setMaxTransferTimeout(m_config.requestTimeout);
    m_intercomApi->setMaxTransferTimeout(m_config.requestTimeout);
    m_poller->setConflictBackoff(m_config.conflictBackoff);

    wireTwoWay();
    connect(
        m_delivery, &IntercomDelivery::conversationWritten, m_partPoller, &IntercomPartPoller::noteOwnWrite);
    connect(m_delivery, &IntercomDelivery::conversationOpened, m_partPoller,
        [this](qint64, const QString &, const QString &conversationId) {
            m_partPoller->noteOpened(conversationId);
        });
    connect(m_poller, &UpdatePoller::batchStored, this, [this](const store::IngestReport &report) {
        m_delivery->kick();
        m_telegramDelivery->kick(); // notices to customers (e.g. a file too large)
        if (report.stored > 0) {
            m_partPoller->noteActivity();
            m_businessConnections->catchUp();
        }
        Q_EMIT batchStored(report);
    });
    // Work queued elsewhere — another workstation's agent asked for a phone number — arrives as
    // an outbox notice (LISTEN/NOTIFY in team mode): send it now, not after the next batch.
    connect(&m_db, &store::Database::changed, this, [this](store::Topic topic) {
        // A drain recording its own deliveries queues nothing new for either drain.
        if (topic != store::Topic::Outbox || m_delivery->isRecordingOutcome()
            || m_telegramDelivery->isRecordingOutcome())
            return;
        m_delivery->kick();
        m_telegramDelivery->kick();
    });
    connect(m_poller, &UpdatePoller::caughtUp, this, [this] {
        if (!m_untilIdle)
            return;
        m_poller->stop();
        // Done only if nothing is queued right now; otherwise poll once more after the drain.
        m_telegramDrained = m_delivery->isIdle();
        checkIdle();
    });
    connect(m_poller, &UpdatePoller::stateChanged, this,
        [this](UpdatePoller::State state, const QString &detail) {
            switch (state) {
            case UpdatePoller::State::Polling:
                setStatus(Status::Connected, tr("Connected"));
                break;
            case UpdatePoller::State::Conflict:
                setStatus(Status::Conflict, detail);
                if (m_untilIdle)
                    fail(FailureKind::Conflict, detail);
                break;
            case UpdatePoller::State::Unauthorized:
                setStatus(Status::Unauthorized, detail);
                fail(FailureKind::BadToken, detail);
                break;
            case UpdatePoller::State::StoreError:
                setStatus(Status::BackingOff, detail);
                break;
            case UpdatePoller::State::Stopped:
                break;
            }
        });
    connect(m_delivery, &IntercomDelivery::becameIdle, this, &SyncEngine::checkIdle);
    connect(m_suggester, &identity::MergeSuggester::idle, this, &SyncEngine::checkIdle);
    connect(m_businessConnections, &BusinessConnectionReader::idle, this, &SyncEngine::checkIdle);
    connect(m_delivery, &IntercomDelivery::authFailed, this, [this](const QString &reason) {
        setStatus(Status::Unauthorized, tr("Intercom refused the access token: %1").arg(reason));
        fail(FailureKind::BadToken, tr("Intercom refused the access token: %1").arg(reason));
    });
    for (net::RequestScheduler *scheduler : { static_cast<net::RequestScheduler *>(m_telegramApi),
             static_cast<net::RequestScheduler *>(m_intercomApi) }) {
        connect(scheduler, &net::RequestScheduler::retryScheduled, this,
            [this, scheduler](const QString &label, std::chrono::milliseconds delay, const QString &reason) {
                // A stall says more than the retry that follows it: keep it in view.
                if (m_status == Status::Reconnecting && m_reconnecting == scheduler->serviceName())
                    return;
                if (m_status == Status::Connected || m_status == Status::BackingOff
                    || m_status == Status::Reconnecting)
                    setStatus(Status::BackingOff,
                        tr("%1 failed (%2); retrying in %3 s")
                            .arg(label, reason)
                            .arg((delay.count() + 999) / 1000));
            });
        watchForStalls(scheduler);
    }
    // A good answer ends "backing off" and "reconnecting": the loop runs again.
    connect(m_poller, &UpdatePoller::polled, this, [this] {
        if (m_status == Status::BackingOff || m_status == Status::Reconnecting)
            setStatus(Status::Connected, tr("Connected"));
    });
}

void SyncEngine::watchForStalls(net::RequestScheduler *scheduler)
{
    connect(scheduler, &net::RequestScheduler::stalled, this,
        [this, scheduler](const QString &, std::chrono::milliseconds waited) {
            if (m_status != Status::Connected && m_status != Status::BackingOff
                && m_status != Status::Reconnecting)
                return;
            m_reconnecting = scheduler->serviceName();
            setStatus(Status::Reconnecting,
                tr("No answer from %1 for %2 s — reconnecting")
                    .arg(m_reconnecting)
                    .arg((waited.count() + 500) / 1000));
        });
    connect(scheduler, &net::RequestScheduler::jobFinished, this,
        [this, scheduler](const QString &, net::Outcome outcome) {
            if (outcome == Outcome::Success && m_status == Status::Reconnecting
                && m_reconnecting == scheduler->serviceName())
                setStatus(Status::Connected, tr("Connected"));
        });
}

SyncEngine::~SyncEngine()
{
    // Abort while every part is still alive, so each in-flight job is settled in order (an
    // aborted send stays marked as possibly delivered and is reconciled by the next run).
    m_poller->stop();
    m_delivery->stop();
    m_telegramDelivery->stop();
    m_partPoller->stop();
    m_suggester->stop();
    m_teammates->stop();
    m_retention->stop();
    m_telegramApi->abortAll();
    m_intercomApi->abortAll();
}

void SyncEngine::setStatus(Status status, const QString &detail)
{
    if (status == m_status && detail == m_statusDetail)
        return;
    m_status = status;
    m_statusDetail = detail;
    Q_EMIT statusChanged(status, detail);
}

void SyncEngine::start()
{
    m_untilIdle = false;
    verify();
}

void SyncEngine::runUntilIdle()
{
    m_untilIdle = true;
    m_telegramDrained = false;
    m_poller->setLongPollTimeout(0);
    verify();
}

void SyncEngine::stop()
{
    stopNetworkWork();
    m_verified = false;
    setStatus(Status::Stopped, tr("Stopped"));
}

void SyncEngine::setLeading(bool leading)
{
    if (leading == m_leading)
        return;
    m_leading = leading;
    if (!m_verified)
        return; // onVerified() decides
    if (leading) {
        setStatus(Status::Connected, tr("Connected"));
        startNetworkWork();
    } else {
        stopNetworkWork();
        setStatus(Status::Following, tr("Following: another workstation runs the sync"));
    }
}

void SyncEngine::startNetworkWork()
{
    if (m_working)
        return;
    m_working = true;
    m_delivery->start();
    m_telegramDelivery->start();
    m_partPoller->start();
    m_suggester->start();
    m_teammates->start(); // once per start; later only for an assignee without a name
    m_retention->start(); // once a day, on the one process that runs the sync
    m_poller->start();
}

void SyncEngine::stopNetworkWork()
{
    m_working = false;
    m_poller->stop();
    m_delivery->stop();
    m_telegramDelivery->stop();
    m_partPoller->stop();
    m_suggester->stop();
    m_teammates->stop();
    m_retention->stop();
    // Every Telegram request is leader-only; Intercom requests in flight are the drains' and the
    // poller's (a repair running meanwhile is told it was interrupted and can be run again).
    m_telegramApi->abortAll();
    m_intercomApi->abortAll();
}

void SyncEngine::fail(FailureKind kind, const QString &message)
{
    qCWarning(lcSync).noquote() << message;
    m_poller->stop();
    m_delivery->stop();
    m_telegramDelivery->stop();
    m_partPoller->stop();
    m_suggester->stop();
    m_teammates->stop();
    m_retention->stop();
    Q_EMIT finished(kind, message);
}

void SyncEngine::verify()
{
    setStatus(Status::Connecting, tr("Checking the Telegram bot and the Intercom workspace"));
    m_pendingChecks = 2;
    m_verifyFailed = false;
    auto checkFailed = [this](const net::ApiResult &result, const QString &service, const QString &url) {
        if (m_verifyFailed)
            return;
        m_verifyFailed = true;
        const FailureKind kind = failureFor(result);
        QString message;
        if (kind == FailureKind::BadToken)
            message = tr("%1 refused the token (%2). Check it and try again.").arg(service, result.message);
        else if (kind == FailureKind::Unreachable)
            message = tr("Cannot reach %1 at %2: %3").arg(service, url, result.message);
        else
            message = tr("%1 gave an unexpected answer: %2").arg(service, result.message);
        setStatus(kind == FailureKind::BadToken ? Status::Unauthorized : Status::Offline, message);
        fail(kind, message);
    };

    net::ApiRequest getMe = telegram::TelegramApi::method(u"getMe"_s);
    getMe.maxAttempts = m_config.startupAttempts;
    m_telegramApi->send(getMe, this, [this, checkFailed](const net::ApiResult &result) {
        if (!result.ok() || !result.payload.isObject()) {
            checkFailed(result, u"Telegram"_s, m_config.telegramApiUrl.toDisplayString());
            return;
        }
        m_botUsername = result.payload.toObject().value(u"username"_s).toString();
        // The inbox tells this bot's echo in business chats from another bot acting for the account.
        const qint64 botId = result.payload.toObject().value(u"id"_s).toInteger();
        if (botId != 0)
            store::meta::set(m_db, QString::fromLatin1(store::meta::kTelegramBotId), QString::number(botId));
        if (--m_pendingChecks == 0)
            onVerified();
    });

    net::ApiRequest me = intercom::IntercomApi::get(u"/me"_s);
    me.maxAttempts = m_config.startupAttempts;
    m_intercomApi->send(me, this, [this, checkFailed](const net::ApiResult &result) {
        if (!result.ok() || !result.payload.isObject()) {
            checkFailed(result, u"Intercom"_s, m_config.intercomApiUrl.toDisplayString());
            return;
        }
        const intercom::Admin admin
            = intercom::parseAdmin(result.payload.toObject()).value_or(intercom::Admin());
        m_adminId = admin.id;
        m_workspaceName = admin.app.name;
        m_appIdCode = admin.app.idCode;
        Q_EMIT workspaceKnown(m_appIdCode);
        store::meta::set(m_db, QString::fromLatin1(store::meta::kIntercomAdminId), m_adminId);
        m_intercom->ensureContactAttributes(this, [this, checkFailed](bool ok, const QString &error) {
            if (!ok) {
                net::ApiResult r;
                r.outcome = Outcome::ClientError;
                r.message = tr("cannot create the contact attributes: %1").arg(error);
                checkFailed(r, u"Intercom"_s, m_config.intercomApiUrl.toDisplayString());
                return;
            }
            if (--m_pendingChecks == 0)
                onVerified();
        });
    });
}

void SyncEngine::onVerified()
{
    if (m_verifyFailed)
        return;
    qCInfo(lcSync).noquote() << "connected: bot" << (u'@' + m_botUsername) << "workspace" << m_workspaceName;
    m_verified = true;
    if (!m_leading) {
        setStatus(Status::Following, tr("Following: another workstation runs the sync"));
        return;
    }
    setStatus(Status::Connected, tr("Connected"));
    startNetworkWork();
}

void SyncEngine::checkIdle()
{
    if (!m_untilIdle || !m_delivery->isIdle())
        return;
    // Both directions: Intercom was read at least once and what it had reached Telegram.
    if (m_partPoller->completedCycles() < 1 || m_partPoller->isCycleRunning() || !m_telegramDelivery->isIdle()
        || !m_suggester->isIdle() || !m_businessConnections->isIdle() || m_intercomApi->queuedCount() > 0
        || m_intercomApi->inFlightCount() > 0)
        return;
    if (!m_telegramDrained) {
        // The outbox drained while Telegram may have more: poll again (at once, timeout 0).
        if (m_poller->state() != UpdatePoller::State::Polling)
            m_poller->start();
        return;
    }
    m_delivery->stop();
    m_telegramDelivery->stop();
    m_partPoller->stop();
    m_suggester->stop();
    m_teammates->stop();
    m_retention->stop();
    Q_EMIT finished(FailureKind::None, tr("Telegram has nothing new and both outboxes are empty"));
}

} // namespace tgic::sync
