// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace tgic::store {
class Database;
}
namespace tgic::telegram {
class TelegramApi;
}

namespace tgic::sync {

//! Telegram sends business_connection only when a connection is made or changed: a business
//! account connected before this app first polled (or while its updates were lost) shows up only
//! through its messages. For each connection the business chats name and the store does not know,
//! this asks getBusinessConnection once per run (again after a transient failure) and stores the
//! answer, so the owner is known (never a contact) and `tgic-cli business` lists it.
class BusinessConnectionReader final : public QObject
{
    Q_OBJECT

public:
    BusinessConnectionReader(store::Database &db, telegram::TelegramApi *api, QObject *parent = nullptr);

    //! Looks for unknown connections and asks for them (after every stored batch).
    void catchUp();
    bool isIdle() const { return m_inFlight == 0; }

Q_SIGNALS:
    void idle();

private:
    store::Database &m_db;
    telegram::TelegramApi *m_api;
    QSet<QString> m_asked;
    int m_inFlight = 0;
};

} // namespace tgic::sync
