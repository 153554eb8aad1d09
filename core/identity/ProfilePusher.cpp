// SPDX-License-Identifier: MIT
#include "ProfilePusher.h"

#include "Logging.h"
#include "intercom/IntercomClient.h"
#include "intercom/IntercomTypes.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "telegram/TelegramTypes.h"

using namespace Qt::StringLiterals;

namespace tgic::identity {

ProfilePusher::ProfilePusher(store::Database &db, intercom::IntercomClient *client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_mappings(db)
    , m_client(client)
{ }

void ProfilePusher::push(qint64 telegramUserId, const QString &contactId, const Done &done)
{
    m_client->getContact(contactId, this, [=, this](const net::ApiResult &result) {
        if (!result.ok()) {
            done(result);
            return;
        }
        store::SqlResult q = store::runSql(m_db.connection(),
            u"SELECT first_name, last_name, username FROM telegram_users"
            " WHERE telegram_user_id = ?"_s,
            { telegramUserId });
        if (!q.next()) {
            done(result);
            return;
        }
        const QString name = telegram::displayName(q.value(0).toString(), q.value(1).toString());
        const QString username = q.value(2).toString();
        const intercom::Contact contact
            = intercom::parseContact(result.payload.toObject()).value_or(intercom::Contact());
        const auto mapping = m_mappings.find(telegramUserId);

        QJsonObject changes;
        // Intercom refuses null for a lead's custom attribute; an empty string clears it.
        if (contact.attribute(intercom::attr::kTelegramUsername).toString() != username)
            changes.insert(QString::fromLatin1(intercom::attr::kTelegramUsername), username);
        if (contact.attribute(intercom::attr::kTelegramName).toString() != name)
            changes.insert(QString::fromLatin1(intercom::attr::kTelegramName), name);
        QJsonObject fields;
        if (!changes.isEmpty())
            fields.insert(u"custom_attributes"_s, changes);
        const QString currentName = contact.name;
        const bool agentOwnsName = mapping && currentName != mapping->nameWritten;
        if (!agentOwnsName && currentName != name && !name.isEmpty())
            fields.insert(u"name"_s, name);
        if (fields.isEmpty()) {
            done(result);
            return;
        }
        m_client->updateContact(contactId, fields, this, [=, this](const net::ApiResult &update) {
            if (update.ok()) {
                if (const auto written = intercom::parseContact(update.payload.toObject()))
                    m_mappings.cacheContact(*written);
                m_mappings.recordWritten(telegramUserId,
                    fields.contains(u"name"_s) ? std::optional<QString>(name) : std::nullopt, username);
                m_mappings.audit(u"sync"_s, u"profile"_s, telegramUserId, contactId, currentName,
                    fields.contains(u"name"_s) ? name : currentName,
                    agentOwnsName ? tr("updated the Telegram attributes; kept the name an agent set")
                                  : tr("updated the Telegram attributes and name"));
                m_db.notifyChanged(store::Topic::Mappings, { telegramUserId });
            }
            done(update);
        });
    });
}

} // namespace tgic::identity
