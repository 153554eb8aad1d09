// SPDX-License-Identifier: MIT
#include "IntercomEmulator.h"

#include "IntercomContactEndpoints.h"
#include "IntercomConversationEndpoints.h"
#include "IntercomHttpServer.h"
#include "IntercomJson.h"
#include "IntercomRouter.h"
#include "IntercomWorkspaceEndpoints.h"
#include "IntercomWorld.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

Q_LOGGING_CATEGORY(lcIntercomEmulator, "tgic.sandbox.intercom")

namespace {

const QString kDefaultVersion = u"2.16"_s;
const QString kFilesPrefix = u"/sandbox-files/"_s;

const QStringList &knownVersions()
{
    static const QStringList versions { u"1.0"_s, u"1.1"_s, u"1.2"_s, u"1.3"_s, u"1.4"_s, u"2.0"_s, u"2.1"_s,
        u"2.2"_s, u"2.3"_s, u"2.4"_s, u"2.5"_s, u"2.6"_s, u"2.7"_s, u"2.8"_s, u"2.9"_s, u"2.10"_s, u"2.11"_s,
        u"2.12"_s, u"2.13"_s, u"2.14"_s, u"2.15"_s, u"2.16"_s, u"Unstable"_s };
    return versions;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    default:
        return u"OTHER"_s;
    }
}

std::optional<QByteArray> header(const QHttpServerRequest &request, const QByteArray &name)
{
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return std::nullopt;
}

} // namespace

IntercomEmulator::IntercomEmulator(const QString &accessToken, QObject *parent)
    : QObject(parent)
    , m_token(accessToken)
    , m_world(std::make_unique<IntercomWorld>())
{
    m_json = std::make_unique<IntercomJson>(*m_world, QString());
    auto requestId = [this] { return m_world->nextRequestId(); };
    m_workspaceEndpoints = std::make_unique<IntercomWorkspaceEndpoints>(*m_world, *m_json, requestId);
    m_contactEndpoints = std::make_unique<IntercomContactEndpoints>(*m_world, *m_json, requestId);
    m_conversationEndpoints = std::make_unique<IntercomConversationEndpoints>(*m_world, *m_json, requestId);
    m_router = std::make_unique<IntercomRouter>(QList<QList<IntercomRoute>> {
        m_workspaceEndpoints->routes(), m_contactEndpoints->routes(), m_conversationEndpoints->routes() });
    m_server
        = new IntercomHttpServer([this](const QHttpServerRequest &request) { return handle(request); }, this);
}

IntercomEmulator::~IntercomEmulator() = default;

bool IntercomEmulator::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return false;
    QString host = address.toString();
    if (address == QHostAddress::LocalHost || address == QHostAddress::Any
        || address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    m_baseUrl = QUrl(u"http://%1:%2"_s.arg(host).arg(bound));
    m_json->setBaseUrl(m_baseUrl.toString());
    return true;
}

QUrl IntercomEmulator::baseUrl() const
{
    return m_baseUrl;
}

QString IntercomEmulator::accessToken() const
{
    return m_token;
}

QString IntercomEmulator::adminId() const
{
    return m_world->owner().id;
}

QString IntercomEmulator::agentAdminId() const
{
    return m_world->agent().id;
}

void IntercomEmulator::setSearchLag(std::chrono::milliseconds lag)
{
    m_world->setSearchLag(lag);
}

void IntercomEmulator::setRateLimit(int requestsPerWindow, std::chrono::milliseconds window)
{
    m_rateLimiter.setLimit(requestsPerWindow, window.count());
}

void IntercomEmulator::failNext(int count, int httpStatus, const QString &pathPrefix)
{
    m_faults.add(pathPrefix, count, IntercomFailure { IntercomFailure::Kind::Status, httpStatus });
}

void IntercomEmulator::clearFaults()
{
    m_faults.clear();
}

void IntercomEmulator::sendGarbageNext(int count, const QString &pathPrefix)
{
    m_faults.add(pathPrefix, count, IntercomFailure { IntercomFailure::Kind::Garbage, 200 });
}

