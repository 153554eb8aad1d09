// SPDX-License-Identifier: MIT
#pragma once

#include "net/ApiResult.h"
#include "store/MappingRepository.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>

namespace tgic::store {
class Database;
}
namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::identity {

struct Resolution
{
    enum class Status { Resolved, RetryLater, Unauthorized, Parked };
    Status status = Status::RetryLater;
    QString contactId;
    QString error;
    std::chrono::milliseconds retryAfter { 0 }; //!< a hint; 0 = the caller's own backoff
    bool created = false; //!< a lead created just now: no conversation with it can exist yet

    bool ok() const { return status == Status::Resolved; }
};

//! Finds the one Intercom contact for a Telegram user ID — never by username, phone or name.
//!
//! Order: the local mapping → search `custom_attributes.telegram_user_id` (recovers the anchor
//! after the cache was lost or on a second install) → create a lead. Resolutions are serialized
//! per Telegram ID: a burst of first messages waits for the first resolution instead of racing
//! Intercom's lagging search into duplicates. A create whose outcome is unknown (the connection
//! broke after sending) is not repeated until search has had `reconcileWindow` to show it.
class IdentityResolver final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Resolution &)>;

    IdentityResolver(store::Database &db, intercom::IntercomClient *client, QObject *parent = nullptr);
    //! Links still waiting for their batch window are written now.
    ~IdentityResolver() override;

    void resolve(qint64 telegramUserId, Done done);
    //! resolve() with the mapping already read (std::nullopt: there is none), e.g. with the
    //! outbox row it is resolved for: a returning customer costs no database round trip.
    void resolveKnown(qint64 telegramUserId, const std::optional<store::Mapping> &mapping, Done done);

    //! The mapped contact answered 410 (merged away) or 404 (deleted): follow the merge to its
    //! survivor and re-anchor it there, or mark the mapping stale so the next resolve searches.
    void contactGone(
        qint64 telegramUserId, const QString &contactId, const net::ApiResult &result, Done done);

    void setReconcileWindow(std::chrono::milliseconds window) { m_reconcileWindow = window; }

Q_SIGNALS:
    void mappingChanged(qint64 telegramUserId);

private:
    void start(qint64 telegramUserId);
    std::optional<store::Mapping> mappingOf(qint64 telegramUserId) const;
    void search(qint64 telegramUserId);
    void create(qint64 telegramUserId);
    //! The claims of the creates asked for within the batch window, in one round trip.
    void claimCreates();
    void createClaimed(qint64 telegramUserId, store::MappingRepository::CreateClaim claim,
        const store::LeadProfile &profile);
    void finish(qint64 telegramUserId, const Resolution &resolution);
    //! The links of the creates answered within the batch window, in one transaction.
    void writeLinks();
    void adoptSurvivor(qint64 telegramUserId, const QString &survivorId, int hops, const Done &done);
    void writeAnchor(qint64 telegramUserId, const intercom::Contact &contact, const Done &done);
    static QJsonObject leadFields(qint64 telegramUserId, const store::LeadProfile &profile);
    store::LinkOptions knownBefore(qint64 telegramUserId) const;
    static Resolution failure(const net::ApiResult &result, const QString &what);

    store::Database &m_db;
    store::MappingRepository m_mappings;
    intercom::IntercomClient *m_client;
    QHash<qint64, QList<Done>> m_waiting;
    QHash<qint64, std::optional<store::Mapping>> m_known; //!< read by the caller, until finish()
    QList<store::Link> m_links; //!< created in Intercom, to link with the others (writeLinks)
    QList<qint64> m_claims; //!< to create, to claim with the others (claimCreates)
    std::chrono::milliseconds m_reconcileWindow { std::chrono::minutes(3) };
};

} // namespace tgic::identity
