<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LocalErasure</name>
    <message>
        <source>Cannot create the key for the audit log&apos;s hashes</source>
        <translation>Der Schlüssel für die Hashes des Prüfprotokolls lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database</source>
        <translation>Auf der Datenbank lässt sich keine Transaktion beginnen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to or from this customer are still on their way. Wait until they are delivered, or force the erasure.</source>
        <translation>
            <numerusform>%n Nachricht an oder von diesem Kunden ist noch unterwegs. Warten Sie, bis sie zugestellt ist, oder erzwingen Sie das Löschen.</numerusform>
            <numerusform>%n Nachrichten an oder von diesem Kunden sind noch unterwegs. Warten Sie, bis sie zugestellt sind, oder erzwingen Sie das Löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the erasure; nothing was removed</source>
        <translation>Die Datenbank hat das Löschen abgelehnt; nichts wurde entfernt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No keychain is available on this system (%1)</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>The keychain refused access (%1)</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>The keychain failed (%1)</source>
        <translation>Fehler im Schlüsselbund (%1)</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Data retention is off: everything is kept</source>
        <translation>Die Aufbewahrungsfrist ist aus: alles bleibt erhalten</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database</source>
        <translation>Auf der Datenbank lässt sich keine Transaktion beginnen</translation>
    </message>
    <message>
        <source>In a team only the workstation that runs the sync removes old data</source>
        <translation>Im Team entfernt nur der Arbeitsplatz, der synchronisiert, alte Daten</translation>
    </message>
    <message>
        <source>The database refused the removal; nothing was removed</source>
        <translation>Die Datenbank hat das Entfernen abgelehnt; nichts wurde entfernt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Telegram chats beside their linked Intercom contacts.</source>
        <translation>Telegram-Chats neben den verknüpften Intercom-Kontakten.</translation>
    </message>
    <message>
        <source>Run against local emulators of Telegram and Intercom with scripted customers. Needs no accounts and no network.</source>
        <translation>Mit lokalen Emulatoren von Telegram und Intercom und vorgefertigten Kunden starten. Keine Konten und kein Netzwerk nötig.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file, then quit.</source>
        <translation>Das Hauptfenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use this cache file instead of the default one.</source>
        <translation>Diese Cache-Datei statt der Standarddatei verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>tgic::gui::GuiApp</name>
    <message>
        <source>Cannot open the local cache: %1</source>
        <translation>Der lokale Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sandbox</source>
        <translation>Für die Sandbox kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>Cannot start the local Telegram and Intercom emulators.</source>
        <translation>Die lokalen Emulatoren von Telegram und Intercom lassen sich nicht starten.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The tokens could not be saved in the system keychain:
%1

They can be kept in memory for this run only; you will be asked again next time. They are never written to disk.</source>
        <translation>Die Tokens konnten nicht im Schlüsselbund des Systems gespeichert werden:
%1

