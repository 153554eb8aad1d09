// SPDX-License-Identifier: MIT
#include "TeamImport.h"

#include "Database.h"
#include "Logging.h"
#include "Meta.h"
#include "Sql.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {

//! How one table is copied.
struct TableSpec
{
    QString name;
    QStringList key; //!< the columns that identify a row across databases
    bool serialId = false; //!< `id` is a local serial: renumber it, remember old → new
    //! column → the table whose renumbered ids it refers to
    QList<std::pair<QString, QString>> references;
};

const QList<TableSpec> &tableSpecs()
{
    // Parents before children, so every reference is renumbered by the time it is needed.
    static const QList<TableSpec> specs {
        { u"telegram_users"_s, { u"telegram_user_id"_s }, false, {} },
        { u"profile_history"_s,
            { u"telegram_user_id"_s, u"field"_s, u"old_value"_s, u"new_value"_s, u"changed_at"_s }, true,
            {} },
        { u"contacts"_s, { u"intercom_contact_id"_s }, false, {} },
        { u"mappings"_s, { u"telegram_user_id"_s }, false, {} },
        { u"chats"_s, { u"chat_id"_s }, false, {} },
        { u"conversations"_s, { u"intercom_conversation_id"_s }, false, {} },
        { u"messages"_s,
            { u"chat_id"_s, u"direction"_s, u"telegram_message_id"_s, u"sent_at"_s, u"kind"_s, u"text"_s },
            true, {} },
        { u"message_edits"_s, { u"message_id"_s, u"edited_at"_s, u"new_text"_s }, true,
            { { u"message_id"_s, u"messages"_s } } },
        { u"outbox"_s,
            { u"direction"_s, u"chat_id"_s, u"message_id"_s, u"kind"_s, u"created_at"_s, u"payload"_s }, true,
            { { u"message_id"_s, u"messages"_s } } },
        { u"outbox_files"_s, { u"outbox_id"_s, u"position"_s }, true, { { u"outbox_id"_s, u"outbox"_s } } },
        { u"relayed_parts"_s, { u"intercom_part_id"_s }, false, { { u"outbox_id"_s, u"outbox"_s } } },
        { u"conversation_cursors"_s, { u"intercom_conversation_id"_s }, false, {} },
        { u"telegram_updates"_s, { u"update_id"_s }, false, {} },
        { u"quarantine"_s, { u"source"_s, u"update_id"_s, u"received_at"_s, u"reason"_s }, true, {} },
        { u"audit_log"_s, { u"at"_s, u"actor"_s, u"action"_s, u"telegram_user_id"_s, u"detail"_s }, true,
            {} },
        { u"identity_evidence"_s, { u"telegram_user_id"_s, u"kind"_s, u"value"_s }, true,
            { { u"message_id"_s, u"messages"_s } } },
        { u"merge_suggestions"_s, { u"lead_contact_id"_s, u"user_contact_id"_s }, true, {} },
        { u"merge_suggestion_evidence"_s, { u"suggestion_id"_s, u"evidence_id"_s }, false,
            { { u"suggestion_id"_s, u"merge_suggestions"_s },
                { u"evidence_id"_s, u"identity_evidence"_s } } },
        { u"intercom_teammates"_s, { u"kind"_s, u"id"_s }, false, {} },
    };
    return specs;
}

class Copier
{
public:
    Copier(Database &source, Database &target)
        : m_source(source)
        , m_target(target)
        , m_same(target.isTeam() ? u" IS NOT DISTINCT FROM ?"_s : u" IS ?"_s)
    { }

