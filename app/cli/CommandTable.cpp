// SPDX-License-Identifier: MIT
#include "CliApp.h"

#include "MappingCommands.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace tgic::cli {

// The tables are the only list of commands and options: --help, the option parser, the
// "does not apply to" check and the dispatch are all derived from them (the man page test,
// tests/package/check-man-pages.sh, keeps man/tgic-cli.1 true to the --help they produce).
const QList<CliApp::Command> &CliApp::commandTable()
{
    using C = Command;
    using M = MappingCommands;
    static const QList<Command> table {
        { u"sync"_s,
            { { u"[--until-idle] [--max-time SEC] [--new-conversation-after HOURS] [--no-mark-read] "
                u"[--no-tag]\n"
                "       [--reconcile-window SEC] [--metrics [ADDRESS:]PORT]"_s,
                u"Both directions: Telegram messages into Intercom, agents'\n"
                "replies back to Telegram. With --until-idle, exit 0 once\n"
                "Telegram has nothing new, Intercom has been read at least\n"
                "once, and both outboxes are empty."_s } },
            C::Sync, false, [](CliApp &app) { return app.runSync(); } },
        { u"users"_s,
            { { u"[--json]"_s,
                u"Telegram users with their Intercom contact, mapping state\n"
                "and conversation (state, assignee, team, tags)."_s } },
            C::Sync, false, [](CliApp &app) { return app.runUsers(); } },
        { u"quarantine"_s, { { u"[--json]"_s, u"Updates that could not be processed, with the reason."_s } },
            C::Sync, false, [](CliApp &app) { return app.runQuarantine(); } },
        { u"business"_s,
            { { u"[--json]"_s,
                u"Telegram Business accounts connected to the bot: owner,\n"
                "since when, enabled, the rights granted (can_reply: the bot\n"
                "may answer their customers, within 24 hours of the last\n"
                "customer message)."_s } },
            C::Sync, false, [](CliApp &app) { return app.runBusiness(); } },
        { u"sandbox"_s,
            { { u"[--telegram-port N] [--intercom-port N] [--pace-ms MS] [--search-lag-ms MS]"_s,
                u"Start both API emulators with the scripted seed customers,\n"
                "print their URLs and tokens, run until interrupted."_s } },
            C::Sync, false, [](CliApp &app) { return app.runSandbox(); } },
        { u"token"_s,
            { { u"set|clear|status telegram|intercom|database"_s,
                u"Manage tokens (and the team database's password) in the OS\n"
                "keychain (set reads one line from stdin)."_s } },
            C::Sync, true, [](CliApp &app) { return app.runToken(); } },
        { u"team"_s,
            { { u"status [--json]"_s,
                  u"Who runs the sync (the one poller), since when, the lease's\n"
                  "age, and the workstations seen in the last minute."_s },
                { u"import --from PATH"_s,
                    u"Copy a single-seat cache (mappings, history, messages,\n"
                    "outboxes, audit) into the team database; safe to re-run."_s } },
            C::Team, true, [](CliApp &app) { return app.runTeam(); } },
        { u"check"_s,
            { { u"[--fix] [--json]"_s,
                u"Verify every mapping against Intercom: follow merges, find\n"
                "duplicates and anchors removed by hand, propose fixes."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::check); } },
        { u"merge"_s,
            { { u"--from LEAD --into USER [--dry-run] [--yes]"_s,
                u"Merge a lead into a user, keeping every Telegram anchor."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::merge); } },
        { u"relink"_s,
            { { u"--telegram-id N --contact ID"_s,
                u"Anchor a Telegram user on another Intercom contact."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::relink); } },
        { u"unlink"_s,
            { { u"--telegram-id N"_s, u"Take the anchor off; the user's messages wait for a relink."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::unlink); } },
        { u"reresolve"_s,
            { { u"--telegram-id N"_s, u"Forget the mapping and resolve again (search, then create)."_s } },
            C::Repair, false,
            [](CliApp &app) { return app.runMappingCommand(Needs::IntercomAdmin, &M::reresolve); } },
        { u"find-contact"_s, { { u"TEXT"_s, u"Search Intercom contacts by id, email, phone or name."_s } },
            C::Repair, true,
            [](CliApp &app) { return app.runMappingCommand(Needs::Intercom, &M::findContact); } },
        { u"suggestions"_s,
            { { u"[--json] [--all]"_s,
                  u"Merges the evidence suggests (a phone shared from the customer's\n"
                  "own Telegram account, an e-mail they typed), never performed\n"
                  "on their own: review one with merge --dry-run."_s },
                { u"dismiss ID"_s, u"Do not propose this merge again (audited)."_s } },
            C::Repair, true, [](CliApp &app) { return app.runSuggestions(); } },
        { u"ask-phone"_s,
            { { u"--telegram-id N [--text TEXT]"_s,
                u"Ask the customer in their private chat for their phone\n"
                "number: a message with a button that shares the number of\n"
                "their Telegram account (verified). Sent by the running sync."_s } },
            C::Repair, false, [](CliApp &app) { return app.runAskPhone(); } },
        { u"audit"_s,
            { { u"[--json] [--telegram-id N]"_s,
                u"Every change to a mapping: who, when, what, before, after."_s } },
            C::Repair, false, [](CliApp &app) { return app.runMappingCommand(Needs::Store, &M::audit); } },
        { u"forget"_s,
            { { u"--telegram-id N [--intercom delete|archive|keep] [--force]\n"
                "       [--dry-run] [--yes]"_s,
                u"Erase one customer on request: shows what goes where, asks,\n"
                "then removes their Intercom contact (default: delete) and\n"
                "every local row about them; the audit log keeps a hash."_s } },
            C::Repair, false, [](CliApp &app) { return app.runForget(); } },
        { u"retention"_s,
            { { u"[--days N] [--dry-run]"_s,
                u"Keep message contents N days (0: forever); show what the\n"
                "next run removes, and run it now (single seat; in a team\n"
                "the workstation that runs the sync does it once a day)."_s } },
            C::Repair, false, [](CliApp &app) { return app.runRetention(); } },
    };
    return table;
}

