// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"

#include <QStringList>

class QCommandLineParser;

namespace tgic::store {
class Database;
}

namespace tgic::cli {

//! `tgic-cli team status [--json]` and `tgic-cli team import --from PATH`.
class TeamCommands
{
public:
    TeamCommands(const QCommandLineParser &parser, store::Database &db)
        : m_parser(parser)
        , m_db(db)
    { }

    ExitCode run(const QStringList &args);

private:
    ExitCode status();
    ExitCode import();

    const QCommandLineParser &m_parser;
    store::Database &m_db;
};

} // namespace tgic::cli
