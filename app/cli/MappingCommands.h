// SPDX-License-Identifier: MIT
#pragma once

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

    int run(const QString &command, const QStringList &args);
    int audit();

private:
    int check();
    int merge();
    int relink();
    int unlink();
    int reresolve();
    int findContact(const QStringList &args);

    bool telegramId(qint64 *id);
    QString actor() const;
    bool fetchAdmin();
    //! Start an asynchronous action and spin the event loop until it calls back.
    void wait(const std::function<void(const std::function<void()> &finish)> &start);

    const QCommandLineParser &m_parser;
    store::Database &m_db;
    QNetworkAccessManager *m_nam = nullptr;
    intercom::IntercomApi *m_api = nullptr;
    intercom::IntercomClient *m_client = nullptr;
};

} // namespace tgic::cli