Sie können nur für diese Sitzung im Arbeitsspeicher bleiben; beim nächsten Start werden Sie erneut gefragt. Sie werden nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox always uses its own tokens; nothing was stored.</source>
        <translation>Die Sandbox verwendet immer ihre eigenen Tokens; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no Telegram bot token on this workstation</source>
        <translation>kein Telegram-Bot-Token auf diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Import a Single-Seat Cache</source>
        <translation>Einzelplatz-Cache importieren</translation>
    </message>
    <message>
        <source>tgic caches (*.sqlite3);;All files (*)</source>
        <translation>tgic-Caches (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The import stopped and nothing of it was kept: %1</source>
        <translation>Der Import wurde abgebrochen, nichts davon wurde übernommen: %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 neu, %3 schon vorhanden</translation>
    </message>
    <message>
        <source>Imported %1 into the team database.</source>
        <translation>%1 wurde in die Team-Datenbank importiert.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>The team database&apos;s password could not be saved in the keychain:
%1</source>
        <translation>Das Passwort der Team-Datenbank konnte nicht im Schlüsselbund gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>tgic uses this workstation&apos;s own cache from the next start.</source>
        <translation>tgic verwendet ab dem nächsten Start den eigenen Cache dieses Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>tgic opens the team database from the next start.</source>
        <translation>tgic öffnet ab dem nächsten Start die Team-Datenbank.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::ContactMerge</name>
    <message>
        <source>Both sides are the same contact.</source>
        <translation>Beide Seiten sind derselbe Kontakt.</translation>
    </message>
    <message>
        <source>Contact %1 was already merged into %2.</source>
        <translation>Kontakt %1 wurde bereits mit %2 zusammengeführt.</translation>
    </message>
    <message>
        <source>Cannot read contact %1: %2</source>
        <translation>Kontakt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>To send Telegram user %1&apos;s messages to %2 without merging: tgic-cli relink --telegram-id %1 --contact %2.</source>
        <translation>Um die Nachrichten von Telegram-Nutzer %1 ohne Zusammenführen an %2 zu senden: tgic-cli relink --telegram-id %1 --contact %2.</translation>
    </message>
    <message>
        <source>Intercom merges a lead into a user, never a user into a lead.</source>
        <translation>Intercom führt einen Lead mit einem Nutzer zusammen, nie einen Nutzer mit einem Lead.</translation>
    </message>
    <message>
        <source>Swap the sides: merge %1 (the lead) into %2 (the user).</source>
        <translation>Seiten tauschen: %1 (den Lead) mit %2 (dem Nutzer) zusammenführen.</translation>
    </message>
    <message>
        <source>Intercom cannot merge two users (only a lead into a user).</source>
        <translation>Intercom kann keine zwei Nutzer zusammenführen (nur einen Lead mit einem Nutzer).</translation>
    </message>
    <message>
        <source>Intercom cannot merge two leads. One of them must become a user first (in Intercom, when the person signs up or gets an external id).</source>
        <translation>Intercom kann keine zwei Leads zusammenführen. Einer davon muss zuerst ein Nutzer werden (in Intercom, wenn die Person sich registriert oder eine externe ID erhält).</translation>
    </message>
    <message>
        <source>%1 already carries Telegram ID(s) %2 and %3 carries %4. After the merge one contact will answer for all of them. Are they the same person?</source>
        <translation>%1 trägt bereits die Telegram-ID(s) %2 und %3 trägt %4. Nach dem Zusammenführen steht ein Kontakt für alle. Ist das dieselbe Person?</translation>
    </message>
    <message>
        <source>Not merged: %1 (confirm to go ahead)</source>
        <translation>Nicht zusammengeführt: %1 (zum Fortfahren bestätigen)</translation>
    </message>
    <message>
        <source>Intercom refused the merge: %1</source>
        <translation>Intercom hat das Zusammenführen abgelehnt: %1</translation>
    </message>
    <message>
        <source>The merge did not go through (%1); nothing changed</source>
        <translation>Das Zusammenführen ist nicht durchgegangen (%1); nichts wurde geändert</translation>
    </message>
    <message>
        <source>lead %1 merged into user %2 by %3</source>
        <translation>Lead %1 von %3 mit Nutzer %2 zusammengeführt</translation>
    </message>
    <message>
        <source>tgic: lead %1 was merged into this contact by %2. Telegram IDs anchored here: %3. Conversations moved: %4.</source>
        <translation>tgic: Lead %1 wurde von %2 mit diesem Kontakt zusammengeführt. Hier verankerte Telegram-IDs: %3. Verschobene Unterhaltungen: %4.</translation>
    </message>
    <message>
        <source>merged, but the anchor could not be verified on the survivor</source>
        <translation>zusammengeführt, aber der Anker konnte beim verbleibenden Kontakt nicht geprüft werden</translation>
    </message>
    <message>
        <source>Merged %1 into %2, but the Telegram anchor could not be verified (%3). Run tgic-cli check --fix.</source>
        <translation>%1 mit %2 zusammengeführt, aber der Telegram-Anker konnte nicht geprüft werden (%3). Führen Sie tgic-cli check --fix aus.</translation>
    </message>
    <message>
        <source>anchor verified on the survivor after the merge</source>
        <translation>Anker nach dem Zusammenführen beim verbleibenden Kontakt geprüft</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Telegram IDs %3 resolve to %2; %4 conversation(s) moved.</source>
        <translation>%1 mit %2 zusammengeführt. Die Telegram-IDs %3 verweisen jetzt auf %2; %4 Unterhaltung(en) verschoben.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 no longer exists in Intercom (another agent may have merged it; see the audit log).</source>
        <translation>Nichts geändert: %1 existiert in Intercom nicht mehr (vielleicht hat ein anderer Agent ihn zusammengeführt; siehe Prüfprotokoll).</translation>
    </message>
    <message>
        <source>Nothing changed: %1 was already merged into %2 (see the audit log).</source>
        <translation>Nichts geändert: %1 wurde bereits mit %2 zusammengeführt (siehe Prüfprotokoll).</translation>
    </message>
</context>
<context>
    <name>tgic::identity::CustomerErasure</name>
    <message>
        <source>Telegram user %1</source>
        <translation>Telegram-Nutzer %1</translation>
    </message>
    <message>
        <source>Telegram user %1 (%2)</source>
        <translation>Telegram-Nutzer %1 (%2)</translation>
    </message>
    <message>
        <source>Erase %1:</source>
        <translation>%1 löschen:</translation>
    </message>
    <message>
        <source>  Nothing about this ID is held in the local database.</source>
        <translation>  Die lokale Datenbank enthält nichts zu dieser ID.</translation>
    </message>
    <message numerus="yes">
        <source>  Local database: %n message(s), %1 earlier text(s) of edited messages,</source>
        <translation>
            <numerusform>  Lokale Datenbank: %n Nachricht, %1 frühere Texte bearbeiteter Nachrichten,</numerusform>
            <numerusform>  Lokale Datenbank: %n Nachrichten, %1 frühere Texte bearbeiteter Nachrichten,</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1 profile change(s), %2 piece(s) of evidence (phone, e-mail), %3 suggested merge(s),</source>
        <translation>    %1 Profiländerungen, %2 Hinweise (Telefon, E-Mail), %3 vorgeschlagene Zusammenführungen,</translation>
    </message>
    <message>
        <source>    %1 outbox row(s) (%2 phone request(s)), %3 file(s), %4 conversation link(s),</source>
        <translation>    %1 Ausgangseinträge (%2 Telefonanfragen), %3 Dateien, %4 Verweise auf Unterhaltungen,</translation>
    </message>
    <message>
        <source>    %1 raw Telegram update(s) and %2 quarantined update(s) that name the ID,</source>
        <translation>    %1 rohe Telegram-Updates und %2 Updates in Quarantäne, die die ID nennen,</translation>
    </message>
    <message numerus="yes">
        <source>    the profile and the mapping; %n earlier audit entries keep who did what and when, without personal details.</source>
        <translation>
            <numerusform>    das Profil und die Zuordnung; %n früherer Eintrag im Prüfprotokoll behält, wer wann was tat, ohne persönliche Angaben.</numerusform>
            <numerusform>    das Profil und die Zuordnung; %n frühere Einträge im Prüfprotokoll behalten, wer wann was tat, ohne persönliche Angaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n message(s) to or from the customer are still on their way: erasing now needs force.</source>
        <translation>
            <numerusform>  %n Nachricht an oder von dem Kunden ist noch unterwegs: Löschen geht jetzt nur erzwungen.</numerusform>
            <numerusform>  %n Nachrichten an oder von dem Kunden sind noch unterwegs: Löschen geht jetzt nur erzwungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Intercom could not be asked (%1): nothing can be erased until it answers.</source>
        <translation>  Intercom war nicht erreichbar (%1): gelöscht werden kann erst, wenn es antwortet.</translation>
    </message>
    <message>
        <source>  Intercom: no contact is anchored on this ID.</source>
        <translation>  Intercom: kein Kontakt ist an dieser ID verankert.</translation>
    </message>
    <message>
        <source>  Intercom: contact %1 is already gone.</source>
        <translation>  Intercom: Kontakt %1 ist schon weg.</translation>
    </message>
    <message>
        <source>its conversations</source>
        <translation>seinen Unterhaltungen</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 also answers for Telegram ID(s) %3: it is NOT deleted or archived; only this ID is taken off it.</source>
        <translation>  Intercom: %1 %2 steht auch für die Telegram-ID(s) %3: er wird NICHT gelöscht oder archiviert; nur diese ID wird von ihm entfernt.</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 is deleted with %3 (Intercom can restore it for 7 days, then destroys it; CSAT ratings and reports stay).</source>
        <translation>  Intercom: %1 %2 wird mit %3 gelöscht (Intercom kann ihn 7 Tage lang wiederherstellen, dann vernichtet es ihn; CSAT-Bewertungen und Berichte bleiben).</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 loses its Telegram attributes and is archived with %3 (kept, hidden from lists and search).</source>
        <translation>  Intercom: %1 %2 verliert seine Telegram-Attribute und wird mit %3 archiviert (bleibt erhalten, verborgen in Listen und Suche).</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 and %3 are kept; only its Telegram attributes are cleared.</source>
        <translation>  Intercom: %1 %2 und %3 bleiben; nur seine Telegram-Attribute werden geleert.</translation>
    </message>
    <message>
        <source>  If the customer writes again, they become a new contact.</source>
        <translation>  Schreibt der Kunde wieder, wird er ein neuer Kontakt.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was erased: %n message(s) to or from this customer are still on their way. Wait until they are delivered, or force the erasure.</source>
        <translation>
            <numerusform>Nichts wurde gelöscht: %n Nachricht an oder von diesem Kunden ist noch unterwegs. Warten Sie, bis sie zugestellt ist, oder erzwingen Sie das Löschen.</numerusform>
            <numerusform>Nichts wurde gelöscht: %n Nachrichten an oder von diesem Kunden sind noch unterwegs. Warten Sie, bis sie zugestellt sind, oder erzwingen Sie das Löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased: Intercom could not be asked for the customer&apos;s contact (%1).</source>
        <translation>Nichts wurde gelöscht: Intercom war für den Kontakt des Kunden nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>%1: already gone</source>
        <translation>%1: schon weg</translation>
    </message>
    <message>
        <source>Nothing was erased locally: Intercom did not answer for contact %1 (%2). Run the erasure again.</source>
        <translation>Lokal wurde nichts gelöscht: Intercom hat für Kontakt %1 nicht geantwortet (%2). Starten Sie das Löschen erneut.</translation>
    </message>
    <message>
        <source>Nothing was erased locally: Intercom refused to change contact %1 (%2). Run the erasure again.</source>
        <translation>Lokal wurde nichts gelöscht: Intercom hat die Änderung von Kontakt %1 abgelehnt (%2). Starten Sie das Löschen erneut.</translation>
    </message>
    <message>
        <source>kept (it answers for other Telegram IDs); this ID was taken off it</source>
        <translation>behalten (er steht für weitere Telegram-IDs); diese ID wurde von ihm entfernt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>kept without its Telegram attributes</source>
        <translation>ohne seine Telegram-Attribute behalten</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Intercom is done (%1), but the local database refused: %2. Run the erasure again.</source>
        <translation>Intercom ist erledigt (%1), aber die lokale Datenbank hat abgelehnt: %2. Starten Sie das Löschen erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Telegram user %1 was erased: %n local row(s) removed.</source>
        <translation>
            <numerusform>Telegram-Nutzer %1 wurde gelöscht: %n lokaler Eintrag entfernt.</numerusform>
            <numerusform>Telegram-Nutzer %1 wurde gelöscht: %n lokale Einträge entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intercom: %1.</source>
        <translation>Intercom: %1.</translation>
    </message>
    <message>
        <source>Another program was reading the database: its file is compacted at the next erasure or restart.</source>
        <translation>Ein anderes Programm las die Datenbank: ihre Datei wird beim nächsten Löschen oder Neustart verdichtet.</translation>
    </message>
    <message>
        <source>Telegram user %1 was already erased; nothing was left to remove.</source>
        <translation>Telegram-Nutzer %1 war schon gelöscht; es war nichts mehr zu entfernen.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::IdentityResolver</name>
    <message>
        <source>an agent unlinked this Telegram user; waiting for a relink</source>
        <translation>ein Agent hat die Verknüpfung dieses Telegram-Nutzers aufgehoben; warte auf neue Verknüpfung</translation>
    </message>
    <message>
        <source>searching Intercom for Telegram user %1</source>
        <translation>suche in Intercom nach Telegram-Nutzer %1</translation>
    </message>
    <message>
        <source>waiting for Intercom search to show a contact whose creation was interrupted</source>
        <translation>warte, bis die Intercom-Suche einen Kontakt zeigt, dessen Anlage unterbrochen wurde</translation>
    </message>
    <message>
        <source>%1 Intercom contacts carry this Telegram ID; using the first, an agent should merge them</source>
        <translation>%1 Intercom-Kontakte tragen diese Telegram-ID; der erste wird verwendet, ein Agent sollte sie zusammenführen</translation>
    </message>
    <message>
        <source>found by searching the telegram_user_id attribute</source>
        <translation>über das Attribut telegram_user_id gefunden</translation>
    </message>
    <message>
        <source>the local database refused the mapping</source>
        <translation>die lokale Datenbank hat die Zuordnung abgelehnt</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>die lokale Datenbank ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>creating an Intercom lead</source>
        <translation>lege einen Intercom-Lead an</translation>
    </message>
    <message>
        <source>created a lead</source>
        <translation>Lead angelegt</translation>
    </message>
    <message>
        <source>Intercom named an existing contact (409)</source>
        <translation>Intercom hat einen vorhandenen Kontakt genannt (409)</translation>
    </message>
    <message>
        <source>Intercom contact %1 is gone (%2); resolving again</source>
        <translation>Intercom-Kontakt %1 existiert nicht mehr (%2); wird neu zugeordnet</translation>
    </message>
    <message>
        <source>reading the surviving contact %1</source>
        <translation>lese den verbleibenden Kontakt %1</translation>
    </message>
    <message>
        <source>the contact was merged in Intercom; followed to the survivor</source>
        <translation>der Kontakt wurde in Intercom zusammengeführt; dem verbleibenden Kontakt gefolgt</translation>
    </message>
    <message>
        <source>writing the Telegram anchor onto contact %1</source>
        <translation>schreibe den Telegram-Anker in Kontakt %1</translation>
    </message>
    <message>
        <source>added this Telegram ID to the surviving contact&apos;s anchor</source>
        <translation>diese Telegram-ID zum Anker des verbleibenden Kontakts hinzugefügt</translation>
    </message>
    <message>
        <source>; it also carries Telegram ID %1 — check they are the same person</source>
        <translation>; er trägt auch die Telegram-ID %1 – prüfen Sie, ob es dieselbe Person ist</translation>
    </message>
    <message>
        <source>another workstation is creating this contact; waiting for it</source>
        <translation>ein anderer Arbeitsplatz legt diesen Kontakt gerade an; warte darauf</translation>
    </message>
</context>
<context>
    <name>tgic::identity::IntegrityCheck</name>
    <message>
        <source>Contact %1 was merged into %2</source>
        <translation>Kontakt %1 wurde mit %2 zusammengeführt</translation>
    </message>
    <message>
        <source>Followed the merge and anchored the Telegram ID on the survivor</source>
        <translation>Dem Zusammenführen gefolgt und die Telegram-ID beim verbleibenden Kontakt verankert</translation>
    </message>
    <message>
        <source>Could not follow it automatically (%1); re-run the check</source>
        <translation>Konnte nicht automatisch gefolgt werden (%1); führen Sie die Prüfung erneut aus</translation>
    </message>
    <message>
        <source>Contact %1 no longer exists in Intercom</source>
        <translation>Kontakt %1 existiert in Intercom nicht mehr</translation>
    </message>
    <message>
        <source>Re-resolve: tgic-cli reresolve --telegram-id %1 (finds another contact carrying the ID, or creates a lead with the next message)</source>
        <translation>Neu zuordnen: tgic-cli reresolve --telegram-id %1 (findet einen anderen Kontakt mit dieser ID oder legt mit der nächsten Nachricht einen Lead an)</translation>
    </message>
    <message>
        <source>Could not read contact %1: %2</source>
        <translation>Kontakt %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Prüfung erneut ausführen</translation>
    </message>
    <message>
        <source>Contact %1 no longer carries telegram_user_id %2 (removed by hand?)</source>
        <translation>Kontakt %1 trägt telegram_user_id %2 nicht mehr (von Hand entfernt?)</translation>
    </message>
    <message>
        <source>Contact %1 carries telegram_user_id %2 instead of %3 (changed by hand?)</source>
        <translation>Kontakt %1 trägt telegram_user_id %2 statt %3 (von Hand geändert?)</translation>
    </message>
    <message>
        <source>Re-write the anchor: tgic-cli check --fix, or relink to the right contact</source>
        <translation>Anker neu schreiben: tgic-cli check --fix, oder mit dem richtigen Kontakt neu verknüpfen</translation>
    </message>
    <message>
        <source>%1 contacts carry this Telegram ID</source>
        <translation>%1 Kontakte tragen diese Telegram-ID</translation>
    </message>
    <message>
        <source>%1 contacts carry Telegram ID %2: %3</source>
        <translation>%1 Kontakte tragen die Telegram-ID %2: %3</translation>
    </message>
    <message>
        <source>Merge the lead(s) into the user (tgic-cli merge --from LEAD --into USER), or take the anchor off the wrong one with a relink</source>
        <translation>Den oder die Leads mit dem Nutzer zusammenführen (tgic-cli merge --from LEAD --into USER) oder den Anker per Neuverknüpfung vom falschen Kontakt nehmen</translation>
    </message>
    <message>
        <source>only one contact carries this Telegram ID now</source>
        <translation>nur noch ein Kontakt trägt diese Telegram-ID</translation>
    </message>
</context>
<context>
    <name>tgic::identity::MappingActions</name>
    <message>
        <source>Telegram user %1</source>
        <translation>Telegram-Nutzer %1</translation>
    </message>
    <message>
        <source>Telegram user %1 (%2)</source>
        <translation>Telegram-Nutzer %1 (%2)</translation>
    </message>
    <message>
        <source>Intercom did not keep the change to telegram_user_id on contact %1</source>
        <translation>Intercom hat die Änderung von telegram_user_id an Kontakt %1 nicht übernommen</translation>
    </message>
    <message>
        <source>Cannot use contact %1</source>
        <translation>Kontakt %1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Could not anchor %1 on contact %2</source>
        <translation>%1 konnte nicht in Kontakt %2 verankert werden</translation>
    </message>
    <message>
        <source>linked by %1</source>
        <translation>verknüpft von %1</translation>
    </message>
    <message>
        <source>moved from contact %1 by %2</source>
        <translation>von %2 aus Kontakt %1 verschoben</translation>
    </message>
    <message>
        <source>The local database refused the change</source>
        <translation>Die lokale Datenbank hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>tgic: %1 was linked to this contact by %2.</source>
        <translation>tgic: %1 wurde von %2 mit diesem Kontakt verknüpft.</translation>
    </message>
    <message>
        <source> It was linked to contact %1 before.</source>
        <translation> Vorher war er mit Kontakt %1 verknüpft.</translation>
    </message>
    <message>
        <source>%1 now resolves to contact %2.</source>
        <translation>%1 verweist jetzt auf Kontakt %2.</translation>
    </message>
    <message>
        <source>Linked to %1, but could not remove the anchor from contact %2; run the integrity check</source>
        <translation>Mit %1 verknüpft, aber der Anker konnte nicht von Kontakt %2 entfernt werden; führen Sie die Integritätsprüfung aus</translation>
    </message>
    <message>
        <source>tgic: %1 was moved from this contact to contact %2 by %3.</source>
        <translation>tgic: %1 wurde von %3 von diesem Kontakt zu Kontakt %2 verschoben.</translation>
    </message>
    <message>
        <source>unlinked by %1</source>
        <translation>Verknüpfung aufgehoben von %1</translation>
    </message>
    <message>
        <source>tgic: %1 was unlinked from this contact by %2.</source>
        <translation>tgic: %2 hat die Verknüpfung von %1 mit diesem Kontakt aufgehoben.</translation>
    </message>
    <message>
        <source>%1 is unlinked; new messages wait until it is linked again.</source>
        <translation>%1 ist nicht mehr verknüpft; neue Nachrichten warten, bis wieder verknüpft wird.</translation>
    </message>
    <message>
        <source>Could not remove the anchor from contact %1</source>
        <translation>Der Anker konnte nicht von Kontakt %1 entfernt werden</translation>
    </message>
    <message>
        <source>re-resolved from scratch by %1</source>
        <translation>von %1 komplett neu zugeordnet</translation>
    </message>
    <message>
        <source>Resolution did not finish: %1</source>
        <translation>Zuordnung nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>%1 resolves to contact %2.</source>
        <translation>%1 verweist auf Kontakt %2.</translation>
    </message>
    <message>
        <source>%1 is not linked to a contact</source>
        <translation>%1 ist mit keinem Kontakt verknüpft</translation>
    </message>
    <message>
        <source>Cannot read contact %1</source>
        <translation>Kontakt %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not write the anchor</source>
        <translation>Der Anker konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the contact had been merged; followed to the survivor</source>
        <translation>der Kontakt war zusammengeführt worden; dem verbleibenden Kontakt gefolgt</translation>
    </message>
    <message>
        <source>re-wrote the Telegram anchor on the contact</source>
        <translation>Telegram-Anker im Kontakt neu geschrieben</translation>
    </message>
    <message>
        <source>Contact %1 carries %2 again.</source>
        <translation>Kontakt %1 trägt wieder %2.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 (on %2) is already running a %3 on this person right now. Wait until they are done, then look again.</source>
        <translation>Nichts geändert: %1 (auf %2) führt gerade ein(e) %3 für diese Person aus. Warten Sie, bis es fertig ist, und sehen Sie dann erneut nach.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::ProfilePusher</name>
    <message>
        <source>updated the Telegram attributes; kept the name an agent set</source>
        <translation>Telegram-Attribute aktualisiert; der von einem Agenten gesetzte Name bleibt</translation>
    </message>
    <message>
        <source>updated the Telegram attributes and name</source>
        <translation>Telegram-Attribute und Name aktualisiert</translation>
    </message>
</context>
<context>
    <name>tgic::models::AuditLogModel</name>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Verknüpfung aufgehoben</translation>
    </message>
    <message>
        <source>Re-resolved</source>
        <translation>Neu zugeordnet</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Anchor written</source>
        <translation>Anker geschrieben</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation>Profil aktualisiert</translation>
    </message>
    <message>
        <source>%1 by %2 at %3, Telegram ID %4: %5 → %6</source>
        <translation>%1 von %2 am %3, Telegram-ID %4: %5 → %6</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>Telegram-ID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Suggested merge dismissed</source>
        <translation>Vorgeschlagene Zusammenführung abgelehnt</translation>
    </message>
    <message>
        <source>Phone number requested</source>
        <translation>Telefonnummer angefragt</translation>
    </message>
    <message>
        <source>Phone number shared</source>
        <translation>Telefonnummer geteilt</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>Old message contents removed</source>
        <translation>Alte Nachrichteninhalte entfernt</translation>
    </message>
    <message>
        <source>Retention period changed</source>
        <translation>Aufbewahrungsfrist geändert</translation>
    </message>
    <message>
        <source>erased (%1)</source>
        <translation>gelöscht (%1)</translation>
    </message>
</context>
<context>
    <name>tgic::models::ChatListModel</name>
    <message numerus="yes">
        <source>%1, Telegram ID %2, %3, %n unread, last message: %4</source>
        <translation>
            <numerusform>%1, Telegram-ID %2, %3, %n ungelesen, letzte Nachricht: %4</numerusform>
            <numerusform>%1, Telegram-ID %2, %3, %n ungelesen, letzte Nachricht: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>not linked yet</source>
        <translation>noch nicht verknüpft</translation>
    </message>
    <message>
        <source>linked to Intercom</source>
        <translation>mit Intercom verknüpft</translation>
    </message>
    <message>
        <source>waiting for its Intercom contact</source>
        <translation>wartet auf seinen Intercom-Kontakt</translation>
    </message>
    <message>
        <source>conflict: several Intercom contacts</source>
        <translation>Konflikt: mehrere Intercom-Kontakte</translation>
    </message>
    <message>
        <source>stale: the contact was merged or deleted</source>
        <translation>veraltet: der Kontakt wurde zusammengeführt oder gelöscht</translation>
    </message>
    <message>
        <source>unlinked by an agent</source>
        <translation>Verknüpfung von einem Agenten aufgehoben</translation>
    </message>
    <message>
        <source>blocked the bot</source>
        <translation>hat den Bot blockiert</translation>
    </message>
    <message>
        <source>Telegram account deleted</source>
        <translation>Telegram-Konto gelöscht</translation>
    </message>
</context>
<context>
    <name>tgic::models::ConnectionTester</name>
    <message>
        <source>%1 refused the token. Check that it was copied completely.</source>
        <translation>%1 hat das Token abgelehnt. Prüfen Sie, ob es vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>%1 does not know this token (404).</source>
        <translation>%1 kennt dieses Token nicht (404).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 is rate-limiting this token; try again in a minute.</source>
        <translation>%1 drosselt Anfragen mit diesem Token; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly: %2</source>
        <translation>Unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Bot @%1 (%2)</source>
        <translation>Bot @%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace “%1”, admin %2 &lt;%3&gt;</source>
        <translation>Workspace „%1“, Admin %2 &lt;%3&gt;</translation>
    </message>
</context>
<context>
    <name>tgic::models::ContactDetails</name>
    <message>
        <source>Admin %1</source>
        <translation>Admin %1</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
</context>
<context>
    <name>tgic::models::ContactSearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
    <message>
        <source>Intercom id %1</source>
        <translation>Intercom-ID %1</translation>
    </message>
</context>
<context>
    <name>tgic::models::IntegrityFindingsModel</name>
    <message>
        <source>Merged in Intercom</source>
        <translation>In Intercom zusammengeführt</translation>
    </message>
    <message>
        <source>Contact deleted</source>
        <translation>Kontakt gelöscht</translation>
    </message>
    <message>
        <source>Anchor removed</source>
        <translation>Anker entfernt</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Doppelte Kontakte</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1, %2, Telegram ID %3: %4. Fix: %5</source>
        <translation>%1, %2, Telegram-ID %3: %4. Behebung: %5</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1 (und %2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>Telegram-ID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Proposed fix</source>
        <translation>Vorgeschlagene Behebung</translation>
    </message>
</context>
<context>
    <name>tgic::models::MergePreviewModel</name>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>gained</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>lead&apos;s value lost</source>
        <translation>Wert des Leads geht verloren</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>The user keeps its own value</source>
        <translation>Der Nutzer behält seinen eigenen Wert</translation>
    </message>
    <message>
        <source>The user&apos;s value was empty: Intercom copies the lead&apos;s</source>
        <translation>Der Wert des Nutzers war leer: Intercom übernimmt den des Leads</translation>
    </message>
    <message>
        <source>Both have a value: the user&apos;s stays and the lead&apos;s is discarded</source>
        <translation>Beide haben einen Wert: der des Nutzers bleibt, der des Leads wird verworfen</translation>
    </message>
    <message>
        <source>Both hold the same value</source>
        <translation>Beide haben denselben Wert</translation>
    </message>
    <message>
        <source>%1: lead %2, user %3, %4</source>
        <translation>%1: Lead %2, Nutzer %3, %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Lead (merged away)</source>
        <translation>Lead (geht auf)</translation>
    </message>
    <message>
        <source>User now</source>
        <translation>Nutzer jetzt</translation>
    </message>
    <message>
        <source>User after the merge</source>
        <translation>Nutzer nach dem Zusammenführen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>tgic::models::MessageModel</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video message</source>
        <translation>Videonachricht</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Shared contact</source>
        <translation>Geteilter Kontakt</translation>
    </message>
    <message>
        <source>Unsupported message (%1)</source>
        <translation>Nicht unterstützte Nachricht (%1)</translation>
    </message>
</context>
<context>
    <name>tgic::models::PhoneRequester</name>
    <message>
        <source>Select a customer&apos;s chat first</source>
        <translation>Wählen Sie zuerst den Chat eines Kunden</translation>
    </message>
    <message>
        <source>Unavailable while the team database is unreachable</source>
        <translation>Nicht verfügbar, solange die Team-Datenbank nicht erreichbar ist</translation>
    </message>
    <message>
        <source>This is a group chat. Telegram lets a bot ask for a phone number only in a private chat: ask the customer to write to the bot directly.</source>
        <translation>Dies ist ein Gruppenchat. Telegram erlaubt einem Bot die Frage nach der Telefonnummer nur im privaten Chat: Bitten Sie den Kunden, dem Bot direkt zu schreiben.</translation>
    </message>
    <message>
        <source>This customer has not written to the bot yet</source>
        <translation>Dieser Kunde hat dem Bot noch nicht geschrieben</translation>
    </message>
    <message>
        <source>This customer has written only in a group. Telegram lets a bot ask for a phone number only in a private chat.</source>
        <translation>Dieser Kunde hat nur in einer Gruppe geschrieben. Telegram erlaubt einem Bot die Frage nach der Telefonnummer nur im privaten Chat.</translation>
    </message>
    <message>
        <source>The customer blocked the bot: the request cannot reach them</source>
        <translation>Der Kunde hat den Bot blockiert: Die Anfrage erreicht ihn nicht</translation>
    </message>
    <message>
        <source>The customer&apos;s Telegram account was deleted</source>
        <translation>Das Telegram-Konto des Kunden wurde gelöscht</translation>
    </message>
    <message>
        <source>A request is already on its way to the customer</source>
        <translation>Eine Anfrage ist bereits unterwegs zum Kunden</translation>
    </message>
    <message>
        <source>Asked %1 for their phone number: “%2”</source>
        <translation>%1 nach der Telefonnummer gefragt: „%2“</translation>
    </message>
</context>
<context>
    <name>tgic::models::ProfileHistoryModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Username set to %1</source>
        <translation>Benutzername auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Name set to %1</source>
        <translation>Name auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Username %1 removed</source>
        <translation>Benutzername %1 entfernt</translation>
    </message>
    <message>
        <source>Name removed</source>
        <translation>Name entfernt</translation>
    </message>
    <message>
        <source>Username %1 → %2</source>
        <translation>Benutzername %1 → %2</translation>
    </message>
    <message>
        <source>Name %1 → %2</source>
        <translation>Name %1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>tgic::models::RetentionSettings</name>
    <message>
        <source>Everything is kept until a customer is erased.</source>
        <translation>Alles bleibt erhalten, bis ein Kunde gelöscht wird.</translation>
    </message>
    <message>
        <source>The next run removes message contents from before %1:</source>
        <translation>Der nächste Lauf entfernt Nachrichteninhalte von vor %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 earlier text(s) of edited messages, %2 file(s),</source>
        <translation>
            <numerusform>%n Nachricht, %1 frühere Texte bearbeiteter Nachrichten, %2 Dateien,</numerusform>
            <numerusform>%n Nachrichten, %1 frühere Texte bearbeiteter Nachrichten, %2 Dateien,</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delivered outbox row(s), %2 raw Telegram update(s), %3 quarantined update(s).</source>
        <translation>%1 zugestellte Ausgangseinträge, %2 rohe Telegram-Updates, %3 Updates in Quarantäne.</translation>
    </message>
    <message numerus="yes">
        <source>%n older message(s) still on their way stay until delivered.</source>
        <translation>
            <numerusform>%n ältere Nachricht ist noch unterwegs und bleibt bis zur Zustellung.</numerusform>
            <numerusform>%n ältere Nachrichten sind noch unterwegs und bleiben bis zur Zustellung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is who (the mappings), profiles and the audit log stay.</source>
        <translation>Wer wer ist (die Zuordnungen), Profile und das Prüfprotokoll bleiben.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The workstation that runs the sync removes it once a day (last run: %1).</source>
        <translation>Der Arbeitsplatz, der synchronisiert, entfernt sie einmal am Tag (zuletzt: %1).</translation>
    </message>
    <message>
        <source>The sync removes it once a day (last run: %1).</source>
        <translation>Die Synchronisierung entfernt sie einmal am Tag (zuletzt: %1).</translation>
    </message>
</context>
<context>
    <name>tgic::models::SuggestionsModel</name>
    <message>
        <source>Shared their own phone number %1 from their Telegram account (verified by Telegram), %2</source>
        <translation>Hat die eigene Telefonnummer %1 aus dem Telegram-Konto geteilt (von Telegram bestätigt), %2</translation>
    </message>
    <message>
        <source>Typed the e-mail address %1 in a message, %2: “%3”</source>
        <translation>Hat die E-Mail-Adresse %1 in einer Nachricht geschrieben, %2: „%3“</translation>
    </message>
    <message>
        <source>Telegram user %1</source>
        <translation>Telegram-Nutzer %1</translation>
    </message>
    <message>
        <source>%1 (Telegram %2)</source>
        <translation>%1 (Telegram %2)</translation>
    </message>
    <message>
        <source>Lead %1 into user %2</source>
        <translation>Lead %1 in Nutzer %2</translation>
    </message>
    <message>
        <source>verified phone %1</source>
        <translation>bestätigte Telefonnummer %1</translation>
    </message>
    <message>
        <source>typed e-mail %1</source>
        <translation>geschriebene E-Mail %1</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Suggested merge</source>
        <translation>Vorgeschlagene Zusammenführung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>This suggestion was closed meanwhile (merged or dismissed, perhaps on another workstation).</source>
        <translation>Dieser Vorschlag wurde inzwischen geschlossen (zusammengeführt oder abgelehnt, vielleicht an einem anderen Arbeitsplatz).</translation>
    </message>
    <message>
        <source>The dismissal could not be saved: the database is not available.</source>
        <translation>Die Ablehnung konnte nicht gespeichert werden: Die Datenbank ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>tgic::models::SyncStatus</name>
    <message>
        <source>Not syncing</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected, waiting for Telegram</source>
        <translation>Verbunden, warte auf Telegram</translation>
    </message>
    <message>
        <source>Backing off after an error</source>
        <translation>Pause nach einem Fehler</translation>
    </message>
    <message>
        <source>Another poller owns this bot</source>
        <translation>Ein anderes Programm fragt diesen Bot ab</translation>
    </message>
    <message>
        <source>A token was refused</source>
        <translation>Ein Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 (%2, %3), seen %4</source>
        <translation>%1 (%2, %3), zuletzt gesehen %4</translation>
    </message>
    <message>
        <source>Workstations on this team database:
%1</source>
        <translation>Arbeitsplätze an dieser Team-Datenbank:
%1</translation>
    </message>
    <message>
        <source>This workstation cannot run the sync: %1</source>
        <translation>Dieser Arbeitsplatz kann die Synchronisierung nicht ausführen: %1</translation>
    </message>
    <message>
        <source>Following the team&apos;s sync</source>
        <translation>Folgt der Synchronisierung des Teams</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird neu aufgebaut</translation>
    </message>
    <message>
        <source>Sync waiting: team database unreachable (retrying)</source>
        <translation>Synchronisierung wartet: Team-Datenbank nicht erreichbar (neuer Versuch läuft)</translation>
    </message>
    <message>
        <source>Sync waiting: the database did not open (retrying)</source>
        <translation>Synchronisierung wartet: Die Datenbank ließ sich nicht öffnen (neuer Versuch läuft)</translation>
    </message>
</context>
<context>
    <name>tgic::secrets::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?)</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt?)</translation>
    </message>
