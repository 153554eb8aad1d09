// SPDX-License-Identifier: MIT
#pragma once

#include "IntercomExchange.h"

namespace tgic::sandbox {

// A failure the Intercom emulator is scripted to answer a request with (sandbox/FailureScript.h:
// matched by path prefix before the request is carried out, or by "METHOD /path" prefix after it
// for a lost answer; a hang by "METHOD /path" prefix before anything else).
struct IntercomFailure
{
    enum class Kind {
        Status, // an error.list body with the status, or the HTML page a proxy sends for 502
        Garbage, // 200 with a body that is not JSON
        LostAnswer, // the request was carried out, but a proxy answers 504 instead
        Hang, // no answer at all: the connection stays open until the client gives up
    };
    Kind kind = Kind::Status;
    int httpStatus = 500;
    bool carriedOut = false; // Hang: the request takes effect first (the answer is what hangs)

    // The reply as the real service (or the proxy in front of it) words it.
    IntercomReply reply(const QString &requestId) const;
};

} // namespace tgic::sandbox