void IntercomEmulator::loseAnswerNext(int count, const QString &methodAndPathPrefix)
{
    m_lostAnswers.add(methodAndPathPrefix, count, IntercomFailure { IntercomFailure::Kind::LostAnswer, 504 });
}

void IntercomEmulator::hangNext(int count, const QString &methodAndPathPrefix, bool carriedOut)
{
    IntercomFailure hang { IntercomFailure::Kind::Hang, 0 };
    hang.carriedOut = carriedOut;
    m_hangs.add(methodAndPathPrefix, count, hang);
}

void IntercomEmulator::setUnresponsive(bool unresponsive)
{
    m_unresponsive = unresponsive;
}

int IntercomEmulator::hangingRequests() const
{
    return m_server->hangingRequests();
}

void IntercomEmulator::setConflictOnEmail(bool on)
{
    m_world->setConflictOnEmail(on);
}

void IntercomEmulator::setSearchDates(SearchDates mode)
{
    using M = IntercomSearchQuery::DateMode;
    m_world->contactDateMode = mode == SearchDates::Second ? M::Inclusive : M::CalendarDay;
    m_world->conversationDateMode = mode == SearchDates::Day ? M::CalendarDay : M::Inclusive;
}

void IntercomEmulator::setConversationSortHonoured(bool honoured)
{
    m_world->conversationSortHonoured = honoured;
}

void IntercomEmulator::setSearchHitsHaveStatistics(bool present)
{
    m_world->searchHitsHaveStatistics = present;
}

void IntercomEmulator::setContactSearchText(SearchText mode)
{
    using M = IntercomSearchQuery::TextMode;
    m_world->contactTextMode = mode == SearchText::Exact ? M::Exact
        : mode == SearchText::PhoneDigits                ? M::PhoneDigits
                                                         : M::IgnoreCase;
}

void IntercomEmulator::advanceClock(std::chrono::milliseconds by)
{
    m_world->advanceClock(by);
}

IntercomReply IntercomEmulator::handle(const QHttpServerRequest &request)
{
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    const std::optional<IntercomRouter::Match> route = m_router->match(method, path);
    const bool isFile = method == u"GET"_s && path.startsWith(kFilesPrefix);
    const QString key
        = route ? route->route->name() : (isFile ? u"GET /sandbox-files/{file}"_s : method + u' ' + path);
    m_log.append(key);
    ++m_counts[key];
    Q_EMIT requestReceived(method, path);

    // Attachment URLs are pre-signed in the real service: no token needed to download them.
    if (isFile) {
        const auto file = m_world->conversations().file(path);
        if (!file)
            return IntercomJson::errorReply(
                IntercomError { 404, u"not_found"_s, u"Resource Not Found"_s, {} }, m_world->nextRequestId());
        IntercomReply reply;
        reply.contentType = file->first;
        reply.body = file->second;
        return reply;
    }

    // A hung server: nothing comes back (and, unless the answer is what hangs, nothing happens).
    const std::optional<IntercomFailure> hang = m_unresponsive
        ? std::optional<IntercomFailure>(IntercomFailure { IntercomFailure::Kind::Hang, 0 })
        : m_hangs.take(method + u' ' + path);
    if (hang) {
        IntercomReply hung;
        if (hang->carriedOut && route)
            hung = dispatch(request, *route->route, route->args, kDefaultVersion);
        hung.hang = true;
        return hung;
    }

    const std::optional<QByteArray> versionHeader = header(request, "Intercom-Version");
    const QString version = versionHeader ? QString::fromLatin1(*versionHeader).trimmed() : kDefaultVersion;
    if (versionHeader && !m_versions.contains(version))
        m_versions.append(version);

    IntercomReply reply;
    const QByteArray expected = "Bearer " + m_token.toUtf8();
    if (header(request, "Authorization").value_or(QByteArray()) != expected) {
        reply = IntercomJson::errorReply(
            IntercomError { 401, u"unauthorized"_s, u"Access Token Invalid"_s, {} },
            m_world->nextRequestId());
    } else if (!m_rateLimiter.admit(m_world->nowMs())) {
        reply = IntercomJson::errorReply(
            IntercomError { 429, u"rate_limit_exceeded"_s,
                u"You have exceeded the rate limit. Please try again later."_s, {} },
            m_world->nextRequestId());
    } else if (!knownVersions().contains(version)) {
        reply = IntercomJson::errorReply(IntercomError { 400, u"intercom_version_invalid"_s,
                                             u"The requested version '%1' is not valid. Use one of: %2"_s.arg(
                                                 version, knownVersions().join(u", "_s)),
                                             {} },
            m_world->nextRequestId());
    } else if (const std::optional<IntercomFailure> fault = m_faults.take(path)) {
        reply = fault->reply(m_world->nextRequestId());
    } else if (!route) {
        reply = IntercomJson::errorReply(
            IntercomError { 404, u"not_found"_s, u"Resource Not Found"_s, {} }, m_world->nextRequestId());
    } else {
        reply = dispatch(request, *route->route, route->args, version);
        if (const std::optional<IntercomFailure> lost = m_lostAnswers.take(method + u' ' + path))
            reply = lost->reply(m_world->nextRequestId());
    }
    reply.headers.append(m_rateLimiter.headers(m_world->nowMs()));
    return reply;
}

