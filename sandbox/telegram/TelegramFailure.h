// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::sandbox {

// A failure the Telegram emulator is scripted to answer a method with (sandbox/FailureScript.h,
// matched by method name): an error envelope with the server's status and description, a 200
// whose body is not JSON, or no answer at all.
struct TelegramFailure
{
    int httpStatus = 500;
    QString description;
    int retryAfter = 0;
    bool garbage = false; // answer 200 with a body that is not JSON
    bool hang = false; // never answer, and keep the connection open (a hung server or proxy)
};

} // namespace tgic::sandbox
