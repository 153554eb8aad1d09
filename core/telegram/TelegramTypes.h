// SPDX-License-Identifier: MIT
#pragma once

#include "TextNormalizer.h"
#include "telegram/UpdateTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgic::telegram {

//! The display-name rule, the one place it is written: a person is their first and last name
//! (each trimmed, one space between, either may be empty); with no name, "@username"; with
//! neither, an empty string, and the caller names the numeric id in its own (translated) words,
//! "Telegram user 42". Pass no username where only a name will do: Intercom's `name` and
//! `telegram_display_name`, the profile history, a "Name" field shown beside the username.
QString displayName(const QString &firstName, const QString &lastName, const QString &username = {});

//! A Telegram account as the Bot API shows it. Only `id` identifies the person: the names and
//! the username are profile data that can change, disappear or pass to someone else.
struct UserProfile
{
    qint64 id = 0;
    bool isBot = false;
    QString firstName;
    QString lastName;
    QString username; //!< empty when the user has none
    QString languageCode;
    bool isPremium = false;

    //! The name only (displayName() of first and last name): what the profile history records.
    QString displayName() const;
};

struct ChatInfo
{
    qint64 id = 0;
    QString type; //!< private, group, supergroup, channel
    QString title; //!< groups; for private chats the peer's name
    QString username;

    bool isPrivate() const { return type == QLatin1StringView("private"); }
};

//! A phone number shared as a contact card.
struct SharedContact
{
    QString phoneNumber;
    QString firstName;
    QString lastName;
    std::optional<qint64> userId;
};

//! A file a customer sent (photo: the largest size). Never keep the download URL: it holds the token.
struct MediaFile
{
    QString fileId;
    QString fileName; //!< getFile may not keep it: this is the one from the message
    QString mimeType;
    qint64 fileSize = 0; //!< 0 = unknown
};

//! A location or a venue, as text an agent can read and click.
struct SharedPlace
{
    double latitude = 0;
    double longitude = 0;
    QString title; //!< venues only
    QString address;
};

//! Why a message is not something a customer said: a bot (a bot is nobody's customer), a chat
//! speaking for itself (a channel, an anonymous admin), the business account's own side of a
//! business chat, or a service message. None: it is from a customer.
enum class NotCustomerReason { None, Bot, SentAsChat, BusinessAccount, ServiceMessage };

//! The reason in words, as the update log keeps it ("from a bot"); empty for None.
QString notCustomerText(NotCustomerReason reason);

//! What a message carries, named by the first content field present in it. The content kinds,
//! Text to Invoice, are in the order the parser looks for them.
enum class MessageKind {
    Text,
    Photo,
    Document,
    Animation,
    Sticker,
    Voice,
    Audio,
    VideoNote,
    Video,
    Contact,
    Venue,
    Location,
    Poll,
    Dice,
    Story,
    PaidMedia,
    Game,
    Invoice,
    Service, //!< an event in the chat: a member joined, a title changed, a message was pinned, …
    Other, //!< content newer than this app
    Empty, //!< nothing but the envelope
};

//! The two conversions between a kind and the Bot API's name for it, which is what the messages
//! table and the outbox store ("photo", "video_note"; "empty" for Empty). The only place the
//! names are written. A service event or newer content keeps its own field's name
//! (MessageInfo::kindName), so messageKindName() of Service or Other is empty.
MessageKind messageKindOf(QStringView name);
QString messageKindName(MessageKind kind);

//! Who wrote a message in a chat of a business account (Telegram Business): the customer; the
//! account's owner, typed by hand in Telegram; the account on its own (an away or greeting
//! message, a scheduled one: `is_from_offline`); or a bot on the account's behalf
//! (`sender_business_bot`: what this app sent, coming back).
enum class BusinessSender { Customer, Owner, Automatic, Bot };

