// SPDX-License-Identifier: MIT
#include "IntercomClient.h"

#include "Logging.h"

#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace tgic::intercom {

IntercomClient::IntercomClient(IntercomApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void IntercomClient::me(const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::get(u"/me"_s), ctx, std::move(cb));
}

void IntercomClient::listContactAttributes(const QObject *ctx, Callback cb)
{
    QUrlQuery query;
    query.addQueryItem(u"model"_s, u"contact"_s);
    m_api->send(IntercomApi::get(u"/data_attributes"_s, query), ctx, std::move(cb));
}

void IntercomClient::createContactAttribute(
    const QString &name, const QString &description, const QObject *ctx, Callback cb)
{
    const QJsonObject body { { u"name"_s, name }, { u"model"_s, u"contact"_s },
        { u"data_type"_s, u"string"_s }, { u"description"_s, description } };
    // Creating an attribute twice only yields "already exists": safe to repeat.
    m_api->send(IntercomApi::post(u"/data_attributes"_s, body, true), ctx, std::move(cb));
}

void IntercomClient::ensureContactAttributes(
    const QObject *ctx, const std::function<void(bool, const QString &)> &done)
{
    listContactAttributes(ctx, [this, ctx, done](const net::ApiResult &result) {
        if (!result.ok()) {
            done(false, result.message);
            return;
        }
        QStringList existing;
        for (const auto &v : result.payload.toObject().value(u"data"_s).toArray())
            existing << v.toObject().value(u"name"_s).toString();
        const QList<std::pair<QString, QString>> wanted {
            { QString::fromLatin1(attr::kTelegramUserId),
                u"Immutable Telegram user ID: the identity anchor. Do not edit."_s },
            { QString::fromLatin1(attr::kTelegramUsername),
                u"Current Telegram @username (changes; not an identity)"_s },
            { QString::fromLatin1(attr::kTelegramName),
                u"Current Telegram display name (changes; not an identity)"_s },
        };
        auto missing = std::make_shared<QList<std::pair<QString, QString>>>();
        for (const auto &w : wanted)
            if (!existing.contains(w.first))
                missing->append(w);
        if (missing->isEmpty()) {
            done(true, {});
            return;
        }
        auto remaining = std::make_shared<int>(int(missing->size()));
        auto failure = std::make_shared<QString>();
        for (const auto &[name, description] : *missing) {
            qCInfo(lcIntercom).noquote() << "creating contact attribute" << name;
            createContactAttribute(name, description, ctx, [=](const net::ApiResult &r) {
                // Another install may have created it meanwhile: that is success too.
                if (!r.ok() && !r.message.contains(u"already"_s, Qt::CaseInsensitive))
                    *failure = r.message;
                if (--*remaining == 0)
                    done(failure->isEmpty(), *failure);
            });
        }
    });
}

void IntercomClient::searchByTelegramId(qint64 telegramUserId, const QObject *ctx, Callback cb)
{
    const QJsonObject body {
        { u"query"_s,
            QJsonObject {
                { u"field"_s, QString(u"custom_attributes."_s + QString::fromLatin1(attr::kTelegramUserId)) },
                { u"operator"_s, u"="_s }, { u"value"_s, QString::number(telegramUserId) } } },
        { u"pagination"_s, QJsonObject { { u"per_page"_s, 50 } } },
    };
    m_api->send(IntercomApi::post(u"/contacts/search"_s, body, true), ctx, std::move(cb));
}

void IntercomClient::createLead(const QJsonObject &fields, const QObject *ctx, Callback cb)
{
    QJsonObject body = fields;
    body.insert(u"role"_s, u"lead"_s);
    m_api->send(IntercomApi::post(u"/contacts"_s, body, false), ctx, std::move(cb));
}

void IntercomClient::getContact(const QString &contactId, const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::get(QString(u"/contacts/"_s + contactId)), ctx, std::move(cb));
}

void IntercomClient::updateContact(
    const QString &contactId, const QJsonObject &fields, const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::put(u"/contacts/"_s + contactId, fields), ctx, std::move(cb));
}

void IntercomClient::createConversation(
    const QString &contactId, const QString &body, const QObject *ctx, Callback cb)
{
    const QJsonObject request {
        { u"from"_s, QJsonObject { { u"type"_s, u"contact"_s }, { u"id"_s, contactId } } },
        { u"body"_s, body },
    };
    m_api->send(IntercomApi::post(u"/conversations"_s, request, false), ctx, std::move(cb));
}

void IntercomClient::replyAsContact(const QString &conversationId, const QString &contactId,
    const QString &body, const QObject *ctx, Callback cb)
{
    const QJsonObject request {
        { u"message_type"_s, u"comment"_s },
        { u"type"_s, u"user"_s },
        { u"intercom_user_id"_s, contactId },
        { u"body"_s, body },
    };
    m_api->send(
        IntercomApi::post(QString(u"/conversations/"_s + conversationId + u"/reply"_s), request, false), ctx,
        std::move(cb));
}

void IntercomClient::getConversation(const QString &conversationId, const QObject *ctx, Callback cb)
{
    QUrlQuery query;
    query.addQueryItem(u"display_as"_s, u"plaintext"_s);
    m_api->send(IntercomApi::get(QString(u"/conversations/"_s + conversationId), query), ctx, std::move(cb));
}

void IntercomClient::searchConversationsOf(const QString &contactId, const QObject *ctx, Callback cb)
{
    const QJsonObject body {
        { u"query"_s,
            QJsonObject {
                { u"field"_s, u"contact_ids"_s }, { u"operator"_s, u"="_s }, { u"value"_s, contactId } } },
        { u"pagination"_s, QJsonObject { { u"per_page"_s, 20 } } },
    };
    m_api->send(IntercomApi::post(u"/conversations/search"_s, body, true), ctx, std::move(cb));
}

QString IntercomClient::conflictingContactId(const net::ApiResult &result)
{
    static const QRegularExpression idPattern(u"id=([0-9a-zA-Z_-]+)"_s);
    const auto match = idPattern.match(result.message);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString IntercomClient::canonicalContactId(const net::ApiResult &result)
{
    static const QRegularExpression linkPattern(u"<[^>]*/contacts/([^>/?]+)>"_s);
    const auto match = linkPattern.match(QString::fromUtf8(result.header("link")));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace tgic::intercom