    bool copy(const TableSpec &spec, ImportReport &report)
    {
        QSqlQuery rows(m_source.connection());
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT * FROM "_s + spec.name + (spec.serialId ? u" ORDER BY id"_s : QString()))) {
            report.error = u"reading %1: %2"_s.arg(spec.name, rows.lastError().text());
            return false;
        }
        QHash<qint64, qint64> &ids = m_renumbered[spec.name];
        int copied = 0;
        int present = 0;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList columns;
            QVariantList values;
            qint64 oldId = 0;
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                QVariant value = record.value(i);
                if (spec.serialId && column == u"id"_s) {
                    oldId = value.toLongLong();
                    continue;
                }
                for (const auto &[refColumn, refTable] : spec.references) {
                    if (column == refColumn && !value.isNull()) {
                        const auto it = m_renumbered.value(refTable).constFind(value.toLongLong());
                        if (it != m_renumbered.value(refTable).constEnd())
                            value = *it;
                    }
                }
                columns << column;
                values << value;
            }
            QStringList conditions;
            QVariantList keyValues;
            for (const QString &key : spec.key) {
                conditions << key + m_same;
                keyValues << values.value(columns.indexOf(key));
            }
            bool ok = false;
            SqlResult existing = runSql(m_target.connection(),
                u"SELECT "_s + (spec.serialId ? u"id"_s : spec.key.first()) + u" FROM "_s + spec.name
                    + u" WHERE "_s + conditions.join(u" AND "_s),
                keyValues, &ok);
            if (!ok) {
                report.error = u"matching %1 in the team database"_s.arg(spec.name);
                return false;
            }
            if (existing.next()) {
                ++present;
                if (spec.serialId)
                    ids.insert(oldId, existing.value(0).toLongLong());
                if (spec.name == u"mappings"_s)
                    compareMapping(columns, values, report);
                continue;
            }
            QStringList marks(columns.size(), u"?"_s);
            SqlResult insert = runSql(m_target.connection(),
                u"INSERT INTO "_s + spec.name + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                    + marks.join(u", "_s) + u')' + (spec.serialId ? u" RETURNING id"_s : QString()),
                values, &ok);
            if (!ok) {
                report.error = u"copying a row of %1 into the team database"_s.arg(spec.name);
                return false;
            }
            if (spec.serialId && insert.next())
                ids.insert(oldId, insert.value(0).toLongLong());
            ++copied;
        }
        report.tables.append({ spec.name, { copied, present } });
        return true;
    }

private:
    void compareMapping(const QStringList &columns, const QVariantList &values, ImportReport &report)
    {
        const qint64 user = values.value(columns.indexOf(u"telegram_user_id"_s)).toLongLong();
        const QString mine = values.value(columns.indexOf(u"intercom_contact_id"_s)).toString();
        const QString team = scalar(m_target.connection(),
            u"SELECT intercom_contact_id FROM mappings WHERE telegram_user_id = ?"_s, { user })
                                 .toString();
        if (mine != team)
            report.notes << u"Telegram user %1: this cache links contact %2, the team links %3; the team's "
                            "link was kept (run 'tgic-cli check' to verify)"_s.arg(user)
                                .arg(mine.isEmpty() ? u"none"_s : mine, team.isEmpty() ? u"none"_s : team);
    }

    Database &m_source;
    Database &m_target;
    QString m_same;
    QHash<QString, QHash<qint64, qint64>> m_renumbered;
};

} // namespace

ImportReport TeamImport::run()
{
    ImportReport report;
    Transaction transaction(m_target);
    if (!transaction) {
        report.error = u"cannot start a transaction on the team database"_s;
        return report;
    }
    Copier copier(m_source, m_target);
    for (const TableSpec &spec : tableSpecs()) {
        if (!copier.copy(spec, report)) {
            report.tables.clear();
            return report;
        }
    }
    // Telegram's offset: the larger one is what Telegram has been told; never move it back.
    const QString key = QString::fromLatin1(meta::kTelegramOffset);
    const qint64 mine = meta::get(m_source, key).toLongLong();
    const qint64 team = meta::get(m_target, key).toLongLong();
    if (mine > team && !meta::set(m_target, key, QString::number(mine))) {
        report.error = u"cannot record the Telegram offset"_s;
        return report;
    }
    if (!transaction.commit()) {
        report.error = m_target.error();
        return report;
    }
    report.ok = true;
    for (Topic topic : allTopics())
        m_target.notifyChanged(topic);
    qCInfo(lcStore) << "imported a single-seat cache into the team database";
    return report;
}

} // namespace tgic::store
