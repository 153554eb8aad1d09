// SPDX-License-Identifier: MIT
#include "TelegramTypes.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tgic::telegram {

namespace {

// Message fields that announce an event in the chat rather than carry what someone wrote.
const QStringList &serviceKinds()
{
    static const QStringList kinds {
        u"new_chat_members"_s,
        u"left_chat_member"_s,
        u"new_chat_title"_s,
        u"new_chat_photo"_s,
        u"delete_chat_photo"_s,
        u"group_chat_created"_s,
        u"supergroup_chat_created"_s,
        u"channel_chat_created"_s,
        u"message_auto_delete_timer_changed"_s,
        u"migrate_to_chat_id"_s,
        u"migrate_from_chat_id"_s,
        u"pinned_message"_s,
        u"connected_website"_s,
        u"write_access_allowed"_s,
        u"proximity_alert_triggered"_s,
        u"boost_added"_s,
        u"chat_background_set"_s,
        u"forum_topic_created"_s,
        u"forum_topic_edited"_s,
        u"forum_topic_closed"_s,
        u"forum_topic_reopened"_s,
        u"general_forum_topic_hidden"_s,
        u"general_forum_topic_unhidden"_s,
        u"giveaway_created"_s,
        u"giveaway_completed"_s,
        u"video_chat_scheduled"_s,
        u"video_chat_started"_s,
        u"video_chat_ended"_s,
        u"video_chat_participants_invited"_s,
    };
    return kinds;
}

} // namespace

QString displayName(const QString &firstName, const QString &lastName, const QString &username)
{
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (!first.isEmpty() && !last.isEmpty())
        return first + u' ' + last;
    if (!first.isEmpty() || !last.isEmpty())
        return first + last;
    const QString handle = username.trimmed();
    if (handle.isEmpty())
        return {};
    return u'@' + handle;
}

QString UserProfile::displayName() const
{
    return telegram::displayName(firstName, lastName);
}

QString messageKindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Text:
        return u"text"_s;
    case MessageKind::Photo:
        return u"photo"_s;
    case MessageKind::Document:
        return u"document"_s;
    case MessageKind::Animation:
        return u"animation"_s;
    case MessageKind::Sticker:
        return u"sticker"_s;
    case MessageKind::Voice:
        return u"voice"_s;
    case MessageKind::Audio:
        return u"audio"_s;
    case MessageKind::VideoNote:
        return u"video_note"_s;
    case MessageKind::Video:
        return u"video"_s;
    case MessageKind::Contact:
        return u"contact"_s;
    case MessageKind::Venue:
        return u"venue"_s;
    case MessageKind::Location:
        return u"location"_s;
    case MessageKind::Poll:
        return u"poll"_s;
    case MessageKind::Dice:
        return u"dice"_s;
    case MessageKind::Story:
        return u"story"_s;
    case MessageKind::PaidMedia:
        return u"paid_media"_s;
    case MessageKind::Game:
        return u"game"_s;
    case MessageKind::Invoice:
        return u"invoice"_s;
    case MessageKind::Empty:
        return u"empty"_s;
    case MessageKind::Service:
    case MessageKind::Other:
        break; // named by their own field
    }
    return {};
}

MessageKind messageKindOf(QStringView name)
{
    static const QHash<QString, MessageKind> known = [] {
        QHash<QString, MessageKind> byName;
        for (int k = int(MessageKind::Text); k <= int(MessageKind::Empty); ++k) {
            const QString n = messageKindName(MessageKind(k));
            if (!n.isEmpty())
                byName.insert(n, MessageKind(k));
        }
        return byName;
    }();
    const auto it = known.constFind(name.toString());
    if (it != known.cend())
        return *it;
    return serviceKinds().contains(name) ? MessageKind::Service : MessageKind::Other;
}

QString notCustomerText(NotCustomerReason reason)
{
    switch (reason) {
    case NotCustomerReason::None:
        return {};
    case NotCustomerReason::Bot:
        return u"from a bot"_s;
    case NotCustomerReason::SentAsChat:
        return u"sent as a chat"_s;
    case NotCustomerReason::BusinessAccount:
        return u"from the business account"_s;
    case NotCustomerReason::ServiceMessage:
        return u"service message"_s;
    }
    return {};
}

} // namespace tgic::telegram
