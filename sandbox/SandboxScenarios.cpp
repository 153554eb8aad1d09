// SPDX-License-Identifier: MIT
#include "SandboxScenarios.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace persona {
TelegramUser anonymous()
{
    return TelegramUser { 5012345678, u"Alex"_s, {}, {}, false, {}, false };
}
TelegramUser renamer()
{
    return TelegramUser { 6023456789, u"Sam"_s, {}, u"sam_the_builder"_s, false, u"en"_s, false };
}
TelegramUser renamerAfterRename()
{
    TelegramUser u = renamer();
    u.username = u"samuel_builds"_s;
    return u;
}
TelegramUser deviceSwitcher()
{
    return TelegramUser { 7123456789012, u"Mei"_s, u"Lin"_s, u"meilin"_s, false, u"zh-hans"_s, true };
}
TelegramUser deviceSwitcherOnLaptop()
{
    TelegramUser u = deviceSwitcher();
    u.languageCode = u"en"_s;
    return u;
}
TelegramUser businessAccount()
{
    return TelegramUser { 8034567890, u"Northwind"_s, u"Trading"_s, u"northwind_partners"_s, false, u"en"_s,
        false };
}
TelegramUser businessOwner()
{
    return TelegramUser { 5011112222, u"Sandbox"_s, u"Shop"_s, u"sandbox_shop"_s, false, u"en"_s, false };
}
TelegramUser deletedAccount()
{
    return TelegramUser { 5098765432, u"Dmitri"_s, u"Ivanov"_s, u"dima_iv"_s, false, u"ru"_s, false };
}
TelegramUser recreatedAccount()
{
    TelegramUser u = deletedAccount();
    u.id = 7309876543;
    return u;
}
TelegramUser usernameTaker()
{
    return TelegramUser { 6111111111, u"Samantha"_s, u"Reed"_s, u"sam_the_builder"_s, false, u"en"_s, false };
}
} // namespace persona

QString SandboxWorld::telegramToken()
{
    return u"sandbox:telegram-bot-token"_s;
}

QString SandboxWorld::intercomToken()
{
    return u"sandbox-intercom-access-token"_s;
}

QString SandboxWorld::businessConnectionId()
{
    if (m_businessConnection.isEmpty())
        m_businessConnection = m_telegram.connectBusiness(persona::businessOwner());
    return m_businessConnection;
}

SandboxWorld::SandboxWorld(QObject *parent)
    : QObject(parent)
    , m_telegram(telegramToken())
    , m_intercom(intercomToken())
{ }

bool SandboxWorld::listen(quint16 telegramPort, quint16 intercomPort)
{
    return m_telegram.listen(QHostAddress::LocalHost, telegramPort)
        && m_intercom.listen(QHostAddress::LocalHost, intercomPort);
}

void SandboxWorld::seedWorkspace()
{
    // Alex's Intercom user from the web shop carries the phone Alex's Telegram account will
    // share when an agent asks (answerPhoneRequests): the sandbox then suggests the merge.
    const QString alex = m_intercom.createUser(u"alex.morgan@example.com"_s, u"Alex Morgan"_s);
    m_intercom.agentEditContact(
        alex, QJsonObject { { u"phone"_s, QString(u'+' + phoneOf(persona::anonymous())) } });
    m_intercom.createUser(u"procurement@northwind.example"_s, u"Northwind Trading (CRM)"_s);
}

qint64 SandboxWorld::pushBusinessMessage(const TelegramUser &from, const QString &text)
{
    return m_telegram.pushBusinessMessage(businessConnectionId(), from, text);
}

