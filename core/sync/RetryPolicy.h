// SPDX-License-Identifier: MIT
#pragma once

#include "net/Backoff.h"
#include "store/OutboxRepository.h"

#include <chrono>

namespace tgic::sync {

//! When an outbox row that could not be delivered is tried again, and when it is given up on:
//! the one policy of both drains (IntercomDelivery, TelegramDelivery), told apart only by
//! the numbers of forIntercom() and forTelegram().
struct RetryPolicy
{
    net::Backoff backoff { std::chrono::seconds(2), std::chrono::minutes(5) };
    //! Attempts started (OutboxItem::attempts) after which a row is given up on.
    int maxAttempts = 30;
    //! Whether a row whose earlier send may have landed is given up on at maxAttempts too.
    //! Intercom: no, such a row is reconciled before it is sent again, and giving up could hide
    //! a message that did arrive. Telegram: yes, there is nothing to reconcile against.
    bool giveUpWhenMayHaveLanded = true;

    struct Decision
    {
        bool giveUp = false;
        std::chrono::milliseconds delay { 0 }; //!< when not giving up
    };
    //! What to do with `item` after a failed attempt; a positive `hint` (a server's retry-after,
    //! a resolver's wait) is followed instead of the backoff.
    Decision afterFailure(const store::OutboxItem &item, bool mayHaveLanded,
        std::chrono::milliseconds hint = std::chrono::milliseconds(0)) const;

    static RetryPolicy forIntercom();
    static RetryPolicy forTelegram();
};

} // namespace tgic::sync
