// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace tgic::store {
class Database;
}
namespace tgic::intercom {
class IntercomClient;
}
namespace tgic::identity {
class ContactMerge;
class IdentityResolver;
class IntegrityCheck;
class MappingActions;
} // namespace tgic::identity

namespace tgic::models {

//! \brief The agent's repair tools for one running sync engine: relink/unlink/re-resolve/
//! re-write anchor (identity::MappingActions), the guided merge (identity::ContactMerge) and the
//! integrity check, wired to the engine's Intercom client and resolver.
//!
//! The audit log names the agent: the Intercom admin behind the token (GET /me, asked once),
//! or the OS user until that answer is in.
class MappingTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingTools)

public:
    MappingTools(store::Database &db, intercom::IntercomClient *client, identity::IdentityResolver *resolver,
        QObject *parent = nullptr);
    ~MappingTools() override;

    intercom::IntercomClient *client() const { return m_client; }
    identity::MappingActions *actions() const { return m_actions; }
    identity::ContactMerge *merge() const { return m_merge; }
    identity::IntegrityCheck *check() const { return m_check; }

    QString actor() const;
    //! The OS account name, for when Intercom has not said who the agent is.
    static QString osUserName();

Q_SIGNALS:
    //! A mapping changed through these tools: messages waiting for it may go out now.
    void mappingChanged(qint64 telegramUserId);

private:
    intercom::IntercomClient *m_client;
    identity::MappingActions *m_actions;
    identity::ContactMerge *m_merge;
    identity::IntegrityCheck *m_check;
    QString m_adminName;
};

} // namespace tgic::models