</context>
<context>
    <name>tgic::store::Database</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>SQL failed: %1 (%2)</source>
        <translation>SQL-Fehler: %1 (%2)</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this app (schema %2, this app knows %3).</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version dieser App geschrieben (Schema %2, diese App kennt %3).</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>tgic::store::OutboxRepository</name>
    <message>
        <source>this version of the app does not know how to deliver a &quot;%1&quot; item</source>
        <translation>diese Version der App kann einen Eintrag vom Typ &quot;%1&quot; nicht zustellen</translation>
    </message>
</context>
<context>
    <name>tgic::sync::FileDownloader</name>
    <message>
        <source>the file is larger than allowed</source>
        <translation>die Datei ist größer als erlaubt</translation>
    </message>
    <message>
        <source>download failed with HTTP %1</source>
        <translation>Download mit HTTP %1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>tgic::sync::IntercomDelivery</name>
    <message>
        <source>the message has no text to deliver</source>
        <translation>die Nachricht hat keinen Text zum Zustellen</translation>
    </message>
    <message>
        <source>✏️ Edited by the customer (their message of %1, Telegram message %2).
Now:
%3

Before:
%4</source>
        <translation>✏️ Vom Kunden bearbeitet (seine Nachricht vom %1, Telegram-Nachricht %2).
