// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/intercom/IntercomEmulator.h"
#include "sandbox/telegram/TelegramEmulator.h"

#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace tgic::sandbox {

//! The people of the seed scenarios (the acceptance cases of the article the product grew from):
//! who they are is fixed, so tests and the sandbox tell the same stories.
namespace persona {
TelegramUser anonymous(); //!< no username, no phone
TelegramUser renamer(); //!< username-only; changes the username later
TelegramUser renamerAfterRename();
TelegramUser deviceSwitcher(); //!< same ID from phone and laptop (a 43-bit ID)
TelegramUser deviceSwitcherOnLaptop();
TelegramUser businessAccount(); //!< writes through a Telegram Business connection
TelegramUser businessOwner(); //!< the shop's own Telegram account, connected to the bot (Business)
TelegramUser deletedAccount(); //!< deletes the account later…
TelegramUser recreatedAccount(); //!< …and comes back as a new ID with the same name and username
TelegramUser usernameTaker(); //!< takes the username the renamer released
} // namespace persona

//! Both emulators, on loopback, with the sandbox tokens, plus the scripted stream of customers.
//! Used by `tgic-cli sandbox`, `tgic --sandbox`, the integration tests and the benchmark.
class SandboxWorld final : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QString description;
        std::function<void(SandboxWorld &)> action;
    };

    static QString telegramToken();
    static QString intercomToken();

    explicit SandboxWorld(QObject *parent = nullptr);

    bool listen(quint16 telegramPort = 0, quint16 intercomPort = 0);
    TelegramEmulator &telegram() { return m_telegram; }
    IntercomEmulator &intercom() { return m_intercom; }

    //! What an Intercom workspace already holds before the bot goes live: a known customer
    //! with an email, the one an agent later merges a Telegram lead into.
    void seedWorkspace();

    //! The seed scenarios as steps, in story order.
    static QList<Step> script();
    //! Play every step at once (tests).
    void playAll();
    //! Play one step every `pace` (sandbox mode); emits stepPlayed and, at the end, finishedPlaying.
    void play(std::chrono::milliseconds pace);

    //! "Customer shares their phone when asked": from now on, a scripted customer whose private
    //! chat receives a request_contact keyboard presses it `delay` later (sandbox mode; tests
    //! press it themselves). Emits stepPlayed when they do.
    void answerPhoneRequests(std::chrono::milliseconds delay);
    //! The number a scripted customer shares (E.164 digits without '+', as Telegram sends it).
    static QString phoneOf(const TelegramUser &user);

    //! The shop's business account (persona::businessOwner) connected to the bot, on first use:
    //! business messages carry the connection through which they came.
    QString businessConnectionId();
    //! `from` writes to the shop's business account (not to the bot).
    qint64 pushBusinessMessage(const TelegramUser &from, const QString &text);

Q_SIGNALS:
    void stepPlayed(const QString &description);
    void finishedPlaying();

private:
    TelegramEmulator m_telegram;
    IntercomEmulator m_intercom;
    QString m_businessConnection;
    QTimer *m_pacer = nullptr;
    int m_nextStep = 0;
};

} // namespace tgic::sandbox
