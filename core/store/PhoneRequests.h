// SPDX-License-Identifier: MIT
#pragma once

#include "telegram/PhoneRequestText.h"

#include <QString>

#include <optional>

namespace tgic::store {

class Database;

//! Whether an agent can ask a Telegram user for their phone number, and if so where it goes.
struct PhoneRequestTarget
{
    //! Why not. Telegram shows a request_contact button in private chats only.
    enum class Refusal { None, UnknownUser, GroupOnly, Blocked, Deactivated, AlreadyQueued };
    Refusal refusal = Refusal::UnknownUser;
    qint64 telegramUserId = 0;
    qint64 chatId = 0; //!< the private chat with the bot
    QString displayName; //!< telegram::displayName() with the username; empty: neither name nor one
    QString languageCode;
    std::optional<qint64> askedAt; //!< a request keyboard is out since (UNIX ms)

    bool allowed() const { return refusal == Refusal::None; }
    //! The refusal in words an agent understands (English: the CLI's and the log's language).
    QString reason() const;
};

//! Asking a customer for their phone number through Telegram's request_contact keyboard, and
//! what follows: the keyboard's life in chats.phone_asked_at / chats.remove_keyboard, the audit
//! entries and the notes on the Intercom contact. Everything is in the database, so a request
//! queued on any workstation is sent by whichever process drains the outbox (team mode).
class PhoneRequests
{
public:
    explicit PhoneRequests(Database &db)
        : m_db(db)
    { }

    PhoneRequestTarget target(qint64 telegramUserId) const;

    //! Queue the message with the keyboard for the customer's private chat, the "phone requested"
    //! audit entry (agent, workstation, text) and a note on the Intercom contact, in one
    //! transaction. False with `*error` (the refusal, or a database failure) otherwise.
    bool request(qint64 telegramUserId, const telegram::PhoneRequestText &text, const QString &actor,
        QString *error = nullptr);

    //! The customer shared their own number (contact.user_id == from.id), inside the batch's
    //! transaction: the "phone shared" audit entry, a note on the contact, and — when a request
    //! keyboard is out — the next message to the chat takes the keyboard away.
    bool recordOwnPhoneShared(qint64 chatId, qint64 telegramUserId, const QString &phone, qint64 now);

    //! The request reached Telegram: the keyboard is out from now on.
    bool keyboardSent(qint64 chatId);
    //! The next message to this chat must carry {"remove_keyboard": true}.
    bool removeKeyboardDue(qint64 chatId) const;
    //! A message carrying the removal reached Telegram.
    bool keyboardRemoved(qint64 chatId);

private:
    bool enqueueNote(qint64 chatId, qint64 telegramUserId, const QString &body, qint64 now);

    Database &m_db;
};

} // namespace tgic::store
