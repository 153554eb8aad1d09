<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>LocalErasure</name>
    <message>
        <source>Cannot create the key for the audit log&apos;s hashes</source>
        <translation>No se puede crear la clave para los hashes del registro de auditoría</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database</source>
        <translation>No se puede iniciar una transacción en la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to or from this customer are still on their way. Wait until they are delivered, or force the erasure.</source>
        <translation>
            <numerusform>%n mensaje para o de este cliente sigue en camino. Espere a que se entregue o fuerce el borrado.</numerusform>
            <numerusform>%n mensajes para o de este cliente siguen en camino. Espere a que se entreguen o fuerce el borrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the erasure; nothing was removed</source>
        <translation>La base de datos rechazó el borrado; no se eliminó nada</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No keychain is available on this system (%1)</source>
        <translation>No hay ningún llavero disponible en este sistema (%1)</translation>
    </message>
    <message>
        <source>The keychain refused access (%1)</source>
        <translation>El llavero denegó el acceso (%1)</translation>
    </message>
    <message>
        <source>The keychain failed (%1)</source>
        <translation>Error del llavero (%1)</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Data retention is off: everything is kept</source>
        <translation>La retención de datos está desactivada: se conserva todo</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database</source>
        <translation>No se puede iniciar una transacción en la base de datos</translation>
    </message>
    <message>
        <source>In a team only the workstation that runs the sync removes old data</source>
        <translation>En un equipo solo el puesto que ejecuta la sincronización elimina datos antiguos</translation>
    </message>
    <message>
        <source>The database refused the removal; nothing was removed</source>
        <translation>La base de datos rechazó la eliminación; no se eliminó nada</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Telegram chats beside their linked Intercom contacts.</source>
        <translation>Chats de Telegram junto a sus contactos vinculados de Intercom.</translation>
    </message>
    <message>
        <source>Run against local emulators of Telegram and Intercom with scripted customers. Needs no accounts and no network.</source>
        <translation>Ejecutar con emuladores locales de Telegram e Intercom y clientes simulados. No necesita cuentas ni red.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file, then quit.</source>
        <translation>Guardar la ventana principal como archivo PNG y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Use this cache file instead of the default one.</source>
        <translation>Usar este archivo de caché en lugar del predeterminado.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
</context>
<context>
    <name>tgic::gui::GuiApp</name>
    <message>
        <source>Cannot open the local cache: %1</source>
        <translation>No se puede abrir la caché local: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sandbox</source>
        <translation>No se puede crear una carpeta temporal para el entorno de pruebas</translation>
    </message>
    <message>
        <source>Cannot start the local Telegram and Intercom emulators.</source>
        <translation>No se pueden iniciar los emuladores locales de Telegram e Intercom.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>No hay llavero disponible</translation>
    </message>
    <message>
        <source>The tokens could not be saved in the system keychain:
%1

They can be kept in memory for this run only; you will be asked again next time. They are never written to disk.</source>
        <translation>No se pudieron guardar los tokens en el llavero del sistema:
%1

