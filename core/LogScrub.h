// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace tgic {

//! `text` without any of `needles`: each occurrence becomes "[erased]". A needle of digits only
//! (a Telegram ID) is matched as a whole number, never inside a longer one.
QString scrubText(const QString &text, const QStringList &needles);

//! Rewrites the log files in `folder` (tgic.log and its rotated tgic.N.log) in place, without
//! any of `needles`; returns how many lines changed. In place: a writer appending meanwhile
//! keeps its file.
int scrubLogFolder(const QString &folder, const QStringList &needles);

//! The process's log writer says how its files are scrubbed (the desktop app's log file, under
//! its own lock); the CLI writes no log file of its own and scrubs the app's data folder.
void setLogScrubber(std::function<void(const QStringList &needles)> scrubber);
//! After an erasure: scrub the log files this process knows of. Without a registered
//! scrubber, nothing happens.
void scrubLogs(const QStringList &needles);

} // namespace tgic
