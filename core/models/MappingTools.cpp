// SPDX-License-Identifier: MIT
#include "MappingTools.h"

#include "identity/ContactMerge.h"
#include "identity/IntegrityCheck.h"
#include "identity/MappingActions.h"
#include "intercom/IntercomClient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::models {

MappingTools::MappingTools(store::Database &db, intercom::IntercomClient *client,
    identity::IdentityResolver *resolver, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_actions(new identity::MappingActions(db, client, resolver, this))
    , m_merge(new identity::ContactMerge(db, client, this))
    , m_check(new identity::IntegrityCheck(db, client, resolver, m_actions, this))
{
    connect(m_actions, &identity::MappingActions::mappingChanged, this, &MappingTools::mappingChanged);
    connect(m_merge, &identity::ContactMerge::mappingChanged, this, &MappingTools::mappingChanged);
    m_client->me(this, [this](const net::ApiResult &result) {
        if (result.ok())
            m_adminName = result.payload.toObject().value(u"name"_s).toString();
    });
}

MappingTools::~MappingTools() = default;

QString MappingTools::osUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

QString MappingTools::actor() const
{
    if (!m_adminName.isEmpty())
        return m_adminName;
    const QString user = osUserName();
    // Data for the audit log, not UI text: not translated (like the CLI's "user (tgic-cli)").
    return user.isEmpty() ? u"tgic"_s : QString(user + u" (tgic)"_s);
}

} // namespace tgic::models