Pueden mantenerse en memoria solo durante esta sesión; la próxima vez se le volverán a pedir. Nunca se escriben en el disco.</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>Mantener solo durante esta sesión</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>The sandbox always uses its own tokens; nothing was stored.</source>
        <translation>El entorno de pruebas siempre usa sus propios tokens; no se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>no Telegram bot token on this workstation</source>
        <translation>no hay token del bot de Telegram en este puesto</translation>
    </message>
    <message>
        <source>Import a Single-Seat Cache</source>
        <translation>Importar una caché de un solo puesto</translation>
    </message>
    <message>
        <source>tgic caches (*.sqlite3);;All files (*)</source>
        <translation>Cachés de tgic (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The import stopped and nothing of it was kept: %1</source>
        <translation>La importación se detuvo y no se conservó nada: %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 nuevos, %3 ya estaban</translation>
    </message>
    <message>
        <source>Imported %1 into the team database.</source>
        <translation>%1 se importó a la base de datos del equipo.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <source>The team database&apos;s password could not be saved in the keychain:
%1</source>
        <translation>No se pudo guardar la contraseña de la base de datos del equipo en el llavero:
%1</translation>
    </message>
    <message>
        <source>tgic uses this workstation&apos;s own cache from the next start.</source>
        <translation>tgic usará la caché propia de este puesto a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>tgic opens the team database from the next start.</source>
        <translation>tgic abrirá la base de datos del equipo a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::ContactMerge</name>
    <message>
        <source>Both sides are the same contact.</source>
        <translation>Ambos lados son el mismo contacto.</translation>
    </message>
    <message>
        <source>Contact %1 was already merged into %2.</source>
        <translation>El contacto %1 ya se fusionó con %2.</translation>
    </message>
    <message>
        <source>Cannot read contact %1: %2</source>
        <translation>No se puede leer el contacto %1: %2</translation>
    </message>
    <message>
        <source>To send Telegram user %1&apos;s messages to %2 without merging: tgic-cli relink --telegram-id %1 --contact %2.</source>
        <translation>Para enviar los mensajes del usuario de Telegram %1 a %2 sin fusionar: tgic-cli relink --telegram-id %1 --contact %2.</translation>
    </message>
    <message>
        <source>Intercom merges a lead into a user, never a user into a lead.</source>
        <translation>Intercom fusiona un lead con un usuario, nunca un usuario con un lead.</translation>
    </message>
    <message>
        <source>Swap the sides: merge %1 (the lead) into %2 (the user).</source>
        <translation>Intercambie los lados: fusione %1 (el lead) con %2 (el usuario).</translation>
    </message>
    <message>
        <source>Intercom cannot merge two users (only a lead into a user).</source>
        <translation>Intercom no puede fusionar dos usuarios (solo un lead con un usuario).</translation>
    </message>
    <message>
        <source>Intercom cannot merge two leads. One of them must become a user first (in Intercom, when the person signs up or gets an external id).</source>
        <translation>Intercom no puede fusionar dos leads. Uno de ellos debe convertirse antes en usuario (en Intercom, cuando la persona se registra o recibe un id externo).</translation>
    </message>
    <message>
        <source>%1 already carries Telegram ID(s) %2 and %3 carries %4. After the merge one contact will answer for all of them. Are they the same person?</source>
        <translation>%1 ya lleva los ID de Telegram %2 y %3 lleva %4. Tras la fusión, un solo contacto responderá por todos ellos. ¿Son la misma persona?</translation>
    </message>
    <message>
        <source>Not merged: %1 (confirm to go ahead)</source>
        <translation>No fusionado: %1 (confirme para continuar)</translation>
    </message>
    <message>
        <source>Intercom refused the merge: %1</source>
        <translation>Intercom rechazó la fusión: %1</translation>
    </message>
    <message>
        <source>The merge did not go through (%1); nothing changed</source>
        <translation>La fusión no se completó (%1); no cambió nada</translation>
    </message>
    <message>
        <source>lead %1 merged into user %2 by %3</source>
        <translation>lead %1 fusionado con el usuario %2 por %3</translation>
    </message>
    <message>
        <source>tgic: lead %1 was merged into this contact by %2. Telegram IDs anchored here: %3. Conversations moved: %4.</source>
        <translation>tgic: %2 fusionó el lead %1 con este contacto. ID de Telegram anclados aquí: %3. Conversaciones movidas: %4.</translation>
    </message>
    <message>
        <source>merged, but the anchor could not be verified on the survivor</source>
        <translation>fusionado, pero no se pudo verificar el ancla en el contacto resultante</translation>
    </message>
    <message>
        <source>Merged %1 into %2, but the Telegram anchor could not be verified (%3). Run tgic-cli check --fix.</source>
        <translation>%1 se fusionó con %2, pero no se pudo verificar el ancla de Telegram (%3). Ejecute tgic-cli check --fix.</translation>
    </message>
    <message>
        <source>anchor verified on the survivor after the merge</source>
        <translation>ancla verificada en el contacto resultante tras la fusión</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Telegram IDs %3 resolve to %2; %4 conversation(s) moved.</source>
        <translation>%1 se fusionó con %2. Los ID de Telegram %3 apuntan ahora a %2; conversaciones movidas: %4.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 no longer exists in Intercom (another agent may have merged it; see the audit log).</source>
        <translation>No se cambió nada: %1 ya no existe en Intercom (puede que otro agente lo haya fusionado; consulte el registro de auditoría).</translation>
    </message>
    <message>
        <source>Nothing changed: %1 was already merged into %2 (see the audit log).</source>
        <translation>No se cambió nada: %1 ya se fusionó con %2 (consulte el registro de auditoría).</translation>
    </message>
</context>
<context>
    <name>tgic::identity::CustomerErasure</name>
    <message>
        <source>Telegram user %1</source>
        <translation>Usuario de Telegram %1</translation>
    </message>
    <message>
        <source>Telegram user %1 (%2)</source>
        <translation>Usuario de Telegram %1 (%2)</translation>
    </message>
    <message>
        <source>Erase %1:</source>
        <translation>Borrar a %1:</translation>
    </message>
    <message>
        <source>  Nothing about this ID is held in the local database.</source>
        <translation>  La base de datos local no guarda nada sobre este ID.</translation>
    </message>
    <message numerus="yes">
        <source>  Local database: %n message(s), %1 earlier text(s) of edited messages,</source>
        <translation>
            <numerusform>  Base de datos local: %n mensaje, %1 textos anteriores de mensajes editados,</numerusform>
            <numerusform>  Base de datos local: %n mensajes, %1 textos anteriores de mensajes editados,</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1 profile change(s), %2 piece(s) of evidence (phone, e-mail), %3 suggested merge(s),</source>
        <translation>    %1 cambios de perfil, %2 indicios (teléfono, correo), %3 fusiones sugeridas,</translation>
    </message>
    <message>
        <source>    %1 outbox row(s) (%2 phone request(s)), %3 file(s), %4 conversation link(s),</source>
        <translation>    %1 filas de la bandeja de salida (%2 solicitudes de teléfono), %3 archivos, %4 enlaces a conversaciones,</translation>
    </message>
    <message>
        <source>    %1 raw Telegram update(s) and %2 quarantined update(s) that name the ID,</source>
        <translation>    %1 actualizaciones de Telegram en bruto y %2 en cuarentena que nombran el ID,</translation>
    </message>
    <message numerus="yes">
        <source>    the profile and the mapping; %n earlier audit entries keep who did what and when, without personal details.</source>
        <translation>
            <numerusform>    el perfil y la asignación; %n entrada anterior del registro de auditoría conserva quién hizo qué y cuándo, sin datos personales.</numerusform>
            <numerusform>    el perfil y la asignación; %n entradas anteriores del registro de auditoría conservan quién hizo qué y cuándo, sin datos personales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n message(s) to or from the customer are still on their way: erasing now needs force.</source>
        <translation>
            <numerusform>  %n mensaje para o del cliente sigue en camino: borrar ahora requiere forzarlo.</numerusform>
            <numerusform>  %n mensajes para o del cliente siguen en camino: borrar ahora requiere forzarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Intercom could not be asked (%1): nothing can be erased until it answers.</source>
        <translation>  No se pudo consultar Intercom (%1): no se puede borrar nada hasta que responda.</translation>
    </message>
    <message>
        <source>  Intercom: no contact is anchored on this ID.</source>
        <translation>  Intercom: ningún contacto está anclado a este ID.</translation>
    </message>
    <message>
        <source>  Intercom: contact %1 is already gone.</source>
        <translation>  Intercom: el contacto %1 ya no existe.</translation>
    </message>
    <message>
        <source>its conversations</source>
        <translation>sus conversaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 also answers for Telegram ID(s) %3: it is NOT deleted or archived; only this ID is taken off it.</source>
        <translation>  Intercom: %1 %2 también responde por los ID de Telegram %3: NO se borra ni se archiva; solo se le quita este ID.</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 is deleted with %3 (Intercom can restore it for 7 days, then destroys it; CSAT ratings and reports stay).</source>
        <translation>  Intercom: %1 %2 se borra con %3 (Intercom puede restaurarlo durante 7 días y después lo destruye; las valoraciones CSAT y los informes se conservan).</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 loses its Telegram attributes and is archived with %3 (kept, hidden from lists and search).</source>
        <translation>  Intercom: %1 %2 pierde sus atributos de Telegram y se archiva con %3 (se conserva, oculto en listas y búsquedas).</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 and %3 are kept; only its Telegram attributes are cleared.</source>
        <translation>  Intercom: %1 %2 y %3 se conservan; solo se vacían sus atributos de Telegram.</translation>
    </message>
    <message>
        <source>  If the customer writes again, they become a new contact.</source>
        <translation>  Si el cliente vuelve a escribir, será un contacto nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was erased: %n message(s) to or from this customer are still on their way. Wait until they are delivered, or force the erasure.</source>
        <translation>
            <numerusform>No se borró nada: %n mensaje para o de este cliente sigue en camino. Espere a que se entregue o fuerce el borrado.</numerusform>
            <numerusform>No se borró nada: %n mensajes para o de este cliente siguen en camino. Espere a que se entreguen o fuerce el borrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased: Intercom could not be asked for the customer&apos;s contact (%1).</source>
        <translation>No se borró nada: no se pudo consultar a Intercom por el contacto del cliente (%1).</translation>
    </message>
    <message>
        <source>%1: already gone</source>
        <translation>%1: ya no existe</translation>
    </message>
    <message>
        <source>Nothing was erased locally: Intercom did not answer for contact %1 (%2). Run the erasure again.</source>
        <translation>No se borró nada localmente: Intercom no respondió por el contacto %1 (%2). Vuelva a ejecutar el borrado.</translation>
    </message>
    <message>
        <source>Nothing was erased locally: Intercom refused to change contact %1 (%2). Run the erasure again.</source>
        <translation>No se borró nada localmente: Intercom rechazó cambiar el contacto %1 (%2). Vuelva a ejecutar el borrado.</translation>
    </message>
    <message>
        <source>kept (it answers for other Telegram IDs); this ID was taken off it</source>
        <translation>conservado (responde por otros ID de Telegram); se le quitó este ID</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>kept without its Telegram attributes</source>
        <translation>conservado sin sus atributos de Telegram</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>Intercom is done (%1), but the local database refused: %2. Run the erasure again.</source>
        <translation>Intercom ya está hecho (%1), pero la base de datos local lo rechazó: %2. Vuelva a ejecutar el borrado.</translation>
    </message>
    <message numerus="yes">
        <source>Telegram user %1 was erased: %n local row(s) removed.</source>
        <translation>
            <numerusform>Se borró al usuario de Telegram %1: %n fila local eliminada.</numerusform>
            <numerusform>Se borró al usuario de Telegram %1: %n filas locales eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intercom: %1.</source>
        <translation>Intercom: %1.</translation>
    </message>
    <message>
        <source>Another program was reading the database: its file is compacted at the next erasure or restart.</source>
        <translation>Otro programa estaba leyendo la base de datos: su archivo se compacta en el próximo borrado o reinicio.</translation>
    </message>
    <message>
        <source>Telegram user %1 was already erased; nothing was left to remove.</source>
        <translation>El usuario de Telegram %1 ya estaba borrado; no quedaba nada por eliminar.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::IdentityResolver</name>
    <message>
        <source>an agent unlinked this Telegram user; waiting for a relink</source>
        <translation>un agente desvinculó a este usuario de Telegram; esperando una nueva vinculación</translation>
    </message>
    <message>
        <source>searching Intercom for Telegram user %1</source>
        <translation>buscando en Intercom al usuario de Telegram %1</translation>
    </message>
    <message>
        <source>waiting for Intercom search to show a contact whose creation was interrupted</source>
        <translation>esperando a que la búsqueda de Intercom muestre un contacto cuya creación se interrumpió</translation>
    </message>
    <message>
        <source>%1 Intercom contacts carry this Telegram ID; using the first, an agent should merge them</source>
        <translation>%1 contactos de Intercom llevan este ID de Telegram; se usa el primero, un agente debería fusionarlos</translation>
    </message>
    <message>
        <source>found by searching the telegram_user_id attribute</source>
        <translation>encontrado buscando el atributo telegram_user_id</translation>
    </message>
    <message>
        <source>the local database refused the mapping</source>
        <translation>la base de datos local rechazó la vinculación</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>no se puede escribir en la base de datos local</translation>
    </message>
    <message>
        <source>creating an Intercom lead</source>
        <translation>creando un lead en Intercom</translation>
    </message>
    <message>
        <source>created a lead</source>
        <translation>lead creado</translation>
    </message>
    <message>
        <source>Intercom named an existing contact (409)</source>
        <translation>Intercom indicó un contacto existente (409)</translation>
    </message>
    <message>
        <source>Intercom contact %1 is gone (%2); resolving again</source>
        <translation>El contacto de Intercom %1 ya no existe (%2); resolviendo de nuevo</translation>
    </message>
    <message>
        <source>reading the surviving contact %1</source>
        <translation>leyendo el contacto resultante %1</translation>
    </message>
    <message>
        <source>the contact was merged in Intercom; followed to the survivor</source>
        <translation>el contacto se fusionó en Intercom; se siguió hasta el contacto resultante</translation>
    </message>
    <message>
        <source>writing the Telegram anchor onto contact %1</source>
        <translation>escribiendo el ancla de Telegram en el contacto %1</translation>
    </message>
    <message>
        <source>added this Telegram ID to the surviving contact&apos;s anchor</source>
        <translation>se añadió este ID de Telegram al ancla del contacto resultante</translation>
    </message>
    <message>
        <source>; it also carries Telegram ID %1 — check they are the same person</source>
        <translation>; también lleva el ID de Telegram %1: compruebe que sean la misma persona</translation>
    </message>
    <message>
        <source>another workstation is creating this contact; waiting for it</source>
        <translation>otro puesto está creando este contacto; esperando</translation>
    </message>
</context>
<context>
    <name>tgic::identity::IntegrityCheck</name>
    <message>
        <source>Contact %1 was merged into %2</source>
        <translation>El contacto %1 se fusionó con %2</translation>
    </message>
    <message>
        <source>Followed the merge and anchored the Telegram ID on the survivor</source>
        <translation>Se siguió la fusión y se ancló el ID de Telegram en el contacto resultante</translation>
    </message>
    <message>
        <source>Could not follow it automatically (%1); re-run the check</source>
        <translation>No se pudo seguir automáticamente (%1); vuelva a ejecutar la comprobación</translation>
    </message>
    <message>
        <source>Contact %1 no longer exists in Intercom</source>
        <translation>El contacto %1 ya no existe en Intercom</translation>
    </message>
    <message>
        <source>Re-resolve: tgic-cli reresolve --telegram-id %1 (finds another contact carrying the ID, or creates a lead with the next message)</source>
        <translation>Volver a resolver: tgic-cli reresolve --telegram-id %1 (encuentra otro contacto con ese ID o crea un lead con el siguiente mensaje)</translation>
    </message>
    <message>
        <source>Could not read contact %1: %2</source>
        <translation>No se pudo leer el contacto %1: %2</translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Vuelva a ejecutar la comprobación</translation>
    </message>
    <message>
        <source>Contact %1 no longer carries telegram_user_id %2 (removed by hand?)</source>
        <translation>El contacto %1 ya no lleva telegram_user_id %2 (¿eliminado a mano?)</translation>
    </message>
    <message>
        <source>Contact %1 carries telegram_user_id %2 instead of %3 (changed by hand?)</source>
        <translation>El contacto %1 lleva telegram_user_id %2 en lugar de %3 (¿cambiado a mano?)</translation>
    </message>
    <message>
        <source>Re-write the anchor: tgic-cli check --fix, or relink to the right contact</source>
        <translation>Vuelva a escribir el ancla: tgic-cli check --fix, o vincule con el contacto correcto</translation>
    </message>
    <message>
        <source>%1 contacts carry this Telegram ID</source>
        <translation>%1 contactos llevan este ID de Telegram</translation>
    </message>
    <message>
        <source>%1 contacts carry Telegram ID %2: %3</source>
        <translation>%1 contactos llevan el ID de Telegram %2: %3</translation>
    </message>
    <message>
        <source>Merge the lead(s) into the user (tgic-cli merge --from LEAD --into USER), or take the anchor off the wrong one with a relink</source>
        <translation>Fusione los leads con el usuario (tgic-cli merge --from LEAD --into USER) o quite el ancla del contacto equivocado con una nueva vinculación</translation>
    </message>
    <message>
        <source>only one contact carries this Telegram ID now</source>
        <translation>ahora solo un contacto lleva este ID de Telegram</translation>
    </message>
</context>
<context>
    <name>tgic::identity::MappingActions</name>
    <message>
        <source>Telegram user %1</source>
        <translation>Usuario de Telegram %1</translation>
    </message>
    <message>
        <source>Telegram user %1 (%2)</source>
        <translation>Usuario de Telegram %1 (%2)</translation>
    </message>
    <message>
        <source>Intercom did not keep the change to telegram_user_id on contact %1</source>
        <translation>Intercom no conservó el cambio de telegram_user_id en el contacto %1</translation>
    </message>
    <message>
        <source>Cannot use contact %1</source>
        <translation>No se puede usar el contacto %1</translation>
    </message>
    <message>
        <source>Could not anchor %1 on contact %2</source>
        <translation>No se pudo anclar %1 en el contacto %2</translation>
    </message>
    <message>
        <source>linked by %1</source>
        <translation>vinculado por %1</translation>
    </message>
    <message>
        <source>moved from contact %1 by %2</source>
        <translation>movido desde el contacto %1 por %2</translation>
    </message>
    <message>
        <source>The local database refused the change</source>
        <translation>La base de datos local rechazó el cambio</translation>
    </message>
    <message>
        <source>tgic: %1 was linked to this contact by %2.</source>
        <translation>tgic: %2 vinculó a %1 con este contacto.</translation>
    </message>
    <message>
        <source> It was linked to contact %1 before.</source>
        <translation> Antes estaba vinculado al contacto %1.</translation>
    </message>
    <message>
        <source>%1 now resolves to contact %2.</source>
        <translation>%1 ahora apunta al contacto %2.</translation>
    </message>
    <message>
        <source>Linked to %1, but could not remove the anchor from contact %2; run the integrity check</source>
        <translation>Vinculado a %1, pero no se pudo quitar el ancla del contacto %2; ejecute la comprobación de integridad</translation>
    </message>
    <message>
        <source>tgic: %1 was moved from this contact to contact %2 by %3.</source>
        <translation>tgic: %3 movió a %1 de este contacto al contacto %2.</translation>
    </message>
    <message>
        <source>unlinked by %1</source>
        <translation>desvinculado por %1</translation>
    </message>
    <message>
        <source>tgic: %1 was unlinked from this contact by %2.</source>
        <translation>tgic: %2 desvinculó a %1 de este contacto.</translation>
    </message>
    <message>
        <source>%1 is unlinked; new messages wait until it is linked again.</source>
        <translation>%1 está desvinculado; los mensajes nuevos esperarán hasta que se vuelva a vincular.</translation>
    </message>
    <message>
        <source>Could not remove the anchor from contact %1</source>
        <translation>No se pudo quitar el ancla del contacto %1</translation>
    </message>
    <message>
        <source>re-resolved from scratch by %1</source>
        <translation>resuelto de nuevo desde cero por %1</translation>
    </message>
    <message>
        <source>Resolution did not finish: %1</source>
        <translation>La resolución no terminó: %1</translation>
    </message>
    <message>
        <source>%1 resolves to contact %2.</source>
        <translation>%1 apunta al contacto %2.</translation>
    </message>
    <message>
        <source>%1 is not linked to a contact</source>
        <translation>%1 no está vinculado a ningún contacto</translation>
    </message>
    <message>
        <source>Cannot read contact %1</source>
        <translation>No se puede leer el contacto %1</translation>
    </message>
    <message>
        <source>Could not write the anchor</source>
        <translation>No se pudo escribir el ancla</translation>
    </message>
    <message>
        <source>the contact had been merged; followed to the survivor</source>
        <translation>el contacto se había fusionado; se siguió hasta el contacto resultante</translation>
    </message>
    <message>
        <source>re-wrote the Telegram anchor on the contact</source>
        <translation>se volvió a escribir el ancla de Telegram en el contacto</translation>
    </message>
    <message>
        <source>Contact %1 carries %2 again.</source>
        <translation>El contacto %1 vuelve a llevar %2.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 (on %2) is already running a %3 on this person right now. Wait until they are done, then look again.</source>
        <translation>No se cambió nada: %1 (en %2) ya está haciendo %3 con esta persona ahora mismo. Espere a que termine y vuelva a mirar.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::ProfilePusher</name>
    <message>
        <source>updated the Telegram attributes; kept the name an agent set</source>
        <translation>se actualizaron los atributos de Telegram; se mantuvo el nombre puesto por un agente</translation>
    </message>
    <message>
        <source>updated the Telegram attributes and name</source>
        <translation>se actualizaron los atributos de Telegram y el nombre</translation>
    </message>
</context>
<context>
    <name>tgic::models::AuditLogModel</name>
    <message>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Desvinculado</translation>
    </message>
    <message>
        <source>Re-resolved</source>
        <translation>Resuelto de nuevo</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Anchor written</source>
        <translation>Ancla escrita</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation>Perfil actualizado</translation>
    </message>
    <message>
        <source>%1 by %2 at %3, Telegram ID %4: %5 → %6</source>
        <translation>%1 por %2 el %3, ID de Telegram %4: %5 → %6</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>ID de Telegram</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Suggested merge dismissed</source>
        <translation>Fusión sugerida descartada</translation>
    </message>
    <message>
        <source>Phone number requested</source>
        <translation>Número de teléfono solicitado</translation>
    </message>
    <message>
        <source>Phone number shared</source>
        <translation>Número de teléfono compartido</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Cliente borrado</translation>
    </message>
    <message>
        <source>Old message contents removed</source>
        <translation>Contenido antiguo de mensajes eliminado</translation>
    </message>
    <message>
        <source>Retention period changed</source>
        <translation>Periodo de retención cambiado</translation>
    </message>
    <message>
        <source>erased (%1)</source>
        <translation>borrado (%1)</translation>
    </message>
</context>
<context>
    <name>tgic::models::ChatListModel</name>
    <message numerus="yes">
        <source>%1, Telegram ID %2, %3, %n unread, last message: %4</source>
        <translation>
            <numerusform>%1, ID de Telegram %2, %3, %n sin leer, último mensaje: %4</numerusform>
            <numerusform>%1, ID de Telegram %2, %3, %n sin leer, último mensaje: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>not linked yet</source>
        <translation>aún sin vincular</translation>
    </message>
    <message>
        <source>linked to Intercom</source>
        <translation>vinculado a Intercom</translation>
    </message>
    <message>
        <source>waiting for its Intercom contact</source>
        <translation>esperando su contacto de Intercom</translation>
    </message>
    <message>
        <source>conflict: several Intercom contacts</source>
        <translation>conflicto: varios contactos de Intercom</translation>
    </message>
    <message>
        <source>stale: the contact was merged or deleted</source>
        <translation>desactualizado: el contacto se fusionó o se eliminó</translation>
    </message>
    <message>
        <source>unlinked by an agent</source>
        <translation>desvinculado por un agente</translation>
    </message>
    <message>
        <source>blocked the bot</source>
        <translation>bloqueó el bot</translation>
    </message>
    <message>
        <source>Telegram account deleted</source>
        <translation>cuenta de Telegram eliminada</translation>
    </message>
</context>
<context>
    <name>tgic::models::ConnectionTester</name>
    <message>
        <source>%1 refused the token. Check that it was copied completely.</source>
        <translation>%1 rechazó el token. Compruebe que se copió completo.</translation>
    </message>
    <message>
        <source>%1 does not know this token (404).</source>
        <translation>%1 no reconoce este token (404).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 is rate-limiting this token; try again in a minute.</source>
        <translation>%1 está limitando las solicitudes de este token; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly: %2</source>
        <translation>%1 respondió de forma inesperada: %2</translation>
    </message>
    <message>
        <source>Bot @%1 (%2)</source>
        <translation>Bot @%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace “%1”, admin %2 &lt;%3&gt;</source>
        <translation>Espacio de trabajo «%1», administrador %2 &lt;%3&gt;</translation>
    </message>
</context>
<context>
    <name>tgic::models::ContactDetails</name>
    <message>
        <source>Admin %1</source>
        <translation>Administrador %1</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
</context>
<context>
    <name>tgic::models::ContactSearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
    <message>
        <source>Intercom id %1</source>
        <translation>id de Intercom %1</translation>
    </message>
</context>
<context>
    <name>tgic::models::IntegrityFindingsModel</name>
    <message>
        <source>Merged in Intercom</source>
        <translation>Fusionado en Intercom</translation>
    </message>
    <message>
        <source>Contact deleted</source>
        <translation>Contacto eliminado</translation>
    </message>
    <message>
        <source>Anchor removed</source>
        <translation>Ancla eliminada</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Contactos duplicados</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>%1, %2, Telegram ID %3: %4. Fix: %5</source>
        <translation>%1, %2, ID de Telegram %3: %4. Solución: %5</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corregido</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1 (y %2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>ID de Telegram</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>Proposed fix</source>
        <translation>Solución propuesta</translation>
    </message>
</context>
<context>
    <name>tgic::models::MergePreviewModel</name>
    <message>
        <source>kept</source>
        <translation>se mantiene</translation>
    </message>
    <message>
        <source>gained</source>
        <translation>se obtiene</translation>
    </message>
    <message>
        <source>lead&apos;s value lost</source>
        <translation>se pierde el valor del lead</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>The user keeps its own value</source>
        <translation>El usuario conserva su propio valor</translation>
    </message>
    <message>
        <source>The user&apos;s value was empty: Intercom copies the lead&apos;s</source>
        <translation>El valor del usuario estaba vacío: Intercom copia el del lead</translation>
    </message>
    <message>
        <source>Both have a value: the user&apos;s stays and the lead&apos;s is discarded</source>
        <translation>Ambos tienen un valor: se queda el del usuario y se descarta el del lead</translation>
    </message>
    <message>
        <source>Both hold the same value</source>
        <translation>Ambos tienen el mismo valor</translation>
    </message>
    <message>
        <source>%1: lead %2, user %3, %4</source>
        <translation>%1: lead %2, usuario %3, %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Lead (merged away)</source>
        <translation>Lead (se fusiona)</translation>
    </message>
    <message>
        <source>User now</source>
        <translation>Usuario ahora</translation>
    </message>
    <message>
        <source>User after the merge</source>
        <translation>Usuario tras la fusión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
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
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
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
        <translation>Videomensaje</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Shared contact</source>
        <translation>Contacto compartido</translation>
    </message>
    <message>
        <source>Unsupported message (%1)</source>
        <translation>Mensaje no compatible (%1)</translation>
    </message>
</context>
<context>
    <name>tgic::models::PhoneRequester</name>
    <message>
        <source>Select a customer&apos;s chat first</source>
        <translation>Seleccione primero el chat de un cliente</translation>
    </message>
    <message>
        <source>Unavailable while the team database is unreachable</source>
        <translation>No disponible mientras la base de datos del equipo no responda</translation>
    </message>
    <message>
        <source>This is a group chat. Telegram lets a bot ask for a phone number only in a private chat: ask the customer to write to the bot directly.</source>
        <translation>Es un chat de grupo. Telegram solo permite que un bot pida el número de teléfono en un chat privado: pida al cliente que escriba directamente al bot.</translation>
    </message>
    <message>
        <source>This customer has not written to the bot yet</source>
        <translation>Este cliente aún no ha escrito al bot</translation>
    </message>
    <message>
        <source>This customer has written only in a group. Telegram lets a bot ask for a phone number only in a private chat.</source>
        <translation>Este cliente solo ha escrito en un grupo. Telegram solo permite que un bot pida el número de teléfono en un chat privado.</translation>
    </message>
    <message>
        <source>The customer blocked the bot: the request cannot reach them</source>
        <translation>El cliente bloqueó el bot: la solicitud no puede llegarle</translation>
    </message>
    <message>
        <source>The customer&apos;s Telegram account was deleted</source>
        <translation>La cuenta de Telegram del cliente fue eliminada</translation>
    </message>
    <message>
        <source>A request is already on its way to the customer</source>
        <translation>Ya hay una solicitud en camino al cliente</translation>
    </message>
    <message>
        <source>Asked %1 for their phone number: “%2”</source>
        <translation>Se pidió a %1 su número de teléfono: «%2»</translation>
    </message>
</context>
<context>
    <name>tgic::models::ProfileHistoryModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Username set to %1</source>
        <translation>Nombre de usuario establecido en %1</translation>
    </message>
    <message>
        <source>Name set to %1</source>
        <translation>Nombre establecido en %1</translation>
    </message>
    <message>
        <source>Username %1 removed</source>
        <translation>Nombre de usuario %1 eliminado</translation>
    </message>
    <message>
        <source>Name removed</source>
        <translation>Nombre eliminado</translation>
    </message>
    <message>
        <source>Username %1 → %2</source>
        <translation>Nombre de usuario %1 → %2</translation>
    </message>
    <message>
        <source>Name %1 → %2</source>
        <translation>Nombre %1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>tgic::models::RetentionSettings</name>
    <message>
        <source>Everything is kept until a customer is erased.</source>
        <translation>Se conserva todo hasta que se borre a un cliente.</translation>
    </message>
    <message>
        <source>The next run removes message contents from before %1:</source>
        <translation>La próxima ejecución elimina el contenido de mensajes anterior a %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 earlier text(s) of edited messages, %2 file(s),</source>
        <translation>
            <numerusform>%n mensaje, %1 textos anteriores de mensajes editados, %2 archivos,</numerusform>
            <numerusform>%n mensajes, %1 textos anteriores de mensajes editados, %2 archivos,</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delivered outbox row(s), %2 raw Telegram update(s), %3 quarantined update(s).</source>
        <translation>%1 filas entregadas de la bandeja de salida, %2 actualizaciones de Telegram en bruto, %3 en cuarentena.</translation>
    </message>
    <message numerus="yes">
        <source>%n older message(s) still on their way stay until delivered.</source>
        <translation>
            <numerusform>%n mensaje más antiguo sigue en camino y se conserva hasta entregarse.</numerusform>
            <numerusform>%n mensajes más antiguos siguen en camino y se conservan hasta entregarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is who (the mappings), profiles and the audit log stay.</source>
        <translation>Quién es quién (las asignaciones), los perfiles y el registro de auditoría se conservan.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The workstation that runs the sync removes it once a day (last run: %1).</source>
        <translation>El puesto que ejecuta la sincronización lo elimina una vez al día (última vez: %1).</translation>
    </message>
    <message>
        <source>The sync removes it once a day (last run: %1).</source>
        <translation>La sincronización lo elimina una vez al día (última vez: %1).</translation>
    </message>
</context>
<context>
    <name>tgic::models::SuggestionsModel</name>
    <message>
        <source>Shared their own phone number %1 from their Telegram account (verified by Telegram), %2</source>
        <translation>Compartió su propio número de teléfono %1 desde su cuenta de Telegram (verificado por Telegram), %2</translation>
    </message>
    <message>
        <source>Typed the e-mail address %1 in a message, %2: “%3”</source>
        <translation>Escribió la dirección de correo %1 en un mensaje, %2: «%3»</translation>
    </message>
    <message>
        <source>Telegram user %1</source>
        <translation>Usuario de Telegram %1</translation>
    </message>
    <message>
        <source>%1 (Telegram %2)</source>
        <translation>%1 (Telegram %2)</translation>
    </message>
    <message>
        <source>Lead %1 into user %2</source>
        <translation>Lead %1 en el usuario %2</translation>
    </message>
    <message>
        <source>verified phone %1</source>
        <translation>teléfono verificado %1</translation>
    </message>
    <message>
        <source>typed e-mail %1</source>
        <translation>correo escrito %1</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Suggested merge</source>
        <translation>Fusión sugerida</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indicio</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrada</translation>
    </message>
    <message>
        <source>This suggestion was closed meanwhile (merged or dismissed, perhaps on another workstation).</source>
        <translation>Esta sugerencia se cerró mientras tanto (fusionada o descartada, quizá en otro puesto).</translation>
    </message>
    <message>
        <source>The dismissal could not be saved: the database is not available.</source>
        <translation>No se pudo guardar el descarte: la base de datos no está disponible.</translation>
    </message>
</context>
<context>
    <name>tgic::models::SyncStatus</name>
    <message>
        <source>Not syncing</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected, waiting for Telegram</source>
        <translation>Conectado, esperando a Telegram</translation>
    </message>
    <message>
        <source>Backing off after an error</source>
        <translation>En pausa tras un error</translation>
    </message>
    <message>
        <source>Another poller owns this bot</source>
        <translation>Otro programa está consultando este bot</translation>
    </message>
    <message>
        <source>A token was refused</source>
        <translation>Se rechazó un token</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>%1 (%2, %3), seen %4</source>
        <translation>%1 (%2, %3), visto %4</translation>
    </message>
    <message>
        <source>Workstations on this team database:
%1</source>
        <translation>Puestos en esta base de datos del equipo:
%1</translation>
    </message>
    <message>
        <source>This workstation cannot run the sync: %1</source>
        <translation>Este puesto no puede ejecutar la sincronización: %1</translation>
    </message>
    <message>
        <source>Following the team&apos;s sync</source>
        <translation>Siguiendo la sincronización del equipo</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Sync waiting: team database unreachable (retrying)</source>
        <translation>Sincronización en espera: base de datos del equipo inaccesible (reintentando)</translation>
    </message>
    <message>
        <source>Sync waiting: the database did not open (retrying)</source>
        <translation>Sincronización en espera: la base de datos no se abrió (reintentando)</translation>
    </message>
</context>
<context>
    <name>tgic::secrets::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?)</source>
        <translation>El llavero no respondió en %1 s (¿está bloqueado?)</translation>
    </message>
</context>
<context>
    <name>tgic::store::Database</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>SQL failed: %1 (%2)</source>
        <translation>Error de SQL: %1 (%2)</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this app (schema %2, this app knows %3).</source>
        <translation>La base de datos %1 la escribió una versión más reciente de esta aplicación (esquema %2; esta aplicación conoce hasta el %3).</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Error al actualizar la base de datos al esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>tgic::store::OutboxRepository</name>
    <message>
        <source>this version of the app does not know how to deliver a &quot;%1&quot; item</source>
        <translation>esta versión de la aplicación no sabe entregar un elemento &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>tgic::sync::FileDownloader</name>
    <message>
        <source>the file is larger than allowed</source>
        <translation>el archivo supera el tamaño permitido</translation>
    </message>
    <message>
        <source>download failed with HTTP %1</source>
        <translation>la descarga falló con HTTP %1</translation>
    </message>
</context>
<context>
    <name>tgic::sync::IntercomDelivery</name>
    <message>
        <source>the message has no text to deliver</source>
        <translation>el mensaje no tiene texto que entregar</translation>
    </message>
    <message>
        <source>✏️ Edited by the customer (their message of %1, Telegram message %2).
Now:
%3

Before:
%4</source>
        <translation>✏️ Editado por el cliente (su mensaje del %1, mensaje de Telegram %2).
Ahora:
%3

Antes:
%4</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>no se puede escribir en la base de datos local</translation>
    </message>
    <message>
        <source>Intercom did not say which conversation it opened</source>
        <translation>Intercom no indicó qué conversación abrió</translation>
    </message>
    <message>
        <source>the Intercom conversation is gone; starting a new one</source>
        <translation>la conversación de Intercom ya no existe; se inicia una nueva</translation>
    </message>
    <message>
        <source>the contact moved; delivering to %1</source>
        <translation>el contacto cambió; se entrega a %1</translation>
    </message>
    <message>
        <source>Intercom refused the message: %1</source>
        <translation>Intercom rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>the local database refused the delivery record</source>
        <translation>la base de datos local rechazó el registro de entrega</translation>
    </message>
    <message>
        <source>the local database refused the new conversation</source>
        <translation>la base de datos local rechazó la nueva conversación</translation>
    </message>
    <message>
        <source>[The file is larger than the 20 MB a bot may download from Telegram.]</source>
        <translation>[El archivo supera los 20 MB que un bot puede descargar de Telegram.]</translation>
    </message>
    <message>
        <source>[Telegram no longer provides this file: %1]</source>
        <translation>[Telegram ya no ofrece este archivo: %1]</translation>
    </message>
    <message>
        <source>Telegram getFile: %1</source>
        <translation>Telegram getFile: %1</translation>
    </message>
    <message>
        <source>downloading the customer&apos;s file: %1</source>
        <translation>descargando el archivo del cliente: %1</translation>
    </message>
    <message>
        <source>the Intercom admin is not known yet</source>
        <translation>aún no se conoce el administrador de Intercom</translation>
    </message>
    <message>
        <source>sent by a bot: bots are not mirrored to Intercom</source>
        <translation>enviado por un bot: los bots no se reflejan en Intercom</translation>
    </message>
    <message>
        <source>this item is not one to deliver to Intercom</source>
        <translation>este elemento no es para entregar a Intercom</translation>
    </message>
</context>
<context>
    <name>tgic::sync::IntercomPartPoller</name>
    <message>
        <source>no usable link</source>
        <translation>ningún enlace utilizable</translation>
    </message>
</context>
<context>
    <name>tgic::sync::OutboxDrain</name>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>se abandonó tras %1 intentos: %2</translation>
    </message>
</context>
<context>
    <name>tgic::sync::SyncEngine</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Intercom refused the access token: %1</source>
        <translation>Intercom rechazó el token de acceso: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2); retrying in %3 s</source>
        <translation>%1 falló (%2); se reintenta en %3 s</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Checking the Telegram bot and the Intercom workspace</source>
        <translation>Comprobando el bot de Telegram y el espacio de trabajo de Intercom</translation>
    </message>
    <message>
        <source>%1 refused the token (%2). Check it and try again.</source>
        <translation>%1 rechazó el token (%2). Compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: %3</source>
        <translation>No se puede conectar con %1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer: %2</source>
        <translation>%1 dio una respuesta inesperada: %2</translation>
    </message>
    <message>
        <source>cannot create the contact attributes: %1</source>
        <translation>no se pueden crear los atributos de contacto: %1</translation>
    </message>
    <message>
        <source>Telegram has nothing new and both outboxes are empty</source>
        <translation>Telegram no tiene nada nuevo y ambas bandejas de salida están vacías</translation>
    </message>
    <message>
        <source>Telegram refused the bot token: %1</source>
        <translation>Telegram rechazó el token del bot: %1</translation>
    </message>
    <message>
        <source>This customer&apos;s Telegram account was deleted: replies cannot reach them any more.</source>
        <translation>La cuenta de Telegram de este cliente se eliminó: las respuestas ya no le llegarán.</translation>
    </message>
    <message>
        <source>This customer blocked the Telegram bot: replies cannot reach them until they unblock it.</source>
        <translation>Este cliente bloqueó el bot de Telegram: las respuestas no le llegarán hasta que lo desbloquee.</translation>
    </message>
    <message>
        <source>Following: another workstation runs the sync</source>
        <translation>Siguiendo: otro puesto ejecuta la sincronización</translation>
    </message>
    <message>
        <source>No answer from %1 for %2 s — reconnecting</source>
        <translation>Sin respuesta de %1 desde hace %2 s: reconectando</translation>
    </message>
