// SPDX-License-Identifier: MIT
#include "ExitCode.h"

#include "sync/SyncEngine.h"

namespace tgic::cli {

ExitCode exitCodeFor(sync::FailureKind failure)
{
    switch (failure) {
    case sync::FailureKind::None:
        return ExitCode::Ok;
    case sync::FailureKind::Runtime:
        return ExitCode::Failure;
    case sync::FailureKind::BadToken:
        return ExitCode::Token;
    case sync::FailureKind::Unreachable:
        return ExitCode::Unreachable;
    case sync::FailureKind::Conflict:
        return ExitCode::Conflict;
    }
    return ExitCode::Failure;
}

} // namespace tgic::cli
