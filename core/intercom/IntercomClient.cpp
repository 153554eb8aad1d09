// SPDX-License-Identifier: MIT
#include "IntercomClient.h"

#include <algorithm>

#include "Logging.h"

#include <QRegularExpression>

#include <memory>
#include <tuple>

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
    const QString &name, const QString &description, const QObject *ctx, Callback cb, const QString &dataType)
{
    const QJsonObject body { { u"name"_s, name }, { u"model"_s, u"contact"_s }, { u"data_type"_s, dataType },
        { u"description"_s, description } };
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
        const QList<std::tuple<QString, QString, QString>> wanted {
            { QString::fromLatin1(attr::kTelegramUserId),
                u"Immutable Telegram user ID: the identity anchor. Do not edit."_s, u"string"_s },
            { QString::fromLatin1(attr::kTelegramUserIds),
                u"All Telegram user IDs anchored on this contact, comma-delimited. Maintained by tgic."_s,
                u"string"_s },
            { QString::fromLatin1(attr::kTelegramUsername),
                u"Current Telegram @username (changes; not an identity)"_s, u"string"_s },
            { QString::fromLatin1(attr::kTelegramName),
                u"Current Telegram display name (changes; not an identity)"_s, u"string"_s },
            { QString::fromLatin1(attr::kTelegramPhone),
                u"Phone number the customer shared from their own Telegram account"_s, u"string"_s },
            { QString::fromLatin1(attr::kTelegramPhoneVerified),
                u"True when telegram_phone came from the customer's own account (verified by Telegram)"_s,
                u"boolean"_s },
        };
        auto missing = std::make_shared<QList<std::tuple<QString, QString, QString>>>();
        for (const auto &w : wanted)
            if (!existing.contains(std::get<0>(w)))
                missing->append(w);
        if (missing->isEmpty()) {
            done(true, {});
            return;
        }
        auto remaining = std::make_shared<int>(int(missing->size()));
        auto failure = std::make_shared<QString>();
        for (const auto &[name, description, dataType] : *missing) {
            qCInfo(lcIntercom).noquote() << "creating contact attribute" << name;
            createContactAttribute(
                name, description, ctx,
                [=](const net::ApiResult &r) {
                    // Another install may have created it meanwhile: that is success too.
                    if (!r.ok() && !r.message.contains(u"already"_s, Qt::CaseInsensitive))
                        *failure = r.message;
                    if (--*remaining == 0)
                        done(failure->isEmpty(), *failure);
                },
                dataType);
        }
    });
}

