// SPDX-License-Identifier: MIT
#include "TelegramEmulator.h"

#include "TelegramJson.h"
#include "TelegramLongPoll.h"
#include "TelegramRequestParams.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

const QString ConflictOtherPoller
    = u"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"_s;
const QString ConflictWebhookActive
    = u"Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"_s;
const QString ConflictSetWebhook = u"Conflict: terminated by setWebhook request"_s;

} // namespace

// A request that is never answered: the responder is held (never written) so that the
// connection stays open, as with a server that hangs; the socket tells whether the client left.
struct TelegramEmulator::Hung
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
};

TelegramEmulator::TelegramEmulator(const QString &token, QObject *parent)
    : QObject(parent)
    , m_token(token)
    , m_send(m_chats, m_business, m_files, m_limiter)
    , m_methods(methodTable())
    , m_poll(new TelegramLongPoll(this))
{
    // The bot's id is the number before the colon, as in real tokens.
    bool ok = false;
    const qint64 botId = token.section(u':', 0, 0).toLongLong(&ok);
    m_bot = QJsonObject { { u"id"_s, ok && botId > 0 ? botId : qint64(7000000001) }, { u"is_bot"_s, true },
        { u"first_name"_s, u"Sandbox Support"_s }, { u"username"_s, u"tgic_sandbox_bot"_s } };
    m_send.setBotUser(m_bot);

    m_server.route(u"/bot<arg>/<arg>"_s,
        [this](const QString &botToken, const QString &method, const QHttpServerRequest &request,
            QHttpServerResponder &&responder) {
            handleApi(botToken, method, request, std::move(responder));
        });
    // QUrl captures the rest of the path, slashes included ("documents/file_3.pdf").
    m_server.route(u"/file/bot<arg>/<arg>"_s,
        [this](const QString &botToken, const QUrl &path, QHttpServerResponder &&responder) {
            handleFile(botToken, path.toString(), std::move(responder));
        });

    // Updates pushed in one go reach a waiting poller in one response, as on the real server.
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setInterval(0);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &TelegramEmulator::deliverToPoller);
    connect(m_poll, &TelegramLongPoll::timedOut, this, [this] {
        m_poll->finish(200, TelegramJson::envelope(TelegramResult::ok(m_updates.front(m_poll->limit()))));
    });
}

TelegramEmulator::~TelegramEmulator()
{
    m_hung.clear();
    // Drop a parked poll while the server and its sockets still exist; the client sees the
    // connection close, as when the real server restarts.
    delete m_poll;
    m_poll = nullptr;
}

QHash<QString, TelegramEmulator::Method> TelegramEmulator::methodTable()
{
    using Params = TelegramRequestParams;
    const auto media = [this](const QString &kind) { // sendPhoto: the parameter "photo"
        return answerWith([this, kind](const Params &p) { return m_send.sendMedia(kind, p); });
    };
    const QList<Method> methods {
        { u"getMe"_s, answerWith([this](const Params &) { return TelegramResult::ok(botUser()); }) },
        { u"getUpdates"_s,
            [this](
                const Params &p, QHttpServerResponder &&responder) { getUpdates(p, std::move(responder)); } },
        { u"setWebhook"_s, answerWith([this](const Params &p) { return setWebhookMethod(p); }) },
        { u"deleteWebhook"_s, answerWith([this](const Params &p) { return deleteWebhookMethod(p); }) },
        { u"getWebhookInfo"_s, answerWith([this](const Params &) { return webhookInfo(); }) },
        { u"sendMessage"_s, answerWith([this](const Params &p) { return m_send.sendMessage(p); }) },
        { u"sendPhoto"_s, media(u"photo"_s) },
        { u"sendDocument"_s, media(u"document"_s) },
        { u"sendVoice"_s, media(u"voice"_s) },
        { u"sendAudio"_s, media(u"audio"_s) },
        { u"sendVideo"_s, media(u"video"_s) },
        { u"sendAnimation"_s, media(u"animation"_s) },
        { u"sendChatAction"_s, answerWith([this](const Params &p) { return m_send.sendChatAction(p); }) },
        { u"getFile"_s, answerWith([this](const Params &p) { return m_send.getFile(p); }) },
        { u"getBusinessConnection"_s,
            answerWith([this](const Params &p) { return getBusinessConnection(p); }) },
        { u"readBusinessMessage"_s, answerWith([this](const Params &p) { return readBusinessMessage(p); }) },
    };
    QHash<QString, Method> table;
    for (const Method &m : methods)
        table.insert(m.name.toLower(), m);
    return table;
}

