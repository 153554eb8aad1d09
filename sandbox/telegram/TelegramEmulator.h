// SPDX-License-Identifier: MIT
#pragma once

#include "TelegramBusiness.h"
#include "TelegramChatRegistry.h"
#include "TelegramFailure.h"
#include "TelegramFileStore.h"
#include "TelegramRateLimiter.h"
#include "TelegramSendMethods.h"
#include "TelegramUpdateQueue.h"
#include "TelegramUser.h"
#include "sandbox/FailureScript.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace tgic::sandbox {

class TelegramLongPoll;
class TelegramRequestParams;

// A local Telegram Bot API server for one bot token: long polling, sending, files and the
// server's failure modes, with the exact status codes and descriptions of api.telegram.org.
// Tests script what customers do (push*) and observe what the bot did (sentMessages, requestCount).
class TelegramEmulator : public QObject
{
    Q_OBJECT
public:
    explicit TelegramEmulator(const QString &token, QObject *parent = nullptr);
    ~TelegramEmulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // "http://127.0.0.1:PORT" (the listen address); clients call baseUrl + "/bot" + token + "/" + method.
    QUrl baseUrl() const;
    QString token() const { return m_token; }
    QJsonObject botUser() const; // what getMe returns

    // Scripting what customers do. Each returns the update_id assigned, or 0 when the bot's
    // allowed_updates excludes the update's type (the real server never creates it then).
    qint64 pushMessage(const TelegramUser &from, const QString &text); // private chat (chat.id == from.id)
    qint64 pushGroupMessage(const QJsonObject &chat, const TelegramUser &from, const QString &text);
    // A whole Update minus update_id, e.g. {"edited_message":{...}}; only update_id is filled in.
    qint64 pushUpdate(const QJsonObject &payload);
    // Delivered verbatim inside result[] (for malformed-update tests); an object without
    // update_id gets one. Never filtered by allowed_updates.
    qint64 pushRawUpdate(const QJsonValue &raw);
    // Returns a file_id usable in scripted messages; declaredSize lets tests fake files over 20 MB.
    QString addFile(const QByteArray &content, const QString &fileName, const QString &mimeType,
        qint64 declaredSize = -1);
    // A Document object for a file added with addFile, for scripting {"document": ...} messages.
    QJsonObject documentJson(const QString &fileId) const;
    qint64 nextMessageId(qint64 chatId);
    // The customer presses the request_contact button of the keyboard their private chat shows:
    // Telegram sends the bot their own contact (user_id == from.id). Returns the update_id, or 0
    // when no such button is shown (nothing to press).
    qint64 pressContactButton(const TelegramUser &from, const QString &phoneNumber);

    // Telegram Business. The owner connects the bot to their account (a business_connection
    // update; returns the connection's id), switches it off and on, grants or takes can_reply.
    // announce = false: connected before the bot's client was there to hear of it (no update;
    // getBusinessConnection knows it).
    QString connectBusiness(const TelegramUser &owner, bool canReply = true, bool announce = true);
    void setBusinessConnectionEnabled(const QString &connectionId, bool enabled);
    void setBusinessCanReply(const QString &connectionId, bool canReply);
    // A customer writes to the business account; the owner writes in that chat from their phone
    // (offline: an away or greeting message the account sent by itself). Each returns update_id.
    qint64 pushBusinessMessage(
        const QString &connectionId, const TelegramUser &customer, const QString &text);
    qint64 pushBusinessOwnerMessage(
        const QString &connectionId, const TelegramUser &customer, const QString &text, bool offline = false);
    // Another bot acting for the business account (not this one) writes in the business chat:
    // the account's message with `sender_business_bot` naming that bot.
    qint64 pushBusinessBotMessage(const QString &connectionId, const TelegramUser &customer,
        const TelegramUser &otherBot, const QString &text);
    // Grants or takes the account's can_read_messages right (a business_connection update).
    void setBusinessCanReadMessages(const QString &connectionId, bool canRead);
    // The read marks readBusinessMessage set through `connectionId`, in order.
    QList<TelegramBusiness::ReadMark> businessReadMarks(const QString &connectionId) const
    {
        return m_business.readMarks(connectionId);
    }
    qint64 editBusinessMessage(
        const QString &connectionId, const TelegramUser &customer, qint64 messageId, const QString &text);
    qint64 deleteBusinessMessages(
        const QString &connectionId, const TelegramUser &customer, const QList<qint64> &messageIds);
    // The customer's last message in the business chat is `seconds` older: the 24-hour window
    // closes without waiting a day.
    void ageBusinessChat(const QString &connectionId, qint64 chatId, qint64 seconds)
    {
        m_business.age(connectionId, chatId, seconds);
    }
    // Business messages the bot sent through `connectionId` (to any chat).
    QList<QJsonObject> sentBusinessMessages(const QString &connectionId) const;

