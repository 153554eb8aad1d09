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
//! The bot's own user id (getMe): tells its echo in business chats from other bots'.
inline constexpr auto kTelegramBotId = "telegram.bot_id";
//! "on": the team asked for customers' business messages to be marked read once answered.
inline constexpr auto kBusinessReadMarks = "business.read_marks";
} // namespace meta

} // namespace tgic::store