TelegramEmulator::Handler TelegramEmulator::answerWith(
    std::function<TelegramResult(const TelegramRequestParams &)> call)
{
    return [this, call = std::move(call)](
               const TelegramRequestParams &params, QHttpServerResponder &&responder) {
        const TelegramResult result = call(params);
        // What a send returns is the Message the bot sent (sendChatAction returns only true).
        if (result.isOk() && result.result.isObject() && result.result.toObject().contains(u"message_id"_s)) {
            const QJsonObject message = result.result.toObject();
            m_sent.append(message);
            Q_EMIT messageSent(message);
            // What the bot sends for a business account reaches the bot again as that account's
            // message (with sender_business_bot), like everything said in the business chat.
            if (message.contains(u"business_connection_id"_s))
                enqueue({ { u"business_message"_s, message } });
        }
        writeHttpResponse(responder, result.httpStatus, TelegramJson::envelope(result));
    };
}

bool TelegramEmulator::listen(const QHostAddress &address, quint16 port)
{
    m_port = m_server.listen(address, port);
    // Clients need a concrete address: a wildcard listen is reached through loopback.
    const bool wildcard = address == QHostAddress::Any || address == QHostAddress::AnyIPv4;
    m_host = wildcard ? u"127.0.0.1"_s : address == QHostAddress::AnyIPv6 ? u"::1"_s : address.toString();
    return m_port != 0;
}

QUrl TelegramEmulator::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_host);
    url.setPort(m_port);
    return url;
}

QJsonObject TelegramEmulator::botUser() const
{
    QJsonObject me = m_bot;
    me.insert(u"can_join_groups"_s, true);
    me.insert(u"can_read_all_group_messages"_s, false);
    me.insert(u"supports_inline_queries"_s, false);
    // Business Mode is on for a bot that business accounts have connected to.
    me.insert(u"can_connect_to_business"_s, !m_business.isEmpty());
    me.insert(u"has_main_web_app"_s, false);
    return me;
}

// --- Scripting -------------------------------------------------------------------------------

qint64 TelegramEmulator::pushMessage(const TelegramUser &from, const QString &text)
{
    return pushGroupMessage(from.privateChatJson(), from, text);
}

qint64 TelegramEmulator::pushGroupMessage(
    const QJsonObject &chat, const TelegramUser &from, const QString &text)
{
    const qint64 chatId = chat.value(u"id"_s).toInteger();
    return enqueue({ { u"message"_s,
        TelegramJson::textMessage(
            m_chats.nextMessageId(chatId), chat, from.toJson(), text, TelegramJson::now()) } });
}

qint64 TelegramEmulator::pushUpdate(const QJsonObject &payload)
{
    return enqueue(payload);
}

qint64 TelegramEmulator::pushRawUpdate(const QJsonValue &raw)
{
    m_chats.learnFrom(raw);
    const qint64 id = m_updates.pushRaw(raw);
    m_deliveryTimer.start();
    return id;
}

qint64 TelegramEmulator::enqueue(const QJsonObject &payload)
{
    // Chats become known even when allowed_updates drops the update: the server still saw them.
    // A business chat is the business account's, not a chat the bot may write to on its own.
    static const QStringList business { u"business_connection"_s, u"business_message"_s,
        u"edited_business_message"_s, u"deleted_business_messages"_s };
    const bool isBusiness = std::any_of(
        business.cbegin(), business.cend(), [&payload](const QString &key) { return payload.contains(key); });
    if (!isBusiness)
        m_chats.learnFrom(payload);
    const qint64 id = m_updates.push(payload);
    if (id > 0)
        m_deliveryTimer.start();
    return id;
}

QString TelegramEmulator::addFile(
    const QByteArray &content, const QString &fileName, const QString &mimeType, qint64 declaredSize)
{
    return m_files.add(content, fileName, mimeType, declaredSize).fileId;
}

