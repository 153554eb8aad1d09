// SPDX-License-Identifier: MIT
#include "LogScrub.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tgic {

namespace {
QMutex scrubberLock;
std::function<void(const QStringList &)> &scrubber()
{
    static std::function<void(const QStringList &)> instance;
    return instance;
}

bool digitsOnly(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}
} // namespace

QString scrubText(const QString &text, const QStringList &needles)
{
    QString out = text;
    for (const QString &needle : needles) {
        if (needle.isEmpty())
            continue;
        if (digitsOnly(needle)) {
            const QRegularExpression number(u"(?<!\\d)"_s + needle + u"(?!\\d)"_s);
            out.replace(number, u"[erased]"_s);
        } else {
            out.replace(needle, u"[erased]"_s);
        }
    }
    return out;
}

int scrubLogFolder(const QString &folder, const QStringList &needles)
{
    if (folder.isEmpty() || needles.isEmpty())
        return 0;
    int changed = 0;
    const QStringList files = QDir(folder).entryList({ u"tgic*.log"_s }, QDir::Files);
    for (const QString &name : files) {
        QFile file(folder + u'/' + name);
        if (!file.open(QIODevice::ReadWrite))
            continue;
        const QString before = QString::fromUtf8(file.readAll());
        QStringList lines = before.split(u'\n');
        for (QString &line : lines) {
            const QString clean = scrubText(line, needles);
            if (clean != line) {
                line = clean;
                ++changed;
            }
        }
        const QByteArray after = lines.join(u'\n').toUtf8();
        if (after == before.toUtf8())
            continue;
        file.seek(0);
        file.write(after);
        file.resize(after.size());
    }
    return changed;
}

void setLogScrubber(std::function<void(const QStringList &)> fn)
{
    QMutexLocker lock(&scrubberLock);
    scrubber() = std::move(fn);
}

void scrubLogs(const QStringList &needles)
{
    std::function<void(const QStringList &)> fn;
    {
        QMutexLocker lock(&scrubberLock);
        fn = scrubber();
    }
    if (fn)
        fn(needles);
}

} // namespace tgic