    // Failures, as the real server produces them.
    void failNext(const QString &method, int count, int httpStatus, const QString &description,
        int retryAfter = 0); // method empty = any method
    void sendGarbageNext(const QString &method, int count = 1); // 200 with a body that is not JSON
    // The next `count` calls of `method` (empty = any) are read and never answered; their
    // connections stay open until the client gives up: a server (or a proxy) that hangs.
    void hangNext(const QString &method, int count = 1);
    // Every request from now on hangs like that, until called with false.
    void setUnresponsive(bool unresponsive);
    // Requests hanging right now (clients still connected).
    int hangingRequests() const;
    void setWebhook(const QString &url); // empty url = deleteWebhook
    void setBlockedByUser(qint64 userId, bool blocked);
    void setDeactivated(qint64 userId);
    void setPerChatSendLimit(int messagesPerSecond); // 0 = off (default)
    void setLongPollCap(int seconds); // default 50, as on the real server

    // Observation.
    QList<QJsonObject> sentMessages() const;
    QList<QJsonObject> sentMessages(qint64 chatId) const;
    int requestCount(const QString &method = {}) const; // case-insensitive; empty = all
    int pendingUpdateCount() const;
    // A getUpdates request is parked (from its arrival until it is answered, times out or its
    // client is seen hanging up): what tests wait for instead of sleeping.
    bool hasParkedPoll() const;
    //! getUpdates calls that arrived while another one was still waiting: two pollers at once.
    //! The real server ends the older one with 409; one bot must only ever have one poller.
    int overlappingPolls() const { return m_overlappingPolls; }
    //! getUpdates calls answered 409 (another poller, a webhook, setWebhook).
    int pollConflicts() const { return m_pollConflicts; }
    qint64 confirmedUpTo() const;
    QByteArray lastRequestBody(const QString &method) const;
    // The reply keyboard a chat shows (empty: none), and the reply_markup a sent message carried.
    QJsonObject replyKeyboard(qint64 chatId) const { return m_send.replyKeyboard(chatId); }
    QJsonObject replyMarkupOf(qint64 chatId, qint64 messageId) const
    {
        return m_send.replyMarkupOf(chatId, messageId);
    }
    QString webhookUrl() const { return m_webhookUrl; }
    QStringList allowedUpdates() const { return m_updates.allowedUpdates(); } // empty = default

Q_SIGNALS:
    void requestReceived(const QString &method);
    void messageSent(const QJsonObject &message);

private:
    // One Bot API method: its name as documented and what answers it. getUpdates answers when
    // updates arrive; the others answer at once (answerWith).
    using Handler = std::function<void(const TelegramRequestParams &, QHttpServerResponder &&)>;
    struct Method
    {
        QString name;
        Handler handler;
    };
    // The methods the emulator implements, by lower-case name (the API ignores case). Anything
    // else is 404, like an unknown method on the real server.
    QHash<QString, Method> methodTable();
    // A handler that answers at once with `call`'s result; a send's Message is recorded.
    Handler answerWith(std::function<TelegramResult(const TelegramRequestParams &)> call);

    void handleApi(const QString &token, const QString &method, const QHttpServerRequest &request,
        QHttpServerResponder &&responder);
    void handleFile(const QString &token, const QString &path, QHttpServerResponder &&responder);
    void getUpdates(const TelegramRequestParams &params, QHttpServerResponder &&responder);
    TelegramResult setWebhookMethod(const TelegramRequestParams &params);
    TelegramResult deleteWebhookMethod(const TelegramRequestParams &params);
    TelegramResult webhookInfo() const;
    TelegramResult getBusinessConnection(const TelegramRequestParams &params) const;
    TelegramResult readBusinessMessage(const TelegramRequestParams &params);
    qint64 pushBusinessConnection(const std::optional<QJsonObject> &connection);
    qint64 enqueue(const QJsonObject &payload);
    void deliverToPoller();
    void endPoll(const QString &conflictDescription);

    QString m_token;
    QHttpServer m_server;
    quint16 m_port = 0;
    QString m_host = QStringLiteral("127.0.0.1");
    QJsonObject m_bot;

    TelegramUpdateQueue m_updates;
    TelegramChatRegistry m_chats;
    TelegramBusiness m_business;
    int m_businessConnections = 0;
    TelegramFileStore m_files;
    TelegramRateLimiter m_limiter;
    TelegramSendMethods m_send;
    FailureScript<TelegramFailure> m_failures { FailureScript<TelegramFailure>::Match::Whole };
    QHash<QString, Method> m_methods;
    TelegramLongPoll *m_poll = nullptr;
    struct Hung;
    std::vector<std::unique_ptr<Hung>> m_hung;
    bool m_unresponsive = false;
    QTimer m_deliveryTimer;
    int m_longPollCapSeconds = 50;
    int m_overlappingPolls = 0;
    int m_pollConflicts = 0;
    QString m_webhookUrl;

    QList<QJsonObject> m_sent;
    QHash<QString, int> m_requestCounts; // lower-case method
    int m_totalRequests = 0;
    QHash<QString, QByteArray> m_lastBodies; // lower-case method
};

} // namespace tgic::sandbox