QJsonObject TelegramEmulator::documentJson(const QString &fileId) const
{
    const TelegramStoredFile *file = m_files.find(fileId);
    return file ? TelegramFileStore::describe(*file) : QJsonObject();
}

qint64 TelegramEmulator::nextMessageId(qint64 chatId)
{
    return m_chats.nextMessageId(chatId);
}

qint64 TelegramEmulator::pressContactButton(const TelegramUser &from, const QString &phoneNumber)
{
    bool shown = false;
    for (const QJsonValue row : m_send.replyKeyboard(from.id).value(u"keyboard"_s).toArray()) {
        for (const QJsonValue button : row.toArray())
            shown = shown || button.toObject().value(u"request_contact"_s).toBool();
    }
    if (!shown)
        return 0;
    QJsonObject contact { { u"phone_number"_s, phoneNumber }, { u"first_name"_s, from.firstName },
        { u"user_id"_s, from.id } };
    if (!from.lastName.isEmpty())
        contact.insert(u"last_name"_s, from.lastName);
    QJsonObject message = TelegramJson::messageBase(
        m_chats.nextMessageId(from.id), from.privateChatJson(), from.toJson(), TelegramJson::now());
    message.insert(u"contact"_s, contact);
    return enqueue({ { u"message"_s, message } });
}

// --- Telegram Business ------------------------------------------------------------------------

QString TelegramEmulator::connectBusiness(const TelegramUser &owner, bool canReply, bool announce)
{
    QString id = u"bc-%1-%2"_s.arg(owner.id).arg(++m_businessConnections);
    const QJsonObject connection = m_business.connect(id, owner, canReply, TelegramJson::now());
    if (announce)
        pushBusinessConnection(connection);
    return id;
}

void TelegramEmulator::setBusinessConnectionEnabled(const QString &connectionId, bool enabled)
{
    pushBusinessConnection(m_business.setEnabled(connectionId, enabled));
}

void TelegramEmulator::setBusinessCanReply(const QString &connectionId, bool canReply)
{
    pushBusinessConnection(m_business.setCanReply(connectionId, canReply));
}

qint64 TelegramEmulator::pushBusinessConnection(const std::optional<QJsonObject> &connection)
{
    return connection ? enqueue({ { u"business_connection"_s, *connection } }) : 0;
}

qint64 TelegramEmulator::pushBusinessMessage(
    const QString &connectionId, const TelegramUser &customer, const QString &text)
{
    return enqueue({ { u"business_message"_s,
        m_business.message(
            connectionId, customer, customer, { { u"text"_s, text } }, TelegramJson::now()) } });
}

qint64 TelegramEmulator::pushBusinessOwnerMessage(
    const QString &connectionId, const TelegramUser &customer, const QString &text, bool offline)
{
    const auto connection = m_business.connection(connectionId);
    if (!connection)
        return 0;
    const QJsonObject owner = connection->value(u"user"_s).toObject();
    TelegramUser author { owner.value(u"id"_s).toInteger(), owner.value(u"first_name"_s).toString(),
        owner.value(u"last_name"_s).toString(), owner.value(u"username"_s).toString(), false, {}, false };
    QJsonObject content { { u"text"_s, text } };
    if (offline)
        content.insert(u"is_from_offline"_s, true);
    return enqueue({ { u"business_message"_s,
        m_business.message(connectionId, customer, author, content, TelegramJson::now()) } });
}

qint64 TelegramEmulator::pushBusinessBotMessage(const QString &connectionId, const TelegramUser &customer,
    const TelegramUser &otherBot, const QString &text)
{
    const auto connection = m_business.connection(connectionId);
    if (!connection)
        return 0;
    const QJsonObject owner = connection->value(u"user"_s).toObject();
    TelegramUser author { owner.value(u"id"_s).toInteger(), owner.value(u"first_name"_s).toString(),
        owner.value(u"last_name"_s).toString(), owner.value(u"username"_s).toString(), false, {}, false };
    const QJsonObject content { { u"text"_s, text }, { u"sender_business_bot"_s, otherBot.toJson() } };
    return enqueue({ { u"business_message"_s,
        m_business.message(connectionId, customer, author, content, TelegramJson::now()) } });
}