</context>
<context>
    <name>tgic::sync::TelegramDelivery</name>
    <message>
        <source>the customer blocked the bot</source>
        <translation>el cliente bloqueó el bot</translation>
    </message>
    <message>
        <source>the bot was removed from the group</source>
        <translation>el bot fue eliminado del grupo</translation>
    </message>
    <message>
        <source>the customer&apos;s Telegram account was deleted</source>
        <translation>la cuenta de Telegram del cliente se eliminó</translation>
    </message>
    <message>
        <source>an attachment of this message is missing from the local database</source>
        <translation>falta un adjunto de este mensaje en la base de datos local</translation>
    </message>
    <message>
        <source>📎 %1 (%2) is too large to send here. Download it: %3</source>
        <translation>📎 %1 (%2) es demasiado grande para enviarlo aquí. Descárguelo: %3</translation>
    </message>
    <message>
        <source>📎 The agent attached %1, but it could not be fetched (%2). Please ask them to send it again.</source>
        <translation>📎 El agente adjuntó %1, pero no se pudo obtener (%2). Pídale que lo envíe de nuevo.</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>no se puede escribir en la base de datos local</translation>
    </message>
    <message>
        <source>An earlier attempt may have reached the customer: this message may have been sent twice</source>
        <translation>Un intento anterior pudo haber llegado al cliente: es posible que este mensaje se haya enviado dos veces</translation>
    </message>
    <message>
        <source>the local database refused the delivery record</source>
        <translation>la base de datos local rechazó el registro de entrega</translation>
    </message>
    <message>
        <source>Telegram refused the message: %1</source>
        <translation>Telegram rechazó el mensaje: %1</translation>
    </message>
    <message>
        <source>the business chat is not known to this database</source>
        <translation>este chat de empresa no se conoce en esta base de datos</translation>
    </message>
    <message>
        <source>the customer has not written in this business chat for over 24 hours, and the business account may answer only within 24 hours of the customer&apos;s last message</source>
        <translation>el cliente no ha escrito en este chat de empresa en más de 24 horas, y la cuenta de empresa solo puede responder dentro de las 24 horas siguientes al último mensaje del cliente</translation>
    </message>
    <message>
        <source>the business account has switched off its connection to the bot</source>
        <translation>la cuenta de empresa ha desactivado su conexión con el bot</translation>
    </message>
    <message>
        <source>the business account does not allow the bot to reply for it</source>
        <translation>la cuenta de empresa no permite que el bot responda en su nombre</translation>
    </message>
    <message>
        <source>the business account is no longer connected to the bot</source>
        <translation>la cuenta de empresa ya no está conectada al bot</translation>
    </message>
    <message>
        <source>Telegram refused it (%1)</source>
        <translation>Telegram lo rechazó (%1)</translation>
    </message>
    <message>
        <source>the business chat or the message to mark is not known</source>
        <translation>no se conoce el chat de empresa o el mensaje que marcar</translation>
    </message>
    <message>
        <source>Telegram refused the read mark: %1</source>
        <translation>Telegram rechazó la marca de leído: %1</translation>
    </message>
