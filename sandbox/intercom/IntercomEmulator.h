// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomFailure.h"
#include "IntercomModel.h"
#include "IntercomRateLimiter.h"
#include "sandbox/FailureScript.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

class QHttpServerRequest;

namespace tgic::sandbox {

class IntercomContactEndpoints;
class IntercomConversationEndpoints;
class IntercomHttpServer;
class IntercomJson;
class IntercomRouter;
struct IntercomRoute;
class IntercomWorkspaceEndpoints;
class IntercomWorld;

// A local stand-in for the Intercom REST API 2.16 (contacts, data attributes, search, merge,
// conversations and their state, tags, notes, admins and teams) for tests, benchmarks and sandbox mode.
// Responses follow the OpenAPI description; errors are error.list bodies with the real codes and messages;
// the knobs below reproduce what makes the real service hard (search lag, rate limits, outages, agents acting
// in the web app behind the client's back).
class IntercomEmulator : public QObject
{
    Q_OBJECT
public:
    explicit IntercomEmulator(const QString &accessToken, QObject *parent = nullptr);
    ~IntercomEmulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl baseUrl() const; // "http://127.0.0.1:PORT" (paths like /contacts appended directly)
    QString accessToken() const;
    QString adminId() const; // the admin that owns the token (GET /me)
    QString agentAdminId() const; // a second admin, who acts in the web app (adminReply)

    // Knobs that make it behave like the real service
    // Contacts created/updated less than `lag` ago are not yet visible (or show their old values)
    // in POST /contacts/search; default 0.
    void setSearchLag(std::chrono::milliseconds lag);
    // X-RateLimit-Limit/Remaining/Reset on every response, 429 when exceeded; default 1000 per 10 s.
    void setRateLimit(int requestsPerWindow, std::chrono::milliseconds window = std::chrono::seconds(10));
    // The next `count` requests whose path starts with `pathPrefix` fail with `httpStatus`
    // (an error.list body, or an HTML page for 502 as a proxy would send).
    void failNext(int count, int httpStatus, const QString &pathPrefix = {});
    // The service recovers: faults and garbage still queued are dropped.
    void clearFaults();
    // The next `count` matching requests get 200 with a body that is not JSON.
    void sendGarbageNext(int count, const QString &pathPrefix = {});
    // The next `count` requests matching "METHOD /path-prefix" (e.g. "POST /conversations") are
    // carried out, but the answer is lost: a proxy answers 504 Gateway Timeout instead. This is
    // the case a client must reconcile rather than blindly repeat.
    void loseAnswerNext(int count, const QString &methodAndPathPrefix);
    // The next `count` requests matching "METHOD /path-prefix" (empty: any) get no answer at all:
    // the connection stays open until the client gives up (a hung server or proxy). With
    // `carriedOut` the request takes effect first (the answer is what hangs), else it never does.
    void hangNext(int count, const QString &methodAndPathPrefix = {}, bool carriedOut = false);
    // Every request from now on hangs like that (not carried out), until called with false.
    void setUnresponsive(bool unresponsive);
    // Requests hanging right now (clients still connected).
    int hangingRequests() const;
    // Default true: POST /contacts with an email held by an existing contact of the same role -> 409.
    void setConflictOnEmail(bool on);
    // How POST /contacts/search and POST /conversations/search match timestamps. Documented
    // (the default): contacts by calendar day, conversations to the second. Day: both by calendar
    // day ('>' from the next day on, '<' before the given day). Second: both to the second,
    // '>'/'<' inclusive. The conversation page does not document its precision.
    enum class SearchDates { Documented, Day, Second };
    void setSearchDates(SearchDates mode);
    // Default true: conversation search orders by `sort` as contact search does. False plays a
    // service that ignores it (its 2.16 request schema has no sort): results in creation order.
    void setConversationSortHonoured(bool honoured);
    // Default true: conversation search results carry `statistics` (count_conversation_parts,
    // ...), as the conversation schema has them. False plays a service that leaves them out of
    // search results (the documentation does not promise them there).
    void setSearchHitsHaveStatistics(bool present);
    // How contact search compares strings (the documentation does not say): IgnoreCase (the
    // default), Exact, or PhoneDigits (phone numbers compared by their digits only).
    enum class SearchText { IgnoreCase, Exact, PhoneDigits };
    void setContactSearchText(SearchText mode);
    // How deleting and archiving a contact behave where the documentation is silent (see
    // IntercomErasureReadings; the defaults follow Intercom's help center).
    void setErasureReadings(const IntercomErasureReadings &readings);
    // Moves the emulated wall clock (timestamps, search lag, rate-limit window) forward.
    void advanceClock(std::chrono::milliseconds by);