Jetzt:
%3

Vorher:
%4</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>die lokale Datenbank ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Intercom did not say which conversation it opened</source>
        <translation>Intercom hat nicht mitgeteilt, welche Unterhaltung eröffnet wurde</translation>
    </message>
    <message>
        <source>the Intercom conversation is gone; starting a new one</source>
        <translation>die Intercom-Unterhaltung existiert nicht mehr; eine neue wird begonnen</translation>
    </message>
    <message>
        <source>the contact moved; delivering to %1</source>
        <translation>der Kontakt wurde verschoben; Zustellung an %1</translation>
    </message>
    <message>
        <source>Intercom refused the message: %1</source>
        <translation>Intercom hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>the local database refused the delivery record</source>
        <translation>die lokale Datenbank hat den Zustellungseintrag abgelehnt</translation>
    </message>
    <message>
        <source>the local database refused the new conversation</source>
        <translation>die lokale Datenbank hat die neue Unterhaltung abgelehnt</translation>
    </message>
    <message>
        <source>[The file is larger than the 20 MB a bot may download from Telegram.]</source>
        <translation>[Die Datei ist größer als die 20 MB, die ein Bot von Telegram herunterladen darf.]</translation>
    </message>
    <message>
        <source>[Telegram no longer provides this file: %1]</source>
        <translation>[Telegram stellt diese Datei nicht mehr bereit: %1]</translation>
    </message>
    <message>
        <source>Telegram getFile: %1</source>
        <translation>Telegram getFile: %1</translation>
    </message>
    <message>
        <source>downloading the customer&apos;s file: %1</source>
        <translation>Download der Kundendatei: %1</translation>
    </message>
    <message>
        <source>the Intercom admin is not known yet</source>
        <translation>der Intercom-Admin ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>sent by a bot: bots are not mirrored to Intercom</source>
        <translation>von einem Bot gesendet: Bots werden nicht nach Intercom gespiegelt</translation>
    </message>
    <message>
        <source>this item is not one to deliver to Intercom</source>
        <translation>dieser Eintrag ist nicht für Intercom bestimmt</translation>
    </message>
</context>
<context>
    <name>tgic::sync::IntercomPartPoller</name>
    <message>
        <source>no usable link</source>
        <translation>kein verwendbarer Link</translation>
    </message>
</context>
<context>
    <name>tgic::sync::OutboxDrain</name>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>nach %1 Versuchen aufgegeben: %2</translation>
    </message>
</context>
<context>
    <name>tgic::sync::SyncEngine</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Intercom refused the access token: %1</source>
        <translation>Intercom hat das Zugriffstoken abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2); retrying in %3 s</source>
        <translation>%1 fehlgeschlagen (%2); neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Checking the Telegram bot and the Intercom workspace</source>
        <translation>Prüfe den Telegram-Bot und den Intercom-Workspace</translation>
    </message>
    <message>
        <source>%1 refused the token (%2). Check it and try again.</source>
        <translation>%1 hat das Token abgelehnt (%2). Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: %3</source>
        <translation>%1 unter %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer: %2</source>
        <translation>Unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>cannot create the contact attributes: %1</source>
        <translation>die Kontaktattribute können nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Telegram has nothing new and both outboxes are empty</source>
        <translation>Telegram hat nichts Neues und beide Postausgänge sind leer</translation>
    </message>
    <message>
        <source>Telegram refused the bot token: %1</source>
        <translation>Telegram hat das Bot-Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>This customer&apos;s Telegram account was deleted: replies cannot reach them any more.</source>
        <translation>Das Telegram-Konto dieses Kunden wurde gelöscht: Antworten erreichen ihn nicht mehr.</translation>
    </message>
    <message>
        <source>This customer blocked the Telegram bot: replies cannot reach them until they unblock it.</source>
        <translation>Dieser Kunde hat den Telegram-Bot blockiert: Antworten erreichen ihn erst, wenn er die Blockierung aufhebt.</translation>
    </message>
    <message>
        <source>Following: another workstation runs the sync</source>
        <translation>Folgt: ein anderer Arbeitsplatz führt die Synchronisierung aus</translation>
    </message>
    <message>
        <source>No answer from %1 for %2 s — reconnecting</source>
        <translation>Keine Antwort von %1 seit %2 s – Verbindung wird neu aufgebaut</translation>
    </message>
