// SPDX-License-Identifier: MIT
#pragma once

#include "MappingState.h"
#include "intercom/IntercomTypes.h"
#include "net/ApiResult.h"
#include "store/MappingRepository.h"

#include <QHash>
#include <QObject>
#include <QSet>
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
        Merged, //!< the contact was merged away; followed to the survivor (fixed automatically)
        Deleted, //!< the contact is gone (404)
        AnchorMissing, //!< the contact no longer carries this Telegram ID (edited by hand)
        Duplicates, //!< several contacts carry this Telegram ID
        Unreachable, //!< could not be checked now
    };
    Kind kind = Kind::Unreachable;
    qint64 telegramUserId = 0;
    QString contactId;
    QStringList otherContacts; //!< survivor, or the duplicates
    QString description;
    QString proposedFix;
    bool fixed = false;

    static QString kindName(Kind kind);
};

//! Verifies every mapping against Intercom and repairs what is safe to repair on its own
//! (following merges, settling conflict states). First one search per 150 Telegram IDs finds
//! every contact carrying them: a mapping whose contact is among them with its anchor is
//! confirmed, duplicates included, without a request of its own. Only what the batch did not
//! confirm — merged (search leaves merged contacts out), deleted, anchor changed, or too fresh to
//! be indexed — is read one by one. A healthy workspace costs about one request per 150 mappings.
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
    //! Requests the last run sent to Intercom (retries included).
    qint64 requestsSent() const { return m_requests; }

Q_SIGNALS:
    void progress(int checked, int total);

private:
    struct Item
    {
        qint64 telegramUserId;
        QString contactId;
        identity::MappingState state;
    };
    void nextBatch();
    void searchBatch(const QList<qint64> &ids, const QString &startingAfter);
    void batchDone();
    void next();
    void checkContact(const Item &item);
    void checkDuplicates(const Item &item, const QString &liveContactId);
    void judgeCarriers(
        const Item &item, const QString &liveContactId, const QList<intercom::Contact> &carriers);
    void finishRun();
    void finishItem();
    void report(IntegrityProblem problem);

    store::Database &m_db;
    store::MappingRepository m_mappings;
    intercom::IntercomClient *m_client;
    IdentityResolver *m_resolver;
    MappingActions *m_actions;
    QList<Item> m_items;
    QList<Item> m_all;
    QList<QList<qint64>> m_batches;
    QHash<QString, intercom::Contact> m_found; //!< every contact the batches returned, by id
    QSet<qint64> m_unconfirmed; //!< IDs whose batch failed: read one by one
    int m_batchesInFlight = 0;
    qint64 m_requestsAtStart = 0;
    qint64 m_requests = 0;
    QList<IntegrityProblem> m_problems;
    std::function<void(const QList<IntegrityProblem> &, int)> m_done;
    int m_total = 0;
    int m_checked = 0;
    int m_inFlight = 0;
    bool m_applyFixes = false;
};

} // namespace tgic::identity
