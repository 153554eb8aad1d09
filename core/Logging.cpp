// SPDX-License-Identifier: MIT
#include "Logging.h"

Q_LOGGING_CATEGORY(lcNet, "tgic.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTelegram, "tgic.telegram", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIntercom, "tgic.intercom", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "tgic.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "tgic.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdentity, "tgic.identity", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "tgic.secrets", QtInfoMsg)
