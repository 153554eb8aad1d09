// SPDX-License-Identifier: MIT
#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace tgic::store {

// Conventions: times are UNIX milliseconds in BIGINT columns named *_at; Telegram ids are BIGINT
// (they have up to 52 significant bits); Intercom ids are TEXT. The SQL stays within what
// SQLite 3.40 and PostgreSQL 15 both understand (ON CONFLICT upserts, no INSERT OR …).
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> ladder {
        { u"initial schema"_s,
            {
                u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                // Every update as received: the dedupe key (update_id) and a record of what came in.
                u"CREATE TABLE telegram_updates ("
                " update_id BIGINT PRIMARY KEY, received_at BIGINT NOT NULL,"
                " kind TEXT NOT NULL, payload TEXT NOT NULL)"_s,
                u"CREATE TABLE quarantine ("
                " id {{serial}}, source TEXT NOT NULL, update_id BIGINT, received_at BIGINT NOT NULL,"
                " reason TEXT NOT NULL, payload TEXT NOT NULL)"_s,
                u"CREATE TABLE telegram_users ("
                " telegram_user_id BIGINT PRIMARY KEY, first_name TEXT NOT NULL DEFAULT '', last_name TEXT,"
                " username TEXT, language_code TEXT, is_bot INTEGER NOT NULL DEFAULT 0,"
                " is_premium INTEGER NOT NULL DEFAULT 0, phone TEXT,"
                " first_seen_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL,"
                " profile_date BIGINT NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX telegram_users_username ON telegram_users (username)"_s,
                u"CREATE TABLE profile_history ("
                " id {{serial}}, telegram_user_id BIGINT NOT NULL REFERENCES telegram_users "
                "(telegram_user_id),"
                " field TEXT NOT NULL, old_value TEXT, new_value TEXT, changed_at BIGINT NOT NULL)"_s,
                u"CREATE INDEX profile_history_user ON profile_history (telegram_user_id, changed_at)"_s,
                // What we last saw of each Intercom contact we link to.
                u"CREATE TABLE contacts ("
                " intercom_contact_id TEXT PRIMARY KEY, role TEXT, name TEXT, email TEXT, phone TEXT,"
                " anchor TEXT, fetched_at BIGINT NOT NULL)"_s,
                u"CREATE TABLE mappings ("
                " telegram_user_id BIGINT PRIMARY KEY REFERENCES telegram_users (telegram_user_id),"
                " intercom_contact_id TEXT, state TEXT NOT NULL, resolved_via TEXT,"
                " name_written TEXT, username_written TEXT, create_started_at BIGINT,"
                " duplicate_count INTEGER NOT NULL DEFAULT 0, last_error TEXT, updated_at BIGINT NOT NULL)"_s,
                u"CREATE INDEX mappings_contact ON mappings (intercom_contact_id)"_s,
                u"CREATE INDEX mappings_state ON mappings (state)"_s,
                u"CREATE TABLE chats ("
                " chat_id BIGINT PRIMARY KEY, type TEXT NOT NULL, title TEXT, username TEXT,"
                " telegram_user_id BIGINT, last_message_at BIGINT NOT NULL DEFAULT 0,"
                " last_message_preview TEXT, unread_count INTEGER NOT NULL DEFAULT 0,"
                " state TEXT NOT NULL DEFAULT 'active')"_s,
                u"CREATE INDEX chats_activity ON chats (last_message_at)"_s,
                u"CREATE TABLE conversations ("
                " intercom_conversation_id TEXT PRIMARY KEY, chat_id BIGINT NOT NULL REFERENCES chats "
                "(chat_id),"
                " telegram_user_id BIGINT NOT NULL, intercom_contact_id TEXT NOT NULL,"
                " opened_at BIGINT NOT NULL, last_activity_at BIGINT NOT NULL,"
                " state TEXT NOT NULL DEFAULT 'open')"_s,
                u"CREATE INDEX conversations_chat_user ON conversations (chat_id, telegram_user_id, last_activity_at)"_s,
                u"CREATE TABLE messages ("
                " id {{serial}}, chat_id BIGINT NOT NULL REFERENCES chats (chat_id),"
                " telegram_message_id BIGINT, sender_id BIGINT, direction TEXT NOT NULL, kind TEXT NOT NULL,"
                " text TEXT NOT NULL DEFAULT '', sent_at BIGINT NOT NULL, edited_at BIGINT,"
                " intercom_conversation_id TEXT, intercom_part_id TEXT,"
                " delivery TEXT NOT NULL, delivery_error TEXT,"
                " UNIQUE (chat_id, direction, telegram_message_id))"_s,
                u"CREATE INDEX messages_chat_time ON messages (chat_id, sent_at, id)"_s,
                u"CREATE INDEX messages_part ON messages (intercom_part_id)"_s,
                // Customers' edits keep the earlier text.
                u"CREATE TABLE message_edits ("
                " id {{serial}}, message_id BIGINT NOT NULL REFERENCES messages (id), old_text TEXT,"
                " new_text TEXT, edited_at BIGINT NOT NULL)"_s,
                // Work that must reach the other side, drained in order per chat; survives restarts.
                u"CREATE TABLE outbox ("
                " id {{serial}}, direction TEXT NOT NULL, chat_id BIGINT NOT NULL, telegram_user_id BIGINT,"
                " message_id BIGINT REFERENCES messages (id), kind TEXT NOT NULL, payload TEXT,"
                " state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, attempt_started_at BIGINT,"
                " next_attempt_at BIGINT NOT NULL DEFAULT 0, last_error TEXT, created_at BIGINT NOT NULL)"_s,
                u"CREATE INDEX outbox_pending ON outbox (state, direction, chat_id, id)"_s,
                u"CREATE TABLE audit_log ("
                " id {{serial}}, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
                " telegram_user_id BIGINT, intercom_contact_id TEXT, before_value TEXT, after_value TEXT,"
                " detail TEXT)"_s,
                u"CREATE INDEX audit_log_user ON audit_log (telegram_user_id, at)"_s,
            } },
        { u"two-way conversations: Intercom part cursors, relayed parts, outbound files"_s,
            {
                // Per Intercom conversation: parts created before high_water_at (Intercom seconds)
                // were judged already; seen_updated_at saves re-reading an unchanged conversation.
                u"CREATE TABLE conversation_cursors ("
                " intercom_conversation_id TEXT PRIMARY KEY, high_water_at BIGINT NOT NULL DEFAULT 0,"
                " seen_updated_at BIGINT NOT NULL DEFAULT 0, last_agent_part_at BIGINT NOT NULL DEFAULT 0,"
                " checked_at BIGINT NOT NULL DEFAULT 0)"_s,
                // Every agent part queued for Telegram, once: the dedupe key against re-reads.
                u"CREATE TABLE relayed_parts ("
                " intercom_part_id TEXT PRIMARY KEY, intercom_conversation_id TEXT NOT NULL,"
                " outbox_id BIGINT, relayed_at BIGINT NOT NULL)"_s,
                // Agent attachments, downloaded while their links are valid (30 minutes).
                u"CREATE TABLE outbox_files ("
                " id {{serial}}, outbox_id BIGINT NOT NULL REFERENCES outbox (id), position INTEGER NOT NULL,"
                " name TEXT NOT NULL, content_type TEXT, size BIGINT NOT NULL DEFAULT 0, data {{blob}},"
                " link TEXT, error TEXT)"_s,
                u"CREATE INDEX outbox_files_outbox ON outbox_files (outbox_id, position)"_s,
                // The highest Telegram message id known in the chat when a send started: after an
                // unanswered send, the id of the next one shows whether the first had landed.
                u"ALTER TABLE outbox ADD COLUMN probe_message_id BIGINT"_s,
                u"CREATE INDEX messages_chat_tg ON messages (chat_id, telegram_message_id)"_s,
            } },
        { u"team mode: the poller lease, the workstations seen, who changed what from where"_s,
            {
                // One row per bot: the process that may poll Telegram, poll Intercom and drain
                // the outboxes. Times are the database server's clock (milliseconds), so the
                // workstations' own clocks never decide who leads. epoch grows with every
                // takeover: it is the fencing token a leader's writes are checked against.
                u"CREATE TABLE team_lease ("
                " name TEXT PRIMARY KEY, holder TEXT, holder_host TEXT, holder_agent TEXT,"
                " epoch BIGINT NOT NULL DEFAULT 0, acquired_at BIGINT NOT NULL DEFAULT 0,"
                " renewed_at BIGINT NOT NULL DEFAULT 0, expires_at BIGINT NOT NULL DEFAULT 0)"_s,
                u"INSERT INTO team_lease (name) VALUES ('poller')"_s,
                u"CREATE TABLE team_members ("
                " member_id TEXT PRIMARY KEY, host TEXT NOT NULL, agent TEXT NOT NULL, program TEXT NOT NULL,"
                " version TEXT NOT NULL, can_lead INTEGER NOT NULL DEFAULT 0, note TEXT,"
                " started_at BIGINT NOT NULL, seen_at BIGINT NOT NULL)"_s,
                u"ALTER TABLE audit_log ADD COLUMN workstation TEXT"_s,
                // Repairs in progress, so two agents never repair the same person at once.
                u"CREATE TABLE repair_locks ("
                " lock_key TEXT PRIMARY KEY, holder TEXT NOT NULL, host TEXT, agent TEXT, action TEXT,"
                " started_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)"_s,
            } },
        { u"replies found by tag: when each conversation this app opened was tagged in Intercom"_s,
            {
                // NULL: not tagged yet (new, or opened by an older version); the reply poller tags
                // it, since its one search per cycle goes by the "telegram" tag.
                u"ALTER TABLE conversations ADD COLUMN tagged_at BIGINT"_s,
            } },
        { u"suggested merges from evidence, asking for the phone, the conversation as Intercom sees it"_s,
            {
                // What a customer told us about who they are: a phone number shared from their own
                // account ('phone', E.164) or an e-mail address they typed ('email', lower case);
                // shown_as keeps it as the customer wrote it.
                // Each piece is looked up in Intercom once (checked_at), whatever the cycle count.
                u"CREATE TABLE identity_evidence ("
                " id {{serial}}, telegram_user_id BIGINT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,"
                " shown_as TEXT, message_id BIGINT, found_at BIGINT NOT NULL, checked_at BIGINT,"
                " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL DEFAULT 0,"
                " last_error TEXT, UNIQUE (telegram_user_id, kind, value))"_s,
                u"CREATE INDEX identity_evidence_unchecked ON identity_evidence (checked_at, next_attempt_at)"_s,
                // "Merge lead L into user U", proposed, never performed on its own. state: open,
                // dismissed, merged, stale (the lead is no longer the customer's contact).
                u"CREATE TABLE merge_suggestions ("
                " id {{serial}}, telegram_user_id BIGINT NOT NULL, lead_contact_id TEXT NOT NULL,"
                " user_contact_id TEXT NOT NULL, user_name TEXT, user_email TEXT, user_phone TEXT,"
                " strength TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'open', created_at BIGINT NOT NULL,"
                " updated_at BIGINT NOT NULL, closed_by TEXT, closed_at BIGINT,"
                " UNIQUE (lead_contact_id, user_contact_id))"_s,
                u"CREATE INDEX merge_suggestions_state ON merge_suggestions (state, updated_at)"_s,
                u"CREATE TABLE merge_suggestion_evidence ("
                " suggestion_id BIGINT NOT NULL REFERENCES merge_suggestions (id),"
                " evidence_id BIGINT NOT NULL REFERENCES identity_evidence (id),"
                " PRIMARY KEY (suggestion_id, evidence_id))"_s,
                // Asking for the phone: when the request_contact keyboard went out, and whether
                // the next message to the chat must take it away (the customer has answered).
                u"ALTER TABLE chats ADD COLUMN phone_asked_at BIGINT"_s,
                u"ALTER TABLE chats ADD COLUMN remove_keyboard INTEGER NOT NULL DEFAULT 0"_s,
                // The conversation as the reply poller last read it from Intercom: its state
                // (open, snoozed, closed), the assignees and the tag names (a JSON array).
                u"ALTER TABLE conversations ADD COLUMN intercom_state TEXT"_s,
                u"ALTER TABLE conversations ADD COLUMN admin_assignee_id TEXT"_s,
                u"ALTER TABLE conversations ADD COLUMN team_assignee_id TEXT"_s,
                u"ALTER TABLE conversations ADD COLUMN intercom_tags TEXT"_s,
                u"ALTER TABLE conversations ADD COLUMN snoozed_until BIGINT"_s,
                u"ALTER TABLE conversations ADD COLUMN intercom_read_at BIGINT"_s,
                // Names for assignee ids: the workspace's admins and teams, read now and then.
                u"CREATE TABLE intercom_teammates ("
                " kind TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, fetched_at BIGINT NOT NULL,"
                " PRIMARY KEY (kind, id))"_s,
            } },
        { u"erasure: an erased customer's audit entries under a keyed hash of the Telegram ID"_s,
            {
                // HMAC-SHA-256 of the ID with the database's own key (meta privacy.erasure_key);
                // telegram_user_id is NULL on those entries and their personal details are gone.
                u"ALTER TABLE audit_log ADD COLUMN subject_hash TEXT"_s,
                u"CREATE INDEX audit_log_subject ON audit_log (subject_hash)"_s,
                // Retention removes old messages by age.
                u"CREATE INDEX messages_sent ON messages (sent_at)"_s,
            } },
        { u"sync health: updates whose text was repaired, the leader's figures for every workstation"_s,
            {
                // 1: a NUL was dropped or an unpaired surrogate replaced before the update was
                // parsed (telegram/TextNormalizer.h); the payload column keeps it as it came.
                u"ALTER TABLE telegram_updates ADD COLUMN text_repaired INTEGER NOT NULL DEFAULT 0"_s,
                // One row per minute, written by whoever runs the sync (every few seconds while
                // the minute lasts) and read by every workstation's Sync Health window: figures is
                // a JSON object (health/HealthFigures.h), leader says who wrote it.
                u"CREATE TABLE sync_health ("
                " minute_at BIGINT PRIMARY KEY, written_at BIGINT NOT NULL, leader TEXT NOT NULL,"
                " figures TEXT NOT NULL)"_s,
            } },
        { u"Telegram Business: the connected accounts, their chats apart from the bot's, deleted messages"_s,
            {
                // One row per business account connected to the bot, as the last
                // business_connection update (or getBusinessConnection) described it. The owner
                // is the account, never a customer; rights is the BusinessBotRights object.
                u"CREATE TABLE business_connections ("
                " business_connection_id TEXT PRIMARY KEY, owner_user_id BIGINT NOT NULL,"
                " owner_name TEXT NOT NULL DEFAULT '', owner_username TEXT, user_chat_id BIGINT,"
                " can_reply INTEGER NOT NULL DEFAULT 0, rights TEXT, is_enabled INTEGER NOT NULL DEFAULT 1,"
                " connected_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"_s,
                u"CREATE INDEX business_connections_owner ON business_connections (owner_user_id)"_s,
                // A business chat shares its Telegram chat id with the bot's chat with the same
                // person but is another chat: it gets a key of its own, at or above 2^52 (beyond
                // any Telegram id), under which chats, messages, outbox rows and conversations
                // know it. last_customer_message_at: the 24-hour reply window.
                u"CREATE TABLE business_chats ("
                " chat_id BIGINT PRIMARY KEY, business_connection_id TEXT NOT NULL,"
                " telegram_chat_id BIGINT NOT NULL, last_customer_message_at BIGINT NOT NULL DEFAULT 0,"
                " UNIQUE (business_connection_id, telegram_chat_id))"_s,
                // deleted_business_messages: the message stays (the audit), marked.
                u"ALTER TABLE messages ADD COLUMN deleted_at BIGINT"_s,
            } },
        { u"Telegram Business: read marks once an agent answered"_s,
            {
                // The customer's latest message (Telegram id) marked read or queued to be: each
                // answered message is marked once (BusinessReadMarks).
                u"ALTER TABLE business_chats ADD COLUMN read_up_to BIGINT NOT NULL DEFAULT 0"_s,
            } },
    };
    return ladder;
}

QString dialect(const QString &sql, bool postgres)
{
    QString out = sql;
    out.replace(
        u"{{serial}}"_s, postgres ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    out.replace(u"{{blob}}"_s, postgres ? u"BYTEA"_s : u"BLOB"_s);
    return out;
}

} // namespace tgic::store
