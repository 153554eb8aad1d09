// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::identity {

//! Who the audit log names for what this process does, the one rule for both programs:
//! `named` when given (the CLI's --as, the Intercom admin the app learnt it acts as), else the
//! OS user with the program ("sam (tgic-cli)"), else the program alone. Data for the audit log,
//! not UI text: never translated.
QString auditActor(const QString &program, const QString &named = {});

} // namespace tgic::identity
