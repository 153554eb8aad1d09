// SPDX-License-Identifier: MIT
#include "Console.h"

#include <QCommandLineParser>

#include <cstdio>

namespace tgic::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString actorName(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("as")))
        return parser.value(QStringLiteral("as"));
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("tgic-cli") : user + QStringLiteral(" (tgic-cli)");
}

} // namespace tgic::cli
