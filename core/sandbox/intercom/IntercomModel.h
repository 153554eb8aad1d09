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
    bool archived = false;

    bool isLive() const { return mergedInto.isEmpty() && !deleted; }
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