void TelegramEmulator::setBusinessCanReadMessages(const QString &connectionId, bool canRead)
{
    pushBusinessConnection(m_business.setRight(connectionId, u"can_read_messages"_s, canRead));
}

qint64 TelegramEmulator::editBusinessMessage(
    const QString &connectionId, const TelegramUser &customer, qint64 messageId, const QString &text)
{
    QJsonObject message = m_business.knownMessage(connectionId, customer.id, messageId);
    if (message.isEmpty())
        return 0;
    message.insert(u"text"_s, text);
    message.insert(u"edit_date"_s, TelegramJson::now());
    m_business.rememberMessage(connectionId, message);
    return enqueue({ { u"edited_business_message"_s, message } });
}

qint64 TelegramEmulator::deleteBusinessMessages(
    const QString &connectionId, const TelegramUser &customer, const QList<qint64> &messageIds)
{
    QJsonArray ids;
    for (const qint64 id : messageIds)
        ids.append(id);
    return enqueue({ { u"deleted_business_messages"_s,
        QJsonObject { { u"business_connection_id"_s, connectionId },
            { u"chat"_s, customer.privateChatJson() }, { u"message_ids"_s, ids } } } });
}

QList<QJsonObject> TelegramEmulator::sentBusinessMessages(const QString &connectionId) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &m : m_sent) {
        if (m.value(u"business_connection_id"_s).toString() == connectionId)
            out.append(m);
    }
    return out;
}

TelegramResult TelegramEmulator::getBusinessConnection(const TelegramRequestParams &params) const
{
    const QString id = params.string(u"business_connection_id"_s);
    if (id.isEmpty())
        return TelegramResult::error(400, u"Bad Request: business_connection_id is empty"_s);
    const auto connection = m_business.connection(id);
    if (!connection)
        return TelegramResult::error(400, u"Bad Request: business connection not found"_s);
    return TelegramResult::ok(*connection);
}

TelegramResult TelegramEmulator::readBusinessMessage(const TelegramRequestParams &params)
{
    const QString id = params.string(u"business_connection_id"_s);
    if (id.isEmpty())
        return TelegramResult::error(400, u"Bad Request: business_connection_id is empty"_s);
    bool chatOk = false;
    bool messageOk = false;
    const qint64 chatId = params.string(u"chat_id"_s).toLongLong(&chatOk);
    const qint64 messageId = params.string(u"message_id"_s).toLongLong(&messageOk);
    if (!chatOk)
        return TelegramResult::error(400, u"Bad Request: chat_id is empty"_s);
    if (!messageOk)
        return TelegramResult::error(400, u"Bad Request: message_id is empty"_s);
    return m_business.read(id, chatId, messageId, TelegramJson::now());
}

// --- Failures --------------------------------------------------------------------------------

void TelegramEmulator::failNext(
    const QString &method, int count, int httpStatus, const QString &description, int retryAfter)
{
    m_failures.add(method, count, TelegramFailure { httpStatus, description, retryAfter, false });
}

void TelegramEmulator::sendGarbageNext(const QString &method, int count)
{
    m_failures.add(method, count, TelegramFailure { 200, {}, 0, true });
}

void TelegramEmulator::hangNext(const QString &method, int count)
{
    TelegramFailure hang;
    hang.hang = true;
    m_failures.add(method, count, hang);
}

void TelegramEmulator::setUnresponsive(bool unresponsive)
{
    m_unresponsive = unresponsive;
}

int TelegramEmulator::hangingRequests() const
{
    return int(std::count_if(m_hung.cbegin(), m_hung.cend(), [](const std::unique_ptr<Hung> &h) {
        return h->socket && h->socket->state() == QAbstractSocket::ConnectedState;
    }));
}

void TelegramEmulator::setWebhook(const QString &url)
{
    m_webhookUrl = url;
    if (!url.isEmpty())
        endPoll(ConflictSetWebhook);
}

void TelegramEmulator::setBlockedByUser(qint64 userId, bool blocked)
{
    m_chats.setBlocked(userId, blocked);
}

