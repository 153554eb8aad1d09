// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace tgic {

//! \brief The app's log: every message of every QLoggingCategory, one line each, into a rotating
//! file (tgic.log, then tgic.1.log … tgic.4.log), and on to stderr as before.
//!
//! Tokens never reach the file: the core's Redactor already scrubs what the network layer
//! reports, and this handler is the last line of defence, scrubbing every line again with the
//! tokens the app holds (addSecret) and anything shaped like a bot token, an Intercom token or a
//! bearer header.
class LogFile
{
public:
    struct Options
    {
        //! Where the files go: the app says (its data folder + "/logs").
        QString directory;
        qint64 maxBytes = qint64(1024) * 1024; //!< rotate once the file is larger
        int files = 5; //!< tgic.log plus files - 1 older ones
        bool echo = true; //!< also pass each (scrubbed) message to the previous handler
    };

    //! Installs the message handler. Returns false (and logs to stderr only) if the folder or the
    //! file cannot be created.
    static bool install(const Options &options);
    //! Restores the previous handler and closes the file (tests).
    static void uninstall();

    //! A secret the app holds (a token): never written, wherever it appears in a line.
    static void addSecret(const QString &secret);

    //! The folder install() was given (even if it could not be written); empty before.
    static QString directory();
    //! The current file's path, or empty.
    static QString filePath();

    //! After a customer was erased: rewrites every log file without `needles` (their Telegram
    //! ID, name, username, …), under the handler's lock so no line is lost meanwhile.
    static int eraseMentions(const QStringList &needles);

    //! What the handler does to every line; public for tests.
    static QString scrub(const QString &line);
};

} // namespace tgic
