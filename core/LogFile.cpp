// SPDX-License-Identifier: MIT
#include "LogFile.h"

#include "LogScrub.h"
#include "Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tgic {

namespace {

struct State
{
    QMutex mutex;
    LogFile::Options options;
    QString directory;
    QFile file;
    Redactor redactor;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

// A message raised while writing a message (QFile's own warnings) must not re-enter the handler.
thread_local bool inHandler = false;

QString logPath(const QString &dir, int index)
{
    return index == 0 ? dir + u"/tgic.log"_s : dir + u"/tgic.%1.log"_s.arg(index);
}

bool openFile(State &s)
{
    s.file.setFileName(logPath(s.directory, 0));
    // Owner-only: the log names customers.
    const bool existed = s.file.exists();
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    if (!existed)
        s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void rotate(State &s)
{
    s.file.close();
    QFile::remove(logPath(s.directory, s.options.files - 1));
    for (int i = s.options.files - 2; i >= 0; --i)
        QFile::rename(logPath(s.directory, i), logPath(s.directory, i + 1));
    openFile(s);
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    if (inHandler)
        return;
    inHandler = true;
    const QString clean = LogFile::scrub(message);
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
                + QLatin1Char(levelLetter(type)) + u' '
                + QString::fromLatin1(context.category ? context.category : "default") + u": "_s + clean
                + u'\n';
            s.file.write(line.toUtf8());
            s.file.flush();
            if (s.file.size() > s.options.maxBytes)
                rotate(s);
        }
    }
    if (s.options.echo && s.previous)
        s.previous(type, context, clean);
    inHandler = false;
}

} // namespace

bool LogFile::install(const Options &options)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        s.options.files = qMax(1, s.options.files);
        s.directory = options.directory;
        if (s.file.isOpen())
            s.file.close();
        if (!QDir().mkpath(s.directory) || !openFile(s)) {
            lock.unlock();
            qWarning("cannot write the log file in %s", qPrintable(s.directory));
            return false;
        }
        QFile::setPermissions(
            s.directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void LogFile::uninstall()
{
    State &s = state();
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    QMutexLocker lock(&s.mutex);
    s.file.close();
}

void LogFile::addSecret(const QString &secret)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.redactor.addSecret(secret);
}

int LogFile::eraseMentions(const QStringList &needles)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    const bool wasOpen = s.file.isOpen();
    s.file.close();
    const int changed = scrubLogFolder(s.directory, needles);
    if (wasOpen)
        openFile(s);
    return changed;
}

QString LogFile::directory()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.directory;
}

QString LogFile::filePath()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

QString LogFile::scrub(const QString &line)
{
    QString out;
    {
        State &s = state();
        QMutexLocker lock(&s.mutex);
        // Known tokens, bot-token shapes and bearer headers (the core's rules).
        out = s.redactor.redact(line);
    }
    // Intercom access tokens are base64 of "tok:…", so they start with "dG9rO".
    static const QRegularExpression intercomToken(u"dG9rO[A-Za-z0-9+/=_-]{16,}"_s);
    out.replace(intercomToken, u"<redacted>"_s);
    // Credentials in URLs and query strings: …?token=…, access_token=…, https://user:pass@host.
    static const QRegularExpression queryToken(
        u"((?:access_)?token=)[^&\\s\"']+"_s, QRegularExpression::CaseInsensitiveOption);
    out.replace(queryToken, u"\\1<redacted>"_s);
    static const QRegularExpression userInfo(
        u"(\\b[a-z][a-z0-9+.-]*://)[^/\\s:@]+:[^/\\s@]+@"_s, QRegularExpression::CaseInsensitiveOption);
    out.replace(userInfo, u"\\1<redacted>@"_s);
    // The Bot API puts the token into the path: /bot<token>/method, /file/bot<token>/path.
    static const QRegularExpression botPath(u"(/bot)[^/\\s]*:[^/\\s]+(/)"_s);
    out.replace(botPath, u"\\1<redacted>\\2"_s);
    return out;
}

} // namespace tgic
