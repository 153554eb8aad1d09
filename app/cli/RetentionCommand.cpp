// SPDX-License-Identifier: MIT
// tgic-cli retention: how long message contents are kept, what the next run removes, and (on a
// single seat) running it now (issue 21).
#include "CliApp.h"
#include "Console.h"

#include "store/Database.h"
#include "store/Retention.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {
void printPlan(const store::RetentionPlan &p)
{
    out() << "  " << p.messages << " messages, " << p.edits << " earlier texts of edited messages, "
          << p.outboxRows << " outbox rows, " << p.files << " files,\n  " << p.rawUpdates
          << " raw Telegram updates, " << p.quarantined << " quarantined updates, " << p.previews
          << " chat list previews"
          << " (older than " << QDateTime::fromMSecsSinceEpoch(p.cutoffMs).toString(Qt::ISODate) << ")\n";
    if (p.heldBack > 0)
        out() << "  " << p.heldBack << " older messages are still on their way and stay until they are"
              << " delivered or failed\n";
    out() << Qt::flush;
}
} // namespace

ExitCode CliApp::runRetention()
{
    int days = -1;
    if (m_parser.isSet(u"days"_s)) {
        bool ok = false;
        days = m_parser.value(u"days"_s).toInt(&ok);
        if (!ok || days < 0 || days > store::Retention::kMaxDays)
            return usageError(u"--days takes a number of days from 0 (keep everything) to %1"_s.arg(
                store::Retention::kMaxDays));
    }
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    store::Retention retention(db);
    const bool dryRun = m_parser.isSet(u"dry-run"_s);
    if (days >= 0 && !dryRun) {
        if (!retention.setDays(days, actorName(m_parser))) {
            err() << "tgic-cli: the database refused the new retention period" << Qt::endl;
            return ExitCode::Failure;
        }
    }
    const int keep = days >= 0 ? days : retention.days();
    if (keep == 0) {
        out() << "Data retention is off: message contents are kept until a customer is erased"
              << " (set it with --days N)." << Qt::endl;
        return ExitCode::Ok;
    }
    const qint64 last = retention.lastRunAt();
    out() << "Message contents are kept for " << keep << " days; the last run was "
          << (last > 0 ? QDateTime::fromMSecsSinceEpoch(last).toString(Qt::ISODate) : u"never"_s) << ".\n";
    const store::RetentionPlan plan = retention.plan(keep);
    if (dryRun || db.isTeam()) {
        if (db.isTeam() && !dryRun)
            out() << "In a team the workstation that runs the sync removes old data once a day.\n";
        out() << "The next run removes:\n";
        printPlan(plan);
        return ExitCode::Ok;
    }
    bool ok = false;
    QString error;
    const store::RetentionPlan removed = retention.run(actorName(m_parser), &ok, &error);
    if (!ok) {
        err() << "tgic-cli: " << error << Qt::endl;
        return ExitCode::Failure;
    }
    out() << "Removed:\n";
    printPlan(removed);
    return ExitCode::Ok;
}

} // namespace tgic::cli