</context>
<context>
    <name>tgic::sync::TelegramDelivery</name>
    <message>
        <source>the customer blocked the bot</source>
        <translation>der Kunde hat den Bot blockiert</translation>
    </message>
    <message>
        <source>the bot was removed from the group</source>
        <translation>der Bot wurde aus der Gruppe entfernt</translation>
    </message>
    <message>
        <source>the customer&apos;s Telegram account was deleted</source>
        <translation>das Telegram-Konto des Kunden wurde gelöscht</translation>
    </message>
    <message>
        <source>an attachment of this message is missing from the local database</source>
        <translation>ein Anhang dieser Nachricht fehlt in der lokalen Datenbank</translation>
    </message>
    <message>
        <source>📎 %1 (%2) is too large to send here. Download it: %3</source>
        <translation>📎 %1 (%2) ist zu groß, um hier gesendet zu werden. Herunterladen: %3</translation>
    </message>
    <message>
        <source>📎 The agent attached %1, but it could not be fetched (%2). Please ask them to send it again.</source>
        <translation>📎 Der Agent hat %1 angehängt, aber die Datei konnte nicht abgerufen werden (%2). Bitte bitten Sie ihn, sie erneut zu senden.</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>die lokale Datenbank ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>An earlier attempt may have reached the customer: this message may have been sent twice</source>
        <translation>Ein früherer Versuch hat den Kunden eventuell erreicht: diese Nachricht wurde möglicherweise doppelt gesendet</translation>
    </message>
    <message>
        <source>the local database refused the delivery record</source>
        <translation>die lokale Datenbank hat den Zustellungseintrag abgelehnt</translation>
    </message>
    <message>
        <source>Telegram refused the message: %1</source>
        <translation>Telegram hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <source>the business chat is not known to this database</source>
        <translation>dieser Business-Chat ist in dieser Datenbank nicht bekannt</translation>
    </message>
    <message>
        <source>the customer has not written in this business chat for over 24 hours, and the business account may answer only within 24 hours of the customer&apos;s last message</source>
        <translation>der Kunde hat in diesem Business-Chat seit über 24 Stunden nicht geschrieben, und das Business-Konto darf nur innerhalb von 24 Stunden nach der letzten Nachricht des Kunden antworten</translation>
    </message>
    <message>
        <source>the business account has switched off its connection to the bot</source>
        <translation>das Business-Konto hat seine Verbindung zum Bot ausgeschaltet</translation>
    </message>
    <message>
        <source>the business account does not allow the bot to reply for it</source>
        <translation>das Business-Konto erlaubt dem Bot nicht, in seinem Namen zu antworten</translation>
    </message>
    <message>
        <source>the business account is no longer connected to the bot</source>
        <translation>das Business-Konto ist nicht mehr mit dem Bot verbunden</translation>
    </message>
    <message>
        <source>Telegram refused it (%1)</source>
        <translation>Telegram hat sie abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the business chat or the message to mark is not known</source>
        <translation>der Business-Chat oder die zu markierende Nachricht ist nicht bekannt</translation>
    </message>
    <message>
        <source>Telegram refused the read mark: %1</source>
        <translation>Telegram hat die Lesebestätigung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>tgic::sync::UpdatePoller</name>
    <message>
        <source>Cannot write to the local database; Telegram keeps the messages meanwhile</source>
        <translation>In die lokale Datenbank kann nicht geschrieben werden; Telegram bewahrt die Nachrichten solange auf</translation>
    </message>
    <message>
        <source>Telegram refused the bot token (401 Unauthorized). Check the token.</source>
        <translation>Telegram hat das Bot-Token abgelehnt (401 Unauthorized). Prüfen Sie das Token.</translation>
    </message>
    <message>
        <source>A webhook is set for this bot, so it cannot be polled. Remove the webhook or stop the other service.</source>
        <translation>Für diesen Bot ist ein Webhook gesetzt, daher kann er nicht abgefragt werden. Entfernen Sie den Webhook oder beenden Sie den anderen Dienst.</translation>
    </message>
    <message>
        <source>Another program is polling this bot. Only one may; waiting for it to stop.</source>
        <translation>Ein anderes Programm fragt diesen Bot ab. Das darf nur eines; warte, bis es aufhört.</translation>
    </message>
</context>
<context>
    <name>tgic::team</name>
    <message>
        <source>Nobody runs the sync right now</source>
        <translation>Gerade führt niemand die Synchronisierung aus</translation>
    </message>
    <message>
        <source>Sync runs on this workstation since %1</source>
        <translation>Die Synchronisierung läuft auf diesem Arbeitsplatz seit %1</translation>
    </message>
    <message>
        <source>Sync runs on %1 (%2) since %3</source>
        <translation>Die Synchronisierung läuft auf %1 (%2) seit %3</translation>
    </message>
</context>
<context>
    <name>tgic::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Telegram chats beside their linked Intercom contacts. Every Telegram user maps to exactly one Intercom contact, anchored on the immutable Telegram user ID.</source>
        <translation>Telegram-Chats neben den verknüpften Intercom-Kontakten. Jeder Telegram-Nutzer entspricht genau einem Intercom-Kontakt, verankert an der unveränderlichen Telegram-Nutzer-ID.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Released under the %1.</source>
        <translation>Veröffentlicht unter der %1.</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>MIT-Lizenz</translation>
    </message>
    <message>
        <source>Project website</source>
        <translation>Projekt-Website</translation>
    </message>
    <message>
        <source>Telegram Bot API</source>
        <translation>Telegram Bot API</translation>
    </message>
    <message>
        <source>Intercom REST API 2.16</source>
        <translation>Intercom REST API 2.16</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
</context>
<context>
    <name>tgic::ui::AuditLogView</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Changes to mappings, newest first</source>
        <translation>Änderungen an Zuordnungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Only the selected customer</source>
        <translation>Nur der ausgewählte Kunde</translation>
    </message>
    <message>
        <source>Only Telegram user %1</source>
        <translation>Nur Telegram-Nutzer %1</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ChatListDelegate</name>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Business chat</source>
        <translation>Business-Chat</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ChatListPane</name>
    <message>
        <source>Search name, @username, Telegram ID or email</source>
        <translation>Name, @Benutzername, Telegram-ID oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No chats yet. They appear when customers write to the bot.</source>
        <translation>Noch keine Chats. Sie erscheinen, sobald Kunden dem Bot schreiben.</translation>
    </message>
    <message>
        <source>No chat matches “%1”</source>
        <translation>Kein Chat passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>tgic::ui::CheckDialog</name>
    <message>
        <source>Check mappings</source>
        <translation>Zuordnungen prüfen</translation>
    </message>
    <message>
        <source>Every Telegram user&apos;s contact is read from Intercom, paced by the rate limit. Contacts merged in Intercom are followed to the survivor at once; other problems are listed with the fix proposed.</source>
        <translation>Der Kontakt jedes Telegram-Nutzers wird aus Intercom gelesen, im Takt des Ratenlimits. In Intercom zusammengeführten Kontakten wird sofort zum verbleibenden Kontakt gefolgt; andere Probleme werden mit einer vorgeschlagenen Behebung aufgelistet.</translation>
    </message>
    <message>
        <source>Mappings checked</source>
        <translation>Geprüfte Zuordnungen</translation>
    </message>
    <message>
        <source>%v of %m checked</source>
        <translation>%v von %m geprüft</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>&amp;Apply proposed fixes</source>
        <translation>Vorgeschlagene Behebungen &amp;anwenden</translation>
    </message>
    <message>
        <source>Write removed anchors back and resolve mappings to deleted contacts again. Duplicates stay for you to merge or relink.</source>
        <translation>Entfernte Anker wieder eintragen und Zuordnungen zu gelöschten Kontakten neu auflösen. Duplikate bleiben, damit Sie sie zusammenführen oder neu verknüpfen.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking and repairing…</source>
        <translation>Prüfe und repariere…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) checked: everything matches Intercom.</source>
        <translation>
            <numerusform>%n Zuordnung geprüft: alles stimmt mit Intercom überein.</numerusform>
            <numerusform>%n Zuordnungen geprüft: alles stimmt mit Intercom überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) checked: %1 finding(s), %2 still open.</source>
        <translation>
            <numerusform>%n Zuordnung geprüft: %1 Befund(e), %2 noch offen.</numerusform>
            <numerusform>%n Zuordnungen geprüft: %1 Befund(e), %2 noch offen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgic::ui::ConnectingWindow</name>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Verbindung zur Teamdatenbank %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The team database does not answer:
%1

Trying again…</source>
        <translation>Die Teamdatenbank antwortet nicht:
%1

