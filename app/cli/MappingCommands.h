// SPDX-License-Identifier: MIT
#pragma once

#include "ExitCode.h"

#include <QCommandLineParser>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace tgic::store {
class Database;
}
namespace tgic::intercom {
class IntercomApi;
class IntercomClient;
} // namespace tgic::intercom

namespace tgic::cli {

//! The repair commands of tgic-cli (check, merge, relink, unlink, reresolve, find-contact, audit):
//! thin wrappers that parse, call the core's identity actions and print what happened.
class MappingCommands
{
public:
    //! For commands that only read the local store (audit).
    MappingCommands(const QCommandLineParser &parser, store::Database &db);
    MappingCommands(const QCommandLineParser &parser, store::Database &db, const QUrl &intercomUrl,
        const QString &intercomToken);
    ~MappingCommands();

    // The commands, each with the positional arguments after its name (CliApp's command table
    // dispatches here; only find-contact takes any).
    ExitCode check(const QStringList &);
    ExitCode merge(const QStringList &);
    ExitCode relink(const QStringList &);
    ExitCode unlink(const QStringList &);
    ExitCode reresolve(const QStringList &);
    ExitCode findContact(const QStringList &args);
    ExitCode audit(const QStringList &);

    //! Records the admin behind the token (notes on contacts are written in its name).
    bool fetchAdmin();

private:
    bool telegramId(qint64 *id);
    QString actor() const;
    //! Start an asynchronous action and spin the event loop until it calls back.
    void wait(const std::function<void(const std::function<void()> &finish)> &start);

    const QCommandLineParser &m_parser;
    store::Database &m_db;
    QNetworkAccessManager *m_nam = nullptr;
    intercom::IntercomApi *m_api = nullptr;
    intercom::IntercomClient *m_client = nullptr;
};

} // namespace tgic::cli
