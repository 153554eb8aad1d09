// SPDX-License-Identifier: MIT
#pragma once

// Test support for Telegram Business (issue 18): the people of the business suites, and where
// the sync keeps a business chat and its Intercom conversation.

#include "SyncHarness.h"

namespace tgic::test::business {

using namespace Qt::StringLiterals;

//! The accounts' owners: they run the business accounts the bot is connected to.
inline const sandbox::TelegramUser kOwner { 5100000001, u"Olga"_s, u"Owner"_s, u"olga_shop"_s, false, u"en"_s,
    false };
inline const sandbox::TelegramUser kSecondOwner { 5100000002, u"Oscar"_s, u"Outlet"_s, {}, false, {}, false };
//! Customers who write to the accounts (and to the bot).
inline const sandbox::TelegramUser kCarla { 5200000001, u"Carla"_s, u"Customer"_s, u"carla"_s, false, u"de"_s,
    false };
inline const sandbox::TelegramUser kDan { 5200000002, u"Dan"_s, {}, {}, false, u"en"_s, false };

//! One `sync --until-idle` at the two-way suites' pace; a failed run fails the test.
inline void syncUntilIdle(SyncHarness &h)
{
    const auto run = h.runUntilIdle(h.fastConfig());
    QVERIFY2(run.failure == sync::FailureKind::None, qPrintable(run.message));
}

//! The local chat the sync keeps for `customer`'s chat with the account behind `connection`.
inline qint64 businessChat(SyncHarness &h, const QString &connection, qint64 customer)
{
    return h
        .scalar(
            u"SELECT chat_id FROM business_chats WHERE business_connection_id = ? AND telegram_chat_id = ?"_s,
            { connection, customer })
        .toLongLong();
}

//! The Intercom conversation the sync keeps for a local chat (its latest, if it had several).
inline QString conversationOf(SyncHarness &h, qint64 chatKey)
{
    return h
        .scalar(u"SELECT intercom_conversation_id FROM conversations WHERE chat_id = ?"
                " ORDER BY last_activity_at DESC LIMIT 1"_s,
            { chatKey })
        .toString();
}

} // namespace tgic::test::business