Neuer Versuch…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ContactPanel</name>
    <message>
        <source>The linked Intercom contact appears here</source>
        <translation>Hier erscheint der verknüpfte Intercom-Kontakt</translation>
    </message>
    <message>
        <source>Open in Intercom</source>
        <translation>In Intercom öffnen</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Verknüpfter Kontakt</translation>
    </message>
    <message>
        <source>Intercom contact</source>
        <translation>Intercom-Kontakt</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>telegram_user_id</source>
        <translation>telegram_user_id</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Verknüpft über</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open the contact in the Intercom web app</source>
        <translation>Den Kontakt in der Intercom-Web-App öffnen</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Username and name history</source>
        <translation>Verlauf von Benutzername und Name</translation>
    </message>
    <message>
        <source>This chat is not with a single person, so it has no contact</source>
        <translation>Dieser Chat ist nicht mit einer einzelnen Person, daher hat er keinen Kontakt</translation>
    </message>
    <message>
        <source>not linked yet</source>
        <translation>noch nicht verknüpft</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>%1 (%2, last activity %3)</source>
        <translation>%1 (%2, letzte Aktivität %3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No Intercom contact is linked yet</source>
        <translation>Noch kein Intercom-Kontakt verknüpft</translation>
    </message>
    <message>
        <source>Available once connected to Intercom (the workspace id is needed)</source>
        <translation>Verfügbar, sobald eine Verbindung zu Intercom besteht (die Workspace-ID wird benötigt)</translation>
    </message>
    <message>
        <source>Fix the link</source>
        <translation>Verknüpfung korrigieren</translation>
    </message>
    <message>
        <source>&amp;Relink…</source>
        <translation>&amp;Neu verknüpfen…</translation>
    </message>
    <message>
        <source>Link this Telegram user to another Intercom contact</source>
        <translation>Diesen Telegram-Nutzer mit einem anderen Intercom-Kontakt verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge this contact into the customer&apos;s existing Intercom user</source>
        <translation>Diesen Kontakt mit dem bestehenden Intercom-Nutzer des Kunden zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Detach the Telegram user from the contact; messages wait until relinked</source>
        <translation>Den Telegram-Nutzer vom Kontakt trennen; Nachrichten warten bis zur neuen Verknüpfung</translation>
    </message>
    <message>
        <source>Forget the link and find or create the contact again by the Telegram ID</source>
        <translation>Die Verknüpfung vergessen und den Kontakt anhand der Telegram-ID neu finden oder anlegen</translation>
    </message>
    <message>
        <source>Re-&amp;write anchor</source>
        <translation>&amp;Anker neu schreiben</translation>
    </message>
    <message>
        <source>Write the telegram_user_id attribute onto the contact again</source>
        <translation>Das Attribut telegram_user_id erneut in den Kontakt schreiben</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Re-re&amp;solve</source>
        <translation>Neu zu&amp;ordnen</translation>
    </message>
    <message>
        <source>%1 (last activity %2)</source>
        <translation>%1 (letzte Aktivität %2)</translation>
    </message>
    <message>
        <source>Conversation in Intercom</source>
        <translation>Unterhaltung in Intercom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Read from Intercom</source>
        <translation>Aus Intercom gelesen</translation>
    </message>
    <message>
        <source>not read from Intercom yet</source>
        <translation>noch nicht aus Intercom gelesen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This customer could not be read from the local database; the panel shows what it read before. The log file says why.</source>
        <translation>Dieser Kunde konnte nicht aus der lokalen Datenbank gelesen werden; der Bereich zeigt, was zuvor gelesen wurde. Die Protokolldatei nennt den Grund.</translation>
    </message>
    <message>
        <source>&amp;Erase This Customer…</source>
        <translation>Diesen Kunden &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove everything about this Telegram user, here and in Intercom, on their request (shows what goes where first)</source>
        <translation>Auf seinen Wunsch alles über diesen Telegram-Nutzer entfernen, hier und in Intercom (zeigt zuerst, was wo entfernt wird)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Business chat</source>
        <translation>Business-Chat</translation>
    </message>
    <message>
        <source>Business chat with %1</source>
        <translation>Business-Chat mit %1</translation>
    </message>
    <message>
        <source>Chat with the bot</source>
        <translation>Chat mit dem Bot</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Replies possible until %1</source>
        <translation>Antworten möglich bis %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Reply window closed %1 ago — the customer must write first</source>
        <translation>Antwortfenster seit %1 geschlossen — der Kunde muss zuerst schreiben</translation>
    </message>
    <message>
        <source>Reply window closed — the customer must write first</source>
        <translation>Antwortfenster geschlossen — der Kunde muss zuerst schreiben</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ContactPicker</name>
    <message>
        <source>user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
    <message>
        <source>no email or phone</source>
        <translation>keine E-Mail oder Telefonnummer</translation>
    </message>
    <message>
        <source>Intercom contact: name, email, phone or id</source>
        <translation>Intercom-Kontakt: Name, E-Mail, Telefon oder ID</translation>
    </message>
    <message>
        <source>Search Intercom contacts</source>
        <translation>Intercom-Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Matching Intercom contacts</source>
        <translation>Passende Intercom-Kontakte</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>Geben Sie mindestens zwei Zeichen ein.</translation>
    </message>
    <message>
        <source>Searching Intercom…</source>
        <translation>Suche in Intercom…</translation>
    </message>
    <message>
        <source>Intercom did not answer: %1</source>
        <translation>Intercom hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found. Choose one.</source>
        <translation>
            <numerusform>%n Kontakt gefunden. Wählen Sie ihn aus.</numerusform>
            <numerusform>%n Kontakte gefunden. Wählen Sie einen aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgic::ui::ConversationView</name>
    <message>
        <source>Select a chat to read its history</source>
        <translation>Wählen Sie einen Chat, um seinen Verlauf zu lesen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages in this chat yet</source>
        <translation>Noch keine Nachrichten in diesem Chat</translation>
    </message>
</context>
<context>
    <name>tgic::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>tgic::ui::EraseCustomerDialog</name>
    <message>
        <source>Erase even though a message is still on its way</source>
        <translation>Trotzdem löschen, obwohl eine Nachricht noch unterwegs ist</translation>
    </message>
    <message>
        <source>&amp;Erase Customer</source>
        <translation>Kunden &amp;löschen</translation>
    </message>
    <message>
        <source>Erase Telegram User %1</source>
        <translation>Telegram-Nutzer %1 löschen</translation>
    </message>
    <message>
        <source>Forget this customer on their request: their messages, profile and evidence are removed from this database (on every workstation of a team), and their Intercom contact as chosen below. The audit log keeps who erased whom and when, under a one-way code instead of the Telegram ID. This cannot be undone.</source>
        <translation>Diesen Kunden auf seinen Wunsch vergessen: seine Nachrichten, sein Profil und seine Hinweise werden aus dieser Datenbank entfernt (auf jedem Arbeitsplatz eines Teams), sein Intercom-Kontakt wie unten gewählt. Das Prüfprotokoll behält, wer wen wann gelöscht hat, unter einem Einweg-Code statt der Telegram-ID. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Looking up what is held about Telegram user %1…</source>
        <translation>Ermittle, was über Telegram-Nutzer %1 gespeichert ist…</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Was entfernt wird</translation>
    </message>
    <message>
        <source>The Intercom contact</source>
        <translation>Der Intercom-Kontakt</translation>
    </message>
    <message>
        <source>&amp;Delete it with its conversations (Intercom can restore it for 7 days)</source>
        <translation>Mit seinen Unterhaltungen l&amp;öschen (Intercom kann ihn 7 Tage lang wiederherstellen)</translation>
    </message>
    <message>
        <source>&amp;Archive it (kept, hidden from lists and search)</source>
        <translation>&amp;Archivieren (bleibt erhalten, verborgen in Listen und Suche)</translation>
    </message>
    <message>
        <source>&amp;Keep it; only clear its Telegram attributes</source>
        <translation>&amp;Behalten; nur seine Telegram-Attribute leeren</translation>
    </message>
    <message>
        <source>Erasing needs a connection to Intercom (Settings).</source>
        <translation>Zum Löschen braucht es eine Verbindung zu Intercom (Einstellungen).</translation>
    </message>
    <message>
        <source>Nothing is held about this Telegram ID, here or in Intercom.</source>
        <translation>Zu dieser Telegram-ID ist nichts gespeichert, weder hier noch in Intercom.</translation>
    </message>
    <message>
        <source>A message to or from this customer is still on its way. Wait until it is delivered, or tick the box above to erase anyway.</source>
        <translation>Eine Nachricht an oder von diesem Kunden ist noch unterwegs. Warten Sie, bis sie zugestellt ist, oder setzen Sie oben das Häkchen, um trotzdem zu löschen.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Lösche…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Find Chat</source>
        <translation>Chat &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Chat</source>
        <translation>&amp;Nächster Chat</translation>
    </message>
    <message>
        <source>&amp;Previous Chat</source>
        <translation>&amp;Vorheriger Chat</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>No chat selected</source>
        <translation>Kein Chat ausgewählt</translation>
    </message>
    <message>
        <source>Telegram ID %1</source>
        <translation>Telegram-ID %1</translation>
    </message>
    <message>
        <source>Intercom: %1</source>
        <translation>Intercom: %1</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Check Mappings…</source>
        <translation>Zuordnungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>Verify every Telegram user&apos;s contact against Intercom</source>
        <translation>Den Kontakt jedes Telegram-Nutzers mit Intercom abgleichen</translation>
    </message>
    <message>
        <source>&amp;Merge Contacts…</source>
        <translation>Kontakte &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Merge a lead into the customer&apos;s existing Intercom user</source>
        <translation>Einen Lead mit dem bestehenden Intercom-Nutzer des Kunden zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>Every change to a mapping: who, when, what, before and after</source>
        <translation>Jede Änderung an einer Zuordnung: wer, wann, was, vorher und nachher</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Available once tokens for Intercom are set (Settings)</source>
        <translation>Verfügbar, sobald Tokens für Intercom eingerichtet sind (Einstellungen)</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Verknüpfung von %1 lösen</translation>
    </message>
    <message>
        <source>Re-resolve %1</source>
        <translation>%1 neu zuordnen</translation>
    </message>
    <message>
        <source>Detach Telegram user %1 from Intercom contact %2? Their messages wait in the outbox until you relink them; the Telegram ID is removed from the contact.</source>
        <translation>Telegram-Nutzer %1 von Intercom-Kontakt %2 trennen? Seine Nachrichten warten im Postausgang, bis Sie ihn neu verknüpfen; die Telegram-ID wird aus dem Kontakt entfernt.</translation>
    </message>
    <message>
        <source>Forget the link of Telegram user %1 and find or create the contact again by the Telegram ID?</source>
        <translation>Die Verknüpfung von Telegram-Nutzer %1 vergessen und den Kontakt anhand der Telegram-ID neu finden oder anlegen?</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>&amp;Re-resolve</source>
        <translation>Neu &amp;zuordnen</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;Import a Single-Seat Cache…</source>
        <translation>Einzelplatz-Cache &amp;importieren…</translation>
    </message>
    <message>
        <source>Copy this workstation&apos;s own cache (mappings, history, queued messages, audit) into the team database; safe to repeat</source>
        <translation>Den eigenen Cache dieses Arbeitsplatzes (Zuordnungen, Verlauf, wartende Nachrichten, Prüfprotokoll) in die Team-Datenbank kopieren; kann gefahrlos wiederholt werden</translation>
    </message>
    <message>
        <source>Unavailable while the team database is unreachable</source>
        <translation>Nicht verfügbar, solange die Team-Datenbank nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Merges the evidence suggests: a customer&apos;s verified phone or typed e-mail matches an Intercom user</source>
        <translation>Zusammenführungen, die Hinweise nahelegen: die bestätigte Telefonnummer oder geschriebene E-Mail eines Kunden passt zu einem Intercom-Nutzer</translation>
    </message>
    <message numerus="yes">
        <source>Suggested Merges (%n)</source>
        <translation>
            <numerusform>Vorgeschlagene Zusammenführungen (%n)</numerusform>
            <numerusform>Vorgeschlagene Zusammenführungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested Merges</source>
        <translation>Vorgeschlagene Zusammenführungen</translation>
    </message>
    <message>
        <source>Dismissed: it will not be suggested again.</source>
        <translation>Abgelehnt: Dies wird nicht erneut vorgeschlagen.</translation>
    </message>
    <message>
        <source>Sync &amp;Health</source>
        <translation>Sync-&amp;Zustand</translation>
    </message>
    <message>
        <source>The last hour of the sync as plots: messages in, how long they take to reach Intercom and Telegram, the outboxes, stalls and quarantines</source>
        <translation>Die letzte Stunde der Synchronisierung als Diagramme: eingehende Nachrichten, wie lange sie bis Intercom und Telegram brauchen, die Ausgänge, Hänger und Quarantäne</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MergeDialog</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Merge Intercom contacts</source>
        <translation>Intercom-Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Intercom merges a lead into a user: the user survives and the lead&apos;s conversations move to it. Typically the lead is the one created for a Telegram customer and the user is the customer&apos;s existing Intercom account.</source>
        <translation>Intercom führt einen Lead mit einem Nutzer zusammen: Der Nutzer bleibt bestehen und die Unterhaltungen des Leads gehen auf ihn über. Meist ist der Lead der für einen Telegram-Kunden angelegte Kontakt und der Nutzer das bestehende Intercom-Konto des Kunden.</translation>
    </message>
    <message>
        <source>Search the lead to merge away</source>
        <translation>Den Lead suchen, der aufgehen soll</translation>
    </message>
    <message>
        <source>Search the user that survives</source>
        <translation>Den Nutzer suchen, der bestehen bleibt</translation>
    </message>
    <message>
        <source>Merge this lead…</source>
        <translation>Diesen Lead…</translation>
    </message>
    <message>
        <source>…into this user (survives)</source>
        <translation>…mit diesem Nutzer zusammenführen (bleibt bestehen)</translation>
    </message>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation>⇄ &amp;Tauschen</translation>
    </message>
    <message>
        <source>Swap the two contacts</source>
        <translation>Die beiden Kontakte tauschen</translation>
    </message>
    <message>
        <source>Relink instead</source>
        <translation>Stattdessen neu verknüpfen</translation>
    </message>
    <message>
        <source>What the user keeps, gains and loses</source>
        <translation>Was der Nutzer behält, hinzugewinnt und verliert</translation>
    </message>
    <message>
        <source>A merge cannot be undone in Intercom.</source>
        <translation>Ein Zusammenführen lässt sich in Intercom nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Choose the lead on the left and the user on the right.</source>
        <translation>Wählen Sie links den Lead und rechts den Nutzer.</translation>
    </message>
    <message>
        <source>Both sides are the same contact.</source>
        <translation>Beide Seiten sind derselbe Kontakt.</translation>
    </message>
    <message>
        <source>Comparing the two contacts…</source>
        <translation>Vergleiche die beiden Kontakte…</translation>
    </message>
    <message>
        <source>Cannot merge these two: %1</source>
        <translation>Diese beiden können nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>Relink Telegram user %1 to %2 instead</source>
        <translation>Stattdessen Telegram-Nutzer %1 neu mit %2 verknüpfen</translation>
    </message>
    <message>
        <source>Merging %1 into %2:</source>
        <translation>%1 wird mit %2 zusammengeführt:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) move from the lead to the user.</source>
        <translation>
            <numerusform>%n Unterhaltung geht vom Lead auf den Nutzer über.</numerusform>
            <numerusform>%n Unterhaltungen gehen vom Lead auf den Nutzer über.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram anchor: the lead carries %1, the user carries %2. Afterwards the user carries %3: tgic writes the anchor onto the user after the merge, because Intercom would keep only the user&apos;s value.</source>
        <translation>Telegram-Anker: Der Lead trägt %1, der Nutzer trägt %2. Danach trägt der Nutzer %3: tgic schreibt den Anker nach dem Zusammenführen in den Nutzer, weil Intercom nur den Wert des Nutzers behalten würde.</translation>
    </message>
    <message>
        <source>Confirm first that the two Telegram users are the same person</source>
        <translation>Bestätigen Sie zuerst, dass die beiden Telegram-Nutzer dieselbe Person sind</translation>
    </message>
    <message>
        <source>Cannot be undone in Intercom</source>
        <translation>Kann in Intercom nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Führe zusammen…</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Nicht zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Relinking…</source>
        <translation>Verknüpfe neu…</translation>
    </message>
    <message>
        <source>Not relinked: %1</source>
        <translation>Nicht neu verknüpft: %1</translation>
    </message>
    <message>
        <source>I confirm these Telegram users are the same person</source>
        <translation>Ich bestätige, dass diese Telegram-Nutzer dieselbe Person sind</translation>
    </message>
    <message>
        <source>Swap the two sides: a lead can be merged into a user.</source>
        <translation>Tauschen Sie die beiden Seiten: Ein Lead kann mit einem Nutzer zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Relink Telegram user %1 to %2 without merging: the button below does it.</source>
        <translation>Telegram-Nutzer %1 ohne Zusammenführen neu mit %2 verknüpfen: Das erledigt die Schaltfläche unten.</translation>
    </message>
    <message>
        <source>Cannot merge these two: %1
