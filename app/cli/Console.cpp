// SPDX-License-Identifier: MIT
#include "Console.h"

#include "identity/AuditActor.h"

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
    return identity::auditActor(QStringLiteral("tgic-cli"), parser.value(QStringLiteral("as")));
}

} // namespace tgic::cli