IntercomReply IntercomEmulator::dispatch(const QHttpServerRequest &request, const IntercomRoute &route,
    const QStringList &args, const QString &version)
{
    m_world->conversations().wakeSnoozed(); // what Intercom did on time meanwhile
    IntercomRequest r;
    r.args = args;
    r.query = QUrlQuery(request.url());
    r.version = version;
    const QByteArray body = request.body();
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return IntercomJson::errorReply(IntercomError { 400, u"parameter_invalid"_s,
                                                u"The request body is not a valid JSON object"_s, {} },
                m_world->nextRequestId());
        }
        r.body = doc.object();
    }
    return route.handler(r);
}

void IntercomEmulator::defineMissingAttributes(const QJsonObject &attributes)
{
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (m_world->customAttribute(it.key()))
            continue;
        QString type = u"string"_s;
        if (it.value().isBool())
            type = u"boolean"_s;
        else if (it.value().isDouble())
            type = it.value().toDouble() == double(qint64(it.value().toDouble())) ? u"integer"_s : u"float"_s;
        defineAttribute(it.key(), type);
    }
}

QString IntercomEmulator::createUser(
    const QString &email, const QString &name, const QJsonObject &customAttributes)
{
    defineMissingAttributes(customAttributes);
    QJsonObject body { { u"role"_s, u"user"_s }, { u"name"_s, name },
        { u"custom_attributes"_s, customAttributes } };
    if (!email.isEmpty())
        body.insert(u"email"_s, email);
    IntercomError e;
    QString id = m_world->createContact(body, &e);
    if (id.isEmpty())
        qCWarning(lcIntercomEmulator) << "createUser failed:" << e.code << e.message;
    return id;
}

QString IntercomEmulator::createLead(const QString &name, const QJsonObject &customAttributes)
{
    defineMissingAttributes(customAttributes);
    IntercomError e;
    QString id = m_world->createContact(QJsonObject { { u"role"_s, u"lead"_s }, { u"name"_s, name },
                                            { u"custom_attributes"_s, customAttributes } },
        &e);
    if (id.isEmpty())
        qCWarning(lcIntercomEmulator) << "createLead failed:" << e.code << e.message;
    return id;
}

bool IntercomEmulator::mergeInUi(const QString &leadId, const QString &userId)
{
    // The web app lets an agent merge any lead into any user: no duplicate check there.
    IntercomError e;
    const bool ok = m_world->merge(leadId, userId, true, &e);
    if (!ok)
        qCWarning(lcIntercomEmulator) << "mergeInUi failed:" << e.code << e.message;
    return ok;
}

void IntercomEmulator::setErasureReadings(const IntercomErasureReadings &readings)
{
    m_world->erasure = readings;
}

bool IntercomEmulator::isDeleted(const QString &id) const
{
    const IntercomContact *c = m_world->contact(id);
    return c && c->deleted;
}

bool IntercomEmulator::isArchived(const QString &id) const
{
    const IntercomContact *c = m_world->contact(id);
    return c && c->isLive() && c->archived;
}

