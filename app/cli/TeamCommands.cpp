// SPDX-License-Identifier: MIT
#include "TeamCommands.h"

#include "Console.h"
#include "store/Database.h"
#include "store/TeamImport.h"
#include "store/TeamRepository.h"
#include "team/Workstation.h"

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
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

ExitCode TeamCommands::run(const QStringList &args)
{
    const QString sub = args.value(0);
    if (args.size() > 1) {
        err() << "tgic-cli: unexpected argument '" << args.at(1) << "'\nTry 'tgic-cli --help'." << Qt::endl;
        return ExitCode::Usage;
    }
    if (sub == u"status"_s)
        return status();
    if (sub == u"import"_s)
        return import();
    err() << "tgic-cli: team takes 'status' or 'import'\nTry 'tgic-cli --help'." << Qt::endl;
    return ExitCode::Usage;
}

ExitCode TeamCommands::status()
{
    if (!m_db.isTeam()) {
        err() << "tgic-cli: " << m_db.displayPath()
              << " is a single-seat cache, not a team database; pass --db postgresql://… or set TGIC_DB"
              << Qt::endl;
        return ExitCode::Failure;
    }
    const auto snap = store::TeamRepository(m_db).snapshot();
    if (!snap) {
        err() << "tgic-cli: cannot read the team's state from " << m_db.displayPath() << Qt::endl;
        return ExitCode::Failure;
    }
    const store::LeaseState &lease = snap->lease;
    if (m_parser.isSet(u"json"_s)) {
        QJsonObject leader;
        if (lease.held()) {
            leader = QJsonObject { { u"member_id"_s, lease.holder }, { u"host"_s, lease.host },
                { u"agent"_s, lease.agent }, { u"epoch"_s, lease.epoch },
                { u"since"_s, isoTime(lease.acquiredAt) }, { u"renewed_at"_s, isoTime(lease.renewedAt) },
                { u"lease_age_ms"_s, lease.serverNow - lease.renewedAt },
                { u"expires_in_ms"_s, lease.expiresAt - lease.serverNow } };
        }
        QJsonArray members;
        for (const store::TeamMember &m : snap->members) {
            members.append(QJsonObject { { u"member_id"_s, m.memberId }, { u"host"_s, m.host },
                { u"agent"_s, m.agent }, { u"program"_s, m.program }, { u"version"_s, m.version },
                { u"can_lead"_s, m.canLead }, { u"note"_s, m.note },
                { u"started_at"_s, isoTime(m.startedAt) }, { u"seen_at"_s, isoTime(m.seenAt) },
                { u"leading"_s, lease.held() && m.memberId == lease.holder } });
        }
        const QJsonObject doc { { u"database"_s, m_db.displayPath() },
            { u"leader"_s, lease.held() ? QJsonValue(leader) : QJsonValue(QJsonValue::Null) },
            { u"members"_s, members } };
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitCode::Ok;
    }
    out() << team::describeLeader(lease, {}) << "\n";
    if (lease.held())
        out() << "  lease epoch " << lease.epoch << ", renewed " << (lease.serverNow - lease.renewedAt)
              << " ms ago, expires in " << (lease.expiresAt - lease.serverNow) << " ms\n";
    out() << "Workstations seen in the last minute: " << snap->members.size() << "\n";
    for (const store::TeamMember &m : snap->members) {
        out() << "  " << m.host << " (" << m.agent << ") " << m.program << " " << m.version << ", seen "
              << (lease.serverNow - m.seenAt) << " ms ago";
        if (lease.held() && m.memberId == lease.holder)
            out() << ", runs the sync";
        else if (!m.canLead)
            out() << ", cannot lead: " << m.note;
        out() << "\n";
    }
    out().flush();
    return ExitCode::Ok;
}

ExitCode TeamCommands::import()
{
    const QString from = m_parser.value(u"from"_s);
    if (from.isEmpty()) {
        err() << "tgic-cli: team import needs --from PATH (the single-seat cache to copy)\nTry 'tgic-cli "
                 "--help'."
              << Qt::endl;
        return ExitCode::Usage;
    }
    store::Database source;
    if (!source.open(from)) {
        err() << "tgic-cli: " << source.error() << Qt::endl;
        return ExitCode::Failure;
    }
    const store::ImportReport report = store::TeamImport(source, m_db).run();
    if (!report.ok) {
        err() << "tgic-cli: the import stopped and nothing of it was kept: " << report.error << Qt::endl;
        return ExitCode::Failure;
    }
    out() << "Imported from " << from << " into " << m_db.displayPath() << ":\n";
    for (const auto &[table, counts] : report.tables)
        out() << "  " << table << ": " << counts.first << " new, " << counts.second << " already there\n";
    for (const QString &note : report.notes)
        out() << "  note: " << note << "\n";
    out().flush();
    return ExitCode::Ok;
}

} // namespace tgic::cli