</context>
<context>
    <name>tgic::sync::UpdatePoller</name>
    <message>
        <source>Cannot write to the local database; Telegram keeps the messages meanwhile</source>
        <translation>No se puede escribir en la base de datos local; mientras tanto, Telegram conserva los mensajes</translation>
    </message>
    <message>
        <source>Telegram refused the bot token (401 Unauthorized). Check the token.</source>
        <translation>Telegram rechazó el token del bot (401 Unauthorized). Compruebe el token.</translation>
    </message>
    <message>
        <source>A webhook is set for this bot, so it cannot be polled. Remove the webhook or stop the other service.</source>
        <translation>Este bot tiene un webhook configurado, así que no se puede consultar. Elimine el webhook o detenga el otro servicio.</translation>
    </message>
    <message>
        <source>Another program is polling this bot. Only one may; waiting for it to stop.</source>
        <translation>Otro programa está consultando este bot. Solo puede hacerlo uno; esperando a que se detenga.</translation>
    </message>
</context>
<context>
    <name>tgic::team</name>
    <message>
        <source>Nobody runs the sync right now</source>
        <translation>Nadie ejecuta la sincronización ahora mismo</translation>
    </message>
    <message>
        <source>Sync runs on this workstation since %1</source>
        <translation>La sincronización se ejecuta en este puesto desde las %1</translation>
    </message>
    <message>
        <source>Sync runs on %1 (%2) since %3</source>
        <translation>La sincronización se ejecuta en %1 (%2) desde las %3</translation>
    </message>
