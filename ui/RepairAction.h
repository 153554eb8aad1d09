// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::ui {

//! The repairs of the contact panel's "Fix the link" box. A button, the signal it sends and what
//! the window runs for it are keyed by this enum (switches without a default), so a repair that
//! is not handled does not compile, and none can be misspelt.
enum class RepairAction {
    Relink, //!< link the Telegram user to another contact (a dialog)
    Merge, //!< merge the contact into the customer's existing user (a dialog)
    Unlink, //!< detach the Telegram user from the contact (asks first)
    Reresolve, //!< forget the link and find or create the contact again (asks first)
    RewriteAnchor, //!< write telegram_user_id onto the contact again
};

//! The button's objectName ("relink", "rewriteAnchor"), what accessibility tools and tests see.
QString objectNameOf(RepairAction action);

} // namespace tgic::ui
