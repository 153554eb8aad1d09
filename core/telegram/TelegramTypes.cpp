// SPDX-License-Identifier: MIT
#include "TelegramTypes.h"

namespace tgic::telegram {

QString displayName(const QString &firstName, const QString &lastName, const QString &username)
{
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (!first.isEmpty() && !last.isEmpty())
        return first + u' ' + last;
    if (!first.isEmpty() || !last.isEmpty())
        return first + last;
    const QString handle = username.trimmed();
    if (handle.isEmpty())
        return {};
    return u'@' + handle;
}

QString UserProfile::displayName() const
{
    return telegram::displayName(firstName, lastName);
}

} // namespace tgic::telegram
