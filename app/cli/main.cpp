// SPDX-License-Identifier: MIT
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same organisation and name as the desktop app (settings); both keep data in store::dataFolder().
    QCoreApplication::setOrganizationName(QStringLiteral("tgic"));
    QCoreApplication::setApplicationName(QStringLiteral("tgic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TGIC_VERSION));
    return int(tgic::cli::CliApp().run(QCoreApplication::arguments()));
}