struct MessageInfo
{
    qint64 messageId = 0;
    qint64 date = 0; //!< UNIX seconds
    std::optional<qint64> editDate;
    ChatInfo chat;
    UserProfile from;
    MessageKind kind = MessageKind::Empty;
    QString kindName; //!< what is stored: messageKindName(kind), or a service or newer kind's own field
    QString text; //!< text or caption, as the customer wrote it
    QString businessConnectionId;
    std::optional<SharedContact> contact;
    std::optional<MediaFile> media;
    std::optional<SharedPlace> place;
    std::optional<qint64> replyToMessageId;
    bool onBehalfOfChat = false; //!< `sender_chat`: a channel, or a group's anonymous admin
    bool byBusinessBot = false; //!< `sender_business_bot`: a bot answered for the business
    qint64 businessBotId = 0; //!< that bot's user id (this app's bot, or another acting for the account)
    QString businessBotName; //!< that bot's @username, or its name
    bool fromOffline = false; //!< `is_from_offline`: sent by the account on its own (away, greeting)
    QString forwardedFrom; //!< who wrote a forwarded message first (never the sender)

    //! Why this message is not something a customer said (None: it is).
    NotCustomerReason notCustomerReason() const;

    bool isBusiness() const { return !businessConnectionId.isEmpty(); }
    //! Who wrote it, for a message in a business chat (isBusiness()).
    BusinessSender businessSender() const;

    //! The customer shared their own phone number (a "share my phone" button), not someone
    //! else's card: only then may it be attached to the sender.
    bool sharesOwnPhone() const { return contact && contact->userId && *contact->userId == from.id; }

    //! What an agent reads in Intercom for this message: its text, or a placeholder that names
    //! the content (never silently nothing).
    QString agentText() const;
};

struct ChatMemberChange
{
    ChatInfo chat;
    UserProfile from;
    qint64 date = 0;
    QString newStatus; //!< "kicked" = the user blocked the bot, "member" = unblocked
};

//! deleted_business_messages: messages gone from a chat of a business account.
struct BusinessDeletion
{
    QString connectionId;
    ChatInfo chat;
    QList<qint64> messageIds;
};

struct ParsedUpdate
{
    enum class Kind {
        Message, //!< message or business_message
        EditedMessage, //!< edited_message or edited_business_message
        MyChatMember,
        BusinessConnection, //!< a business account connected, disconnected or changed the bot's rights
        BusinessDeletion, //!< deleted_business_messages
        Ignored, //!< a known type this app does not act on (kept raw, confirmed)
        Malformed, //!< goes to quarantine with `error`
    };

    std::optional<qint64> updateId;
    Kind kind = Kind::Malformed;
    QString typeName; //!< the Update field that carried the payload, e.g. "message"
    MessageInfo message;
    ChatMemberChange memberChange;
    //! business_connection: the BusinessConnection object (id, user.id and date checked).
    QJsonObject businessConnection;
    BusinessDeletion businessDeletion;
    QString error; //!< why it is malformed
    //! What had to be repaired in the update's text before it was parsed (nothing, nearly always):
    //! every string the parser hands on is free of NUL characters and unpaired surrogates.
    TextRepair textRepair;
};

//! What this client does with an update of `type`: Message, EditedMessage, MyChatMember, or
//! Ignored (confirmed, kept raw, acted on by nobody). Every type of UpdateTypes.h is decided
//! here; a new one does not compile until it is.
ParsedUpdate::Kind handlingOf(UpdateType type);

//! getUpdates' allowed_updates: the types the client acts on and no others (an ignored type
//! asked for is traffic for nothing).
QStringList requestedUpdateTypes();

//! Parse one element of getUpdates' `result`. Never throws and never trusts the input: anything
//! that does not match the Bot API types comes back as Kind::Malformed with a reason. The text
//! is normalized first (normalizeJson()), once, here at the border: nothing downstream sees a
//! character it could not store or show.
ParsedUpdate parseUpdate(const QJsonValue &raw);

//! A JSON number that is an exact integer within the 53 bits a double holds.
std::optional<qint64> exactInteger(const QJsonValue &value);

} // namespace tgic::telegram
