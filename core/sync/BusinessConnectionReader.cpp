// SPDX-License-Identifier: MIT
#include "BusinessConnectionReader.h"

#include "Logging.h"
#include "store/BusinessRepository.h"
#include "store/Sql.h"
#include "telegram/TelegramApi.h"
#include "telegram/TelegramRequests.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tgic::sync {

BusinessConnectionReader::BusinessConnectionReader(
    store::Database &db, telegram::TelegramApi *api, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_api(api)
{ }

void BusinessConnectionReader::catchUp()
{
    for (const QString &id : store::BusinessRepository(m_db).unknownConnections()) {
        if (m_asked.contains(id))
            continue;
        m_asked.insert(id);
        ++m_inFlight;
        m_api->send(
            telegram::requests::getBusinessConnection(id), this, [this, id](const net::ApiResult &result) {
                --m_inFlight;
                if (result.ok() && result.payload.isObject()) {
                    if (!store::BusinessRepository(m_db).saveConnection(
                            result.payload.toObject(), store::nowMs()))
                        m_asked.remove(id); // the next batch tries again
                } else {
                    qCWarning(lcSync).noquote()
                        << "could not read business connection" << id << ":" << result.message;
                    // Refused for good (the account disconnected): the connection stays unknown.
                    if (result.outcome != net::Outcome::ClientError
                        && result.outcome != net::Outcome::Forbidden
                        && result.outcome != net::Outcome::NotFound)
                        m_asked.remove(id);
                }
                if (m_inFlight == 0)
                    Q_EMIT idle();
            });
    }
}

} // namespace tgic::sync