void IntercomClient::searchByTelegramId(qint64 telegramUserId, const QObject *ctx, Callback cb)
{
    // The primary anchor, or any of the IDs an agent linked to the same contact.
    const QString id = QString::number(telegramUserId);
    const QJsonArray either {
        QJsonObject {
            { u"field"_s, QString(u"custom_attributes."_s + QString::fromLatin1(attr::kTelegramUserId)) },
            { u"operator"_s, u"="_s }, { u"value"_s, id } },
        QJsonObject {
            { u"field"_s, QString(u"custom_attributes."_s + QString::fromLatin1(attr::kTelegramUserIds)) },
            { u"operator"_s, u"~"_s }, { u"value"_s, QString(u',' + id + u',') } },
    };
    const QJsonObject body {
        { u"query"_s, QJsonObject { { u"operator"_s, u"OR"_s }, { u"value"_s, either } } },
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

void IntercomClient::deleteContact(const QString &contactId, const QObject *ctx, Callback cb)
{
    net::ApiRequest request = IntercomApi::get(u"/contacts/"_s + contactId);
    request.verb = QByteArrayLiteral("DELETE");
    m_api->send(request, ctx, std::move(cb));
}

void IntercomClient::archiveContact(const QString &contactId, bool archive, const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::post(u"/contacts/"_s + contactId + (archive ? u"/archive"_s : u"/unarchive"_s),
                    QJsonObject {}, true),
        ctx, std::move(cb));
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

void IntercomClient::mergeContacts(
    const QString &leadId, const QString &userId, const QObject *ctx, Callback cb)
{
    const QJsonObject body { { u"from"_s, leadId }, { u"into"_s, userId },
        { u"skip_duplicate_validation"_s, true } };
    // Not repeatable blindly: a lost answer is checked by reading the lead (410 = merged).
    m_api->send(IntercomApi::post(u"/contacts/merge"_s, body, false), ctx, std::move(cb));
}

void IntercomClient::searchContacts(const QString &text, const QObject *ctx, Callback cb)
{
    const QString q = text.trimmed();
    static const QRegularExpression intercomId(u"^[0-9a-f]{24}$"_s);
    static const QRegularExpression phone(u"^\\+?[0-9 ()-]{5,}$"_s);
    QJsonArray any;
    if (intercomId.match(q).hasMatch())
        any.append(QJsonObject { { u"field"_s, u"id"_s }, { u"operator"_s, u"="_s }, { u"value"_s, q } });
    if (q.contains(u'@'))
        any.append(QJsonObject { { u"field"_s, u"email"_s }, { u"operator"_s, u"="_s }, { u"value"_s, q } });
    if (phone.match(q).hasMatch()) {
        QString digits = q;
        digits.remove(QRegularExpression(u"[ ()-]"_s));
        any.append(
            QJsonObject { { u"field"_s, u"phone"_s }, { u"operator"_s, u"="_s }, { u"value"_s, digits } });
    }
    any.append(QJsonObject { { u"field"_s, u"name"_s }, { u"operator"_s, u"~"_s }, { u"value"_s, q } });
    const QJsonObject body {
        { u"query"_s,
            any.size() == 1 ? any.first().toObject()
                            : QJsonObject { { u"operator"_s, u"OR"_s }, { u"value"_s, any } } },
        { u"pagination"_s, QJsonObject { { u"per_page"_s, 20 } } },
    };
    m_api->send(IntercomApi::post(u"/contacts/search"_s, body, true), ctx, std::move(cb));
}

void IntercomClient::searchUsersBy(
    const QString &field, const QStringList &forms, const QObject *ctx, Callback cb)
{
    QJsonArray any;
    for (const QString &form : forms.mid(0, 10))
        any.append(QJsonObject { { u"field"_s, field }, { u"operator"_s, u"="_s }, { u"value"_s, form } });
    const QJsonObject match = any.size() == 1
        ? any.first().toObject()
        : QJsonObject { { u"operator"_s, u"OR"_s }, { u"value"_s, any } };
    const QJsonObject body {
        { u"query"_s,
            QJsonObject { { u"operator"_s, u"AND"_s },
                { u"value"_s,
                    QJsonArray { QJsonObject { { u"field"_s, u"role"_s }, { u"operator"_s, u"="_s },
                                     { u"value"_s, u"user"_s } },
                        match } } } },
        { u"pagination"_s, QJsonObject { { u"per_page"_s, 50 } } },
    };
    m_api->send(IntercomApi::post(u"/contacts/search"_s, body, true), ctx, std::move(cb));
}

void IntercomClient::replyAsContactWithFiles(const QString &conversationId, const QString &contactId,
    const QString &body, const QJsonArray &attachmentFiles, const QObject *ctx, Callback cb)
{
    const QJsonObject request {
        { u"message_type"_s, u"comment"_s },
        { u"type"_s, u"user"_s },
        { u"intercom_user_id"_s, contactId },
        { u"body"_s, body },
        { u"attachment_files"_s, attachmentFiles },
    };
    net::ApiRequest r
        = IntercomApi::post(QString(u"/conversations/"_s + conversationId + u"/reply"_s), request, false);
    r.transferTimeout = std::chrono::minutes(3); // up to 20 MB of base64
    m_api->send(r, ctx, std::move(cb));
}

void IntercomClient::getConversationHtml(const QString &conversationId, const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::get(QString(u"/conversations/"_s + conversationId)), ctx, std::move(cb));
}

QJsonObject IntercomClient::taggedWith(const QString &tagId)
{
    return QJsonObject { { u"field"_s, u"tag_ids"_s }, { u"operator"_s, u"="_s }, { u"value"_s, tagId } };
}

QJsonObject IntercomClient::ofContacts(const QStringList &contactIds)
{
    QJsonArray ids;
    for (const QString &id : contactIds)
        ids.append(id);
    return QJsonObject { { u"field"_s, u"contact_ids"_s }, { u"operator"_s, u"IN"_s }, { u"value"_s, ids } };
}

void IntercomClient::searchConversationsUpdatedSince(const QJsonObject &scope, qint64 sinceSeconds,
    const QString &startingAfter, const QObject *ctx, Callback cb)
{
    QJsonObject pagination { { u"per_page"_s, 150 } };
    if (!startingAfter.isEmpty())
        pagination.insert(u"starting_after"_s, startingAfter);
    const QJsonObject body {
        { u"query"_s,
            QJsonObject { { u"operator"_s, u"AND"_s },
                { u"value"_s,
                    QJsonArray {
                        QJsonObject { { u"field"_s, u"updated_at"_s }, { u"operator"_s, u">"_s },
                            { u"value"_s, double(sinceSeconds) } },
                        scope,
                    } } } },
        { u"pagination"_s, pagination },
        { u"sort"_s, QJsonObject { { u"field"_s, u"updated_at"_s }, { u"order"_s, u"descending"_s } } },
    };
    m_api->send(IntercomApi::post(u"/conversations/search"_s, body, true), ctx, std::move(cb));
}

void IntercomClient::searchByTelegramIds(
    const QList<qint64> &telegramUserIds, const QString &startingAfter, const QObject *ctx, Callback cb)
{
    // Every contact carrying any of the IDs, as searchByTelegramId finds one: the primary
    // anchor by IN, and the linked IDs (",111,222,") by "contains", 15 per group — the search
    // allows 15 filters per group and two levels, so one query holds up to 150 IDs.
    Q_ASSERT(telegramUserIds.size() <= kTelegramIdsPerSearch);
    QJsonArray ids;
    for (qint64 id : telegramUserIds)
        ids.append(QString::number(id));
    const QString primary = u"custom_attributes."_s + QString::fromLatin1(attr::kTelegramUserId);
    const QString linked = u"custom_attributes."_s + QString::fromLatin1(attr::kTelegramUserIds);
    QJsonArray any { QJsonObject {
        { u"field"_s, primary }, { u"operator"_s, u"IN"_s }, { u"value"_s, ids } } };
    for (qsizetype i = 0; i < telegramUserIds.size(); i += 15) {
        QJsonArray group;
        for (qsizetype j = i; j < std::min<qsizetype>(i + 15, telegramUserIds.size()); ++j)
            group.append(QJsonObject { { u"field"_s, linked }, { u"operator"_s, u"~"_s },
                { u"value"_s, QString(u',' + QString::number(telegramUserIds.at(j)) + u',') } });
        any.append(group.size() == 1 ? group.first().toObject()
                                     : QJsonObject { { u"operator"_s, u"OR"_s }, { u"value"_s, group } });
    }
    QJsonObject pagination { { u"per_page"_s, 150 } };
    if (!startingAfter.isEmpty())
        pagination.insert(u"starting_after"_s, startingAfter);
    const QJsonObject body {
        { u"query"_s, QJsonObject { { u"operator"_s, u"OR"_s }, { u"value"_s, any } } },
        { u"pagination"_s, pagination },
    };
    m_api->send(IntercomApi::post(u"/contacts/search"_s, body, true), ctx, std::move(cb));
}

void IntercomClient::markConversationRead(const QString &conversationId, const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::put(u"/conversations/"_s + conversationId, QJsonObject { { u"read"_s, true } }),
        ctx, std::move(cb));
}

