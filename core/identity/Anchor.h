// SPDX-License-Identifier: MIT
#pragma once

#include "intercom/IntercomTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tgic::identity {

//! How a contact carries its Telegram identity in Intercom: `telegram_user_id` (the primary ID)
//! and `telegram_user_ids` (",111,222,": every ID an agent anchored on the same person). The one
//! place that reads and writes that format.
class Anchor
{
public:
    static Anchor of(const intercom::Contact &contact);

    QString primary() const { return m_primary; }
    QList<qint64> ids() const; //!< primary first, then the others, without repeats
    bool contains(qint64 telegramUserId) const { return ids().contains(telegramUserId); }
    bool isEmpty() const { return ids().isEmpty(); }

    //! The anchor after adding `telegramUserId` (it becomes primary only if there is none).
    Anchor with(qint64 telegramUserId) const;
    //! The anchor after removing `telegramUserId` (the next ID becomes primary).
    Anchor without(qint64 telegramUserId) const;

    //! `custom_attributes` for a PUT that writes this anchor ("" clears: Intercom refuses null).
    QJsonObject customAttributes() const;

    bool operator==(const Anchor &other) const { return ids() == other.ids(); }

private:
    QString m_primary;
    QList<qint64> m_others;
};

} // namespace tgic::identity
