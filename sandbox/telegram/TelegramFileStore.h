// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace tgic::sandbox {

struct TelegramStoredFile
{
    QString fileId;
    QString fileUniqueId;
    QString filePath; // what getFile returns, relative to /file/bot<token>/
    QString fileName;
    QString mimeType;
    QByteArray content;
    qint64 size = 0; // may exceed content.size() when a test fakes a big file
};

// Files known to the emulated server: uploaded by the bot or scripted as sent by customers.
class TelegramFileStore
{
public:
    // kind picks the folder of file_path as Telegram does ("photos", "documents", "voice", ...).
    TelegramStoredFile add(const QByteArray &content, const QString &fileName, const QString &mimeType,
        qint64 declaredSize = -1, const QString &kind = QStringLiteral("documents"));
    // Pointers stay valid until the next add().
    const TelegramStoredFile *find(const QString &fileId) const;
    const TelegramStoredFile *findByPath(const QString &filePath) const;

    // The common part of Document, Voice, Audio, Video, Animation: file_id, file_unique_id,
    // file_name and mime_type when known, file_size.
    static QJsonObject describe(const TelegramStoredFile &file, bool withName = true);

private:
    QHash<QString, TelegramStoredFile> m_byId;
    QHash<QString, QString> m_idByPath;
    int m_counter = 0;
};

} // namespace tgic::sandbox
