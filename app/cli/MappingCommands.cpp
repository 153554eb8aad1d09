// SPDX-License-Identifier: MIT
#include "MappingCommands.h"

#include "Console.h"

#include "identity/ContactMerge.h"
#include "identity/IdentityResolver.h"
#include "identity/IntegrityCheck.h"
#include "identity/MappingActions.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/Database.h"
#include "store/Meta.h"
#include "store/UserDirectory.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {

ExitCode usage(const QString &message)
{
    err() << "tgic-cli: " << message << Qt::endl;
    return ExitCode::Usage;
}

ExitCode report(const identity::ActionResult &result)
{
    (result.ok ? out() : err()) << (result.ok ? QString() : u"tgic-cli: "_s) << result.message << Qt::endl;
    return result.ok ? ExitCode::Ok : ExitCode::Failure;
}
} // namespace

MappingCommands::MappingCommands(const QCommandLineParser &parser, store::Database &db)
    : m_parser(parser)
    , m_db(db)
{ }

MappingCommands::MappingCommands(const QCommandLineParser &parser, store::Database &db,
    const QUrl &intercomUrl, const QString &intercomToken)
    : m_parser(parser)
    , m_db(db)
    , m_nam(new QNetworkAccessManager)
    , m_api(new intercom::IntercomApi(m_nam, intercomUrl, intercomToken))
    , m_client(new intercom::IntercomClient(m_api))
{ }

MappingCommands::~MappingCommands()
{
    delete m_client;
    delete m_api;
    delete m_nam;
}

void MappingCommands::wait(const std::function<void(const std::function<void()> &)> &start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

QString MappingCommands::actor() const
{
    return actorName(m_parser);
}

bool MappingCommands::telegramId(qint64 *id)
{
    bool ok = false;
    *id = m_parser.value(u"telegram-id"_s).toLongLong(&ok);
    return ok && *id > 0;
}

bool MappingCommands::fetchAdmin()
{
    // Notes on contacts need the admin behind the token.
    bool ok = false;
    wait([&](const std::function<void()> &finish) {
        m_client->me(m_client, [&, finish](const net::ApiResult &result) {
            const auto admin = intercom::parseAdmin(result.payload.toObject());
            ok = result.ok();
            if (ok)
                store::meta::set(
                    m_db, QString::fromLatin1(store::meta::kIntercomAdminId), admin ? admin->id : QString());
            else
                err() << "tgic-cli: Intercom: " << result.message << Qt::endl;
            finish();
        });
    });
    return ok;
}

ExitCode MappingCommands::check(const QStringList &)
{
    identity::IdentityResolver resolver(m_db, m_client);
    identity::MappingActions actions(m_db, m_client, &resolver);
    identity::IntegrityCheck integrity(m_db, m_client, &resolver, &actions);
    QList<identity::IntegrityProblem> problems;
    int checked = 0;
    wait([&](const std::function<void()> &finish) {
        integrity.run(
            m_parser.isSet(u"fix"_s), [&, finish](const QList<identity::IntegrityProblem> &found, int n) {
                problems = found;
                checked = n;
                finish();
            });
    });
    int open = 0;
    for (const auto &p : problems)
        open += p.fixed ? 0 : 1;
    if (m_parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const auto &p : problems)
            list.append(QJsonObject { { u"problem"_s, identity::IntegrityProblem::kindName(p.kind) },
                { u"telegram_user_id"_s, p.telegramUserId }, { u"intercom_contact_id"_s, p.contactId },
                { u"other_contacts"_s, QJsonArray::fromStringList(p.otherContacts) },
                { u"description"_s, p.description }, { u"proposed_fix"_s, p.proposedFix },
                { u"fixed"_s, p.fixed } });
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject { { u"checked"_s, checked }, { u"problems"_s, list },
                              { u"intercom_requests"_s, double(integrity.requestsSent()) } })
                .toJson(QJsonDocument::Indented));
    } else {
        out() << "Checked " << checked << " mapping(s): " << problems.size() << " finding(s), " << open
              << " still open; " << integrity.requestsSent() << " Intercom request(s)." << Qt::endl;
        for (const auto &p : problems) {
            out() << (p.fixed ? "  fixed  " : "  open   ") << identity::IntegrityProblem::kindName(p.kind)
                  << "  " << p.description << Qt::endl
                  << "         → " << p.proposedFix << Qt::endl;
        }
    }
    out().flush();
    return open == 0 ? ExitCode::Ok : ExitCode::Failure;
}

