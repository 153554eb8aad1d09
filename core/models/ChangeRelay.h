// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaObject>

#include <memory>

namespace tgic::store {
class Database;
}

namespace tgic::models {

//! \brief Two connections to one SQLite file in one process, each on a thread of its own (the
//! desktop's window and its sync engine): what one announces (store::Database::changed), the
//! other's listeners hear too, queued to its thread, so the windows refresh when the engine
//! writes and the engine hears of work the window queued.
//!
//! A team database needs none: every connection hears the others through LISTEN/NOTIFY. A change
//! passed on is not passed back.
class ChangeRelay final
{
    Q_DISABLE_COPY_MOVE(ChangeRelay)

public:
    //! Both databases open, each on its own thread; the relay goes before either does.
    ChangeRelay(store::Database &a, store::Database &b);
    ~ChangeRelay();

private:
    //! Set while a database announces a change passed on to it; each flag is read and written
    //! only on its own database's thread. Shared: an announcement already queued may run after
    //! the relay went.
    struct Relaying
    {
        bool a = false;
        bool b = false;
    };
    static QMetaObject::Connection pass(store::Database &from, store::Database &to,
        const std::shared_ptr<Relaying> &state, bool Relaying::*fromFlag, bool Relaying::*toFlag);

    QMetaObject::Connection m_aToB;
    QMetaObject::Connection m_bToA;
};

} // namespace tgic::models