void TelegramEmulator::setDeactivated(qint64 userId)
{
    m_chats.setDeactivated(userId);
}

void TelegramEmulator::setPerChatSendLimit(int messagesPerSecond)
{
    m_limiter.setLimit(messagesPerSecond);
}

void TelegramEmulator::setLongPollCap(int seconds)
{
    m_longPollCapSeconds = qMax(0, seconds);
}

// --- Observation -----------------------------------------------------------------------------

QList<QJsonObject> TelegramEmulator::sentMessages() const
{
    return m_sent;
}

QList<QJsonObject> TelegramEmulator::sentMessages(qint64 chatId) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &m : m_sent) {
        if (m.value(u"chat"_s).toObject().value(u"id"_s).toInteger() == chatId)
            out.append(m);
    }
    return out;
}

int TelegramEmulator::requestCount(const QString &method) const
{
    return method.isEmpty() ? m_totalRequests : m_requestCounts.value(method.toLower());
}

bool TelegramEmulator::hasParkedPoll() const
{
    return m_poll && m_poll->holdsRequest();
}

int TelegramEmulator::pendingUpdateCount() const
{
    return m_updates.size();
}

qint64 TelegramEmulator::confirmedUpTo() const
{
    return m_updates.confirmedUpTo();
}

QByteArray TelegramEmulator::lastRequestBody(const QString &method) const
{
    return m_lastBodies.value(method.toLower());
}

// --- HTTP ------------------------------------------------------------------------------------

void TelegramEmulator::handleApi(const QString &token, const QString &method,
    const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString lower = method.toLower();
    ++m_totalRequests;
    ++m_requestCounts[lower];
    m_lastBodies.insert(lower, request.body());
    const auto known = m_methods.constFind(lower);
    Q_EMIT requestReceived(known == m_methods.cend() ? method : known->name);

    if (token != m_token)
        return writeHttpResponse(
            responder, 401, TelegramJson::envelope(TelegramResult::error(401, u"Unauthorized"_s)));
    if (known == m_methods.cend())
        return writeHttpResponse(
            responder, 404, TelegramJson::envelope(TelegramResult::error(404, u"Not Found"_s)));

    const auto failure = m_unresponsive
        ? std::optional<TelegramFailure>(TelegramFailure { 0, {}, 0, false, true })
        : m_failures.take(lower);
    if (failure && failure->hang) {
        // Forget the ones whose clients gave up, then hold this one without a word.
        std::erase_if(m_hung, [](const std::unique_ptr<Hung> &h) {
            return !h->socket || h->socket->state() != QAbstractSocket::ConnectedState;
        });
        auto hung = std::make_unique<Hung>();
        hung->socket = responder.socket();
        hung->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
        m_hung.push_back(std::move(hung));
        return;
    }
    if (failure) {
        if (failure->garbage) {
            // What a misbehaving proxy in front of the API returns: a 200 that is not JSON.
            return writeHttpResponse(
                responder, 200, "<html><body><h1>502 Bad Gateway</h1></body></html>"_ba, "text/html"_ba);
        }
        const TelegramResult error
            = TelegramResult::error(failure->httpStatus, failure->description, failure->retryAfter);
        return writeHttpResponse(responder, failure->httpStatus, TelegramJson::envelope(error));
    }

    const TelegramRequestParams params = TelegramRequestParams::fromRequest(request);
    if (!params.isValid())
        return writeHttpResponse(
            responder, 400, TelegramJson::envelope(TelegramResult::error(400, params.error())));
    known->handler(params, std::move(responder));
}

void TelegramEmulator::handleFile(const QString &token, const QString &path, QHttpServerResponder &&responder)
{
    if (token != m_token)
        return writeHttpResponse(
            responder, 401, TelegramJson::envelope(TelegramResult::error(401, u"Unauthorized"_s)));
    const TelegramStoredFile *file = m_files.findByPath(path);
    if (!file)
        return writeHttpResponse(
            responder, 404, TelegramJson::envelope(TelegramResult::error(404, u"Not Found"_s)));
    const QByteArray type
        = file->mimeType.isEmpty() ? "application/octet-stream"_ba : file->mimeType.toLatin1();
    writeHttpResponse(responder, 200, file->content, type);
}

