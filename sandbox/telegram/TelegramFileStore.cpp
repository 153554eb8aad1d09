// SPDX-License-Identifier: MIT
#include "TelegramFileStore.h"

#include <QCryptographicHash>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tgic::sandbox {

namespace {

// Real identifiers are opaque base64url strings; ours are too, so clients cannot lean on their shape.
QString opaqueId(const QByteArray &seed, qsizetype length)
{
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(length));
}

} // namespace

TelegramStoredFile TelegramFileStore::add(const QByteArray &content, const QString &fileName,
    const QString &mimeType, qint64 declaredSize, const QString &kind)
{
    const int n = m_counter++;
    TelegramStoredFile f;
    const QByteArray seed = "tgic-sandbox-file-"_ba + QByteArray::number(n) + '/' + fileName.toUtf8();
    f.fileId = u"BQACAgIAAx"_s + opaqueId(seed, 40);
    f.fileUniqueId = u"AgAD"_s + opaqueId("unique:"_ba + seed, 12);
    const QString suffix = QFileInfo(fileName).suffix();
    f.filePath = kind + u"/file_"_s + QString::number(n) + (suffix.isEmpty() ? QString() : u"."_s + suffix);
    f.fileName = fileName;
    f.mimeType = mimeType;
    f.content = content;
    f.size = declaredSize >= 0 ? declaredSize : content.size();
    m_idByPath.insert(f.filePath, f.fileId);
    m_byId.insert(f.fileId, f);
    return f;
}

const TelegramStoredFile *TelegramFileStore::find(const QString &fileId) const
{
    const auto it = m_byId.constFind(fileId);
    return it == m_byId.constEnd() ? nullptr : &*it;
}

const TelegramStoredFile *TelegramFileStore::findByPath(const QString &filePath) const
{
    const auto it = m_idByPath.constFind(filePath);
    return it == m_idByPath.constEnd() ? nullptr : find(*it);
}

QJsonObject TelegramFileStore::describe(const TelegramStoredFile &file, bool withName)
{
    QJsonObject o { { u"file_id"_s, file.fileId }, { u"file_unique_id"_s, file.fileUniqueId } };
    if (withName && !file.fileName.isEmpty())
        o.insert(u"file_name"_s, file.fileName);
    if (!file.mimeType.isEmpty())
        o.insert(u"mime_type"_s, file.mimeType);
    o.insert(u"file_size"_s, file.size);
    return o;
}

} // namespace tgic::sandbox