const QList<CliApp::Option> &CliApp::optionTable()
{
    static const QList<Option> table {
        { u"db"_s, u"The local database (default: %1)."_s.arg(store::Database::defaultPath()), u"path"_s,
            {} },
        { u"telegram-api-url"_s, u"Bot API server (default: https://api.telegram.org)."_s, u"url"_s, {} },
        { u"intercom-api-url"_s, u"Intercom API server (overrides --intercom-region)."_s, u"url"_s, {} },
        { u"intercom-region"_s, u"Intercom region: us, eu or au (default: us)."_s, u"region"_s, {} },
        { u"until-idle"_s, u"stop once nothing is left to do."_s, {}, { u"sync"_s } },
        { u"max-time"_s, u"with --until-idle, give up after this many seconds (work stays queued)."_s,
            u"seconds"_s, { u"sync"_s } },
        { u"json"_s, u"print JSON."_s, {},
            { u"users"_s, u"quarantine"_s, u"business"_s, u"check"_s, u"suggestions"_s, u"audit"_s,
                u"team"_s } },
        { u"new-conversation-after"_s,
            u"start a new Intercom conversation after this many hours of silence (default 168)."_s,
            u"hours"_s, { u"sync"_s } },
        { u"no-mark-read"_s, u"leave relayed conversations unread (Intercom may then email a copy)."_s, {},
            { u"sync"_s } },
        { u"no-tag"_s,
            u"do not tag contacts and conversations 'telegram' (agents' replies are then found by "
            "contact: one search per 100 contacts per poll)."_s,
            {}, { u"sync"_s } },
        { u"reconcile-window"_s,
            u"after a contact's creation was interrupted (a crash, a lost answer, a leader that died), "
            "wait this many seconds for Intercom's search to show it before creating again (default 180)."_s,
            u"seconds"_s, { u"sync"_s } },
        { u"metrics"_s,
            u"serve /metrics (Prometheus), /healthz and /readyz on this address (a port alone: 127.0.0.1)."_s,
            u"address"_s, { u"sync"_s } },
        { u"telegram-port"_s, u"port of the Bot API emulator (default: any free port)."_s, u"port"_s,
            { u"sandbox"_s } },
        { u"intercom-port"_s, u"port of the Intercom emulator (default: any free port)."_s, u"port"_s,
            { u"sandbox"_s } },
        { u"pace-ms"_s, u"milliseconds between scripted customer messages (default 3000)."_s, u"ms"_s,
            { u"sandbox"_s } },
        { u"search-lag-ms"_s, u"Intercom search lag to emulate (default 2000)."_s, u"ms"_s,
            { u"sandbox"_s } },
        { u"telegram-id"_s, u"the Telegram user ID."_s, u"id"_s,
            { u"relink"_s, u"unlink"_s, u"reresolve"_s, u"audit"_s, u"ask-phone"_s, u"forget"_s } },
        { u"contact"_s, u"the Intercom contact id to link to."_s, u"id"_s, { u"relink"_s } },
        { u"from"_s, u"the lead to merge away (merge), or the single-seat cache to copy in (team import)."_s,
            u"id"_s, { u"merge"_s, u"team"_s } },
        { u"into"_s, u"the user that survives."_s, u"id"_s, { u"merge"_s } },
        { u"text"_s,
            u"the message instead of the default (Settings, else in the customer's Telegram language)."_s,
            u"text"_s, { u"ask-phone"_s } },
        { u"dry-run"_s, u"show what would happen, change nothing."_s, {},
            { u"merge"_s, u"forget"_s, u"retention"_s } },
        { u"yes"_s, u"go ahead without asking (merge: also when both carry Telegram IDs)."_s, {},
            { u"merge"_s, u"forget"_s } },
        { u"intercom"_s,
            u"what happens to the Intercom contact: delete (default; Intercom destroys it and its "
            "conversations after 7 days), archive (hidden, kept) or keep (only its Telegram attributes "
            "are cleared). A contact that answers for other Telegram IDs is only unlinked from this one."_s,
            u"choice"_s, { u"forget"_s } },
        { u"force"_s, u"erase even while a message to or from the customer is still on its way."_s, {},
            { u"forget"_s } },
        { u"days"_s, u"keep message contents this many days (0: keep everything); saved for every run."_s,
            u"days"_s, { u"retention"_s } },
        { u"all"_s, u"also the dismissed, merged and outdated ones."_s, {}, { u"suggestions"_s } },
        { u"fix"_s, u"also re-write removed anchors and re-resolve deleted contacts."_s, {}, { u"check"_s } },
        { u"as"_s,
            u"the agent name for the audit log and, in team mode, this workstation's (default: $USER)."_s,
            u"name"_s,
            { u"check"_s, u"merge"_s, u"relink"_s, u"unlink"_s, u"reresolve"_s, u"suggestions"_s, u"sync"_s,
                u"team"_s, u"ask-phone"_s, u"forget"_s, u"retention"_s } },
    };
    return table;
}

} // namespace tgic::cli
