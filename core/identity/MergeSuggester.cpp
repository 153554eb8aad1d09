// SPDX-License-Identifier: MIT
#include "MergeSuggester.h"

#include "Logging.h"
#include "Timers.h"
#include "intercom/IntercomClient.h"
#include "net/Backoff.h"
#include "store/Database.h"
#include "store/IdentityEvidence.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::identity {

namespace {
// A failed lookup is tried again later, not in a loop: a minute, doubling to an hour.
const net::Backoff kRetry { std::chrono::minutes(1), std::chrono::hours(1) };

//! The ways a workspace may have stored the value: Intercom's `=` compares strings.
QStringList searchForms(const store::Evidence &e)
{
    QStringList forms { e.value };
    if (e.kind == QLatin1StringView(store::evidence::kPhone))
        forms << e.value.mid(1); // without "+"
    forms << e.shownAs;
    forms.removeAll(QString());
    forms.removeDuplicates();
    return forms;
}

bool confirms(const store::Evidence &e, const intercom::Contact &contact)
{
    if (e.kind == QLatin1StringView(store::evidence::kPhone))
        return store::evidence::normalizedPhone(contact.phone) == e.value;
    return contact.email.trimmed().toLower() == e.value;
}
} // namespace

MergeSuggester::MergeSuggester(store::Database &db, intercom::IntercomClient *client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_kick(new QTimer(this))
    , m_retry(new QTimer(this))
{
    // Coalesce: a batch with ten e-mail addresses, or ten windows' notifications, is one pass.
    m_kick->setSingleShot(true);
    m_kick->setInterval(0);
    connect(m_kick, &QTimer::timeout, this, &MergeSuggester::checkNext);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &MergeSuggester::kick);
    // New evidence (from this process or, in team mode, any other) and customers who just got
    // a contact make evidence due; a new contact only if some evidence waits for one (a burst
    // of new customers who told us nothing costs no read per link).
    connect(&m_db, &store::Database::changed, this, [this](store::Topic topic) {
        if (topic == store::Topic::Suggestions || (topic == store::Topic::Mappings && m_awaitingContact))
            kick();
    });
}

void MergeSuggester::start()
{
    m_running = true;
    kick();
}

void MergeSuggester::stop()
{
    m_running = false;
    m_kick->stop();
    m_retry->stop();
}

bool MergeSuggester::isIdle() const
{
    return !m_busy && !m_kick->isActive();
}

void MergeSuggester::kick()
{
    if (m_running && !m_busy)
        m_kick->start();
}

void MergeSuggester::checkNext()
{
    if (!m_running || m_busy || !m_client)
        return;
    // What is due and when the next piece will be, in one round trip.
    const store::EvidenceRepository::Due waiting
        = store::EvidenceRepository(m_db).dueAndNext(store::nowMs(), 1);
    const QList<store::Evidence> &due = waiting.items;
    m_awaitingContact = waiting.awaitingContact;
    if (due.isEmpty()) {
        scheduleRetry(waiting.nextDueAt);
        Q_EMIT idle();
        return;
    }
    const store::Evidence &e = due.first();
    if (e.contactRole == u"user"_s) {
        // The customer is on a user already: Intercom merges only a lead into a user.
        qCInfo(lcIdentity) << "evidence" << e.id << "needs no merge: Telegram user" << e.telegramUserId
                           << "is on a user contact";
        onResult(e, true, {}, 0);
        return;
    }
    m_busy = true;
    ++m_searches;
    m_client->searchUsersBy(e.kind, searchForms(e), this, [this, e](const net::ApiResult &r) {
        m_busy = false;
        if (!r.ok()) {
            onResult(e, false, r.message, 0);
            return;
        }
        store::EvidenceRepository repo(m_db);
        int found = 0;
        bool stored = true;
        for (const intercom::Contact &contact : intercom::parseContactPage(r.payload.toObject()).items) {
            const QString &id = contact.id;
            // Only a user can survive a merge; the lead itself may carry the same phone.
            if (id == e.contactId || !contact.isUser() || !confirms(e, contact))
                continue;
            stored = repo.suggest(
                         e, e.contactId, { id, contact.name, contact.email, contact.phone }, store::nowMs())
                && stored;
            ++found;
        }
        onResult(e, stored, stored ? QString() : u"the suggestion could not be stored"_s, found);
    });
}

void MergeSuggester::onResult(const store::Evidence &evidence, bool ok, const QString &error, int found)
{
    store::EvidenceRepository repo(m_db);
    if (ok) {
        repo.markChecked(evidence.id, store::nowMs());
    } else {
        const qint64 retryAt = store::nowMs() + kRetry.delayFor(evidence.attempts).count();
        qCWarning(lcIdentity).noquote() << "looking up" << evidence.kind << "evidence" << evidence.id
                                        << "failed, trying again later:" << error;
        repo.markFailed(evidence.id, error, retryAt);
    }
    Q_EMIT searched(evidence.id, found);
    kick();
}

void MergeSuggester::scheduleRetry(const std::optional<qint64> &next)
{
    if (!next) {
        m_retry->stop();
        return;
    }
    startClamped(*m_retry, *next - store::nowMs(), 1000, kHourMs);
}

} // namespace tgic::identity
