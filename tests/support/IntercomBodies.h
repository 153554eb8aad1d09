// SPDX-License-Identifier: MIT
#pragma once

// What a contact said in the Intercom emulator, as the agent reads it: shared by the in-process
// harness and the multi-process team tests.
#include "sandbox/intercom/IntercomEmulator.h"
#include "sync/IntercomDelivery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace tgic::test {

//! Every conversation part (and conversation source) the contact authored, in order.
inline QStringList bodiesBy(const sandbox::IntercomEmulator &intercom, const QString &contactId)
{
    QStringList bodies;
    for (const QJsonObject &conversation : intercom.conversationsOf(contactId)) {
        const QJsonObject full = intercom.conversation(conversation.value(QStringLiteral("id")).toString());
        const QJsonObject source = full.value(QStringLiteral("source")).toObject();
        if (source.value(QStringLiteral("author")).toObject().value(QStringLiteral("id")).toString()
            == contactId)
            bodies << sync::normalizedBody(source.value(QStringLiteral("body")).toString());
        const auto parts = full.value(QStringLiteral("conversation_parts"))
                               .toObject()
                               .value(QStringLiteral("conversation_parts"))
                               .toArray();
        for (const QJsonValue &p : parts) {
            const QJsonObject part = p.toObject();
            if (part.value(QStringLiteral("author")).toObject().value(QStringLiteral("id")).toString()
                == contactId)
                bodies << sync::normalizedBody(part.value(QStringLiteral("body")).toString());
        }
    }
    return bodies;
}

} // namespace tgic::test
