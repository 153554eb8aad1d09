// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain records the emulated workspace is made of. They hold Intercom's data, not its JSON:
// IntercomJson renders them, so the shape of a response is decided in exactly one place.
namespace tgic::sandbox {

struct IntercomAdmin
{
    QString id; // numeric string: conversations expose admin ids as integers (admin_assignee_id)
    QString name;
    QString email;
};

// A team inbox: conversations are assigned to an admin, a team, or both.
struct IntercomTeam
{
    QString id; // numeric string, like team_assignee_id
    QString name;
    QStringList adminIds;
};

struct IntercomAttribute
{
    int id = 0;
    QString name;
    QString model; // "contact" | "company"
    QString dataType; // as created: string, integer, float, boolean, datetime, date, options
    QString description;
    QStringList options;
    bool messengerWritable = false;
    bool archived = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString adminId;
};

struct IntercomTagging
{
    QString tagId;
    qint64 appliedAt = 0;
    QString appliedBy; // admin id
};

struct IntercomMerge
{
    QString sourceId;
    QString sourceRole;
    qint64 mergedAt = 0;
};

struct IntercomContact
{
    QString id;
    QString role; // "user" | "lead"
    QString externalId; // empty = null
    QString email;
    QString phone;
    QString name;
    QString avatar;
    QString ownerId;
    QString languageOverride;
    std::optional<qint64> signedUpAt;
    std::optional<qint64> lastSeenAt;
    std::optional<qint64> lastRepliedAt;
    std::optional<qint64> lastContactedAt;
    bool unsubscribedFromEmails = false;
    QJsonObject customAttributes;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<IntercomTagging> tags;
    QList<IntercomMerge> mergeHistory;
    QString mergedInto; // non-empty once merged away
    bool deleted = false;
    qint64 deletedAtMs = 0; // when DELETE /contacts/{id} came: the 7-day grace period starts
    bool archived = false;

    bool isLive() const { return mergedInto.isEmpty() && !deleted; }
};

// How the emulator reads what the documentation leaves open about deleting and archiving a
// contact. The defaults follow the help center ("Deleting leads or users will remove all of their
// conversations"; archived contacts "cannot be listed or searched", and when the person returns
// "all data will be restored, including all associated conversations"); each other reading is
// one a client must survive too.
struct IntercomErasureReadings
{
    // A deleted contact's conversations go at once (true), or stay readable through the API for
    // the 7-day grace period Intercom keeps the contact (false).
    bool deletedConversationsGoAtOnce = true;
    // A deleted contact leaves search results at once (true), or only once the search index
    // catches up, like any other write (false: the search lag).
    bool deletedLeaveSearchAtOnce = true;
    // GET /contacts/{id} of an archived contact answers it (true) or 404 (false).
    bool archivedReadable = true;
    // PUT /contacts/{id} on an archived contact works (true) or answers 404 (false).
    bool archivedWritable = true;
    // An archived contact's conversations are hidden until it is unarchived (true), or stay.
    bool archivedConversationsHidden = true;
    // DELETE /contacts/{id} of an archived contact works (true) or answers 404 (false).
    bool archivedDeletable = true;
};

struct IntercomNote
{
    QString id;
    QString contactId;
    QString adminId;
    QString body;
    qint64 createdAt = 0;
};

struct IntercomTag
{
    QString id;
    QString name;
};

struct IntercomAuthor
{
    QString type; // admin, user, lead, bot
    QString id;
};

struct IntercomAttachment
{
    QString name;
    QString contentType;
    QString url;
    qint64 size = 0;
};

struct IntercomPart
{
    QString id;
    QString partType;
    QString body; // empty = null
    QString received; // the body exactly as the request carried it (what a test compares)
    qint64 createdAt = 0;
    IntercomAuthor author;
    QList<IntercomAttachment> attachments;
    QString appPackageCode; // empty = null (created in the web app, not through the API)
    QString assignedToType; // for assignment parts
    QString assignedToId;
    QString stateAfter;
};

struct IntercomConversation
{
    QString id;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QStringList contactIds;
    QString sourceId;
    QString sourceBody;
    QString sourceReceived; // the body exactly as the request carried it
    QString deliveredAs;
    IntercomAuthor sourceAuthor;
    QList<IntercomAttachment> sourceAttachments;
    QList<IntercomPart> parts;
    QString state = QStringLiteral("open");
    bool read = false;
    QString adminAssigneeId; // empty = unassigned
    QString teamAssigneeId;
    std::optional<qint64> waitingSince;
    std::optional<qint64> snoozedUntil;
    QString snoozedById; // who snoozed it: the reopening at snoozed_until is theirs
    std::optional<qint64> firstContactReplyAt;
    std::optional<qint64> lastContactReplyAt;
    std::optional<qint64> firstAdminReplyAt;
    std::optional<qint64> lastAdminReplyAt;
    std::optional<qint64> lastCloseAt;
    QString lastClosedById;
    int countReopens = 0;
    int countAssignments = 0;
    QList<IntercomTagging> tags;
    QJsonObject customAttributes;
    QStringList teammateIds;
};

} // namespace tgic::sandbox
