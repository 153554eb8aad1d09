// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"

#include <QStringList>

class QCommandLineParser;

namespace tgic::store {
class Database;
}

namespace tgic::cli {

//! `tgic-cli suggestions [--json] [--all]` and `tgic-cli suggestions dismiss ID`: the merges the
//! evidence suggests (a verified phone, a typed e-mail address), for an agent to review with
//! `merge --from LEAD --into USER --dry-run`. Nothing here merges.
class SuggestionCommands
{
public:
    SuggestionCommands(const QCommandLineParser &parser, store::Database &db, QString actor)
        : m_parser(parser)
        , m_db(db)
        , m_actor(std::move(actor))
    { }

    ExitCode run(const QStringList &args);

private:
    ExitCode list();
    ExitCode dismiss(const QString &id);

    const QCommandLineParser &m_parser;
    store::Database &m_db;
    QString m_actor;
};

} // namespace tgic::cli