QList<SandboxWorld::Step> SandboxWorld::script()
{
    using namespace persona;
    auto say = [](const TelegramUser &user, const QString &text) {
        return [user, text](SandboxWorld &w) { w.telegram().pushMessage(user, text); };
    };
    return {
        { u"Anonymous customer (no username, no phone) writes"_s,
            say(anonymous(), u"Hi! My parcel hasn't arrived yet."_s) },
        { u"Username-only customer writes"_s,
            say(renamer(), u"Hello, I have a question about invoice 1042."_s) },
        { u"Customer on the phone app writes"_s,
            say(deviceSwitcher(), u"Writing from my phone: can I change the delivery address?"_s) },
        { u"Business account writes through Telegram Business"_s,
            [](SandboxWorld &w) {
                w.pushBusinessMessage(
                    businessAccount(), u"Partnership inquiry: wholesale pricing for 500 units?"_s);
            } },
        { u"Customer who will delete the account writes"_s,
            say(deletedAccount(), u"I can't log in to my account."_s) },
        { u"Anonymous customer follows up"_s, say(anonymous(), u"Any news? Order #88231."_s) },
        { u"Username-only customer changes the username and writes again"_s,
            say(renamerAfterRename(), u"It's me again, I changed my username."_s) },
        { u"Same customer, now on the laptop (same Telegram ID)"_s,
            say(deviceSwitcherOnLaptop(), u"Now on my laptop, same account. Any update on the address?"_s) },
        { u"Someone else takes the released username"_s,
            say(usernameTaker(), u"Hi, I'm new here. Do you ship to Canada?"_s) },
        { u"The deleted account's owner comes back with a new account (new ID)"_s,
            [](SandboxWorld &w) {
                w.telegram().setDeactivated(deletedAccount().id);
                w.telegram().pushMessage(
                    recreatedAccount(), u"I deleted my old Telegram account, this is my new one."_s);
            } },
    };
}

QString SandboxWorld::phoneOf(const TelegramUser &user)
{
    // A number in the range reserved for fiction (+1 555 01xx), one per customer.
    return u"1555010"_s + QString::number(user.id % 100).rightJustified(4, u'0');
}

void SandboxWorld::answerPhoneRequests(std::chrono::milliseconds delay)
{
    using namespace persona;
    const QList<TelegramUser> customers { anonymous(), renamerAfterRename(), deviceSwitcherOnLaptop(),
        businessAccount(), recreatedAccount(), usernameTaker() };
    connect(
        &m_telegram, &TelegramEmulator::messageSent, this, [this, customers, delay](const QJsonObject &sent) {
            const qint64 chatId = sent.value(u"chat"_s).toObject().value(u"id"_s).toInteger();
            const QJsonObject markup
                = m_telegram.replyMarkupOf(chatId, sent.value(u"message_id"_s).toInteger());
            if (!markup.value(u"keyboard"_s)
                     .toArray()
                     .at(0)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"request_contact"_s)
                     .toBool())
                return;
            for (const TelegramUser &user : customers) {
                if (user.id != chatId)
                    continue;
                QTimer::singleShot(delay, this, [this, user] {
                    if (m_telegram.pressContactButton(user, phoneOf(user)) > 0)
                        Q_EMIT stepPlayed(
                            u"Customer shares their phone when asked (%1)"_s.arg(user.firstName));
                });
            }
        });
}

void SandboxWorld::playAll()
{
    for (const Step &step : script()) {
        step.action(*this);
        Q_EMIT stepPlayed(step.description);
    }
    Q_EMIT finishedPlaying();
}

void SandboxWorld::play(std::chrono::milliseconds pace)
{
    if (!m_pacer) {
        m_pacer = new QTimer(this);
        connect(m_pacer, &QTimer::timeout, this, [this] {
            const auto steps = script();
            if (m_nextStep >= steps.size()) {
                m_pacer->stop();
                Q_EMIT finishedPlaying();
                return;
            }
            const Step &step = steps.at(m_nextStep++);
            step.action(*this);
            Q_EMIT stepPlayed(step.description);
        });
    }
    m_nextStep = 0;
    m_pacer->start(int(pace.count()));
}

} // namespace tgic::sandbox
