// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::ui {

//! What an agent can do to the selected customer from the contact panel: the repairs of its
//! "Fix the link" box, and erasing the customer on request. A button, the signal it sends and
//! what the window runs for it are keyed by this enum (switches without a default), so an action
//! that is not handled does not compile, and none can be misspelt.
enum class CustomerAction {
    Relink, //!< link the Telegram user to another contact (a dialog)
    Merge, //!< merge the contact into the customer's existing user (a dialog)
    Unlink, //!< detach the Telegram user from the contact (asks first)
    Reresolve, //!< forget the link and find or create the contact again (asks first)
    RewriteAnchor, //!< write telegram_user_id onto the contact again
    Erase, //!< forget the customer on request, here and in Intercom (a dialog)
};

//! The button's objectName ("relink", "rewriteAnchor", "erase"), what accessibility tools and
//! tests see.
QString objectNameOf(CustomerAction action);

} // namespace tgic::ui
