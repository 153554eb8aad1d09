// SPDX-License-Identifier: MIT
#include "RetentionSettings.h"

#include "store/Database.h"

#include <QDateTime>
#include <QLocale>

namespace tgic::models {

RetentionSettings::RetentionSettings(store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

int RetentionSettings::days() const
{
    return store::Retention(m_db).days();
}

bool RetentionSettings::setDays(int days, const QString &actor)
{
    return store::Retention(m_db).setDays(days, actor);
}

RetentionPlan RetentionSettings::plan(int days) const
{
    return store::Retention(m_db).plan(days);
}

QStringList RetentionSettings::describe(int days) const
{
    QStringList out;
    if (days <= 0) {
        out << tr("Everything is kept until a customer is erased.");
        return out;
    }
    const RetentionPlan p = plan(days);
    out << tr("The next run removes message contents from before %1:")
               .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.cutoffMs), QLocale::ShortFormat));
    out << tr("%n message(s), %1 earlier text(s) of edited messages, %2 file(s),", nullptr, p.messages)
               .arg(p.edits)
               .arg(p.files);
    out << tr("%1 delivered outbox row(s), %2 raw Telegram update(s), %3 quarantined update(s).")
               .arg(p.outboxRows)
               .arg(p.rawUpdates)
               .arg(p.quarantined);
    if (p.heldBack > 0)
        out << tr("%n older message(s) still on their way stay until delivered.", nullptr, p.heldBack);
    out << tr("Who is who (the mappings), profiles and the audit log stay.");
    const qint64 last = store::Retention(m_db).lastRunAt();
    const QString when = last > 0
        ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(last), QLocale::ShortFormat)
        : tr("never");
    out << (m_db.isTeam()
            ? tr("The workstation that runs the sync removes it once a day (last run: %1).").arg(when)
            : tr("The sync removes it once a day (last run: %1).").arg(when));
    return out;
}

} // namespace tgic::models
