// SPDX-License-Identifier: MIT
// IntercomDelivery, continued: customers' files, their own phone numbers, and contact notes.
#include "IntercomDelivery.h"

#include "FileDownloader.h"
#include "Logging.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/Database.h"
#include "store/Meta.h"
#include "store/Sql.h"
#include "telegram/TelegramApi.h"
#include "telegram/TelegramRequests.h"
#include "telegram/TelegramTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace tgic::sync {

using net::Outcome;

namespace {
// getFile "may not preserve the original file name and MIME type": name the file by its kind.
QPair<QString, QString> defaultNameAndType(telegram::MessageKind kind)
{
    using K = telegram::MessageKind;
    switch (kind) {
    case K::Photo:
        return { u"photo.jpg"_s, u"image/jpeg"_s };
    case K::Voice:
        return { u"voice.ogg"_s, u"audio/ogg"_s };
    case K::VideoNote:
        return { u"video_note.mp4"_s, u"video/mp4"_s };
    case K::Video:
        return { u"video.mp4"_s, u"video/mp4"_s };
    case K::Animation:
        return { u"animation.mp4"_s, u"video/mp4"_s };
    case K::Audio:
        return { u"audio.mp3"_s, u"audio/mpeg"_s };
    case K::Sticker:
        return { u"sticker.webp"_s, u"image/webp"_s };
    default:
        return { u"file"_s, u"application/octet-stream"_s };
    }
}
} // namespace

QJsonObject IntercomDelivery::mediaOf(const store::OutboxItem &item)
{
    if (item.kind != store::OutboxKind::Message || item.payload.isEmpty())
        return {};
    return QJsonDocument::fromJson(item.payload.toUtf8()).object().value(u"media"_s).toObject();
}

void IntercomDelivery::sendMedia(const store::OutboxItem &item, const QString &contactId, const QString &body,
    const QString &conversationId)
{
    if (conversationId.isEmpty()) {
        openThenAttach(item, contactId, body);
        return;
    }
    attach(item, contactId, body, conversationId);
}

void IntercomDelivery::openThenAttach(
    const store::OutboxItem &item, const QString &contactId, const QString &body)
{
    // POST /conversations takes no files: open it with the text, then attach the file as a
    // reply. The conversation is recorded before the second step, so a retry only attaches.
    if (!recordAttemptNow(item)) {
        retry(item, tr("the local database is not writable"), false);
        return;
    }
    store::OutboxItem attempted = item;
    attempted.attemptStartedAt = store::nowMs();
    m_client->createConversation(contactId, body, this, [=, this](const net::ApiResult &result) {
        if (!result.ok()) {
            onSendFailed(attempted, contactId, result);
            return;
        }
        const auto message = intercom::parseMessage(result.payload.toObject());
        const QString conversationId = message ? message->conversationId : QString();
        if (!message) {
            retry(attempted, tr("Intercom did not say which conversation it opened"), true);
            return;
        }
        if (!m_outbox.recordOpenedConversation(item, contactId, conversationId)) {
            retry(attempted, tr("the local database refused the new conversation"), true);
            return;
        }
        Q_EMIT conversationOpened(item.chatId, contactId, conversationId);
        store::OutboxItem next = item;
        next.attemptStartedAt.reset();
        const QJsonObject media = mediaOf(item);
        const QString name = media.value(u"file_name"_s).toString();
        attach(next, contactId, u"📎 "_s + (name.isEmpty() ? media.value(u"kind"_s).toString() : name),
            conversationId);
    });
}

void IntercomDelivery::attach(const store::OutboxItem &item, const QString &contactId, const QString &body,
    const QString &conversationId)
{
    const QJsonObject media = mediaOf(item);
    net::ApiRequest getFile = telegram::requests::getFile(media.value(u"file_id"_s).toString());
    m_telegram->send(getFile, this, [=, this](const net::ApiResult &file) {
        if (!file.ok()) {
            if (file.message.contains(u"too big"_s, Qt::CaseInsensitive)) {
                postWithFile(item, contactId,
                    body + u"\n"_s
                        + tr("[The file is larger than the 20 MB a bot may download from Telegram.]"),
                    conversationId, {});
                return;
            }
            if (file.outcome == Outcome::ClientError) {
                postWithFile(item, contactId,
                    body + u"\n"_s + tr("[Telegram no longer provides this file: %1]").arg(file.message),
                    conversationId, {});
                return;
            }
            retry(item, tr("Telegram getFile: %1").arg(file.message), item.attemptStartedAt.has_value());
            return;
        }
        const QString path = file.payload.toObject().value(u"file_path"_s).toString();
        // The URL holds the bot token: it goes to the downloader and nowhere else.
        m_downloader->download(m_telegram->fileDownloadUrl(path), telegram::requests::kMaxDownloadBytes, this,
            [=, this](const FileDownloader::Result &r) {
                if (!r.ok) {
                    if (r.tooLarge) {
                        postWithFile(item, contactId,
                            body + u"\n"_s
                                + tr("[The file is larger than the 20 MB a bot may download from Telegram.]"),
                            conversationId, {});
                        return;
                    }
                    retry(item, tr("downloading the customer's file: %1").arg(r.error),
                        item.attemptStartedAt.has_value());
                    return;
                }
                const auto fallback
                    = defaultNameAndType(telegram::messageKindOf(media.value(u"kind"_s).toString()));
                const QString name = media.value(u"file_name"_s).toString();
                const QString type = media.value(u"mime_type"_s).toString();
                const QJsonArray files { QJsonObject {
                    { u"name"_s, name.isEmpty() ? fallback.first : name },
                    { u"content_type"_s, type.isEmpty() ? fallback.second : type },
                    { u"data"_s, QString::fromLatin1(r.data.toBase64()) },
                } };
                postWithFile(item, contactId, body, conversationId, files);
            });
    });
}

