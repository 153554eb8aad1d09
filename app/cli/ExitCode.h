// SPDX-License-Identifier: MIT
#pragma once

namespace tgic::sync {
enum class FailureKind;
}

namespace tgic::cli {

//! What tgic-cli's exit status means (--help and man/tgic-cli.1 list them). Every command
//! returns one; main() hands it to the shell.
enum class ExitCode {
    Ok = 0,
    Failure = 1, //!< it did not work (the message says why)
    Usage = 2, //!< bad arguments
    Token = 3, //!< a token is missing, or the service refused it
    Unreachable = 4, //!< a service could not be reached
    Conflict = 5, //!< another poller, or a webhook, owns the bot
};

//! How a run of the sync ended, as an exit status.
ExitCode exitCodeFor(sync::FailureKind failure);

} // namespace tgic::cli
