// SPDX-License-Identifier: MIT
#include "ContactSearchModel.h"

#include "MappingTools.h"
#include "identity/Anchor.h"
#include "intercom/IntercomClient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tgic::models {

ContactSearchModel::ContactSearchModel(intercom::IntercomClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    // One request per pause in typing: Intercom's search is rate-limited like everything else.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &ContactSearchModel::searchNow);
}

ContactSearchModel::ContactSearchModel(MappingTools *tools, QObject *parent)
    : ContactSearchModel(static_cast<intercom::IntercomClient *>(nullptr), parent)
{
    m_tools = tools;
}

int ContactSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant ContactSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const intercom::Contact &c = m_contacts.at(index.row());
    const QString &name = c.name;
    const QString &email = c.email;
    const QString &phone = c.phone;
    const QString role_ = intercom::contactRoleName(c.role);
    QStringList ids;
    for (qint64 id : identity::Anchor::of(c).ids())
        ids << QString::number(id);
    switch (role) {
    case Qt::DisplayRole:
        return name.isEmpty() ? tr("(no name)") : name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts { c.isUser() ? tr("user") : tr("lead"), name, email, phone };
        if (!ids.isEmpty())
            parts << tr("Telegram %1").arg(ids.join(u", "_s));
        parts << tr("Intercom id %1").arg(c.id);
        parts.removeAll(QString());
        return parts.join(u", "_s);
    }
    case ContactIdRole:
        return c.id;
    case RoleRole:
        return role_;
    case NameRole:
        return name;
    case EmailRole:
        return email;
    case PhoneRole:
        return phone;
    case TelegramIdsRole:
        return ids.join(u", "_s);
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { ContactIdRole, "contactId" }, { RoleRole, "role" }, { NameRole, "name" },
        { EmailRole, "email" }, { PhoneRole, "phone" }, { TelegramIdsRole, "telegramIds" } });
    return names;
}

PickedContact ContactSearchModel::contactAt(int row) const
{
    if (row < 0 || row >= m_contacts.size())
        return {};
    const intercom::Contact &c = m_contacts.at(row);
    return { c.id, c.name, c.isUser(), c.isLead() };
}

void ContactSearchModel::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    m_debounce.start();
}

void ContactSearchModel::setSearching(bool searching)
{
    if (searching == m_searching)
        return;
    m_searching = searching;
    Q_EMIT searchingChanged(searching);
}

void ContactSearchModel::searchNow()
{
    m_debounce.stop();
    const quint64 generation = ++m_generation;
    if (m_text.size() < 2 || (!m_client && !m_tools)) {
        beginResetModel();
        m_contacts.clear();
        m_error.clear();
        endResetModel();
        setSearching(false);
        Q_EMIT finished(0);
        return;
    }
    setSearching(true);
    if (m_tools) {
        // The answer comes back on this thread, maybe after this model went.
        m_tools->searchContacts(
            m_text, [self = QPointer<ContactSearchModel>(this), generation](const net::ApiResult &result) {
                if (self)
                    self->take(generation, result);
            });
        return;
    }
    m_client->searchContacts(
        m_text, this, [this, generation](const net::ApiResult &result) { take(generation, result); });
}

void ContactSearchModel::take(quint64 generation, const net::ApiResult &result)
{
    if (generation != m_generation)
        return; // the agent typed on: an answer to an older text
    beginResetModel();
    m_contacts.clear();
    m_error = result.ok() ? QString() : result.message;
    if (result.ok()) {
        m_contacts = intercom::parseContactPage(result.payload.toObject()).items;
    }
    endResetModel();
    setSearching(false);
    Q_EMIT finished(int(m_contacts.size()));
}

} // namespace tgic::models
