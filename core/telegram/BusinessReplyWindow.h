// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace tgic::telegram {

//! \brief Telegram's 24-hour rule for business chats, written once for the app and the emulator.
//! A bot may answer for a business account only in "private chats that had incoming messages in
//! the last 24 hours" (BusinessBotRights.can_reply): the window opens with each message of the
//! customer and closes 24 hours after the last one. Header-only: the emulator shares it.
struct BusinessReplyWindow
{
    static constexpr qint64 LengthMs = qint64(24) * 3600 * 1000;

    //! When the window closes, from the customer's last message in that chat (UNIX ms).
    static constexpr qint64 closesAtMs(qint64 lastIncomingMs) { return lastIncomingMs + LengthMs; }
    //! Whether a reply at `nowMs` is still inside the window; no incoming message (0): never.
    static constexpr bool isOpen(qint64 lastIncomingMs, qint64 nowMs)
    {
        return lastIncomingMs > 0 && nowMs <= closesAtMs(lastIncomingMs);
    }
};

} // namespace tgic::telegram
