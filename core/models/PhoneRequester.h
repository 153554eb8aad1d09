// SPDX-License-Identifier: MIT
#pragma once

#include "ModelReader.h"
#include "store/Change.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace tgic::store {
class Database;
}

namespace tgic::models {

//! \brief "Ask for phone number" for the chat the contact panel shows: whether it can be asked
//! (and why not, in the agent's language), when the keyboard went out, and the request itself.
//! It only writes to the database, so it works on every workstation of a team, with or without
//! a running sync; whoever drains the outbox sends it.
class PhoneRequester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneRequester)

public:
    //! Reads inline on `db`.
    explicit PhoneRequester(store::Database &db, QObject *parent = nullptr);
    //! Reads its checks through `reader` (the window's), which outlives it; the request itself
    //! (ask()) is checked and written there too.
    PhoneRequester(ModelReader &reader, QObject *parent = nullptr);

    void setChatId(qint64 chatId);
    qint64 chatId() const { return m_chatId; }

    bool canAsk() const { return m_whyNot.isEmpty(); }
    //! Why the button is off, for its tooltip; empty when it can be pressed.
    QString whyNot() const { return m_whyNot; }
    //! When the keyboard reached the customer; invalid when no request is out.
    QDateTime askedAt() const { return m_askedAt; }

    //! The agent's own wording from Settings (shared with tgic-cli ask-phone); empty: the
    //! built-in text in the customer's language.
    static QString customMessage();
    static void setCustomMessage(const QString &message);
    //! The built-in message in English, as the example Settings shows.
    static QString defaultMessage();

    //! Queue the request in the customer's language (the Settings text, when set, instead of the
    //! default message), checked and written through the reader; then `done` with whether it
    //! was queued and what happened or why not (inline: before ask() returns).
    void ask(const QString &actor, const std::function<void(bool, const QString &)> &done);

Q_SIGNALS:
    void changed();

private:
    //! What the button shows for one chat.
    struct Status
    {
        QString whyNot;
        QDateTime askedAt;
        qint64 telegramUserId = 0;
    };
    static Status check(store::Database &db, qint64 chatId);
    //! Why nothing can be read now (no chat, no team database), if so.
    std::optional<Status> unreadable() const;
    //! Read again; a click's read goes in the reader's interactive lane.
    void reload(ModelReader::Lane lane = ModelReader::Lane::Background);
    void show(const Status &status);
    void onDatabaseChanged(store::Topic topic, const QList<qint64> &ids);

    store::Database &m_db;
    ModelReader *m_reader;
    ReadSeries m_read;
    qint64 m_chatId = 0;
    qint64 m_telegramUserId = 0;
    QString m_whyNot;
    QDateTime m_askedAt;
};

} // namespace tgic::models
