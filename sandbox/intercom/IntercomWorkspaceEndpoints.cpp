// SPDX-License-Identifier: MIT
#include "IntercomWorkspaceEndpoints.h"

#include "IntercomJson.h"
#include "IntercomWorld.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

IntercomWorkspaceEndpoints::IntercomWorkspaceEndpoints(
    IntercomWorld &world, const IntercomJson &json, std::function<QString()> requestId)
    : m_world(world)
    , m_json(json)
    , m_requestId(std::move(requestId))
{ }

QList<IntercomRoute> IntercomWorkspaceEndpoints::routes()
{
    using R = const IntercomRequest &;
    return {
        { u"GET"_s, u"/me"_s, [this](R r) { return me(r); } },
        { u"GET"_s, u"/admins"_s, [this](R r) { return listAdmins(r); } },
        { u"GET"_s, u"/teams"_s, [this](R r) { return listTeams(r); } },
        { u"GET"_s, u"/data_attributes"_s, [this](R r) { return listAttributes(r); } },
        { u"POST"_s, u"/data_attributes"_s, [this](R r) { return defineAttribute(r); } },
        { u"GET"_s, u"/tags"_s, [this](R r) { return listTags(r); } },
        { u"POST"_s, u"/tags"_s, [this](R r) { return saveTag(r); } },
    };
}

IntercomReply IntercomWorkspaceEndpoints::error(int status, const QString &code, const QString &message) const
{
    return IntercomJson::errorReply(IntercomError { status, code, message, {} }, m_requestId());
}

IntercomReply IntercomWorkspaceEndpoints::error(const IntercomError &e) const
{
    return IntercomJson::errorReply(e, m_requestId());
}

IntercomReply IntercomWorkspaceEndpoints::me(const IntercomRequest &)
{
    return IntercomJson::reply(m_json.adminWithApp(m_world.owner()));
}

IntercomReply IntercomWorkspaceEndpoints::listAdmins(const IntercomRequest &)
{
    QJsonArray admins;
    for (const IntercomAdmin &a : m_world.admins())
        admins.append(m_json.listedAdmin(a));
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"admin.list"_s }, { u"admins"_s, admins } });
}

IntercomReply IntercomWorkspaceEndpoints::listTeams(const IntercomRequest &)
{
    QJsonArray teams;
    for (const IntercomTeam &t : m_world.teams())
        teams.append(m_json.team(t));
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"team.list"_s }, { u"teams"_s, teams } });
}

IntercomReply IntercomWorkspaceEndpoints::listAttributes(const IntercomRequest &r)
{
    const QString model = r.query.queryItemValue(u"model"_s);
    const bool includeArchived = r.query.queryItemValue(u"include_archived"_s) == u"true"_s;
    if (model == u"conversation"_s)
        return error(422, u"parameter_invalid"_s,
            u"model=conversation is no longer supported. Use GET /conversations/attributes instead"_s);
    if (!model.isEmpty() && model != u"contact"_s && model != u"company"_s)
        return error(400, u"parameter_invalid"_s, u"model must be contact or company"_s);
    QJsonArray data;
    const QStringList models
        = model.isEmpty() ? QStringList { u"contact"_s, u"company"_s } : QStringList { model };
    for (const QString &m : models) {
        const QList<IntercomAttribute> builtins = m_world.builtinAttributes(m);
        for (const IntercomAttribute &a : builtins)
            data.append(m_json.dataAttribute(a, false));
        const QList<IntercomAttribute> customs = m_world.customAttributes(m, includeArchived);
        for (const IntercomAttribute &a : customs)
            data.append(m_json.dataAttribute(a, true));
    }
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, data } });
}

IntercomReply IntercomWorkspaceEndpoints::defineAttribute(const IntercomRequest &r)
{
    IntercomError e;
    const std::optional<IntercomAttribute> a = m_world.defineAttribute(r.body, &e);
    return a ? IntercomJson::reply(m_json.dataAttribute(*a, true)) : error(e);
}

IntercomReply IntercomWorkspaceEndpoints::listTags(const IntercomRequest &)
{
    QJsonArray data;
    const QList<IntercomTag> all = m_world.tags();
    for (const IntercomTag &t : all)
        data.append(m_json.tag(t));
    return IntercomJson::reply(QJsonObject { { u"type"_s, u"list"_s }, { u"data"_s, data } });
}

// Creates a tag, or renames the one whose id is given.
IntercomReply IntercomWorkspaceEndpoints::saveTag(const IntercomRequest &r)
{
    IntercomError e;
    const QJsonValue name = r.body.value(u"name"_s);
    if (!name.isString())
        return error(400, u"parameter_invalid"_s, u"invalid tag parameters"_s);
    const std::optional<IntercomTag> t
        = m_world.createOrUpdateTag(name.toString(), r.body.value(u"id"_s).toVariant().toString(), &e);
    return t ? IntercomJson::reply(m_json.tag(*t)) : error(e);
}

} // namespace tgic::sandbox