Instead: %2</source>
        <translation>Diese beiden können nicht zusammengeführt werden: %1
Stattdessen: %2</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MessageDelegate</name>
    <message>
        <source>✓ in Intercom</source>
        <translation>✓ in Intercom</translation>
    </message>
    <message>
        <source>✗ not delivered</source>
        <translation>✗ nicht zugestellt</translation>
    </message>
    <message>
        <source>✗ not delivered: %1</source>
        <translation>✗ nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>◷ queued for Intercom</source>
        <translation>◷ wartet auf Intercom</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
</context>
<context>
    <name>tgic::ui::PhoneRequestBox</name>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Ask for &amp;phone number</source>
        <translation>Nach &amp;Telefonnummer fragen</translation>
    </message>
    <message>
        <source>Send the customer a button that shares the phone number of their Telegram account (verified by Telegram)</source>
        <translation>Dem Kunden eine Schaltfläche senden, die die Telefonnummer seines Telegram-Kontos teilt (von Telegram bestätigt)</translation>
    </message>
    <message>
        <source>Asked %1; waiting for the customer to share it</source>
        <translation>Gefragt: %1; wartet darauf, dass der Kunde sie teilt</translation>
    </message>
</context>
<context>
    <name>tgic::ui::RelinkDialog</name>
    <message>
        <source>Relink %1</source>
        <translation>%1 neu verknüpfen</translation>
    </message>
    <message>
        <source>Link Telegram user %1 (%2) to an Intercom contact. Their messages go to that contact from now on; the Telegram ID is written onto it.</source>
        <translation>Telegram-Nutzer %1 (%2) mit einem Intercom-Kontakt verknüpfen. Seine Nachrichten gehen ab jetzt an diesen Kontakt; die Telegram-ID wird dort eingetragen.</translation>
    </message>
    <message>
        <source>Link Telegram user %1 (%2) to another Intercom contact instead of %3. The Telegram ID moves to the new contact; past conversations stay where they are.</source>
        <translation>Telegram-Nutzer %1 (%2) statt mit %3 mit einem anderen Intercom-Kontakt verknüpfen. Die Telegram-ID geht auf den neuen Kontakt über; frühere Unterhaltungen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>&amp;Relink</source>
        <translation>&amp;Neu verknüpfen</translation>
    </message>
    <message>
        <source>The customer is already linked to this contact</source>
        <translation>Der Kunde ist bereits mit diesem Kontakt verknüpft</translation>
    </message>
    <message>
        <source>Relinking…</source>
        <translation>Verknüpfe neu…</translation>
    </message>
    <message>
        <source>Not relinked: %1</source>
        <translation>Nicht neu verknüpft: %1</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain. Leave a field empty to keep the stored token.</source>
        <translation>Tokens werden im Schlüsselbund des Systems aufbewahrt. Lassen Sie ein Feld leer, um das gespeicherte Token zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Forget tokens</source>
        <translation>Tokens &amp;vergessen</translation>
    </message>
    <message>
        <source>Forget tokens</source>
        <translation>Tokens vergessen</translation>
    </message>
    <message>
        <source>Remove both tokens from the keychain? Syncing stops until you enter them again.</source>
        <translation>Beide Tokens aus dem Schlüsselbund entfernen? Die Synchronisierung stoppt, bis Sie sie erneut eingeben.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language applies the next time tgic starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von tgic.</translation>
    </message>
    <message>
        <source>Show the unread count in the system &amp;tray</source>
        <translation>Anzahl ungelesener Chats im &amp;Systembereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Notify me of new customer messages</source>
        <translation>Bei neuen Kundennachrichten &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Asking for the phone number</source>
        <translation>Nach der Telefonnummer fragen</translation>
    </message>
    <message>
        <source>Message asking for the phone number</source>
        <translation>Nachricht mit der Frage nach der Telefonnummer</translation>
    </message>
    <message>
        <source>Leave empty to send the built-in text in the customer&apos;s Telegram language (English, German, Spanish or Russian). tgic-cli ask-phone uses it too.</source>
        <translation>Leer lassen, um den eingebauten Text in der Telegram-Sprache des Kunden zu senden (Englisch, Deutsch, Spanisch oder Russisch). tgic-cli ask-phone verwendet ihn ebenfalls.</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Alles behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Message texts and media older than this are removed from the local cache or the team database, for the whole team. Who is who stays.</source>
        <translation>Ältere Nachrichtentexte und Medien werden aus dem lokalen Zwischenspeicher oder der Teamdatenbank entfernt, für das ganze Team. Wer wer ist, bleibt.</translation>
    </message>
    <message>
        <source>Keep message contents for</source>
        <translation>Nachrichteninhalte behalten für</translation>
    </message>
    <message>
        <source>The database refused the new retention period.</source>
        <translation>Die Datenbank hat die neue Aufbewahrungsfrist abgelehnt.</translation>
    </message>
    <message>
        <source>Business accounts</source>
        <translation>Business-Konten</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>switched off by the account</source>
        <translation>vom Konto ausgeschaltet</translation>
    </message>
    <message>
        <source>the bot may answer its customers within 24 hours of their last message</source>
        <translation>der Bot darf seinen Kunden innerhalb von 24 Stunden nach ihrer letzten Nachricht antworten</translation>
    </message>
    <message>
        <source>the bot may read but not answer</source>
        <translation>der Bot darf lesen, aber nicht antworten</translation>
    </message>
    <message>
        <source>%1, connected since %2: %3</source>
        <translation>%1, verbunden seit %2: %3</translation>
    </message>
    <message>
        <source>No Telegram Business account is connected to the bot. Its owner connects it in Telegram (Settings → Telegram Business → Chatbots) once Business Mode is on for the bot in @BotFather.</source>
        <translation>Kein Telegram-Business-Konto ist mit dem Bot verbunden. Der Inhaber verbindet es in Telegram (Einstellungen → Telegram Business → Chatbots), sobald der Business-Modus für den Bot in @BotFather eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The database refused the read-mark option.</source>
        <translation>Die Datenbank hat die Einstellung für Lesebestätigungen abgelehnt.</translation>
    </message>
    <message>
        <source>%1; it may not mark messages as read</source>
        <translation>%1; er darf Nachrichten nicht als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark customers&apos; messages as read once answered</source>
        <translation>Nachrichten der Kunden als gelesen markieren, sobald beantwortet</translation>
    </message>
    <message>
        <source>For the whole team: once an agent&apos;s reply reaches a customer who wrote to a business account, their message shows as read to them in Telegram. Only for accounts that allow the bot to mark messages as read.</source>
        <translation>Für das ganze Team: Sobald die Antwort eines Agenten einen Kunden erreicht, der an ein Business-Konto geschrieben hat, sieht er seine Nachricht in Telegram als gelesen. Nur für Konten, die dem Bot das Markieren als gelesen erlauben.</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SetupWizard</name>
    <message>
        <source>Connect Telegram and Intercom</source>
        <translation>Telegram und Intercom verbinden</translation>
    </message>
    <message>
        <source>The tokens go into your system keychain, never into files or logs.</source>
        <translation>Die Tokens kommen in den Schlüsselbund Ihres Systems, nie in Dateien oder Protokolle.</translation>
    </message>
    <message>
        <source>Set up Telegram ⇄ Intercom</source>
        <translation>Telegram ⇄ Intercom einrichten</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;p&gt;This app shows your bot&apos;s Telegram chats beside the Intercom contacts they belong to. Every Telegram user becomes exactly one Intercom contact, anchored on the Telegram user ID, so renames and new devices never split a customer.&lt;/p&gt;&lt;p&gt;You need a &lt;b&gt;Telegram bot token&lt;/b&gt; (from @BotFather) and an &lt;b&gt;Intercom access token&lt;/b&gt; (Developer Hub → your app → Authentication).&lt;/p&gt;&lt;p&gt;Just looking? Close this and run &lt;code&gt;tgic --sandbox&lt;/code&gt;: it plays scripted customers against local emulators, with no accounts at all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese App zeigt die Telegram-Chats Ihres Bots neben den Intercom-Kontakten, zu denen sie gehören. Jeder Telegram-Nutzer wird genau ein Intercom-Kontakt, verankert an der Telegram-Nutzer-ID – so wird ein Kunde durch Umbenennungen oder neue Geräte nie aufgeteilt.&lt;/p&gt;&lt;p&gt;Sie brauchen ein &lt;b&gt;Telegram-Bot-Token&lt;/b&gt; (von @BotFather) und ein &lt;b&gt;Intercom-Zugriffstoken&lt;/b&gt; (Developer Hub → Ihre App → Authentication).&lt;/p&gt;&lt;p&gt;Nur mal schauen? Schließen Sie dies und starten Sie &lt;code&gt;tgic --sandbox&lt;/code&gt;: Es spielt vorgefertigte Kunden gegen lokale Emulatoren ab, ganz ohne Konten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SuggestionsDialog</name>
    <message>
        <source>&amp;Review Merge…</source>
        <translation>Zusammenführung &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Vorgeschlagene Zusammenführungen</translation>
    </message>
    <message>
        <source>Merges the evidence suggests, newest first</source>
        <translation>Zusammenführungen, die Hinweise nahelegen, neueste zuerst</translation>
    </message>
    <message>
        <source>No suggested merges. One appears when a customer shares their own phone number or types an e-mail address that belongs to an Intercom user. A shared name is never taken as evidence.</source>
        <translation>Keine vorgeschlagenen Zusammenführungen. Ein Vorschlag erscheint, wenn ein Kunde seine eigene Telefonnummer teilt oder eine E-Mail-Adresse schreibt, die zu einem Intercom-Nutzer gehört. Ein gleicher Name gilt nie als Hinweis.</translation>
    </message>
    <message>
        <source>Open the merge preview for this lead and user; nothing changes until you merge</source>
        <translation>Die Vorschau der Zusammenführung für diesen Lead und Nutzer öffnen; nichts ändert sich, bevor Sie zusammenführen</translation>
    </message>
    <message>
        <source>Do not suggest this merge again (recorded in the audit log)</source>
        <translation>Diese Zusammenführung nicht mehr vorschlagen (im Audit-Protokoll vermerkt)</translation>
    </message>
    <message>
        <source>Merge lead %1 into user %2?</source>
        <translation>Lead %1 mit Nutzer %2 zusammenführen?</translation>
    </message>
    <message>
        <source>Merge lead %1 into user %2 (%3)?</source>
        <translation>Lead %1 mit Nutzer %2 (%3) zusammenführen?</translation>
    </message>
    <message>
        <source>Strong: Telegram verified the phone number as the customer&apos;s own.</source>
        <translation>Stark: Telegram hat die Telefonnummer als die eigene des Kunden bestätigt.</translation>
    </message>
    <message>
        <source>Medium: the customer typed the address; Intercom has it on the user. Check the conversation before merging.</source>
        <translation>Mittel: Der Kunde hat die Adresse geschrieben; Intercom hat sie beim Nutzer. Prüfen Sie die Unterhaltung vor dem Zusammenführen.</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SyncHealthWindow</name>
    <message>
        <source>Sync Health</source>
        <translation>Sync-Zustand</translation>
    </message>
    <message>
        <source>Stalls and quarantines in the last hour</source>
        <translation>Hänger und Quarantäne in der letzten Stunde</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Messages in from Telegram</source>
        <translation>Eingehende Nachrichten von Telegram</translation>
    </message>
    <message>
        <source>Updates stored</source>
        <translation>Gespeicherte Updates</translation>
    </message>
    <message>
        <source>Customer&apos;s message → Intercom</source>
        <translation>Nachricht des Kunden → Intercom</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>Agent&apos;s reply → Telegram</source>
        <translation>Antwort des Agenten → Telegram</translation>
    </message>
    <message>
        <source>Outbox: rows waiting</source>
        <translation>Ausgang: wartende Einträge</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>To Intercom</source>
        <translation>An Intercom</translation>
    </message>
    <message>
        <source>To Telegram</source>
        <translation>An Telegram</translation>
    </message>
    <message>
        <source>Outbox: oldest row waiting</source>
        <translation>Ausgang: ältester wartender Eintrag</translation>
    </message>
    <message>
        <source>Stalls and quarantines</source>
        <translation>Hänger und Quarantäne</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Hänger</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>%1: no answer from %2 for %3 s</source>
        <translation>%1: keine Antwort von %2 für %3 s</translation>
    </message>
    <message>
        <source>%1: an update went to the quarantine</source>
        <translation>%1: ein Update kam in die Quarantäne</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Die Zahlen werden gelesen…</translation>
    </message>
    <message>
        <source>The figures could not be read: the database did not answer.</source>
        <translation>Die Zahlen konnten nicht gelesen werden: die Datenbank hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>No figures yet: they appear once the sync has run for a minute.</source>
        <translation>Noch keine Zahlen: sie erscheinen, sobald die Synchronisierung eine Minute gelaufen ist.</translation>
    </message>
    <message>
        <source>Figures of the last hour from %1, updated %2</source>
        <translation>Zahlen der letzten Stunde von %1, aktualisiert %2</translation>
    </message>
    <message>
        <source>(the database did not answer the last read; these may be out of date)</source>
        <translation>(die Datenbank hat beim letzten Lesen nicht geantwortet; die Zahlen sind vielleicht veraltet)</translation>
    </message>
    <message>
        <source>%1 No answer from %2 for %3 s — reconnected</source>
        <translation>%1 Keine Antwort von %2 für %3 s – neu verbunden</translation>
    </message>
    <message>
        <source>%1 An update went to the quarantine (tgic-cli quarantine)</source>
        <translation>%1 Ein Update kam in die Quarantäne (tgic-cli quarantine)</translation>
    </message>
    <message>
        <source>None in the last hour</source>
        <translation>Keine in der letzten Stunde</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SyncStatusBar</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Local emulators of Telegram and Intercom; nothing leaves this computer</source>
        <translation>Lokale Emulatoren von Telegram und Intercom; nichts verlässt diesen Computer</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Intercom rate limit</source>
        <translation>Intercom-Ratenlimit</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Postausgang leer</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for Intercom</source>
        <translation>
            <numerusform>%n wartet auf Intercom</numerusform>
            <numerusform>%n warten auf Intercom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Intercom rate limit: not known yet</source>
        <translation>Intercom-Ratenlimit: noch unbekannt</translation>
    </message>
    <message>
        <source>Intercom headroom: %1 of %2</source>
        <translation>Intercom-Spielraum: %1 von %2</translation>
    </message>
    <message>
        <source>Requests left in this window; it resets at %1</source>
        <translation>Verbleibende Anfragen in diesem Zeitfenster; es wird um %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Team-Synchronisierung</translation>
    </message>
    <message>
        <source>Team database unreachable: showing what was loaded; changes wait until it is back</source>
        <translation>Team-Datenbank nicht erreichbar: Angezeigt wird, was geladen war; Änderungen warten, bis sie wieder da ist</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TeamDatabaseForm</name>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>Share one &amp;database with my team (PostgreSQL)</source>
        <translation>Eine &amp;Datenbank mit meinem Team teilen (PostgreSQL)</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>im Schlüsselbund gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>TLS bevorzugen</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS verlangen</translation>
    </message>
    <message>
        <source>TLS, verify the certificate</source>
        <translation>TLS, Zertifikat prüfen</translation>
    </message>
    <message>
        <source>TLS, verify the certificate and host name</source>
        <translation>TLS, Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>No TLS (loopback only)</source>
        <translation>Kein TLS (nur lokal)</translation>
    </message>
    <message>
        <source>CA certificate file (for the verify modes)</source>
        <translation>CA-Zertifikatsdatei (für die Prüfmodi)</translation>
    </message>
    <message>
        <source>Every workstation of the team opens the same database; one of them runs the sync, the others follow live. Tokens stay in each workstation&apos;s keychain. Takes effect the next time tgic starts.</source>
        <translation>Jeder Arbeitsplatz des Teams öffnet dieselbe Datenbank; einer führt die Synchronisierung aus, die anderen folgen live. Die Tokens bleiben im Schlüsselbund jedes Arbeitsplatzes. Gilt ab dem nächsten Start von tgic.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA-&amp;Zertifikat:</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TokenForm</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>123456789:AA… from @BotFather</source>
        <translation>123456789:AA… von @BotFather</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Telegram-Bot-Token</translation>
    </message>
    <message>
        <source>Access token of your Intercom app</source>
        <translation>Zugriffstoken Ihrer Intercom-App</translation>
    </message>
    <message>
        <source>Intercom access token</source>
        <translation>Intercom-Zugriffstoken</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Intercom-Region</translation>
    </message>
    <message>
        <source>United States (api.intercom.io)</source>
        <translation>USA (api.intercom.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.intercom.io)</source>
        <translation>Europa (api.eu.intercom.io)</translation>
    </message>
    <message>
        <source>Australia (api.au.intercom.io)</source>
        <translation>Australien (api.au.intercom.io)</translation>
    </message>
    <message>
        <source>Telegram &amp;bot token:</source>
        <translation>Telegram-&amp;Bot-Token:</translation>
    </message>
    <message>
        <source>Intercom &amp;access token:</source>
        <translation>Intercom-&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Intercom &amp;region:</source>
        <translation>Intercom-&amp;Region:</translation>
    </message>
    <message>
        <source>Telegram:</source>
        <translation>Telegram:</translation>
    </message>
    <message>
        <source>Intercom:</source>
        <translation>Intercom:</translation>
    </message>
    <message>
        <source>Stored (%1); type to replace</source>
        <translation>Gespeichert (%1); zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Enter both tokens first.</source>
        <translation>Geben Sie zuerst beide Tokens ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TrayIcon</name>
    <message>
        <source>&amp;Show Window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No unread chats</source>
        <translation>Keine ungelesenen Chats</translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n ungelesener Chat</numerusform>
            <numerusform>%n ungelesene Chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 and %n more</source>
        <translation>
            <numerusform>Von %1 und %n weiteren</numerusform>
            <numerusform>Von %1 und %n weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
