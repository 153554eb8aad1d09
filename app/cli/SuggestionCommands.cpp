// SPDX-License-Identifier: MIT
#include "SuggestionCommands.h"

#include "Console.h"
#include "store/IdentityEvidence.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {
QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate) : QString();
}

QString evidenceWords(const store::Evidence &e)
{
    return e.kind == QLatin1StringView(store::evidence::kPhone)
        ? u"phone %1 shared from their own Telegram account"_s.arg(e.value)
        : u"e-mail %1 typed in a message"_s.arg(e.shownAs.isEmpty() ? e.value : e.shownAs);
}

QJsonObject toJson(const store::Suggestion &s)
{
    QJsonArray evidence;
    for (const store::Evidence &e : s.evidence) {
        QJsonObject item { { u"kind"_s, e.kind }, { u"value"_s, e.value }, { u"shown_as"_s, e.shownAs },
            { u"found_at"_s, isoTime(e.foundAt) } };
        if (e.messageId)
            item.insert(u"source_message"_s,
                QJsonObject { { u"id"_s, double(*e.messageId) }, { u"text"_s, e.messageText } });
        evidence.append(item);
    }
    return {
        { u"id"_s, double(s.id) },
        { u"state"_s, s.isCurrent ? u"open"_s : (s.state == u"open"_s ? u"stale"_s : s.state) },
        { u"strength"_s, s.strength },
        { u"telegram_user_id"_s, double(s.telegramUserId) },
        { u"customer"_s, s.customerName },
        { u"lead"_s, QJsonObject { { u"id"_s, s.leadId }, { u"name"_s, s.leadName } } },
        { u"user"_s,
            QJsonObject { { u"id"_s, s.user.id }, { u"name"_s, s.user.name }, { u"email"_s, s.user.email },
                { u"phone"_s, s.user.phone } } },
        { u"evidence"_s, evidence },
        { u"created_at"_s, isoTime(s.createdAt) },
        { u"updated_at"_s, isoTime(s.updatedAt) },
        { u"closed_by"_s, s.closedBy },
        { u"closed_at"_s, isoTime(s.closedAt) },
    };
}
} // namespace

ExitCode SuggestionCommands::run(const QStringList &args)
{
    if (args.isEmpty())
        return list();
    if (args.value(0) == u"dismiss"_s && args.size() == 2)
        return dismiss(args.value(1));
    err() << "tgic-cli: usage: suggestions [--json] [--all] | suggestions dismiss ID" << Qt::endl;
    return ExitCode::Usage;
}

ExitCode SuggestionCommands::list()
{
    const QList<store::Suggestion> all = store::EvidenceRepository(m_db).list(!m_parser.isSet(u"all"_s));
    if (m_parser.isSet(u"json"_s)) {
        QJsonArray items;
        for (const store::Suggestion &s : all)
            items.append(toJson(s));
        out() << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitCode::Ok;
    }
    if (all.isEmpty())
        out() << "No suggested merges." << '\n';
    for (const store::Suggestion &s : all) {
        const QString state
            = s.isCurrent ? QString() : u"  [%1]"_s.arg(s.state == u"open"_s ? u"stale"_s : s.state);
        out() << '#' << s.id << "  " << s.strength << "  " << s.customerName << " (Telegram "
              << s.telegramUserId << "): merge lead " << s.leadId << " into user " << s.user.id;
        QStringList who { s.user.name, s.user.email, s.user.phone };
        who.removeAll(QString());
        if (!who.isEmpty())
            out() << " (" << who.join(u", "_s) << ')';
        out() << state << '\n';
        for (const store::Evidence &e : s.evidence)
            out() << "    " << evidenceWords(e) << ", " << isoTime(e.foundAt) << '\n';
    }
    if (!all.isEmpty())
        out() << "Review one with: tgic-cli merge --from LEAD --into USER --dry-run" << '\n';
    out().flush();
    return ExitCode::Ok;
}

ExitCode SuggestionCommands::dismiss(const QString &id)
{
    bool ok = false;
    const qint64 suggestionId = id.toLongLong(&ok);
    if (!ok) {
        err() << "tgic-cli: dismiss takes the suggestion's number (see tgic-cli suggestions)" << Qt::endl;
        return ExitCode::Usage;
    }
    using D = store::EvidenceRepository::Dismissal;
    switch (store::EvidenceRepository(m_db).dismiss(suggestionId, m_actor)) {
    case D::Dismissed:
        break;
    case D::NotFound:
        err() << "tgic-cli: there is no suggested merge " << suggestionId << Qt::endl;
        return ExitCode::Failure;
    case D::AlreadyClosed:
        err() << "tgic-cli: suggested merge " << suggestionId
              << " is closed already (merged, dismissed or outdated; see suggestions --all)" << Qt::endl;
        return ExitCode::Failure;
    case D::Failed:
        err() << "tgic-cli: the dismissal could not be saved" << Qt::endl;
        return ExitCode::Failure;
    }
    out() << "Dismissed suggested merge " << suggestionId << "; it will not be proposed again." << Qt::endl;
    return ExitCode::Ok;
}

} // namespace tgic::cli
