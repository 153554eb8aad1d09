// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgic::intercom {

// Intercom's objects (API 2.16) with the fields this app reads, and the one parser of each: the
// border where a JSON answer becomes a value. Nothing above core/intercom takes a payload apart,
// so a change in the service's schema is a change here only.
//
// The parsers are as tolerant as the real service needs: a field that is missing, null or of an
// unexpected type reads as empty (0, "", none), an id or a timestamp written as a string is read
// like the number, and only what makes the object useless (no id) is refused, with the reason.

//! The custom contact attributes this app keeps on Intercom contacts.
namespace attr {
inline constexpr auto kTelegramUserId = "telegram_user_id"; //!< the anchor: decimal string
//! Every Telegram ID anchored on the contact, as ",111,222," — a person whose old account was
//! deleted keeps both IDs on one contact (linked by an agent), recoverable from Intercom alone.
inline constexpr auto kTelegramUserIds = "telegram_user_ids";
inline constexpr auto kTelegramUsername = "telegram_username";
inline constexpr auto kTelegramName = "telegram_display_name";
//! The phone number the customer shared from their own account (Telegram verified it).
inline constexpr auto kTelegramPhone = "telegram_phone";
inline constexpr auto kTelegramPhoneVerified = "telegram_phone_verified"; //!< boolean
} // namespace attr

//! A contact's role. Intercom has two; a role this app does not know reads as Unknown.
enum class ContactRole { Unknown, User, Lead };

//! The two conversions between a role and Intercom's name for it ("user", "lead"; "" for Unknown).
ContactRole contactRoleOf(QStringView name);
QString contactRoleName(ContactRole role);

//! Who wrote a conversation part: a teammate (Admin), the customer (User or Lead: Intercom
//! names the contact's role), a Bot (Fin, workflows) or a Team; Unknown for anything newer.
enum class AuthorType { Unknown, Admin, User, Lead, Bot, Team };

AuthorType authorTypeOf(QStringView name);
QString authorTypeName(AuthorType type);

//! A contact (`contact`): a lead or a user.
struct Contact
{
    QString id;
    ContactRole role = ContactRole::Unknown;
    QString name;
    QString email;
    QString phone;
    QString ownerId; //!< the teammate who owns the contact; empty when none
    qint64 createdAt = 0; //!< UNIX seconds
    //! The workspace's own attributes: any JSON value each (the anchor lives there, see attr::).
    QJsonObject customAttributes;

    bool isUser() const { return role == ContactRole::User; }
    bool isLead() const { return role == ContactRole::Lead; }
    //! One custom attribute as it is stored (undefined when the contact has none by that name).
    QJsonValue attribute(const char *name) const;
};

//! `conversation_part_author`.
struct Author
{
    AuthorType type = AuthorType::Unknown;
    QString id;
    QString name;
};

//! `part_attachment`: a file an agent sent. The URL is signed and expires after 30 minutes.
struct Attachment
{
    QString name;
    QString contentType;
    QString url;
    qint64 fileSize = 0; //!< bytes; 0 when unknown
};

//! `conversation_part`: one message, note or event in a conversation.
struct ConversationPart
{
    QString id;
    //! Kept as Intercom's text: the service has dozens of part types and adds more; the app
    //! acts on a handful by name and ignores the rest.
    QString partType;
    QString body; //!< HTML; empty when null
    qint64 createdAt = 0; //!< UNIX seconds
    Author author;
    QString appPackageCode; //!< the app that wrote it through the API; empty when none
    QList<Attachment> attachments;
};

//! `conversation_source`: the message that opened a conversation.
struct ConversationSource
{
    QString id;
    QString body;
    Author author;
};

//! `tag` (or `tag_basic`).
struct Tag
{
    QString id;
    QString name;
};

//! `conversation`, from GET /conversations/{id}, a reply's answer or a search page.
struct Conversation
{
    QString id;
    qint64 createdAt = 0; //!< UNIX seconds
    qint64 updatedAt = 0; //!< UNIX seconds
    QString state; //!< open, closed, snoozed; empty when absent
    std::optional<bool> open; //!< older shapes carry `open` instead of `state`
    qint64 snoozedUntil = 0; //!< UNIX seconds; 0 when not snoozed
    QString adminAssigneeId; //!< empty when unassigned (Intercom writes 0 or null)
    QString teamAssigneeId; //!< empty when unassigned
    std::optional<QList<Tag>> tags; //!< none when the answer did not say (not: no tags)
    //! `statistics.count_conversation_parts`, when the answer carries statistics.
    std::optional<qint64> partCount;
    //! `conversation_parts.total_count`, when the answer carries the parts.
    std::optional<qint64> totalParts;
    QStringList contactIds; //!< `contacts.contacts[].id`
    QList<ConversationPart> parts; //!< `conversation_parts.conversation_parts`, as listed
    ConversationSource source;
};

//! `message`: the answer to starting a conversation as a contact.
struct Message
{
    QString id;
    QString conversationId;
};

//! The workspace the token belongs to (`app` in GET /me).
struct Workspace
{
    QString name;
    QString idCode;
};

//! `admin`: a teammate; from GET /me also the workspace.
struct Admin
{
    QString id;
    QString name;
    QString email;
    Workspace app; //!< empty except in GET /me
};

//! `team`.
struct Team
{
    QString id;
    QString name;
};

//! One page of a list or a search: the items that parsed, and where the next page starts.
template <typename T> struct SearchPage
{
    QList<T> items;
    QString nextCursor; //!< `pages.next.starting_after`; empty on the last page
    std::optional<qint64> totalCount; //!< `total_count`, when the answer has it
    int skipped = 0; //!< items that were not objects of the type (no id)
};

// One parser per type. Each returns none, and says why in `error` when given, for an input that
// is not such an object; see above for what it forgives.
std::optional<Contact> parseContact(const QJsonObject &json, QString *error = nullptr);
std::optional<ConversationPart> parseConversationPart(const QJsonObject &json, QString *error = nullptr);
std::optional<Conversation> parseConversation(const QJsonObject &json, QString *error = nullptr);
std::optional<Message> parseMessage(const QJsonObject &json, QString *error = nullptr);
std::optional<Admin> parseAdmin(const QJsonObject &json, QString *error = nullptr);
std::optional<Team> parseTeam(const QJsonObject &json, QString *error = nullptr);
std::optional<Tag> parseTag(const QJsonObject &json, QString *error = nullptr);
Author parseAuthor(const QJsonObject &json);
Attachment parseAttachment(const QJsonObject &json);

//! A contact list or search (`data[]`).
SearchPage<Contact> parseContactPage(const QJsonObject &json);
//! A conversation list or search (`conversations[]`).
SearchPage<Conversation> parseConversationPage(const QJsonObject &json);
//! GET /admins (`admins[]`).
SearchPage<Admin> parseAdminList(const QJsonObject &json);
//! GET /teams (`teams[]`).
SearchPage<Team> parseTeamList(const QJsonObject &json);

//! An id as Intercom writes it: a string, or (admins, older answers) a number; "" otherwise.
QString idOf(const QJsonValue &value);
//! A timestamp in UNIX seconds, as a number or a numeric string; 0 otherwise.
qint64 secondsOf(const QJsonValue &value);

} // namespace tgic::intercom
