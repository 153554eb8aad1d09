// SPDX-License-Identifier: MIT
#pragma once

#include "intercom/IntercomTypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace tgic::intercom {
class IntercomClient;
}
namespace tgic::net {
struct ApiResult;
}

namespace tgic::models {

class MappingTools;

//! The contact an agent picked, in the terms a dialog needs: whom it names, and whether Intercom
//! can merge into it (a user) or only from it (a lead).
struct PickedContact
{
    QString id; //!< empty: none picked
    QString name;
    bool isUser = false;
    bool isLead = false;

    bool operator==(const PickedContact &other) const = default;
};

//! \brief Intercom contacts matching what an agent types (an id, an email, a phone number or a
//! name), for picking the contact to relink to or to merge.
//!
//! Typing is debounced: one search per pause, not per key. An answer to an older text is
//! dropped. The first row of a new result set becomes the suggestion; the model resets per result
//! set (the honest signal: the whole set is new).
class ContactSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactSearchModel)

public:
    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        RoleRole, //!< lead or user
        NameRole,
        EmailRole,
        PhoneRole,
        TelegramIdsRole, //!< the Telegram IDs anchored on the contact, "111, 222"
    };
    Q_ENUM(Role)

    explicit ContactSearchModel(intercom::IntercomClient *client, QObject *parent = nullptr);
    //! Searching through the repair tools (the engine's client, on the sync's thread), as the
    //! desktop's views do: the searches share the engine's rate-limit pacing.
    explicit ContactSearchModel(MappingTools *tools, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Search after the debounce pause; texts shorter than two characters clear the list.
    void setText(const QString &text);
    //! Search now (Enter in the search box).
    void searchNow();
    void setDebounce(int ms) { m_debounce.setInterval(ms); }

    //! Why the last search failed, in words; empty when it did not.
    QString error() const { return m_error; }
    //! The contact in `row`; an empty one outside the rows.
    PickedContact contactAt(int row) const;

Q_SIGNALS:
    void searchingChanged(bool searching);
    //! A search answered (`count` contacts, or an error()).
    void finished(int count);

private:
    void setSearching(bool searching);
    void take(quint64 generation, const net::ApiResult &result);

    QPointer<intercom::IntercomClient> m_client;
    QPointer<MappingTools> m_tools;
    QTimer m_debounce;
    QString m_text;
    QList<intercom::Contact> m_contacts;
    QString m_error;
    quint64 m_generation = 0;
    bool m_searching = false;
};

} // namespace tgic::models
