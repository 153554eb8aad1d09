// SPDX-License-Identifier: MIT
#include "AuditActor.h"

namespace tgic::identity {

QString auditActor(const QString &program, const QString &named)
{
    if (!named.isEmpty())
        return named;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return user.isEmpty() ? program : user + QStringLiteral(" (") + program + u')';
}

} // namespace tgic::identity
