// SPDX-License-Identifier: MIT
#include "MappingTools.h"

#include "identity/AuditActor.h"
#include "identity/ContactMerge.h"
#include "identity/IntegrityCheck.h"
#include "identity/MappingActions.h"
#include "intercom/IntercomClient.h"
#include "sync/IntercomDelivery.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::models {

namespace {
identity::MappingActions::Done reportAs(MappingTools::Done done)
{
    return [done = std::move(done)](const identity::ActionResult &result) {
        done(RepairResult { result.ok, result.message, result.contactId });
    };
}
} // namespace

MappingTools::MappingTools(store::Database &db, sync::SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_client(engine.intercomClient())
    , m_actions(new identity::MappingActions(db, m_client, engine.resolver(), this))
    , m_merge(new identity::ContactMerge(db, m_client, this))
    , m_check(new identity::IntegrityCheck(db, m_client, engine.resolver(), m_actions, this))
    , m_erasure(new identity::CustomerErasure(db, m_client, this))
{
    connect(m_actions, &identity::MappingActions::mappingChanged, this, &MappingTools::mappingChanged);
    connect(m_merge, &identity::ContactMerge::mappingChanged, this, &MappingTools::mappingChanged);
    connect(m_check, &identity::IntegrityCheck::progress, this, &MappingTools::checkProgress);
    // A relink or merge may release messages waiting for this user: send them now.
    connect(this, &MappingTools::mappingChanged, engine.delivery(), &sync::IntercomDelivery::kick);
    m_client->me(this, [this](const net::ApiResult &result) {
        if (const auto admin = intercom::parseAdmin(result.payload.toObject()); result.ok() && admin)
            m_adminName = admin->name;
    });
}

MappingTools::~MappingTools() = default;

QString MappingTools::defaultActor()
{
    return identity::auditActor(u"tgic"_s);
}

QString MappingTools::actor() const
{
    return identity::auditActor(u"tgic"_s, m_adminName);
}

void MappingTools::relink(qint64 telegramUserId, const QString &contactId, Done done)
{
    m_actions->relink(telegramUserId, contactId, actor(), reportAs(std::move(done)));
}

void MappingTools::unlink(qint64 telegramUserId, Done done)
{
    m_actions->unlink(telegramUserId, actor(), reportAs(std::move(done)));
}

void MappingTools::reresolve(qint64 telegramUserId, Done done)
{
    m_actions->reresolve(telegramUserId, actor(), reportAs(std::move(done)));
}

void MappingTools::rewriteAnchor(qint64 telegramUserId, Done done)
{
    m_actions->rewriteAnchor(telegramUserId, actor(), reportAs(std::move(done)));
}

void MappingTools::previewMerge(
    const QString &fromId, const QString &intoId, const std::function<void(const MergePreview &)> &done)
{
    m_merge->preview(fromId, intoId, done);
}

void MappingTools::merge(const MergePreview &preview, bool confirmed, Done done)
{
    m_merge->execute(preview, actor(), confirmed, reportAs(std::move(done)));
}

void MappingTools::runCheck(
    bool applyFixes, std::function<void(const QList<IntegrityProblem> &problems, int checked)> done)
{
    m_check->run(applyFixes, std::move(done));
}

void MappingTools::previewErasure(
    qint64 telegramUserId, const std::function<void(const ErasurePreview &)> &done)
{
    m_erasure->preview(telegramUserId, done);
}

void MappingTools::erase(const ErasurePreview &preview, IntercomChoice choice, bool force, Done done)
{
    m_erasure->erase(
        preview, choice, force, actor(), [done = std::move(done)](const identity::ErasureResult &r) {
            done(RepairResult { r.ok, r.message, {} });
        });
}

} // namespace tgic::models
