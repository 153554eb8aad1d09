// SPDX-License-Identifier: MIT
#include "RepairAction.h"

using namespace Qt::StringLiterals;

namespace tgic::ui {

QString objectNameOf(RepairAction action)
{
    switch (action) {
    case RepairAction::Relink:
        return u"relink"_s;
    case RepairAction::Merge:
        return u"merge"_s;
    case RepairAction::Unlink:
        return u"unlink"_s;
    case RepairAction::Reresolve:
        return u"reresolve"_s;
    case RepairAction::RewriteAnchor:
        return u"rewriteAnchor"_s;
    }
    return {};
}

} // namespace tgic::ui
