// SPDX-License-Identifier: MIT
#pragma once

#include "net/ApiResult.h"
#include "store/MappingRepository.h"

#include <QObject>

#include <functional>

namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::identity {

//! Carries a Telegram profile change (username, display name) to the anchored contact.
//!
//! The Telegram attributes are always updated. The contact's `name` only when it still holds
//! what this app wrote last time: once an agent has edited it, it is theirs (invariant 4).
class ProfilePusher final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const net::ApiResult &result)>;

    ProfilePusher(store::Database &db, intercom::IntercomClient *client, QObject *parent = nullptr);
    void push(qint64 telegramUserId, const QString &contactId, const Done &done);

private:
    store::Database &m_db;
    store::MappingRepository m_mappings;
    intercom::IntercomClient *m_client;
};

} // namespace tgic::identity