ExitCode MappingCommands::merge(const QStringList &)
{
    const QString from = m_parser.value(u"from"_s);
    const QString into = m_parser.value(u"into"_s);
    if (from.isEmpty() || into.isEmpty())
        return usage(u"merge needs --from LEAD and --into USER"_s);
    identity::ContactMerge merger(m_db, m_client);
    identity::MergePreview preview;
    wait([&](const std::function<void()> &finish) {
        merger.preview(from, into, [&, finish](const identity::MergePreview &p) {
            preview = p;
            finish();
        });
    });
    if (!preview.allowed) {
        err() << "tgic-cli: cannot merge: " << preview.refusal << Qt::endl;
        if (!preview.alternative.isEmpty())
            err() << "tgic-cli: instead: " << preview.alternative << Qt::endl;
        return ExitCode::Failure;
    }
    out() << "Merge lead " << preview.fromId() << " (" << preview.from.name << ") into user "
          << preview.intoId() << " (" << preview.into.name << ")\n";
    for (const auto &a : preview.attributes) {
        const QString shown = a.outcome == u"gained"_s ? a.fromValue : a.intoValue;
        out() << "  " << a.outcome.leftJustified(7) << ' ' << a.name << " = " << shown;
        if (a.outcome == u"lost"_s)
            out() << "   (the lead's " << a.fromValue << " is discarded)";
        out() << '\n';
    }
    QStringList ids;
    for (qint64 id : preview.resultingTelegramIds)
        ids << QString::number(id);
    out() << "  conversations moving: " << preview.conversationsMoving << '\n'
          << "  Telegram IDs anchored on the survivor afterwards: "
          << (ids.isEmpty() ? u"none"_s : ids.join(u", "_s)) << '\n'
          << "  A merge cannot be undone in Intercom." << Qt::endl;
    if (preview.needsConfirmation)
        out() << "  Attention: " << preview.confirmationQuestion << Qt::endl;
    if (m_parser.isSet(u"dry-run"_s))
        return ExitCode::Ok;
    bool confirmed = m_parser.isSet(u"yes"_s);
    if (!confirmed) {
        if (!::isatty(STDIN_FILENO))
            return usage(u"merging needs --yes when not run interactively"_s);
        out() << "Type 'merge' to go ahead: " << Qt::flush;
        QTextStream in(stdin);
        confirmed = in.readLine().trimmed() == u"merge"_s;
        if (!confirmed) {
            out() << "Not merged." << Qt::endl;
            return ExitCode::Failure;
        }
    }
    identity::ActionResult result;
    wait([&](const std::function<void()> &finish) {
        merger.execute(preview, actor(), confirmed, [&, finish](const identity::ActionResult &r) {
            result = r;
            finish();
        });
    });
    return report(result);
}

ExitCode MappingCommands::relink(const QStringList &)
{
    qint64 id = 0;
    if (!telegramId(&id) || m_parser.value(u"contact"_s).isEmpty())
        return usage(u"relink needs --telegram-id N and --contact ID"_s);
    identity::IdentityResolver resolver(m_db, m_client);
    identity::MappingActions actions(m_db, m_client, &resolver);
    identity::ActionResult result;
    wait([&](const std::function<void()> &finish) {
        actions.relink(
            id, m_parser.value(u"contact"_s), actor(), [&, finish](const identity::ActionResult &r) {
                result = r;
                finish();
            });
    });
    return report(result);
}

ExitCode MappingCommands::unlink(const QStringList &)
{
    qint64 id = 0;
    if (!telegramId(&id))
        return usage(u"unlink needs --telegram-id N"_s);
    identity::IdentityResolver resolver(m_db, m_client);
    identity::MappingActions actions(m_db, m_client, &resolver);
    identity::ActionResult result;
    wait([&](const std::function<void()> &finish) {
        actions.unlink(id, actor(), [&, finish](const identity::ActionResult &r) {
            result = r;
            finish();
        });
    });
    return report(result);
}

ExitCode MappingCommands::reresolve(const QStringList &)
{
    qint64 id = 0;
    if (!telegramId(&id))
        return usage(u"reresolve needs --telegram-id N"_s);
    identity::IdentityResolver resolver(m_db, m_client);
    identity::MappingActions actions(m_db, m_client, &resolver);
    identity::ActionResult result;
    wait([&](const std::function<void()> &finish) {
        actions.reresolve(id, actor(), [&, finish](const identity::ActionResult &r) {
            result = r;
            finish();
        });
    });
    return report(result);
}

ExitCode MappingCommands::findContact(const QStringList &args)
{
    if (args.isEmpty())
        return usage(u"find-contact needs the text to search for"_s);
    net::ApiResult result;
    wait([&](const std::function<void()> &finish) {
        m_client->searchContacts(args.join(u' '), m_client, [&, finish](const net::ApiResult &r) {
            result = r;
            finish();
        });
    });
    if (!result.ok()) {
        err() << "tgic-cli: Intercom: " << result.message << Qt::endl;
        return ExitCode::Failure;
    }
    const QList<intercom::Contact> contacts = intercom::parseContactPage(result.payload.toObject()).items;
    for (const intercom::Contact &c : contacts)
        out() << c.id << "  " << intercom::contactRoleName(c.role).leftJustified(5) << "  " << c.name << "  "
              << c.email << "  " << c.phone << '\n';
    if (contacts.isEmpty())
        out() << "No contact matches." << '\n';
    out().flush();
    return ExitCode::Ok;
}

ExitCode MappingCommands::audit(const QStringList &)
{
    qint64 id = 0;
    if (m_parser.isSet(u"telegram-id"_s) && !telegramId(&id))
        return usage(u"--telegram-id takes a number"_s);
    const QJsonArray entries = store::UserDirectory(m_db).audit(id);
    if (m_parser.isSet(u"json"_s)) {
        out() << QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Indented));
    } else {
        for (const auto &v : entries) {
            const QJsonObject e = v.toObject();
            // An erased customer: the start of the keyed hash their entries are filed under.
            const QString who = e.value(u"erased_subject"_s).isString()
                ? u"erased "_s + e.value(u"erased_subject"_s).toString().left(16)
                : u"tg "_s + e.value(u"telegram_user_id"_s).toVariant().toString();
            out() << e.value(u"at"_s).toString() << "  " << e.value(u"actor"_s).toString() << "  "
                  << e.value(u"action"_s).toString() << "  " << who << "  " << e.value(u"before"_s).toString()
                  << " → " << e.value(u"after"_s).toString() << "  " << e.value(u"detail"_s).toString()
                  << '\n';
        }
    }
    out().flush();
    return ExitCode::Ok;
}

} // namespace tgic::cli
