// SPDX-License-Identifier: MIT
#include "ChangeRelay.h"

#include "store/Database.h"

#include <QObject>

namespace tgic::models {

ChangeRelay::ChangeRelay(store::Database &a, store::Database &b)
{
    const auto state = std::make_shared<Relaying>();
    m_aToB = pass(a, b, state, &Relaying::a, &Relaying::b);
    m_bToA = pass(b, a, state, &Relaying::b, &Relaying::a);
}

ChangeRelay::~ChangeRelay()
{
    QObject::disconnect(m_aToB);
    QObject::disconnect(m_bToA);
}

QMetaObject::Connection ChangeRelay::pass(store::Database &from, store::Database &to,
    const std::shared_ptr<Relaying> &state, bool Relaying::*fromFlag, bool Relaying::*toFlag)
{
    // Direct: the check runs on `from`'s thread as it announces; the announcement is then queued
    // to `to`'s thread, and dropped there if `to` went in the meantime.
    return QObject::connect(
        &from, &store::Database::changed, &from,
        [state, fromFlag, toFlag, to = &to](store::Topic topic, const QList<qint64> &ids) {
            if ((*state).*fromFlag)
                return; // it came from `to`: not sent back
            QMetaObject::invokeMethod(to, [state, toFlag, to, topic, ids] {
                (*state).*toFlag = true;
                Q_EMIT to->changed(topic, ids);
                (*state).*toFlag = false;
            });
        },
        Qt::DirectConnection);
}

} // namespace tgic::models
