// SPDX-License-Identifier: MIT
#pragma once

#include "store/TeamRepository.h"

namespace tgic::team {

//! This process as a team member: a fresh id per run, the host name, the agent (the login name
//! unless `agent` is given) and the program ("tgic" or "tgic-cli").
store::TeamMember thisWorkstation(const QString &program, const QString &agent = {});

//! The login name of whoever runs this process ($USER, else $LOGNAME, else "agent").
QString loginName();

//! "Sync runs on HOST (AGENT) since 10:42" — or who leads, in one line for people.
QString describeLeader(const store::LeaseState &lease, const QString &myMemberId);

} // namespace tgic::team
