// SPDX-License-Identifier: MIT
#include "Workstation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tgic::team {

QString loginName()
{
    for (const char *name : { "USER", "LOGNAME" }) {
        QString value = qEnvironmentVariable(name); // not const: returned by move
        if (!value.isEmpty())
            return value;
    }
    return u"agent"_s;
}

store::TeamMember thisWorkstation(const QString &program, const QString &agent)
{
    store::TeamMember me;
    me.memberId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    me.host = QSysInfo::machineHostName();
    me.agent = agent.isEmpty() ? loginName() : agent;
    me.program = program;
    me.version = QCoreApplication::applicationVersion();
    return me;
}

QString describeLeader(const store::LeaseState &lease, const QString &myMemberId)
{
    if (!lease.held())
        return QCoreApplication::translate("tgic::team", "Nobody runs the sync right now");
    const QString since
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(lease.acquiredAt).time(), QLocale::ShortFormat);
    if (lease.holder == myMemberId)
        return QCoreApplication::translate("tgic::team", "Sync runs on this workstation since %1").arg(since);
    return QCoreApplication::translate("tgic::team", "Sync runs on %1 (%2) since %3")
        .arg(lease.host, lease.agent, since);
}

} // namespace tgic::team