</context>
<context>
    <name>tgic::ui::look</name>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Anchored on an Intercom contact by the Telegram user ID</source>
        <translation>Über die Telegram-Nutzer-ID an einem Intercom-Kontakt verankert</translation>
    </message>
    <message>
        <source>Waiting for the Intercom contact to be found or created</source>
        <translation>Warte darauf, dass der Intercom-Kontakt gefunden oder angelegt wird</translation>
    </message>
    <message>
        <source>More than one Intercom contact carries this Telegram user ID; an agent must choose</source>
        <translation>Mehr als ein Intercom-Kontakt trägt diese Telegram-Nutzer-ID; ein Agent muss entscheiden</translation>
    </message>
    <message>
        <source>The linked Intercom contact was merged or deleted</source>
        <translation>Der verknüpfte Intercom-Kontakt wurde zusammengeführt oder gelöscht</translation>
    </message>
    <message>
        <source>The customer blocked the bot</source>
        <translation>Der Kunde hat den Bot blockiert</translation>
    </message>
    <message>
        <source>An agent unlinked this customer on purpose</source>
        <translation>Ein Agent hat die Verknüpfung dieses Kunden absichtlich aufgehoben</translation>
    </message>
    <message>
        <source>The Telegram account was deleted</source>
        <translation>Das Telegram-Konto wurde gelöscht</translation>
    </message>
    <message>
        <source>No message delivered yet</source>
        <translation>Noch keine Nachricht zugestellt</translation>
    </message>
</context>
</TS>
