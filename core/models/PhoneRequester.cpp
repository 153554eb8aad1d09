// SPDX-License-Identifier: MIT
#include "PhoneRequester.h"

#include "store/Database.h"
#include "store/PhoneRequests.h"
#include "store/Sql.h"
#include "telegram/PhoneRequestText.h"

using namespace Qt::StringLiterals;

namespace tgic::models {

using Refusal = store::PhoneRequestTarget::Refusal;

PhoneRequester::PhoneRequester(store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_db, &store::Database::changed, this, &PhoneRequester::onDatabaseChanged);
}

void PhoneRequester::setChatId(qint64 chatId)
{
    if (chatId == m_chatId)
        return;
    m_chatId = chatId;
    reload();
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

void PhoneRequester::reload()
{
    QString whyNot;
    QDateTime askedAt;
    m_telegramUserId = 0;
    if (m_chatId == 0) {
        whyNot = tr("Select a customer's chat first");
    } else if (!m_db.isReachable()) {
        whyNot = tr("Unavailable while the team database is unreachable");
    } else {
        store::SqlResult chat = store::runSql(
            m_db.connection(), u"SELECT type, telegram_user_id FROM chats WHERE chat_id = ?"_s, { m_chatId });
        const bool found = chat.next();
        if (!found || chat.value(0).toString() != u"private"_s || chat.value(1).isNull()) {
            whyNot = tr("This is a group chat. Telegram lets a bot ask for a phone number only in a private "
                        "chat: ask the customer to write to the bot directly.");
        } else {
            m_telegramUserId = chat.value(1).toLongLong();
            const store::PhoneRequestTarget target = store::PhoneRequests(m_db).target(m_telegramUserId);
            if (target.askedAt)
                askedAt = QDateTime::fromMSecsSinceEpoch(*target.askedAt);
            switch (target.refusal) {
            case Refusal::None:
                break;
            case Refusal::UnknownUser:
                whyNot = tr("This customer has not written to the bot yet");
                break;
            case Refusal::GroupOnly:
                whyNot = tr("This customer has written only in a group. Telegram lets a bot ask for a phone "
                            "number only in a private chat.");
                break;
            case Refusal::Blocked:
                whyNot = tr("The customer blocked the bot: the request cannot reach them");
                break;
            case Refusal::Deactivated:
                whyNot = tr("The customer's Telegram account was deleted");
                break;
            case Refusal::AlreadyQueued:
                whyNot = tr("A request is already on its way to the customer");
                break;
            }
        }
    }
    if (whyNot == m_whyNot && askedAt == m_askedAt)
        return;
    m_whyNot = whyNot;
    m_askedAt = askedAt;
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

bool PhoneRequester::ask(const QString &actor, QString *message)
{
    reload();
    if (!canAsk()) {
        *message = m_whyNot;
        return false;
    }
    store::PhoneRequests requests(m_db);
    const store::PhoneRequestTarget target = requests.target(m_telegramUserId);
    const auto text = telegram::PhoneRequestText::forLanguage(
        target.languageCode, telegram::PhoneRequestText::customMessageSetting());
    QString error;
    const bool ok = requests.request(m_telegramUserId, text, actor, &error);
    *message = ok ? tr("Asked %1 for their phone number: “%2”").arg(target.displayName, text.message) : error;
    reload();
    return ok;
}

} // namespace tgic::models
