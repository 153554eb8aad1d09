// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace tgic::telegram {

//! What normalizing a piece of Telegram text changed. Telegram passes on whatever a client sent;
//! two things in it cannot go further: a NUL character (PostgreSQL text cannot hold one, Intercom
//! and the views cut the text there) and a lone UTF-16 surrogate (not a character at all: UTF-8
//! has no encoding for it, so a database or a JSON encoder replaces or rejects it at random).
//! Nor do the noncharacters U+FFFE and U+FFFF: SQLite turns them into U+FFFD on the way back,
//! so the team database and a single desk's would show the same message differently.
struct TextRepair
{
    int nulsDropped = 0;
    int surrogatesReplaced = 0; //!< each became U+FFFD REPLACEMENT CHARACTER
    int noncharactersReplaced = 0; //!< U+FFFE and U+FFFF, each became U+FFFD too

    bool any() const { return nulsDropped > 0 || surrogatesReplaced > 0 || noncharactersReplaced > 0; }
    TextRepair &operator+=(const TextRepair &other)
    {
        nulsDropped += other.nulsDropped;
        surrogatesReplaced += other.surrogatesReplaced;
        noncharactersReplaced += other.noncharactersReplaced;
        return *this;
    }
    //! "2 NUL characters dropped, 1 unpaired surrogate replaced", for the log.
    QString describe() const;
};

//! True when `text` holds nothing normalizeText() would change (the common case: one pass, no copy).
bool isNormalText(QStringView text);

//! `text` with every NUL dropped and every unpaired surrogate, U+FFFE and U+FFFF replaced by
//! U+FFFD; everything
//! else (right-to-left marks, zero-width joiners, combining marks, quotes, HTML) kept as it is.
//! Adds what it changed to `repair` (may be null).
QString normalizeText(const QString &text, TextRepair *repair = nullptr);

//! The same JSON with every string and every object key normalized (the update parser runs on
//! this, so nothing it takes out of an update — text, names, even an unknown field's name — can
//! carry such a character on). Returns `value` itself, unchanged and uncopied, when it is clean.
QJsonValue normalizeJson(const QJsonValue &value, TextRepair *repair = nullptr);

} // namespace tgic::telegram
