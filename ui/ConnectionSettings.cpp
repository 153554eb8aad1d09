// SPDX-License-Identifier: MIT
#include "ConnectionSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace tgic::ui {

namespace {
// The names in the user's configuration file: changing one loses what users saved under it.
const QString kIntercomRegion = u"intercom/region"_s;
const QString kIntercomAppId = u"intercom/appId"_s;
const QString kTeamDatabase = u"team/database"_s;
} // namespace

ConnectionSettings ConnectionSettings::load()
{
    const QSettings settings;
    ConnectionSettings s;
    s.intercomRegion = settings.value(kIntercomRegion, s.intercomRegion).toString();
    s.intercomAppId = settings.value(kIntercomAppId).toString();
    s.teamDatabase = settings.value(kTeamDatabase).toString();
    return s;
}

void ConnectionSettings::save() const
{
    QSettings settings;
    settings.setValue(kIntercomRegion, intercomRegion);
    if (intercomAppId.isEmpty())
        settings.remove(kIntercomAppId);
    else
        settings.setValue(kIntercomAppId, intercomAppId);
    if (teamDatabase.isEmpty())
        settings.remove(kTeamDatabase);
    else
        settings.setValue(kTeamDatabase, teamDatabase);
}

} // namespace tgic::ui
