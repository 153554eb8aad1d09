// SPDX-License-Identifier: MIT
#pragma once

#include "MappingState.h"
#include "net/ApiResult.h"
#include "store/MappingRepository.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace tgic::intercom {
class IntercomClient;
}

namespace tgic::identity {

class IdentityResolver;
class MappingActions;

//! One finding of the integrity check, with the fix it proposes (or applied).
struct IntegrityProblem
{
    enum class Kind {
        Merged,          //!< the contact was merged away; followed to the survivor (fixed automatically)
        Deleted,         //!< the contact is gone (404)
        AnchorMissing,   //!< the contact no longer carries this Telegram ID (edited by hand)
        Duplicates,      //!< several contacts carry this Telegram ID
        Unreachable,     //!< could not be checked now
    };
    Kind kind = Kind::Unreachable;
    qint64 telegramUserId = 0;
    QString contactId;
    QStringList otherContacts;   //!< survivor, or the duplicates
    QString description;
    QString proposedFix;
    bool fixed = false;

    static QString kindName(Kind kind);
};

//! Verifies every mapping against Intercom — in batches the scheduler paces by the rate limit —
//! and repairs what is safe to repair on its own (following merges, settling conflict states).
//! The rest is reported with the command that fixes it; with `applyFixes`, anchors removed by
//! hand are written back and mappings to deleted contacts are re-resolved. Every change is in
//! the audit log.
class IntegrityCheck final : public QObject
{
    Q_OBJECT

public:
    IntegrityCheck(store::Database &db, intercom::IntercomClient *client, IdentityResolver *resolver,
        MappingActions *actions, QObject *parent = nullptr);

    void run(bool applyFixes, std::function<void(const QList<IntegrityProblem> &problems, int checked)> done);

Q_SIGNALS:
    void progress(int checked, int total);

private:
    struct Item
    {
        qint64 telegramUserId;
        QString contactId;
        identity::MappingState state;
    };
    void next();
    void checkContact(const Item &item);
    void checkDuplicates(const Item &item, const QString &liveContactId);
    void finishItem();
    void report(IntegrityProblem problem);

    store::Database &m_db;
    store::MappingRepository m_mappings;
    intercom::IntercomClient *m_client;
    IdentityResolver *m_resolver;
    MappingActions *m_actions;
    QList<Item> m_items;
    QList<IntegrityProblem> m_problems;
    std::function<void(const QList<IntegrityProblem> &, int)> m_done;
    int m_total = 0;
    int m_checked = 0;
    int m_inFlight = 0;
    bool m_applyFixes = false;
};

} // namespace tgic::identity
