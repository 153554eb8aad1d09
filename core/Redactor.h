// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace tgic {

//! Removes secrets from any text before it reaches a log, an error message or the UI. A leaf
//! helper at the root of core/, like Logging.h: the network layer and the desktop app's log file
//! both scrub with it.
//! Telegram puts the bot token into every URL (also file URLs), and Qt's error strings quote
//! URLs, so every message from the network layer passes through here.
class Redactor
{
public:
    void addSecret(const QString &secret);
    QString redact(QString text) const;

private:
    QStringList m_secrets;
};

} // namespace tgic