void IntercomEmulator::deleteContact(const QString &id)
{
    m_world->deleteContact(id);
}

void IntercomEmulator::agentEditContact(const QString &id, const QJsonObject &fields)
{
    defineMissingAttributes(fields.value(u"custom_attributes"_s).toObject());
    IntercomError e;
    if (!m_world->updateContact(id, fields, &e))
        qCWarning(lcIntercomEmulator) << "agentEditContact failed:" << e.code << e.message;
}

QString IntercomEmulator::adminReply(
    const QString &conversationId, const QString &htmlBody, const QString &messageType)
{
    IntercomConversations &store = m_world->conversations();
    if (!store.conversation(conversationId))
        return {};
    if (messageType == u"close"_s || messageType == u"open"_s) {
        QJsonObject request { { u"message_type"_s, messageType }, { u"type"_s, u"admin"_s },
            { u"admin_id"_s, agentAdminId() } };
        if (!htmlBody.isEmpty())
            request.insert(u"body"_s, htmlBody);
        return store.manage(conversationId, request, QString(), nullptr);
    }
    IntercomPartInput input;
    input.body = htmlBody;
    return store.adminReply(conversationId, agentAdminId(), messageType, input);
}

QString IntercomEmulator::adminReplyWithFile(const QString &conversationId, const QString &htmlBody,
    const QString &fileName, const QString &contentType, const QByteArray &data, qint64 declaredSize)
{
    IntercomConversations &store = m_world->conversations();
    if (!store.conversation(conversationId))
        return {};
    IntercomPartInput input;
    input.body = htmlBody;
    IntercomAttachment attachment = store.storeFile(fileName, contentType, data);
    if (declaredSize > 0)
        attachment.size = declaredSize;
    input.attachments.append(attachment);
    return store.adminReply(conversationId, agentAdminId(), u"comment"_s, input);
}

QString IntercomEmulator::contactReplyInMessenger(
    const QString &conversationId, const QString &contactId, const QString &text)
{
    IntercomConversations &store = m_world->conversations();
    const IntercomContact *c = m_world->liveContact(contactId, nullptr, false);
    if (!c || !store.conversation(conversationId))
        return {};
    IntercomPartInput input;
    input.body = IntercomJson::plainTextBody(text);
    return store.contactReply(conversationId, *c, input);
}

void IntercomEmulator::defineAttribute(const QString &name, const QString &dataType)
{
    IntercomError e;
    QJsonObject body { { u"name"_s, name }, { u"model"_s, u"contact"_s }, { u"data_type"_s, dataType } };
    if (dataType == u"options"_s) // the web app needs two options as well
        body.insert(u"options"_s,
            QJsonArray { QJsonObject { { u"value"_s, u"yes"_s } }, QJsonObject { { u"value"_s, u"no"_s } } });
    if (!m_world->defineAttribute(body, &e))
        qCWarning(lcIntercomEmulator) << "defineAttribute failed:" << e.code << e.message;
}

QString IntercomEmulator::assignConversation(
    const QString &conversationId, const QString &type, const QString &assigneeId, const QString &body)
{
    if (!m_world->conversations().conversation(conversationId))
        return {};
    QJsonObject request { { u"message_type"_s, u"assignment"_s }, { u"type"_s, type },
        { u"admin_id"_s, agentAdminId() }, { u"assignee_id"_s, assigneeId } };
    if (!body.isEmpty())
        request.insert(u"body"_s, body);
    IntercomError e;
    QString part = m_world->conversations().manage(conversationId, request, QString(), &e);
    if (part.isEmpty())
        qCWarning(lcIntercomEmulator) << "assignConversation failed:" << e.code << e.message;
    return part;
}

QString IntercomEmulator::snoozeConversation(const QString &conversationId, qint64 untilSeconds)
{
    if (!m_world->conversations().conversation(conversationId))
        return {};
    IntercomError e;
    QString part = m_world->conversations().manage(conversationId,
        QJsonObject { { u"message_type"_s, u"snoozed"_s }, { u"admin_id"_s, agentAdminId() },
            { u"snoozed_until"_s, double(untilSeconds) } },
        QString(), &e);
    if (part.isEmpty())
        qCWarning(lcIntercomEmulator) << "snoozeConversation failed:" << e.code << e.message;
    return part;
}

