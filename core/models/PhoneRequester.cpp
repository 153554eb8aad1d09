// SPDX-License-Identifier: MIT
#include "PhoneRequester.h"

#include "ModelReader.h"
#include "store/Database.h"
#include "store/PhoneRequests.h"
#include "store/Sql.h"
#include "telegram/PhoneRequestText.h"

using namespace Qt::StringLiterals;

namespace tgic::models {

using Refusal = store::PhoneRequestTarget::Refusal;

PhoneRequester::PhoneRequester(store::Database &db, QObject *parent)
    : PhoneRequester(*new ModelReader(db), parent)
{
    m_reader->setParent(this);
}

PhoneRequester::PhoneRequester(ModelReader &reader, QObject *parent)
    : QObject(parent)
    , m_db(reader.database())
    , m_reader(&reader)
{
    connect(&m_db, &store::Database::changed, this, &PhoneRequester::onDatabaseChanged);
}

void PhoneRequester::setChatId(qint64 chatId)
{
    if (chatId == m_chatId)
        return;
    m_chatId = chatId;
    reload(ModelReader::Lane::Interactive);
}

void PhoneRequester::onDatabaseChanged(store::Topic topic, const QList<qint64> &ids)
{
    // The chat's state and keyboard (Chats), a queued request going out (Outbox), a customer
    // who writes privately for the first time (Chats, Mappings).
    if (m_chatId == 0)
        return;
    if (topic == store::Topic::Outbox || topic == store::Topic::Mappings || topic == store::Topic::Team
        || (topic == store::Topic::Chats && (ids.isEmpty() || ids.contains(m_chatId))))
        reload();
}

PhoneRequester::Status PhoneRequester::check(store::Database &db, qint64 chatId)
{
    Status status;
    store::SqlResult chat = store::runSql(
        db.connection(), u"SELECT type, telegram_user_id FROM chats WHERE chat_id = ?"_s, { chatId });
    const bool found = chat.next();
    if (!found || chat.value(0).toString() != u"private"_s || chat.value(1).isNull()) {
        status.whyNot
            = tr("This is a group chat. Telegram lets a bot ask for a phone number only in a private "
                 "chat: ask the customer to write to the bot directly.");
        return status;
    }
    status.telegramUserId = chat.value(1).toLongLong();
    const store::PhoneRequestTarget target = store::PhoneRequests(db).target(status.telegramUserId);
    if (target.askedAt)
        status.askedAt = QDateTime::fromMSecsSinceEpoch(*target.askedAt);
    switch (target.refusal) {
    case Refusal::None:
        break;
    case Refusal::UnknownUser:
        status.whyNot = tr("This customer has not written to the bot yet");
        break;
    case Refusal::GroupOnly:
        status.whyNot = tr("This customer has written only in a group. Telegram lets a bot ask for a phone "
                           "number only in a private chat.");
        break;
    case Refusal::Blocked:
        status.whyNot = tr("The customer blocked the bot: the request cannot reach them");
        break;
    case Refusal::Deactivated:
        status.whyNot = tr("The customer's Telegram account was deleted");
        break;
    case Refusal::AlreadyQueued:
        status.whyNot = tr("A request is already on its way to the customer");
        break;
    }
    return status;
}

std::optional<PhoneRequester::Status> PhoneRequester::unreadable() const
{
    Status status;
    if (m_chatId == 0)
        status.whyNot = tr("Select a customer's chat first");
    else if (!m_db.isReachable())
        status.whyNot = tr("Unavailable while the team database is unreachable");
    else
        return std::nullopt;
    return status;
}

void PhoneRequester::reload(ModelReader::Lane lane)
{
    if (const std::optional<Status> status = unreadable()) {
        m_read.cancel();
        show(*status);
        return;
    }
    m_reader->read([chatId = m_chatId](store::Database &db) { return check(db, chatId); }, this,
        m_read.latest([this](const Status &status) { show(status); }), lane);
}

void PhoneRequester::show(const Status &status)
{
    m_telegramUserId = status.telegramUserId;
    if (status.whyNot == m_whyNot && status.askedAt == m_askedAt)
        return;
    m_whyNot = status.whyNot;
    m_askedAt = status.askedAt;
    Q_EMIT changed();
}

QString PhoneRequester::customMessage()
{
    return telegram::PhoneRequestText::customMessageSetting();
}

void PhoneRequester::setCustomMessage(const QString &message)
{
    telegram::PhoneRequestText::setCustomMessageSetting(message);
}

QString PhoneRequester::defaultMessage()
{
    return telegram::PhoneRequestText::forLanguage(u"en"_s).message;
}

void PhoneRequester::ask(const QString &actor, const std::function<void(bool, const QString &)> &done)
{
    // What the agent pressed is checked again where it is written, in one job: the request
    // needs the answer before it can be written. Through the reader, ahead of the re-reads
    // queued before it: on a team database the window does not wait for those round trips.
    m_read.cancel();
    if (const std::optional<Status> unread = unreadable()) {
        show(*unread);
        done(false, m_whyNot);
        return;
    }
    struct Asked
    {
        Status status;
        bool ok = false;
        QString message;
    };
    const QString custom = telegram::PhoneRequestText::customMessageSetting();
    m_reader->read(
        [chatId = m_chatId, actor, custom](store::Database &db) {
            Asked asked;
            asked.status = check(db, chatId);
            if (!asked.status.whyNot.isEmpty()) {
                asked.message = asked.status.whyNot;
                return asked;
            }
            store::PhoneRequests requests(db);
            const store::PhoneRequestTarget target = requests.target(asked.status.telegramUserId);
            const auto text = telegram::PhoneRequestText::forLanguage(target.languageCode, custom);
            asked.ok = requests.request(asked.status.telegramUserId, text, actor, &asked.message);
            if (asked.ok)
                asked.message
                    = tr("Asked %1 for their phone number: “%2”").arg(target.displayName, text.message);
            return asked;
        },
        this,
        [this, done](const Asked &asked) {
            show(asked.status);
            done(asked.ok, asked.message);
            reload();
        },
        ModelReader::Lane::Interactive);
}

} // namespace tgic::models