// --- getUpdates and webhooks -------------------------------------------------------------------

void TelegramEmulator::getUpdates(const TelegramRequestParams &params, QHttpServerResponder &&responder)
{
    if (!m_webhookUrl.isEmpty()) {
        ++m_pollConflicts;
        return writeHttpResponse(
            responder, 409, TelegramJson::envelope(TelegramResult::error(409, ConflictWebhookActive)));
    }

    const qint64 offset = params.integer(u"offset"_s).value_or(0);
    const int limit = int(std::clamp<qint64>(params.integer(u"limit"_s).value_or(100), 1, 100));
    const int timeout
        = int(std::clamp<qint64>(params.integer(u"timeout"_s).value_or(0), 0, m_longPollCapSeconds));
    // Omitted keeps the previous setting; a value that is not a list is ignored the same way.
    const QJsonValue allowed = params.json(u"allowed_updates"_s);
    if (allowed.isArray())
        m_updates.setAllowedUpdates(allowed.toArray());

    // Only one poller per bot: the newer request wins and the waiting one is told why it ended.
    if (m_poll->isWaiting())
        ++m_overlappingPolls;
    endPoll(ConflictOtherPoller);
    m_updates.applyOffset(offset);

    if (!m_updates.isEmpty() || timeout == 0) {
        const QJsonArray updates = m_updates.front(limit);
        return writeHttpResponse(responder, 200, TelegramJson::envelope(TelegramResult::ok(updates)));
    }
    m_poll->park(std::move(responder), limit, timeout * 1000);
}

void TelegramEmulator::deliverToPoller()
{
    if (m_poll->isWaiting() && !m_updates.isEmpty())
        m_poll->finish(200, TelegramJson::envelope(TelegramResult::ok(m_updates.front(m_poll->limit()))));
}

void TelegramEmulator::endPoll(const QString &conflictDescription)
{
    if (m_poll->isWaiting()) {
        ++m_pollConflicts;
        m_poll->finish(409, TelegramJson::envelope(TelegramResult::error(409, conflictDescription)));
    }
}

TelegramResult TelegramEmulator::setWebhookMethod(const TelegramRequestParams &params)
{
    const QString url = params.string(u"url"_s).trimmed();
    if (url.isEmpty())
        return deleteWebhookMethod(params); // setWebhook with an empty url removes the webhook
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != "https"_L1 || parsed.host().isEmpty())
        return TelegramResult::error(
            400, u"Bad Request: bad webhook: An HTTPS URL must be provided for webhook"_s);
    const bool same = url == m_webhookUrl;
    if (params.boolean(u"drop_pending_updates"_s))
        m_updates.clear();
    const QJsonValue allowed = params.json(u"allowed_updates"_s);
    if (allowed.isArray())
        m_updates.setAllowedUpdates(allowed.toArray());
    setWebhook(url);
    return TelegramResult::ok(true, same ? u"Webhook is already set"_s : u"Webhook was set"_s);
}

TelegramResult TelegramEmulator::deleteWebhookMethod(const TelegramRequestParams &params)
{
    const bool wasSet = !m_webhookUrl.isEmpty();
    if (params.boolean(u"drop_pending_updates"_s))
        m_updates.clear();
    m_webhookUrl.clear();
    return TelegramResult::ok(true, wasSet ? u"Webhook was deleted"_s : u"Webhook is already deleted"_s);
}

TelegramResult TelegramEmulator::webhookInfo() const
{
    QJsonObject info { { u"url"_s, m_webhookUrl }, { u"has_custom_certificate"_s, false },
        { u"pending_update_count"_s, m_updates.size() } };
    if (!m_webhookUrl.isEmpty()) {
        info.insert(u"max_connections"_s, 40);
        info.insert(u"ip_address"_s, u"127.0.0.1"_s);
        if (!m_updates.allowedUpdates().isEmpty())
            info.insert(u"allowed_updates"_s, QJsonArray::fromStringList(m_updates.allowedUpdates()));
    }
    return TelegramResult::ok(info);
}

} // namespace tgic::sandbox
