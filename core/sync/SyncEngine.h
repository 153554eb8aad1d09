// SPDX-License-Identifier: MIT
#pragma once

#include "net/Backoff.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace tgic::net {
class RequestScheduler;
}
namespace tgic::store {
class Database;
enum class MappingState;
struct IngestReport;
} // namespace tgic::store
namespace tgic::telegram {
class TelegramApi;
} // namespace tgic::telegram
namespace tgic::intercom {
class IntercomApi;
class IntercomClient;
} // namespace tgic::intercom
namespace tgic::identity {
class IdentityResolver;
class MergeSuggester;
class ProfilePusher;
} // namespace tgic::identity

namespace tgic::sync {

class BusinessConnectionReader;
class IntercomDelivery;
class TelegramDelivery;
class UpdatePoller;
class IntercomPartPoller;
class FileDownloader;
class TeammateNames;
class RetentionSchedule;

struct SyncConfig
{
    QUrl telegramApiUrl { QStringLiteral("https://api.telegram.org") };
    QUrl intercomApiUrl { QStringLiteral("https://api.intercom.io") };
    QString telegramToken;
    QString intercomToken;
    int longPollSeconds = 30;
    //! A long poll without an answer this long after its own timeout is a stall: dropped, retried.
    std::chrono::milliseconds longPollGrace { std::chrono::seconds(15) };
    //! Caps how long any request waits for the next byte (0: each request's own limit, 30 s for
    //! most): how soon a service that hangs is noticed.
    std::chrono::milliseconds requestTimeout { 0 };
    int startupAttempts = 3;
    net::Backoff backoff;
    std::chrono::milliseconds conflictBackoff { std::chrono::seconds(30) };
    std::chrono::milliseconds reconcileWindow { std::chrono::minutes(3) };
    // Two-way conversations.
    std::chrono::milliseconds newConversationAfter { std::chrono::hours(24 * 7) };
    std::chrono::milliseconds intercomActivePoll { std::chrono::seconds(5) };
    std::chrono::milliseconds intercomIdlePoll { std::chrono::seconds(60) };
    std::chrono::milliseconds telegramPerChatInterval { std::chrono::seconds(1) };
    int telegramGlobalPerSecond = 30;
    bool markReadAfterRelay = true; //!< Intercom then does not email the customer a copy
    bool tagTelegram = true; //!< tag contacts and conversations "telegram"
};

//! Why a run of the sync ended (None: it did what it was asked). What that means to a user is
//! the app's business: tgic-cli maps it to an exit status (cli::exitCodeFor).
enum class FailureKind {
    None,
    Runtime, //!< something else went wrong; the message says what
    BadToken, //!< a token was refused
    Unreachable, //!< a service could not be reached
    Conflict, //!< another poller, or a webhook, owns the bot
};

//! Runs both directions of the sync: verifies the tokens and the Intercom attributes, then
//! polls Telegram into the store and drains the outbox into Intercom.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Stopped,
        Connecting, //!< checking tokens and attributes
        Connected, //!< polling; everything answers
        Following, //!< team mode: another workstation runs the sync; this one shows and repairs
        BackingOff, //!< a service failed; retrying after a pause
        Reconnecting, //!< a service kept a request open without answering; it is being sent again
        Conflict, //!< another poller or a webhook owns the bot
        Unauthorized, //!< a token was refused
        Offline, //!< could not reach a service at start-up
    };
    Q_ENUM(Status)

    SyncEngine(store::Database &db, SyncConfig config, QObject *parent = nullptr);
    ~SyncEngine() override;

    //! Verify, then run until stop().
    void start();
    //! Verify, drain Telegram and the outbox, then emit finished(None).
    void runUntilIdle();
    void stop();

    //! Team mode: only the elected leader polls Telegram, polls Intercom for replies and drains
    //! both outboxes; a follower verifies its tokens and serves repairs, nothing else. `false`
    //! stops and aborts all of that work before returning. Default: leading (one seat).
    void setLeading(bool leading);
    bool isLeading() const { return m_leading; }

    Status status() const { return m_status; }
    QString statusDetail() const { return m_statusDetail; }
    QString adminId() const { return m_adminId; }
    //! The workspace's `app.id_code` from GET /me: the web app's URLs need it.
    QString appIdCode() const { return m_appIdCode; }

    telegram::TelegramApi *telegramApi() const { return m_telegramApi; }
    intercom::IntercomApi *intercomApi() const { return m_intercomApi; }
    intercom::IntercomClient *intercomClient() const { return m_intercom; }
    IntercomDelivery *delivery() const { return m_delivery; }
    TelegramDelivery *telegramDelivery() const { return m_telegramDelivery; }
    IntercomPartPoller *partPoller() const { return m_partPoller; }
    //! The getUpdates loop (leader only), for observers such as health::SyncMonitor.
    UpdatePoller *poller() const { return m_poller; }
    //! Names for the admin and team ids conversations are assigned to (leader only).
    TeammateNames *teammateNames() const { return m_teammates; }
    identity::IdentityResolver *resolver() const { return m_resolver; }

Q_SIGNALS:
    void statusChanged(tgic::sync::SyncEngine::Status status, const QString &detail);
    void batchStored(const tgic::store::IngestReport &report);
    //! GET /me answered, before "connected": the workspace's `app.id_code` (appIdCode()), for
    //! views on another thread, which cannot ask the engine.
    void workspaceKnown(const QString &appIdCode);
    //! The run ended: runUntilIdle() reached idle, or a failure stopped the engine.
    void finished(tgic::sync::FailureKind failure, const QString &message);

private:
    void verify();
    void onVerified();
    void startNetworkWork();
    void stopNetworkWork();
    void fail(FailureKind kind, const QString &message);
    void setStatus(Status status, const QString &detail);
    void checkIdle();
    void wireTwoWay();
    void onChatClosed(qint64 chatId, qint64 telegramUserId, store::MappingState state);
    void tagConversation(const QString &contactId, const QString &conversationId);
    void watchForStalls(net::RequestScheduler *scheduler);

    store::Database &m_db;
    SyncConfig m_config;
    QNetworkAccessManager *m_nam;
    telegram::TelegramApi *m_telegramApi;
    intercom::IntercomApi *m_intercomApi;
    intercom::IntercomClient *m_intercom;
    identity::IdentityResolver *m_resolver;
    identity::ProfilePusher *m_profiles;
    identity::MergeSuggester *m_suggester;
    BusinessConnectionReader *m_businessConnections;
    IntercomDelivery *m_delivery;
    TelegramDelivery *m_telegramDelivery;
    IntercomPartPoller *m_partPoller;
    TeammateNames *m_teammates;
    RetentionSchedule *m_retention;
    FileDownloader *m_telegramFiles;
    FileDownloader *m_intercomFiles;
    UpdatePoller *m_poller;
    Status m_status = Status::Stopped;
    QString m_statusDetail;
    QString m_botUsername;
    QString m_adminId;
    QString m_workspaceName;
    QString m_appIdCode;
    QString m_ownPackageCode; //!< as last stored by this process
    QString m_tagId; //!< the "telegram" tag's id, as read or stored by this process
    //! Contacts to tag once the tag's id is known; non-empty while it is being looked up, so
    //! that a burst of new conversations reads and ensures the tag once, not once each.
    QStringList m_waitingForTag;
    int m_pendingChecks = 0;
    bool m_untilIdle = false;
    bool m_telegramDrained = false;
    bool m_verifyFailed = false;
    bool m_verified = false;
    bool m_leading = true;
    bool m_working = false;
    QString m_reconnecting; //!< the service whose stall the status shows
};

} // namespace tgic::sync
