// SPDX-License-Identifier: MIT
#include "SuggestionsModel.h"

#include "store/Database.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tgic::models {

SuggestionsModel::SuggestionsModel(store::Database &db, QObject *parent)
    : SuggestionsModel(*new ModelReader(db), parent)
{
    m_reader->setParent(this);
}

SuggestionsModel::SuggestionsModel(ModelReader &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(reader.database())
    , m_reader(&reader)
{
    // A handful of rows, changed rarely: re-read them all, once per burst of notifications. A
    // mapping change (any customer linked, any profile refreshed: many in a busy inbox) matters
    // only for a user with an open suggestion; the others would re-read every row for nothing.
    m_reload.setSingleShot(true);
    m_reload.setInterval(50);
    connect(&m_reload, &QTimer::timeout, this, &SuggestionsModel::reload);
    connect(&m_db, &store::Database::changed, this, [this](store::Topic topic, const QList<qint64> &ids) {
        if (concerns(topic, ids))
            m_reload.start();
    });
    // The first rows through the reader, as the lists' first pages are: at once on SQLite, on a
    // team database without the window waiting (the badge follows countChanged()).
    reload();
}

bool SuggestionsModel::concerns(store::Topic topic, const QList<qint64> &ids) const
{
    if (topic == store::Topic::Suggestions)
        return true;
    if (topic != store::Topic::Mappings)
        return false;
    // No ids: any mapping may have changed (a team database that came back).
    return ids.isEmpty()
        || std::any_of(ids.begin(), ids.end(), [this](qint64 id) { return m_openUsers.contains(id); });
}

SuggestionsModel::Read SuggestionsModel::read(store::Database &db)
{
    const store::EvidenceRepository evidence(db);
    return { evidence.list(true), evidence.openSuggestionUsers() };
}

void SuggestionsModel::reload()
{
    m_reader->read([](store::Database &db) { return read(db); }, this,
        m_read.latest([this](Read fresh) { show(std::move(fresh)); }));
}

void SuggestionsModel::show(Read read)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(read.rows);
    m_openUsers = std::move(read.openUsers);
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged(count());
}

int SuggestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int SuggestionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SuggestionsModel::rowOf(qint64 suggestionId) const
{
    for (int row = 0; row < count(); ++row)
        if (m_rows.at(row).id == suggestionId)
            return row;
    return -1;
}

QString SuggestionsModel::describeEvidence(const store::Evidence &e)
{
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.foundAt), QLocale::ShortFormat);
    if (e.kind == QLatin1StringView(store::evidence::kPhone))
        return tr("Shared their own phone number %1 from their Telegram account (verified by Telegram), %2")
            .arg(e.value, when);
    const QString quote = e.messageText.simplified();
    return tr("Typed the e-mail address %1 in a message, %2: “%3”")
        .arg(e.shownAs.isEmpty() ? e.value : e.shownAs, when,
            quote.size() > 120 ? quote.left(119) + u'…' : quote);
}

QVariant SuggestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Suggestion &s = m_rows.at(index.row());
    switch (role) {
    case SuggestionIdRole:
        return s.id;
    case TelegramUserIdRole:
        return s.telegramUserId;
    case LeadIdRole:
        return s.leadId;
    case UserIdRole:
        return s.user.id;
    case StrengthRole:
        return s.strength;
    case EvidenceKindsRole: {
        QStringList kinds;
        for (const store::Evidence &e : s.evidence)
            if (!kinds.contains(e.kind))
                kinds << e.kind;
        return kinds;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const store::Evidence &e : s.evidence)
            lines << describeEvidence(e);
        return lines.join(u'\n');
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CustomerColumn:
        return s.customerName.isEmpty() ? tr("Telegram user %1").arg(s.telegramUserId)
                                        : tr("%1 (Telegram %2)").arg(s.customerName).arg(s.telegramUserId);
    case MergeColumn: {
        QStringList user { s.user.name, s.user.email };
        user.removeAll(QString());
        return tr("Lead %1 into user %2")
            .arg(s.leadName.isEmpty() ? s.leadId : s.leadName,
                user.isEmpty() ? s.user.id : user.join(u", "_s));
    }
    case EvidenceColumn: {
        QStringList parts;
        for (const store::Evidence &e : s.evidence)
            parts << (e.kind == QLatin1StringView(store::evidence::kPhone)
                    ? tr("verified phone %1").arg(e.value)
                    : tr("typed e-mail %1").arg(e.value));
        return parts.join(u"; "_s);
    }
    case StrengthColumn:
        return s.strength == u"strong"_s ? tr("Strong") : tr("Medium");
    case FoundColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.updatedAt), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant SuggestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case MergeColumn:
        return tr("Suggested merge");
    case EvidenceColumn:
        return tr("Evidence");
    case StrengthColumn:
        return tr("Strength");
    case FoundColumn:
        return tr("Found");
    default:
        return {};
    }
}

QString SuggestionsModel::dismiss(qint64 suggestionId, const QString &actor)
{
    using D = store::EvidenceRepository::Dismissal;
    const D result = store::EvidenceRepository(m_db).dismiss(suggestionId, actor);
    reload();
    switch (result) {
    case D::Dismissed:
        return {};
    case D::NotFound:
    case D::AlreadyClosed:
        return tr(
            "This suggestion was closed meanwhile (merged or dismissed, perhaps on another workstation).");
    case D::Failed:
        break;
    }
    return tr("The dismissal could not be saved: the database is not available.");
}

} // namespace tgic::models
