// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tgic::store {

class Database;

//! Small named values: the Telegram offset, the Intercom admin id, …
namespace meta {
QString get(const Database &db, const QString &key, const QString &fallback = {});
bool set(const Database &db, const QString &key, const QString &value);
//! The statement set() runs (key, value), for a batch.
QString setSql();

inline constexpr auto kTelegramOffset = "telegram.offset";
inline constexpr auto kIntercomAdminId = "intercom.admin_id";
} // namespace meta

} // namespace tgic::store
