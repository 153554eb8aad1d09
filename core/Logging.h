// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Every logging category of the core in one place, so QT_LOGGING_RULES="tgic.*.debug=true" works.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcTelegram)
Q_DECLARE_LOGGING_CATEGORY(lcIntercom)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcIdentity)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
