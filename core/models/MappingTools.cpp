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
#include <QMutexLocker>
#include <QThread>

#include <tuple>

using namespace Qt::StringLiterals;

namespace tgic::models {

namespace {
identity::MappingActions::Done reportAs(MappingTools::Done done)
{
    return [done = std::move(done)](const identity::ActionResult &result) {
        done(RepairResult { result.ok, result.message, result.contactId });
    };
}
//! `done`, made callable from any thread: it then runs on this one, in its event loop.
template <typename... Args> std::function<void(Args...)> answerOnThisThread(std::function<void(Args...)> done)
{
    auto *here = new QObject; // lives on this thread until the answer came
    return [here, done = std::move(done)](Args... args) {
        QMetaObject::invokeMethod(here, [here, done, values = std::make_tuple(std::decay_t<Args>(args)...)] {
            std::apply(done, values);
            here->deleteLater();
        });
    };
}
} // namespace

template <typename Answer, typename Call> bool MappingTools::runHome(Answer &done, Call call)
{
    if (QThread::currentThread() == thread())
        return false;
    // Dropped with the tools if they go before it runs (the engine was rebuilt or stopped).
    QMetaObject::invokeMethod(
        this, [call = std::move(call), done = answerOnThisThread(Answer(done))] { call(done); });
    return true;
}

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
            setAdminName(admin->name);
    });
}

MappingTools::~MappingTools() = default;

void MappingTools::setAdminName(const QString &name)
{
    // Not a QMutexLocker: clang-analyzer then reports a null object here that is not there.
    m_adminLock.lock();
    m_adminName = name;
    m_adminLock.unlock();
}

QString MappingTools::defaultActor()
{
    return identity::auditActor(u"tgic"_s);
}

QString MappingTools::actor() const
{
    const QMutexLocker lock(&m_adminLock);
    return identity::auditActor(u"tgic"_s, m_adminName);
}

void MappingTools::relink(qint64 telegramUserId, const QString &contactId, Done done)
{
    if (runHome(
            done, [this, telegramUserId, contactId](const Done &d) { relink(telegramUserId, contactId, d); }))
        return;
    m_actions->relink(telegramUserId, contactId, actor(), reportAs(std::move(done)));
}

void MappingTools::unlink(qint64 telegramUserId, Done done)
{
    if (runHome(done, [this, telegramUserId](const Done &d) { unlink(telegramUserId, d); }))
        return;
    m_actions->unlink(telegramUserId, actor(), reportAs(std::move(done)));
}

void MappingTools::reresolve(qint64 telegramUserId, Done done)
{
    if (runHome(done, [this, telegramUserId](const Done &d) { reresolve(telegramUserId, d); }))
        return;
    m_actions->reresolve(telegramUserId, actor(), reportAs(std::move(done)));
}

void MappingTools::rewriteAnchor(qint64 telegramUserId, Done done)
{
    if (runHome(done, [this, telegramUserId](const Done &d) { rewriteAnchor(telegramUserId, d); }))
        return;
    m_actions->rewriteAnchor(telegramUserId, actor(), reportAs(std::move(done)));
}

void MappingTools::searchContacts(const QString &text, std::function<void(const net::ApiResult &)> done)
{
    if (runHome(done, [this, text](const auto &d) { searchContacts(text, d); }))
        return;
    m_client->searchContacts(text, this, std::move(done));
}

void MappingTools::previewMerge(
    const QString &fromId, const QString &intoId, const std::function<void(const MergePreview &)> &done)
{
    auto answer = done;
    if (runHome(answer, [this, fromId, intoId](const auto &d) { previewMerge(fromId, intoId, d); }))
        return;
    m_merge->preview(fromId, intoId, done);
}

void MappingTools::merge(const MergePreview &preview, bool confirmed, Done done)
{
    if (runHome(done, [this, preview, confirmed](const Done &d) { merge(preview, confirmed, d); }))
        return;
    m_merge->execute(preview, actor(), confirmed, reportAs(std::move(done)));
}

void MappingTools::runCheck(
    bool applyFixes, std::function<void(const QList<IntegrityProblem> &problems, int checked)> done)
{
    if (runHome(done, [this, applyFixes](const auto &d) { runCheck(applyFixes, d); }))
        return;
    m_check->run(applyFixes, std::move(done));
}

void MappingTools::previewErasure(
    qint64 telegramUserId, const std::function<void(const ErasurePreview &)> &done)
{
    auto answer = done;
    if (runHome(answer, [this, telegramUserId](const auto &d) { previewErasure(telegramUserId, d); }))
        return;
    m_erasure->preview(telegramUserId, done);
}

void MappingTools::erase(const ErasurePreview &preview, IntercomChoice choice, bool force, Done done)
{
    if (runHome(done, [this, preview, choice, force](const Done &d) { erase(preview, choice, force, d); }))
        return;
    m_erasure->erase(
        preview, choice, force, actor(), [done = std::move(done)](const identity::ErasureResult &r) {
            done(RepairResult { r.ok, r.message, {} });
        });
}

} // namespace tgic::models
