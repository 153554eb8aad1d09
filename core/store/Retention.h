// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tgic::store {

class Database;

//! What one retention run removes (or removed): message contents older than the cut-off.
struct RetentionPlan
{
    int days = 0; //!< 0: keep everything (retention off)
    qint64 cutoffMs = 0; //!< contents from before this moment go
    int messages = 0; //!< messages (their text, captions, media references)
    int edits = 0; //!< earlier texts of edited messages
    int outboxRows = 0; //!< delivered or failed outbox rows (they carry the text)
    int files = 0; //!< agents' attachments held in the database
    int rawUpdates = 0; //!< Telegram updates as received (the update_id stays for dedupe)
    int quarantined = 0; //!< quarantined updates
    int previews = 0; //!< chat list previews of a last message that old
    int heldBack = 0; //!< old messages still on their way: kept until delivered or failed

    bool enabled() const { return days > 0; }
    int total() const { return messages + edits + outboxRows + files + rawUpdates + quarantined + previews; }
};

//! Keeping customer data only as long as the team decides: message texts and media older than
//! N days are removed from the local cache or the team database; the identity mapping (who is
//! who, which holds no message content), profiles and the audit log stay. The policy lives in the
//! database (meta), so every workstation of a team shows and applies the same one; in a team only
//! the workstation holding the poller lease runs it (once a day), any other can preview it.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    explicit Retention(Database &db)
        : m_db(db)
    { }

    static constexpr int kMaxDays = 3650;
    static constexpr qint64 kIntervalMs = qint64(24) * 60 * 60 * 1000;

    //! The policy: days to keep message contents; 0 keeps them forever (the default).
    int days() const;
    //! Changes the policy (audited with `actor`); false when the database refused.
    bool setDays(int days, const QString &actor);
    //! When the last run finished (UNIX ms), 0 if never.
    qint64 lastRunAt() const;
    //! A run is due: the policy is on and the last run is a day old or more.
    bool due() const;

    //! What a run with `days` would remove now; changes nothing (one round trip).
    RetentionPlan plan(int days) const;
    //! Runs the stored policy in one transaction and records it (audit, last run). In a team the
    //! run is fenced on the poller lease: only the leader removes data. Returns what was
    //! removed; `ok` false when refused or failed (nothing removed then, `error` says why).
    RetentionPlan run(const QString &actor, bool *ok, QString *error = nullptr);

private:
    Database &m_db;
};

} // namespace tgic::store