    // What agents do in the Intercom web app (behind the client's back). Custom attributes that
    // are not defined yet are created on the fly, as the web app offers to.
    QString createUser(const QString &email, const QString &name, const QJsonObject &customAttributes = {});
    QString createLead(const QString &name, const QJsonObject &customAttributes = {});
    bool mergeInUi(const QString &leadId, const QString &userId); // same rules/effects as the API merge
    void deleteContact(const QString &id);
    void agentEditContact(
        const QString &id, const QJsonObject &fields); // {"name":...} or {"custom_attributes":{...}}
    // comment | note | quick_reply, or close | open (with an optional body); returns the part id.
    QString adminReply(const QString &conversationId, const QString &htmlBody,
        const QString &messageType = QStringLiteral("comment"));
    // An agent's comment with a file uploaded in the web app. `declaredSize` fakes a file larger
    // than the bytes given (the attachment's filesize), for limits tests.
    QString adminReplyWithFile(const QString &conversationId, const QString &htmlBody,
        const QString &fileName, const QString &contentType, const QByteArray &data,
        qint64 declaredSize = -1);
    // The contact writes in the Messenger (not through the API: app_package_code is null).
    QString contactReplyInMessenger(
        const QString &conversationId, const QString &contactId, const QString &text);
    void defineAttribute(const QString &name, const QString &dataType = QStringLiteral("string"));
    // What an agent does with a conversation in the inbox, as POST /conversations/{id}/parts
    // would (updated_at moves, the part Intercom adds is appended; assigning a closed or snoozed
    // conversation reopens it). Returns the new part id, empty if refused. `type`: admin or team;
    // assignee "0" unassigns.
    QString assignConversation(const QString &conversationId, const QString &type, const QString &assigneeId,
        const QString &body = {});
    QString snoozeConversation(const QString &conversationId, qint64 untilSeconds);
    QString closeConversation(const QString &conversationId, const QString &body = {});
    QString reopenConversation(const QString &conversationId);
    // Tags the conversation in the agent's name, creating the tag if needed; returns its id.
    QString tagConversation(const QString &conversationId, const QString &tagName);
    // The workspace's teammates and teams (GET /admins, GET /teams).
    QString addAdmin(const QString &name, const QString &email);
    QString addTeam(const QString &name, const QStringList &adminIds = {});
    QString supportTeamId() const; // the team the workspace starts with ("Support")

    // Observation
    QJsonObject contact(const QString &id) const; // as GET would return it; {} if none
    QList<QJsonObject> contacts() const; // live (not merged-away, not deleted)
    bool isDeleted(const QString &id) const; // DELETE /contacts/{id} happened (grace period or not)
    bool isArchived(const QString &id) const;
    QList<QJsonObject> contactsWithAttribute(
        const QString &name, const QString &value) const; // ignores search lag
    QJsonObject conversation(const QString &id) const;
    QList<QJsonObject> conversationsOf(const QString &contactId) const;
    QStringList noteBodiesOf(const QString &contactId) const; // the notes on a contact, oldest first
    // What the contact wrote through the API, exactly as each request carried it (conversation
    // sources and the contact's replies), oldest first.
    QStringList receivedFrom(const QString &contactId) const;
    // e.g. "POST /contacts/search"; ids collapsed: "GET /contacts/{id}"; empty = all
    int requestCount(const QString &methodAndPath = {}) const;
    QStringList requestLog() const; // "POST /contacts", ... in order
    QStringList seenVersionHeaders() const; // distinct Intercom-Version values received, first seen first
    bool hasDataAttribute(const QString &name) const;

Q_SIGNALS:
    void requestReceived(const QString &method, const QString &path);

private:
    IntercomReply handle(const QHttpServerRequest &request);
    // Runs the route's handler on the parsed request (400 when the body is not a JSON object).
    IntercomReply dispatch(const QHttpServerRequest &request, const IntercomRoute &route,
        const QStringList &args, const QString &version);
    void defineMissingAttributes(const QJsonObject &attributes);

    QString m_token;
    std::unique_ptr<IntercomWorld> m_world;
    std::unique_ptr<IntercomJson> m_json;
    std::unique_ptr<IntercomWorkspaceEndpoints> m_workspaceEndpoints;
    std::unique_ptr<IntercomContactEndpoints> m_contactEndpoints;
    std::unique_ptr<IntercomConversationEndpoints> m_conversationEndpoints;
    std::unique_ptr<IntercomRouter> m_router;
    IntercomHttpServer *m_server = nullptr;
    QUrl m_baseUrl;

    IntercomRateLimiter m_rateLimiter;
    // Failures before a request is carried out, by path prefix; lost answers after, by "METHOD /path" prefix.
    FailureScript<IntercomFailure> m_faults { FailureScript<IntercomFailure>::Match::Prefix };
    FailureScript<IntercomFailure> m_lostAnswers { FailureScript<IntercomFailure>::Match::Prefix };
    // Requests that get no answer at all, by "METHOD /path" prefix; or every request, while unresponsive.
    FailureScript<IntercomFailure> m_hangs { FailureScript<IntercomFailure>::Match::Prefix };
    bool m_unresponsive = false;

    QStringList m_log;
    QHash<QString, int> m_counts;
    QStringList m_versions;
};

} // namespace tgic::sandbox
