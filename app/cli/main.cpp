// SPDX-License-Identifier: MIT
#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same organisation and name as the desktop app: both use one cache under AppDataLocation.
    QCoreApplication::setOrganizationName(QStringLiteral("tgic"));
    QCoreApplication::setApplicationName(QStringLiteral("tgic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TGIC_VERSION));
    return tgic::cli::CliApp().run(QCoreApplication::arguments());
}