void IntercomClient::addContactNote(
    const QString &contactId, const QString &adminId, const QString &body, const QObject *ctx, Callback cb)
{
    const QJsonObject request { { u"body"_s, body }, { u"admin_id"_s, adminId } };
    m_api->send(
        IntercomApi::post(u"/contacts/"_s + contactId + u"/notes"_s, request, false), ctx, std::move(cb));
}

void IntercomClient::addConversationNote(const QString &conversationId, const QString &adminId,
    const QString &body, const QObject *ctx, Callback cb)
{
    const QJsonObject request { { u"message_type"_s, u"note"_s }, { u"type"_s, u"admin"_s },
        { u"admin_id"_s, adminId }, { u"body"_s, body } };
    m_api->send(
        IntercomApi::post(QString(u"/conversations/"_s + conversationId + u"/reply"_s), request, false), ctx,
        std::move(cb));
}

void IntercomClient::ensureTag(const QString &name, const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::post(u"/tags"_s, QJsonObject { { u"name"_s, name } }, true), ctx, std::move(cb));
}

void IntercomClient::tagContact(
    const QString &contactId, const QString &tagId, const QObject *ctx, Callback cb)
{
    m_api->send(
        IntercomApi::post(u"/contacts/"_s + contactId + u"/tags"_s, QJsonObject { { u"id"_s, tagId } }, true),
        ctx, std::move(cb));
}

void IntercomClient::tagConversation(const QString &conversationId, const QString &tagId,
    const QString &adminId, const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::post(u"/conversations/"_s + conversationId + u"/tags"_s,
                    QJsonObject { { u"id"_s, tagId }, { u"admin_id"_s, adminId } }, true),
        ctx, std::move(cb));
}

void IntercomClient::listAdmins(const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::get(u"/admins"_s), ctx, std::move(cb));
}

void IntercomClient::listTeams(const QObject *ctx, Callback cb)
{
    m_api->send(IntercomApi::get(u"/teams"_s), ctx, std::move(cb));
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
