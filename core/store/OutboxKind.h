// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace tgic::store {

//! What an outbox row carries. The outbox's `kind` column holds the text of outboxKindText();
//! outboxKindFromText() is the one way back, so a row written by any version reads the same.
enum class OutboxKind {
    // to_intercom
    Message, //!< "message": a customer's message (its text and media)
    Edit, //!< "edit": the customer edited a message that was already delivered
    Note, //!< "note": a note for the agents on the customer's Intercom contact
    //! "conversation_note": a note for the agents in the chat's conversation (on the contact
    //! while the chat has none): what the business account said on Telegram, a deletion, a
    //! reply Telegram refused
    ConversationNote,
    Profile, //!< "profile": push the customer's Telegram profile to the contact
    Phone, //!< "phone": the customer shared their own phone number
    // to_telegram
    AgentPart, //!< "agent_part": an agent's reply relayed to the customer
    Notice, //!< "notice": a message to the customer that no agent wrote
    PhoneRequest, //!< "phone_request": ask the customer for their phone number (a keyboard)
    //! "read_mark": mark the customer's business message (payload `message_id`) read for the
    //! business account, once an agent answered it (readBusinessMessage)
    ReadMark,
    //! A stored text none of the above spells (a newer version, a damaged row). Never written;
    //! such a row is failed with its text, never delivered as something else.
    Unknown,
};

//! The text stored in the outbox's `kind` column; empty for Unknown.
QString outboxKindText(OutboxKind kind);
//! The kind a stored text names; Unknown for any other text.
OutboxKind outboxKindFromText(QStringView text);
//! Whether giving up on a row of this kind fails the message it refers to. An edit refers to
//! a message that was delivered already (only the edit failed); every other row that refers
//! to a message carries it.
bool failureFailsMessage(OutboxKind kind);

} // namespace tgic::store
