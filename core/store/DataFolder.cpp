// SPDX-License-Identifier: MIT
#include "DataFolder.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tgic::store {

namespace {
const QString kDatabaseName = u"tgic.sqlite3"_s;
const QStringList kCompanions { u"-wal"_s, u"-shm"_s };
} // namespace

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/tgic"_s;
}

QString legacyDataFolder()
{
    const QString legacy = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir::cleanPath(legacy) == QDir::cleanPath(dataFolder()) ? QString() : legacy;
}

QString defaultDatabaseFile()
{
    const QString folder = dataFolder();
    QString target = folder + u'/' + kDatabaseName; // not const: returned by move
    const QString legacy = legacyDataFolder();
    if (legacy.isEmpty())
        return target;
    QString old = legacy + u'/' + kDatabaseName;
    if (QFile::exists(old) && !QFile::exists(target)) {
        QDir().mkpath(folder);
        if (!QFile::rename(old, target)) {
            qCWarning(lcStore).noquote() << "cannot move the database from" << legacy << "- using it there";
            return old;
        }
        QStringList moved;
        for (const QString &suffix : kCompanions) {
            if (!QFile::exists(old + suffix))
                continue;
            if (QFile::rename(old + suffix, target + suffix)) {
                moved << suffix;
                continue;
            }
            // Without its write-ahead log the database would miss committed work: put all back.
            for (const QString &back : std::as_const(moved))
                QFile::rename(target + back, old + back);
            QFile::rename(target, old);
            qCWarning(lcStore).noquote() << "cannot move the database from" << legacy << "- using it there";
            return old;
        }
        qCInfo(lcStore).noquote() << "moved the database from" << legacy << "to" << folder;
    }
    const QString oldLogs = legacy + u"/logs"_s;
    if (QDir(oldLogs).exists() && !QDir(folder + u"/logs"_s).exists())
        QDir().rename(oldLogs, folder + u"/logs"_s);
    QDir().rmdir(legacy); // only if nothing is left in it
    return target;
}

} // namespace tgic::store