QString IntercomEmulator::closeConversation(const QString &conversationId, const QString &body)
{
    return adminReply(conversationId, body, u"close"_s);
}

QString IntercomEmulator::reopenConversation(const QString &conversationId)
{
    return adminReply(conversationId, {}, u"open"_s);
}

QString IntercomEmulator::tagConversation(const QString &conversationId, const QString &tagName)
{
    if (!m_world->conversations().conversation(conversationId))
        return {};
    IntercomError e;
    const std::optional<IntercomTag> tag = m_world->createOrUpdateTag(tagName, {}, &e);
    if (!tag) {
        qCWarning(lcIntercomEmulator) << "tagConversation failed:" << e.code << e.message;
        return {};
    }
    m_world->conversations().tag(conversationId, tag->id, agentAdminId());
    return tag->id;
}

QString IntercomEmulator::addAdmin(const QString &name, const QString &email)
{
    return m_world->addAdmin(name, email);
}

QString IntercomEmulator::addTeam(const QString &name, const QStringList &adminIds)
{
    return m_world->addTeam(name, adminIds);
}

QString IntercomEmulator::supportTeamId() const
{
    return m_world->teams().value(0).id;
}

QJsonObject IntercomEmulator::contact(const QString &id) const
{
    const IntercomContact *c = m_world->contact(id);
    return c && c->isLive() ? m_json->contact(*c, false) : QJsonObject();
}

QList<QJsonObject> IntercomEmulator::contacts() const
{
    QList<QJsonObject> out;
    const QList<const IntercomContact *> live = m_world->liveContacts(true);
    for (const IntercomContact *c : live)
        out.append(m_json->contact(*c, false));
    return out;
}

QList<QJsonObject> IntercomEmulator::contactsWithAttribute(const QString &name, const QString &value) const
{
    QList<QJsonObject> out;
    const QList<const IntercomContact *> live = m_world->liveContacts(true);
    for (const IntercomContact *c : live) {
        const QJsonValue v = c->customAttributes.value(name);
        if (!v.isUndefined() && !v.isNull() && v.toVariant().toString() == value)
            out.append(m_json->contact(*c, false));
    }
    return out;
}

QJsonObject IntercomEmulator::conversation(const QString &id) const
{
    const IntercomConversation *c = m_world->conversations().conversation(id);
    return c ? m_json->conversation(*c, true) : QJsonObject();
}

QStringList IntercomEmulator::noteBodiesOf(const QString &contactId) const
{
    QStringList bodies;
    for (const IntercomNote &note : m_world->notesOf(contactId))
        bodies.prepend(note.body);
    return bodies;
}

QStringList IntercomEmulator::receivedFrom(const QString &contactId) const
{
    QStringList out; // conversations in the order they were opened, each one's parts in order
    const QList<const IntercomConversation *> list = m_world->conversations().ofContact(contactId);
    for (const IntercomConversation *c : list) {
        if (c->sourceAuthor.id == contactId)
            out << c->sourceReceived;
        for (const IntercomPart &part : c->parts)
            if (part.author.id == contactId && !part.received.isEmpty())
                out << part.received;
    }
    return out;
}

QList<QJsonObject> IntercomEmulator::conversationsOf(const QString &contactId) const
{
    QList<QJsonObject> out;
    const QList<const IntercomConversation *> list = m_world->conversations().ofContact(contactId);
    for (const IntercomConversation *c : list)
        out.append(m_json->conversation(*c, true));
    return out;
}

int IntercomEmulator::requestCount(const QString &methodAndPath) const
{
    return methodAndPath.isEmpty() ? int(m_log.size()) : m_counts.value(methodAndPath);
}

QStringList IntercomEmulator::requestLog() const
{
    return m_log;
}

QStringList IntercomEmulator::seenVersionHeaders() const
{
    return m_versions;
}

bool IntercomEmulator::hasDataAttribute(const QString &name) const
{
    return m_world->customAttribute(name) != nullptr;
}

} // namespace tgic::sandbox
