// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"

#include <QCommandLineParser>

namespace tgic::store {
class Database;
}

namespace tgic::cli {

//! `tgic-cli ask-phone --telegram-id N [--text TEXT]`: queue the request_contact keyboard for the
//! customer's private chat. Only the database is needed: the process that drains the outbox
//! (this workstation's sync, or the team's leader) sends it.
ExitCode askPhone(const QCommandLineParser &parser, store::Database &db);

} // namespace tgic::cli
