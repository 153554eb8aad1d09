// SPDX-License-Identifier: MIT
#include "CustomerAction.h"

using namespace Qt::StringLiterals;

namespace tgic::ui {

QString objectNameOf(CustomerAction action)
{
    switch (action) {
    case CustomerAction::Relink:
        return u"relink"_s;
    case CustomerAction::Merge:
        return u"merge"_s;
    case CustomerAction::Unlink:
        return u"unlink"_s;
    case CustomerAction::Reresolve:
        return u"reresolve"_s;
    case CustomerAction::RewriteAnchor:
        return u"rewriteAnchor"_s;
    case CustomerAction::Erase:
        return u"erase"_s;
    }
    return {};
}

} // namespace tgic::ui
