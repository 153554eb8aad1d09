// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::store {

//! Where tgic and tgic-cli keep their data: the XDG data home + "/tgic" (~/.local/share/tgic).
//! Both programs share it. Qt's AppDataLocation would say ~/.local/share/tgic/tgic, because the
//! organisation and the application are both called "tgic" — which the first versions used.
QString dataFolder();

//! The doubled folder of the first versions (~/.local/share/tgic/tgic), if it differs.
QString legacyDataFolder();

//! The default database file. Data left in the legacy folder is moved here first: the database
//! with its -wal and -shm files (renamed, the same inode, so nothing is copied or lost) and the
//! logs. If the move cannot be made, the legacy file is used where it is. A database already in
//! the new folder wins; the legacy one is then left alone.
QString defaultDatabaseFile();

} // namespace tgic::store