void IntercomDelivery::postWithFile(const store::OutboxItem &item, const QString &contactId,
    const QString &body, const QString &conversationId, const QJsonArray &files)
{
    if (!recordAttemptNow(item)) {
        retry(item, tr("the local database is not writable"), false);
        return;
    }
    store::OutboxItem attempted = item;
    attempted.attemptStartedAt = store::nowMs();
    m_client->replyAsContactWithFiles(
        conversationId, contactId, body, files, this, [=, this](const net::ApiResult &result) {
            if (!result.ok()) {
                onSendFailed(attempted, contactId, result);
                return;
            }
            const auto conversation = intercom::parseConversation(result.payload.toObject());
            complete(attempted, contactId, conversationId,
                conversation ? ourNewestPart(*conversation, contactId) : QString(), false);
        });
}

void IntercomDelivery::deliverPhone(const store::OutboxItem &item, const QString &contactId)
{
    const QString phone
        = QJsonDocument::fromJson(item.payload.toUtf8()).object().value(u"phone"_s).toString();
    m_client->getContact(contactId, this, [=, this](const net::ApiResult &current) {
        if (!current.ok()) {
            onSendFailed(item, contactId, current, true);
            return;
        }
        QJsonObject fields { { u"custom_attributes"_s,
            QJsonObject { { QString::fromLatin1(intercom::attr::kTelegramPhone), phone },
                { QString::fromLatin1(intercom::attr::kTelegramPhoneVerified), true } } } };
        // The standard phone field is agent-curated data once set: fill it only when empty.
        const auto contact = intercom::parseContact(current.payload.toObject());
        if (!contact || contact->phone.isEmpty())
            fields.insert(u"phone"_s, phone);
        m_client->updateContact(contactId, fields, this, [=, this](const net::ApiResult &result) {
            if (!result.ok()) {
                onSendFailed(item, contactId, result);
                return;
            }
            m_outbox.markDone(item.id);
            release(item);
        });
    });
}

void IntercomDelivery::deliverNote(const store::OutboxItem &item, const QString &contactId)
{
    const QString body = QJsonDocument::fromJson(item.payload.toUtf8()).object().value(u"body"_s).toString();
    const QString adminId = store::meta::get(m_db, QString::fromLatin1(store::meta::kIntercomAdminId));
    if (adminId.isEmpty()) {
        retry(item, tr("the Intercom admin is not known yet"), false);
        return;
    }
    m_client->addContactNote(contactId, adminId, body, this, [=, this](const net::ApiResult &result) {
        // A note is an audit trail: a lost answer counts as written rather than risking two notes.
        if (result.ok() || result.mayHaveReachedServer) {
            m_outbox.markDone(item.id);
            release(item);
            return;
        }
        onSendFailed(item, contactId, result);
    });
}

void IntercomDelivery::deliverConversationNote(const store::OutboxItem &item, const QString &contactId)
{
    const QString conversationId = store::scalar(m_db.connection(),
        u"SELECT intercom_conversation_id FROM conversations WHERE chat_id = ? AND intercom_contact_id = ?"
        " ORDER BY last_activity_at DESC LIMIT 1"_s,
        { item.chatId, contactId })
                                       .toString();
    if (conversationId.isEmpty()) {
        deliverNote(item, contactId);
        return;
    }
    const QString body = QJsonDocument::fromJson(item.payload.toUtf8()).object().value(u"body"_s).toString();
    const QString adminId = store::meta::get(m_db, QString::fromLatin1(store::meta::kIntercomAdminId));
    if (adminId.isEmpty()) {
        retry(item, tr("the Intercom admin is not known yet"), false);
        return;
    }
    m_client->addConversationNote(
        conversationId, adminId, body, this, [=, this](const net::ApiResult &result) {
            // As on the contact: a lost answer counts as written rather than risking two notes.
            if (result.ok() || result.mayHaveReachedServer) {
                m_outbox.markDone(item.id);
                release(item);
                return;
            }
            onSendFailed(item, contactId, result);
        });
}

} // namespace tgic::sync
