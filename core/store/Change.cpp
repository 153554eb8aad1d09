// SPDX-License-Identifier: MIT
#include "Change.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
struct Named
{
    Topic topic;
    const char *name;
};
constexpr Named kNames[] = {
    { Topic::Chats, "chats" },
    { Topic::Messages, "messages" },
    { Topic::Mappings, "mappings" },
    { Topic::Outbox, "outbox" },
    { Topic::Quarantine, "quarantine" },
    { Topic::Audit, "audit" },
    { Topic::Team, "team" },
    { Topic::Suggestions, "suggestions" },
    { Topic::Conversations, "conversations" },
    { Topic::Erasures, "erasures" },
    { Topic::Health, "health" },
};
} // namespace

QList<Topic> allTopics()
{
    QList<Topic> topics;
    for (const Named &n : kNames)
        topics << n.topic;
    return topics;
}

QString topicName(Topic topic)
{
    for (const Named &n : kNames)
        if (n.topic == topic)
            return QString::fromLatin1(n.name);
    return {};
}

std::optional<Topic> topicFromName(const QString &name)
{
    for (const Named &n : kNames)
        if (name == QLatin1StringView(n.name))
            return n.topic;
    return std::nullopt;
}

} // namespace tgic::store