</context>
<context>
    <name>tgic::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Telegram chats beside their linked Intercom contacts. Every Telegram user maps to exactly one Intercom contact, anchored on the immutable Telegram user ID.</source>
        <translation>Chats de Telegram junto a sus contactos vinculados de Intercom. Cada usuario de Telegram corresponde exactamente a un contacto de Intercom, anclado en el ID de usuario de Telegram, que nunca cambia.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Released under the %1.</source>
        <translation>Publicado bajo la %1.</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>licencia MIT</translation>
    </message>
    <message>
        <source>Project website</source>
        <translation>Sitio web del proyecto</translation>
    </message>
    <message>
        <source>Telegram Bot API</source>
        <translation>API de bots de Telegram</translation>
    </message>
    <message>
        <source>Intercom REST API 2.16</source>
        <translation>API REST de Intercom 2.16</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
</context>
<context>
    <name>tgic::ui::AuditLogView</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Changes to mappings, newest first</source>
        <translation>Cambios en las vinculaciones, los más recientes primero</translation>
    </message>
    <message>
        <source>Only the selected customer</source>
        <translation>Solo el cliente seleccionado</translation>
    </message>
    <message>
        <source>Only Telegram user %1</source>
        <translation>Solo el usuario de Telegram %1</translation>
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
        <translation>Chat de empresa</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ChatListPane</name>
    <message>
        <source>Search name, @username, Telegram ID or email</source>
        <translation>Buscar nombre, @usuario, ID de Telegram o correo</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>No chats yet. They appear when customers write to the bot.</source>
        <translation>Aún no hay chats. Aparecerán cuando los clientes escriban al bot.</translation>
    </message>
    <message>
        <source>No chat matches “%1”</source>
        <translation>Ningún chat coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>tgic::ui::CheckDialog</name>
    <message>
        <source>Check mappings</source>
        <translation>Comprobar vinculaciones</translation>
    </message>
    <message>
        <source>Every Telegram user&apos;s contact is read from Intercom, paced by the rate limit. Contacts merged in Intercom are followed to the survivor at once; other problems are listed with the fix proposed.</source>
        <translation>Se lee de Intercom el contacto de cada usuario de Telegram, al ritmo que permite el límite de solicitudes. Los contactos fusionados en Intercom se siguen de inmediato hasta el contacto resultante; los demás problemas se enumeran con la solución propuesta.</translation>
    </message>
    <message>
        <source>Mappings checked</source>
        <translation>Vinculaciones comprobadas</translation>
    </message>
    <message>
        <source>%v of %m checked</source>
        <translation>%v de %m comprobadas</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>&amp;Apply proposed fixes</source>
        <translation>&amp;Aplicar las soluciones propuestas</translation>
    </message>
    <message>
        <source>Write removed anchors back and resolve mappings to deleted contacts again. Duplicates stay for you to merge or relink.</source>
        <translation>Volver a escribir las anclas eliminadas y resolver de nuevo las vinculaciones a contactos eliminados. Los duplicados se quedan para que usted los fusione o los vuelva a vincular.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Checking and repairing…</source>
        <translation>Comprobando y reparando…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) checked: everything matches Intercom.</source>
        <translation>
            <numerusform>%n vinculación comprobada: todo coincide con Intercom.</numerusform>
            <numerusform>%n vinculaciones comprobadas: todo coincide con Intercom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) checked: %1 finding(s), %2 still open.</source>
        <translation>
            <numerusform>%n vinculación comprobada: %1 hallazgo(s), %2 aún pendiente(s).</numerusform>
            <numerusform>%n vinculaciones comprobadas: %1 hallazgo(s), %2 aún pendiente(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgic::ui::ConnectingWindow</name>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Conectando con la base de datos del equipo %1…</translation>
    </message>
    <message>
        <source>The team database does not answer:
%1

Trying again…</source>
        <translation>La base de datos del equipo no responde:
%1

Volviendo a intentarlo…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ContactPanel</name>
    <message>
        <source>The linked Intercom contact appears here</source>
        <translation>Aquí aparece el contacto de Intercom vinculado</translation>
    </message>
    <message>
        <source>Open in Intercom</source>
        <translation>Abrir en Intercom</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Contacto vinculado</translation>
    </message>
    <message>
        <source>Intercom contact</source>
        <translation>Contacto de Intercom</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID de contacto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>telegram_user_id</source>
        <translation>telegram_user_id</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Vinculado mediante</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Open the contact in the Intercom web app</source>
        <translation>Abrir el contacto en la aplicación web de Intercom</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Username and name history</source>
        <translation>Historial de nombre de usuario y nombre</translation>
    </message>
    <message>
        <source>This chat is not with a single person, so it has no contact</source>
        <translation>Este chat no es con una sola persona, así que no tiene contacto</translation>
    </message>
    <message>
        <source>not linked yet</source>
        <translation>aún sin vincular</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>%1 (%2, last activity %3)</source>
        <translation>%1 (%2, última actividad %3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>No Intercom contact is linked yet</source>
        <translation>Aún no hay ningún contacto de Intercom vinculado</translation>
    </message>
    <message>
        <source>Available once connected to Intercom (the workspace id is needed)</source>
        <translation>Disponible una vez conectado a Intercom (se necesita el id del espacio de trabajo)</translation>
    </message>
    <message>
        <source>Fix the link</source>
        <translation>Corregir la vinculación</translation>
    </message>
    <message>
        <source>&amp;Relink…</source>
        <translation>&amp;Volver a vincular…</translation>
    </message>
    <message>
        <source>Link this Telegram user to another Intercom contact</source>
        <translation>Vincular este usuario de Telegram con otro contacto de Intercom</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge this contact into the customer&apos;s existing Intercom user</source>
        <translation>Fusionar este contacto con el usuario de Intercom que el cliente ya tiene</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>Detach the Telegram user from the contact; messages wait until relinked</source>
        <translation>Separar al usuario de Telegram del contacto; los mensajes esperan hasta que se vuelva a vincular</translation>
    </message>
    <message>
        <source>Forget the link and find or create the contact again by the Telegram ID</source>
        <translation>Olvidar la vinculación y volver a buscar o crear el contacto por el ID de Telegram</translation>
    </message>
    <message>
        <source>Re-&amp;write anchor</source>
        <translation>Reescri&amp;bir el ancla</translation>
    </message>
    <message>
        <source>Write the telegram_user_id attribute onto the contact again</source>
        <translation>Volver a escribir el atributo telegram_user_id en el contacto</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>Re-re&amp;solve</source>
        <translation>&amp;Resolver de nuevo</translation>
    </message>
    <message>
        <source>%1 (last activity %2)</source>
        <translation>%1 (última actividad %2)</translation>
    </message>
    <message>
        <source>Conversation in Intercom</source>
        <translation>Conversación en Intercom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Read from Intercom</source>
        <translation>Leída de Intercom</translation>
    </message>
    <message>
        <source>not read from Intercom yet</source>
        <translation>aún no leída de Intercom</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>This customer could not be read from the local database; the panel shows what it read before. The log file says why.</source>
        <translation>No se pudo leer este cliente de la base de datos local; el panel muestra lo que se leyó antes. El archivo de registro indica el motivo.</translation>
    </message>
    <message>
        <source>&amp;Erase This Customer…</source>
        <translation>&amp;Borrar a este cliente…</translation>
    </message>
    <message>
        <source>Remove everything about this Telegram user, here and in Intercom, on their request (shows what goes where first)</source>
        <translation>Eliminar todo sobre este usuario de Telegram, aquí y en Intercom, a petición suya (primero muestra qué se elimina y dónde)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Business chat</source>
        <translation>Chat de empresa</translation>
    </message>
    <message>
        <source>Business chat with %1</source>
        <translation>Chat de empresa con %1</translation>
    </message>
    <message>
        <source>Chat with the bot</source>
        <translation>Chat con el bot</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Replies possible until %1</source>
        <translation>Se puede responder hasta las %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Reply window closed %1 ago — the customer must write first</source>
        <translation>La ventana de respuesta se cerró hace %1 — el cliente debe escribir primero</translation>
    </message>
    <message>
        <source>Reply window closed — the customer must write first</source>
        <translation>La ventana de respuesta está cerrada — el cliente debe escribir primero</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ContactPicker</name>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
    <message>
        <source>no email or phone</source>
        <translation>sin correo ni teléfono</translation>
    </message>
    <message>
        <source>Intercom contact: name, email, phone or id</source>
        <translation>Contacto de Intercom: nombre, correo, teléfono o id</translation>
    </message>
    <message>
        <source>Search Intercom contacts</source>
        <translation>Buscar contactos de Intercom</translation>
    </message>
    <message>
        <source>Matching Intercom contacts</source>
        <translation>Contactos de Intercom que coinciden</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>Escriba al menos dos caracteres.</translation>
    </message>
    <message>
        <source>Searching Intercom…</source>
        <translation>Buscando en Intercom…</translation>
    </message>
    <message>
        <source>Intercom did not answer: %1</source>
        <translation>Intercom no respondió: %1</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Ningún contacto coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found. Choose one.</source>
        <translation>
            <numerusform>Se encontró %n contacto. Elíjalo.</numerusform>
            <numerusform>Se encontraron %n contactos. Elija uno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgic::ui::ConversationView</name>
    <message>
        <source>Select a chat to read its history</source>
        <translation>Seleccione un chat para leer su historial</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No messages in this chat yet</source>
        <translation>Aún no hay mensajes en este chat</translation>
    </message>
</context>
<context>
    <name>tgic::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>tgic::ui::EraseCustomerDialog</name>
    <message>
        <source>Erase even though a message is still on its way</source>
        <translation>Borrar aunque un mensaje siga en camino</translation>
    </message>
    <message>
        <source>&amp;Erase Customer</source>
        <translation>&amp;Borrar cliente</translation>
    </message>
    <message>
        <source>Erase Telegram User %1</source>
        <translation>Borrar al usuario de Telegram %1</translation>
    </message>
    <message>
        <source>Forget this customer on their request: their messages, profile and evidence are removed from this database (on every workstation of a team), and their Intercom contact as chosen below. The audit log keeps who erased whom and when, under a one-way code instead of the Telegram ID. This cannot be undone.</source>
        <translation>Olvidar a este cliente a petición suya: sus mensajes, perfil e indicios se eliminan de esta base de datos (en todos los puestos de un equipo), y su contacto de Intercom según se elija abajo. El registro de auditoría conserva quién borró a quién y cuándo, con un código de un solo sentido en lugar del ID de Telegram. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Looking up what is held about Telegram user %1…</source>
        <translation>Buscando qué se guarda sobre el usuario de Telegram %1…</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Qué se eliminará</translation>
    </message>
    <message>
        <source>The Intercom contact</source>
        <translation>El contacto de Intercom</translation>
    </message>
    <message>
        <source>&amp;Delete it with its conversations (Intercom can restore it for 7 days)</source>
        <translation>&amp;Borrarlo con sus conversaciones (Intercom puede restaurarlo durante 7 días)</translation>
    </message>
    <message>
        <source>&amp;Archive it (kept, hidden from lists and search)</source>
        <translation>&amp;Archivarlo (se conserva, oculto en listas y búsquedas)</translation>
    </message>
    <message>
        <source>&amp;Keep it; only clear its Telegram attributes</source>
        <translation>&amp;Conservarlo; solo vaciar sus atributos de Telegram</translation>
    </message>
    <message>
        <source>Erasing needs a connection to Intercom (Settings).</source>
        <translation>Para borrar hace falta una conexión con Intercom (Ajustes).</translation>
    </message>
    <message>
        <source>Nothing is held about this Telegram ID, here or in Intercom.</source>
        <translation>No se guarda nada sobre este ID de Telegram, ni aquí ni en Intercom.</translation>
    </message>
    <message>
        <source>A message to or from this customer is still on its way. Wait until it is delivered, or tick the box above to erase anyway.</source>
        <translation>Un mensaje para o de este cliente sigue en camino. Espere a que se entregue o marque la casilla de arriba para borrar de todos modos.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Find Chat</source>
        <translation>&amp;Buscar chat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Next Chat</source>
        <translation>Chat &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Chat</source>
        <translation>Chat &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>No chat selected</source>
        <translation>Ningún chat seleccionado</translation>
    </message>
    <message>
        <source>Telegram ID %1</source>
        <translation>ID de Telegram %1</translation>
    </message>
    <message>
        <source>Intercom: %1</source>
        <translation>Intercom: %1</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Check Mappings…</source>
        <translation>&amp;Comprobar vinculaciones…</translation>
    </message>
    <message>
        <source>Verify every Telegram user&apos;s contact against Intercom</source>
        <translation>Comprobar en Intercom el contacto de cada usuario de Telegram</translation>
    </message>
    <message>
        <source>&amp;Merge Contacts…</source>
        <translation>&amp;Fusionar contactos…</translation>
    </message>
    <message>
        <source>Merge a lead into the customer&apos;s existing Intercom user</source>
        <translation>Fusionar un lead con el usuario de Intercom que el cliente ya tiene</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Every change to a mapping: who, when, what, before and after</source>
        <translation>Cada cambio en una vinculación: quién, cuándo, qué, antes y después</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Available once tokens for Intercom are set (Settings)</source>
        <translation>Disponible cuando se configuren los tokens de Intercom (Configuración)</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Desvincular a %1</translation>
    </message>
    <message>
        <source>Re-resolve %1</source>
        <translation>Resolver de nuevo a %1</translation>
    </message>
    <message>
        <source>Detach Telegram user %1 from Intercom contact %2? Their messages wait in the outbox until you relink them; the Telegram ID is removed from the contact.</source>
        <translation>¿Separar al usuario de Telegram %1 del contacto de Intercom %2? Sus mensajes esperarán en la bandeja de salida hasta que lo vuelva a vincular; el ID de Telegram se quita del contacto.</translation>
    </message>
    <message>
        <source>Forget the link of Telegram user %1 and find or create the contact again by the Telegram ID?</source>
        <translation>¿Olvidar la vinculación del usuario de Telegram %1 y volver a buscar o crear el contacto por el ID de Telegram?</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>&amp;Re-resolve</source>
        <translation>&amp;Resolver de nuevo</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>&amp;Import a Single-Seat Cache…</source>
        <translation>&amp;Importar una caché de un solo puesto…</translation>
    </message>
    <message>
        <source>Copy this workstation&apos;s own cache (mappings, history, queued messages, audit) into the team database; safe to repeat</source>
        <translation>Copiar la caché propia de este puesto (vínculos, historial, mensajes en cola, auditoría) a la base de datos del equipo; se puede repetir sin riesgo</translation>
    </message>
    <message>
        <source>Unavailable while the team database is unreachable</source>
        <translation>No disponible mientras la base de datos del equipo no responda</translation>
    </message>
    <message>
        <source>Merges the evidence suggests: a customer&apos;s verified phone or typed e-mail matches an Intercom user</source>
        <translation>Fusiones que sugieren los indicios: el teléfono verificado o el correo escrito de un cliente coincide con un usuario de Intercom</translation>
    </message>
    <message numerus="yes">
        <source>Suggested Merges (%n)</source>
        <translation>
            <numerusform>Fusiones sugeridas (%n)</numerusform>
            <numerusform>Fusiones sugeridas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested Merges</source>
        <translation>Fusiones sugeridas</translation>
    </message>
    <message>
        <source>Dismissed: it will not be suggested again.</source>
        <translation>Descartada: no se volverá a sugerir.</translation>
    </message>
    <message>
        <source>Sync &amp;Health</source>
        <translation>&amp;Salud de la sincronización</translation>
    </message>
    <message>
        <source>The last hour of the sync as plots: messages in, how long they take to reach Intercom and Telegram, the outboxes, stalls and quarantines</source>
        <translation>La última hora de la sincronización en gráficos: mensajes entrantes, cuánto tardan en llegar a Intercom y a Telegram, las bandejas de salida, bloqueos y cuarentenas</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MergeDialog</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Merge Intercom contacts</source>
        <translation>Fusionar contactos de Intercom</translation>
    </message>
    <message>
        <source>Intercom merges a lead into a user: the user survives and the lead&apos;s conversations move to it. Typically the lead is the one created for a Telegram customer and the user is the customer&apos;s existing Intercom account.</source>
        <translation>Intercom fusiona un lead con un usuario: el usuario se conserva y las conversaciones del lead pasan a él. Normalmente, el lead es el que se creó para un cliente de Telegram y el usuario es la cuenta de Intercom que el cliente ya tenía.</translation>
    </message>
    <message>
        <source>Search the lead to merge away</source>
        <translation>Buscar el lead que se fusionará</translation>
    </message>
    <message>
        <source>Search the user that survives</source>
        <translation>Buscar el usuario que se conservará</translation>
    </message>
    <message>
        <source>Merge this lead…</source>
        <translation>Fusionar este lead…</translation>
    </message>
    <message>
        <source>…into this user (survives)</source>
        <translation>…con este usuario (se conserva)</translation>
    </message>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation>⇄ &amp;Intercambiar</translation>
    </message>
    <message>
        <source>Swap the two contacts</source>
        <translation>Intercambiar los dos contactos</translation>
    </message>
    <message>
        <source>Relink instead</source>
        <translation>Volver a vincular en su lugar</translation>
    </message>
    <message>
        <source>What the user keeps, gains and loses</source>
        <translation>Qué conserva, obtiene y pierde el usuario</translation>
    </message>
    <message>
        <source>A merge cannot be undone in Intercom.</source>
        <translation>Una fusión no se puede deshacer en Intercom.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Choose the lead on the left and the user on the right.</source>
        <translation>Elija el lead a la izquierda y el usuario a la derecha.</translation>
    </message>
    <message>
        <source>Both sides are the same contact.</source>
        <translation>Ambos lados son el mismo contacto.</translation>
    </message>
    <message>
        <source>Comparing the two contacts…</source>
        <translation>Comparando los dos contactos…</translation>
    </message>
    <message>
        <source>Cannot merge these two: %1</source>
        <translation>No se pueden fusionar estos dos: %1</translation>
    </message>
    <message>
        <source>Relink Telegram user %1 to %2 instead</source>
        <translation>Vincular en su lugar al usuario de Telegram %1 con %2</translation>
    </message>
    <message>
        <source>Merging %1 into %2:</source>
        <translation>Fusión de %1 con %2:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) move from the lead to the user.</source>
        <translation>
            <numerusform>%n conversación pasa del lead al usuario.</numerusform>
            <numerusform>%n conversaciones pasan del lead al usuario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram anchor: the lead carries %1, the user carries %2. Afterwards the user carries %3: tgic writes the anchor onto the user after the merge, because Intercom would keep only the user&apos;s value.</source>
        <translation>Ancla de Telegram: el lead lleva %1 y el usuario lleva %2. Después, el usuario llevará %3: tgic escribe el ancla en el usuario tras la fusión, porque Intercom solo conservaría el valor del usuario.</translation>
    </message>
    <message>
        <source>Confirm first that the two Telegram users are the same person</source>
        <translation>Confirme primero que los dos usuarios de Telegram son la misma persona</translation>
    </message>
    <message>
        <source>Cannot be undone in Intercom</source>
        <translation>No se puede deshacer en Intercom</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>No fusionado: %1</translation>
    </message>
    <message>
        <source>Relinking…</source>
        <translation>Volviendo a vincular…</translation>
    </message>
    <message>
        <source>Not relinked: %1</source>
        <translation>No se volvió a vincular: %1</translation>
    </message>
    <message>
        <source>I confirm these Telegram users are the same person</source>
        <translation>Confirmo que estos usuarios de Telegram son la misma persona</translation>
    </message>
    <message>
        <source>Swap the two sides: a lead can be merged into a user.</source>
        <translation>Intercambie los dos lados: un lead se puede fusionar con un usuario.</translation>
    </message>
    <message>
        <source>Relink Telegram user %1 to %2 without merging: the button below does it.</source>
        <translation>Vincule al usuario de Telegram %1 con %2 sin fusionar: el botón de abajo lo hace.</translation>
    </message>
    <message>
        <source>Cannot merge these two: %1
Instead: %2</source>
        <translation>No se pueden fusionar estos dos: %1
En su lugar: %2</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MessageDelegate</name>
    <message>
        <source>✓ in Intercom</source>
        <translation>✓ en Intercom</translation>
    </message>
    <message>
        <source>✗ not delivered</source>
        <translation>✗ no entregado</translation>
    </message>
    <message>
        <source>✗ not delivered: %1</source>
        <translation>✗ no entregado: %1</translation>
    </message>
    <message>
        <source>◷ queued for Intercom</source>
        <translation>◷ en cola para Intercom</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
</context>
<context>
    <name>tgic::ui::PhoneRequestBox</name>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Ask for &amp;phone number</source>
        <translation>Pedir el número de &amp;teléfono</translation>
    </message>
    <message>
        <source>Send the customer a button that shares the phone number of their Telegram account (verified by Telegram)</source>
        <translation>Enviar al cliente un botón que comparte el número de teléfono de su cuenta de Telegram (verificado por Telegram)</translation>
    </message>
    <message>
        <source>Asked %1; waiting for the customer to share it</source>
        <translation>Solicitado %1; esperando a que el cliente lo comparta</translation>
    </message>
</context>
<context>
    <name>tgic::ui::RelinkDialog</name>
    <message>
        <source>Relink %1</source>
        <translation>Volver a vincular a %1</translation>
    </message>
    <message>
        <source>Link Telegram user %1 (%2) to an Intercom contact. Their messages go to that contact from now on; the Telegram ID is written onto it.</source>
        <translation>Vincular al usuario de Telegram %1 (%2) con un contacto de Intercom. A partir de ahora sus mensajes irán a ese contacto; el ID de Telegram se escribe en él.</translation>
    </message>
    <message>
        <source>Link Telegram user %1 (%2) to another Intercom contact instead of %3. The Telegram ID moves to the new contact; past conversations stay where they are.</source>
        <translation>Vincular al usuario de Telegram %1 (%2) con otro contacto de Intercom en lugar de %3. El ID de Telegram pasa al nuevo contacto; las conversaciones anteriores se quedan donde están.</translation>
    </message>
    <message>
        <source>&amp;Relink</source>
        <translation>&amp;Volver a vincular</translation>
    </message>
    <message>
        <source>The customer is already linked to this contact</source>
        <translation>El cliente ya está vinculado a este contacto</translation>
    </message>
    <message>
        <source>Relinking…</source>
        <translation>Volviendo a vincular…</translation>
    </message>
    <message>
        <source>Not relinked: %1</source>
        <translation>No se volvió a vincular: %1</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain. Leave a field empty to keep the stored token.</source>
        <translation>Los tokens se guardan en el llavero del sistema. Deje un campo vacío para conservar el token guardado.</translation>
    </message>
    <message>
        <source>&amp;Forget tokens</source>
        <translation>&amp;Olvidar tokens</translation>
    </message>
    <message>
        <source>Forget tokens</source>
        <translation>Olvidar tokens</translation>
    </message>
    <message>
        <source>Remove both tokens from the keychain? Syncing stops until you enter them again.</source>
        <translation>¿Quitar ambos tokens del llavero? La sincronización se detendrá hasta que vuelva a introducirlos.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time tgic starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie tgic.</translation>
    </message>
    <message>
        <source>Show the unread count in the system &amp;tray</source>
        <translation>Mostrar los no leídos en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Notify me of new customer messages</source>
        <translation>&amp;Notificarme los mensajes nuevos de clientes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Asking for the phone number</source>
        <translation>Pedir el número de teléfono</translation>
    </message>
    <message>
        <source>Message asking for the phone number</source>
        <translation>Mensaje que pide el número de teléfono</translation>
    </message>
    <message>
        <source>Leave empty to send the built-in text in the customer&apos;s Telegram language (English, German, Spanish or Russian). tgic-cli ask-phone uses it too.</source>
        <translation>Déjelo vacío para enviar el texto incorporado en el idioma de Telegram del cliente (inglés, alemán, español o ruso). tgic-cli ask-phone también lo usa.</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Retención de datos</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Conservar todo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Message texts and media older than this are removed from the local cache or the team database, for the whole team. Who is who stays.</source>
        <translation>Los textos y archivos de mensajes más antiguos se eliminan de la caché local o de la base de datos del equipo, para todo el equipo. Quién es quién se conserva.</translation>
    </message>
    <message>
        <source>Keep message contents for</source>
        <translation>Conservar el contenido de los mensajes durante</translation>
    </message>
    <message>
        <source>The database refused the new retention period.</source>
        <translation>La base de datos rechazó el nuevo periodo de retención.</translation>
    </message>
    <message>
        <source>Business accounts</source>
        <translation>Cuentas de empresa</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>switched off by the account</source>
        <translation>desactivada por la cuenta</translation>
    </message>
    <message>
        <source>the bot may answer its customers within 24 hours of their last message</source>
        <translation>el bot puede responder a sus clientes dentro de las 24 horas siguientes a su último mensaje</translation>
    </message>
    <message>
        <source>the bot may read but not answer</source>
        <translation>el bot puede leer pero no responder</translation>
    </message>
    <message>
        <source>%1, connected since %2: %3</source>
        <translation>%1, conectada desde %2: %3</translation>
    </message>
    <message>
        <source>No Telegram Business account is connected to the bot. Its owner connects it in Telegram (Settings → Telegram Business → Chatbots) once Business Mode is on for the bot in @BotFather.</source>
        <translation>No hay ninguna cuenta de Telegram Business conectada al bot. Su propietario la conecta en Telegram (Ajustes → Telegram Business → Chatbots) una vez activado el modo Business del bot en @BotFather.</translation>
    </message>
    <message>
        <source>The database refused the read-mark option.</source>
        <translation>La base de datos rechazó la opción de marcas de leído.</translation>
    </message>
    <message>
        <source>%1; it may not mark messages as read</source>
        <translation>%1; no puede marcar mensajes como leídos</translation>
    </message>
    <message>
        <source>Mark customers&apos; messages as read once answered</source>
        <translation>Marcar los mensajes de los clientes como leídos una vez respondidos</translation>
    </message>
    <message>
        <source>For the whole team: once an agent&apos;s reply reaches a customer who wrote to a business account, their message shows as read to them in Telegram. Only for accounts that allow the bot to mark messages as read.</source>
        <translation>Para todo el equipo: cuando la respuesta de un agente llega a un cliente que escribió a una cuenta de empresa, su mensaje aparece como leído en Telegram. Solo en cuentas que permiten al bot marcar mensajes como leídos.</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SetupWizard</name>
    <message>
        <source>Connect Telegram and Intercom</source>
        <translation>Conectar Telegram e Intercom</translation>
    </message>
    <message>
        <source>The tokens go into your system keychain, never into files or logs.</source>
        <translation>Los tokens se guardan en el llavero del sistema, nunca en archivos ni registros.</translation>
    </message>
    <message>
        <source>Set up Telegram ⇄ Intercom</source>
        <translation>Configurar Telegram ⇄ Intercom</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>&lt;p&gt;This app shows your bot&apos;s Telegram chats beside the Intercom contacts they belong to. Every Telegram user becomes exactly one Intercom contact, anchored on the Telegram user ID, so renames and new devices never split a customer.&lt;/p&gt;&lt;p&gt;You need a &lt;b&gt;Telegram bot token&lt;/b&gt; (from @BotFather) and an &lt;b&gt;Intercom access token&lt;/b&gt; (Developer Hub → your app → Authentication).&lt;/p&gt;&lt;p&gt;Just looking? Close this and run &lt;code&gt;tgic --sandbox&lt;/code&gt;: it plays scripted customers against local emulators, with no accounts at all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta aplicación muestra los chats de Telegram de su bot junto a los contactos de Intercom a los que pertenecen. Cada usuario de Telegram se convierte exactamente en un contacto de Intercom, anclado en el ID de usuario de Telegram, así que los cambios de nombre o de dispositivo nunca dividen a un cliente.&lt;/p&gt;&lt;p&gt;Necesita un &lt;b&gt;token del bot de Telegram&lt;/b&gt; (de @BotFather) y un &lt;b&gt;token de acceso de Intercom&lt;/b&gt; (Developer Hub → su aplicación → Authentication).&lt;/p&gt;&lt;p&gt;¿Solo quiere echar un vistazo? Cierre esto y ejecute &lt;code&gt;tgic --sandbox&lt;/code&gt;: reproduce clientes simulados con emuladores locales, sin ninguna cuenta.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SuggestionsDialog</name>
    <message>
        <source>&amp;Review Merge…</source>
        <translation>&amp;Revisar fusión…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Fusiones sugeridas</translation>
    </message>
    <message>
        <source>Merges the evidence suggests, newest first</source>
        <translation>Fusiones que sugieren los indicios, las más recientes primero</translation>
    </message>
    <message>
        <source>No suggested merges. One appears when a customer shares their own phone number or types an e-mail address that belongs to an Intercom user. A shared name is never taken as evidence.</source>
        <translation>No hay fusiones sugeridas. Aparece una cuando un cliente comparte su propio número de teléfono o escribe una dirección de correo que pertenece a un usuario de Intercom. Un nombre coincidente nunca se toma como indicio.</translation>
    </message>
    <message>
        <source>Open the merge preview for this lead and user; nothing changes until you merge</source>
        <translation>Abrir la vista previa de la fusión de este lead y usuario; nada cambia hasta que fusione</translation>
    </message>
    <message>
        <source>Do not suggest this merge again (recorded in the audit log)</source>
        <translation>No volver a sugerir esta fusión (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Merge lead %1 into user %2?</source>
        <translation>¿Fusionar el lead %1 con el usuario %2?</translation>
    </message>
    <message>
        <source>Merge lead %1 into user %2 (%3)?</source>
        <translation>¿Fusionar el lead %1 con el usuario %2 (%3)?</translation>
    </message>
    <message>
        <source>Strong: Telegram verified the phone number as the customer&apos;s own.</source>
        <translation>Fuerte: Telegram verificó que el número de teléfono es del propio cliente.</translation>
    </message>
    <message>
        <source>Medium: the customer typed the address; Intercom has it on the user. Check the conversation before merging.</source>
        <translation>Media: el cliente escribió la dirección; Intercom la tiene en el usuario. Revise la conversación antes de fusionar.</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SyncHealthWindow</name>
    <message>
        <source>Sync Health</source>
        <translation>Salud de la sincronización</translation>
    </message>
    <message>
        <source>Stalls and quarantines in the last hour</source>
        <translation>Bloqueos y cuarentenas en la última hora</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>por minuto</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Messages in from Telegram</source>
        <translation>Mensajes entrantes de Telegram</translation>
    </message>
    <message>
        <source>Updates stored</source>
        <translation>Actualizaciones guardadas</translation>
    </message>
    <message>
        <source>Customer&apos;s message → Intercom</source>
        <translation>Mensaje del cliente → Intercom</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Percentil 95</translation>
    </message>
    <message>
        <source>Agent&apos;s reply → Telegram</source>
        <translation>Respuesta del agente → Telegram</translation>
    </message>
    <message>
        <source>Outbox: rows waiting</source>
        <translation>Bandeja de salida: filas en espera</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>To Intercom</source>
        <translation>Hacia Intercom</translation>
    </message>
    <message>
        <source>To Telegram</source>
        <translation>Hacia Telegram</translation>
    </message>
    <message>
        <source>Outbox: oldest row waiting</source>
        <translation>Bandeja de salida: fila en espera más antigua</translation>
    </message>
    <message>
        <source>Stalls and quarantines</source>
        <translation>Bloqueos y cuarentenas</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>%1: no answer from %2 for %3 s</source>
        <translation>%1: sin respuesta de %2 durante %3 s</translation>
    </message>
    <message>
        <source>%1: an update went to the quarantine</source>
        <translation>%1: una actualización pasó a la cuarentena</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <source>The figures could not be read: the database did not answer.</source>
        <translation>No se pudieron leer las cifras: la base de datos no respondió.</translation>
    </message>
    <message>
        <source>No figures yet: they appear once the sync has run for a minute.</source>
        <translation>Todavía no hay cifras: aparecen cuando la sincronización lleva un minuto en marcha.</translation>
    </message>
    <message>
        <source>Figures of the last hour from %1, updated %2</source>
        <translation>Cifras de la última hora de %1, actualizadas a las %2</translation>
    </message>
    <message>
        <source>(the database did not answer the last read; these may be out of date)</source>
        <translation>(la base de datos no respondió a la última lectura; pueden estar desactualizadas)</translation>
    </message>
    <message>
        <source>%1 No answer from %2 for %3 s — reconnected</source>
        <translation>%1 Sin respuesta de %2 durante %3 s: reconectado</translation>
    </message>
    <message>
        <source>%1 An update went to the quarantine (tgic-cli quarantine)</source>
        <translation>%1 Una actualización pasó a la cuarentena (tgic-cli quarantine)</translation>
    </message>
    <message>
        <source>None in the last hour</source>
        <translation>Ninguno en la última hora</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SyncStatusBar</name>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Local emulators of Telegram and Intercom; nothing leaves this computer</source>
        <translation>Emuladores locales de Telegram e Intercom; nada sale de este equipo</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Intercom rate limit</source>
        <translation>Límite de solicitudes de Intercom</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Bandeja de salida vacía</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for Intercom</source>
        <translation>
            <numerusform>%n en espera de Intercom</numerusform>
            <numerusform>%n en espera de Intercom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>Intercom rate limit: not known yet</source>
        <translation>Límite de solicitudes de Intercom: aún desconocido</translation>
    </message>
    <message>
        <source>Intercom headroom: %1 of %2</source>
        <translation>Margen de Intercom: %1 de %2</translation>
    </message>
    <message>
        <source>Requests left in this window; it resets at %1</source>
        <translation>Solicitudes restantes en este intervalo; se restablece a las %1</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Sincronización del equipo</translation>
    </message>
    <message>
        <source>Team database unreachable: showing what was loaded; changes wait until it is back</source>
        <translation>Base de datos del equipo inaccesible: se muestra lo ya cargado; los cambios esperan hasta que vuelva</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TeamDatabaseForm</name>
    <message>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <source>Share one &amp;database with my team (PostgreSQL)</source>
        <translation>Compartir una &amp;base de datos con mi equipo (PostgreSQL)</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>guardada en el llavero; déjela vacía para conservarla</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>Preferir TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Exigir TLS</translation>
    </message>
    <message>
        <source>TLS, verify the certificate</source>
        <translation>TLS, verificar el certificado</translation>
    </message>
    <message>
        <source>TLS, verify the certificate and host name</source>
        <translation>TLS, verificar el certificado y el nombre del host</translation>
    </message>
    <message>
        <source>No TLS (loopback only)</source>
        <translation>Sin TLS (solo local)</translation>
    </message>
    <message>
        <source>CA certificate file (for the verify modes)</source>
        <translation>Archivo del certificado de la CA (para los modos de verificación)</translation>
    </message>
    <message>
        <source>Every workstation of the team opens the same database; one of them runs the sync, the others follow live. Tokens stay in each workstation&apos;s keychain. Takes effect the next time tgic starts.</source>
        <translation>Todos los puestos del equipo abren la misma base de datos; uno ejecuta la sincronización y los demás la siguen en directo. Los tokens se quedan en el llavero de cada puesto. Surte efecto en el próximo inicio de tgic.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>&amp;Certificado de la CA:</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TokenForm</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>123456789:AA… from @BotFather</source>
        <translation>123456789:AA… de @BotFather</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Token del bot de Telegram</translation>
    </message>
    <message>
        <source>Access token of your Intercom app</source>
        <translation>Token de acceso de su aplicación de Intercom</translation>
    </message>
    <message>
        <source>Intercom access token</source>
        <translation>Token de acceso de Intercom</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Región de Intercom</translation>
    </message>
    <message>
        <source>United States (api.intercom.io)</source>
        <translation>Estados Unidos (api.intercom.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.intercom.io)</source>
        <translation>Europa (api.eu.intercom.io)</translation>
    </message>
    <message>
        <source>Australia (api.au.intercom.io)</source>
        <translation>Australia (api.au.intercom.io)</translation>
    </message>
    <message>
        <source>Telegram &amp;bot token:</source>
        <translation>Token del &amp;bot de Telegram:</translation>
    </message>
    <message>
        <source>Intercom &amp;access token:</source>
        <translation>Token de &amp;acceso de Intercom:</translation>
    </message>
    <message>
        <source>Intercom &amp;region:</source>
        <translation>&amp;Región de Intercom:</translation>
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
        <translation>Guardado (%1); escriba para sustituirlo</translation>
    </message>
    <message>
        <source>Enter both tokens first.</source>
        <translation>Introduzca primero ambos tokens.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TrayIcon</name>
    <message>
        <source>&amp;Show Window</source>
        <translation>&amp;Mostrar ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>No unread chats</source>
        <translation>No hay chats sin leer</translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n chat sin leer</numerusform>
            <numerusform>%n chats sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 and %n more</source>
        <translation>
            <numerusform>De %1 y %n más</numerusform>
            <numerusform>De %1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
</context>
<context>
    <name>tgic::ui::look</name>
    <message>
        <source>linked</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>desvinculado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Anchored on an Intercom contact by the Telegram user ID</source>
        <translation>Anclado en un contacto de Intercom mediante el ID de usuario de Telegram</translation>
    </message>
    <message>
        <source>Waiting for the Intercom contact to be found or created</source>
        <translation>Esperando a que se encuentre o se cree el contacto de Intercom</translation>
    </message>
    <message>
        <source>More than one Intercom contact carries this Telegram user ID; an agent must choose</source>
        <translation>Más de un contacto de Intercom lleva este ID de usuario de Telegram; un agente debe elegir</translation>
    </message>
    <message>
        <source>The linked Intercom contact was merged or deleted</source>
        <translation>El contacto de Intercom vinculado se fusionó o se eliminó</translation>
    </message>
    <message>
        <source>The customer blocked the bot</source>
        <translation>El cliente bloqueó el bot</translation>
    </message>
    <message>
        <source>An agent unlinked this customer on purpose</source>
        <translation>Un agente desvinculó a este cliente a propósito</translation>
    </message>
    <message>
        <source>The Telegram account was deleted</source>
        <translation>La cuenta de Telegram se eliminó</translation>
    </message>
    <message>
        <source>No message delivered yet</source>
        <translation>Aún no se ha entregado ningún mensaje</translation>
    </message>
</context>
</TS>
