<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LocalErasure</name>
    <message>
        <source>Cannot create the key for the audit log&apos;s hashes</source>
        <translation>Не удаётся создать ключ для хешей журнала аудита</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database</source>
        <translation>Не удаётся начать транзакцию в базе данных</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to or from this customer are still on their way. Wait until they are delivered, or force the erasure.</source>
        <translation>
            <numerusform>%n сообщение этому клиенту или от него ещё в пути. Дождитесь доставки или удалите принудительно.</numerusform>
            <numerusform>%n сообщения этому клиенту или от него ещё в пути. Дождитесь доставки или удалите принудительно.</numerusform>
            <numerusform>%n сообщений этому клиенту или от него ещё в пути. Дождитесь доставки или удалите принудительно.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the erasure; nothing was removed</source>
        <translation>База данных отклонила удаление; ничего не удалено</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No keychain is available on this system (%1)</source>
        <translation>В этой системе нет доступной связки ключей (%1)</translation>
    </message>
    <message>
        <source>The keychain refused access (%1)</source>
        <translation>Связка ключей отказала в доступе (%1)</translation>
    </message>
    <message>
        <source>The keychain failed (%1)</source>
        <translation>Ошибка связки ключей (%1)</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Data retention is off: everything is kept</source>
        <translation>Срок хранения не задан: всё сохраняется</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the database</source>
        <translation>Не удаётся начать транзакцию в базе данных</translation>
    </message>
    <message>
        <source>In a team only the workstation that runs the sync removes old data</source>
        <translation>В команде старые данные удаляет только рабочее место, которое ведёт синхронизацию</translation>
    </message>
    <message>
        <source>The database refused the removal; nothing was removed</source>
        <translation>База данных отклонила удаление; ничего не удалено</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Telegram chats beside their linked Intercom contacts.</source>
        <translation>Чаты Telegram рядом со связанными контактами Intercom.</translation>
    </message>
    <message>
        <source>Run against local emulators of Telegram and Intercom with scripted customers. Needs no accounts and no network.</source>
        <translation>Запустить с локальными эмуляторами Telegram и Intercom и сценарием клиентов. Не нужны ни учётные записи, ни сеть.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file, then quit.</source>
        <translation>Сохранить главное окно в PNG-файл и выйти.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Use this cache file instead of the default one.</source>
        <translation>Использовать этот файл кэша вместо стандартного.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
</context>
<context>
    <name>tgic::gui::GuiApp</name>
    <message>
        <source>Cannot open the local cache: %1</source>
        <translation>Не удаётся открыть локальный кэш: %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the sandbox</source>
        <translation>Не удаётся создать временную папку для песочницы</translation>
    </message>
    <message>
        <source>Cannot start the local Telegram and Intercom emulators.</source>
        <translation>Не удаётся запустить локальные эмуляторы Telegram и Intercom.</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <source>The tokens could not be saved in the system keychain:
%1

They can be kept in memory for this run only; you will be asked again next time. They are never written to disk.</source>
        <translation>Не удалось сохранить токены в системной связке ключей:
%1

Их можно держать в памяти только до конца этого сеанса; при следующем запуске их запросят снова. На диск они никогда не записываются.</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>Сохранить только на этот сеанс</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>The sandbox always uses its own tokens; nothing was stored.</source>
        <translation>Песочница всегда использует собственные токены; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
    <message>
        <source>no Telegram bot token on this workstation</source>
        <translation>на этом рабочем месте нет токена Telegram-бота</translation>
    </message>
    <message>
        <source>Import a Single-Seat Cache</source>
        <translation>Импорт кэша одного рабочего места</translation>
    </message>
    <message>
        <source>tgic caches (*.sqlite3);;All files (*)</source>
        <translation>Кэши tgic (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The import stopped and nothing of it was kept: %1</source>
        <translation>Импорт остановлен, ничего из него не сохранено: %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already there</source>
        <translation>%1: %2 новых, %3 уже были</translation>
    </message>
    <message>
        <source>Imported %1 into the team database.</source>
        <translation>%1 импортирован в базу данных команды.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>База данных команды</translation>
    </message>
    <message>
        <source>The team database&apos;s password could not be saved in the keychain:
%1</source>
        <translation>Не удалось сохранить пароль базы данных команды в связке ключей:
%1</translation>
    </message>
    <message>
        <source>tgic uses this workstation&apos;s own cache from the next start.</source>
        <translation>Со следующего запуска tgic использует собственный кэш этого рабочего места.</translation>
    </message>
    <message>
        <source>tgic opens the team database from the next start.</source>
        <translation>Со следующего запуска tgic открывает базу данных команды.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::ContactMerge</name>
    <message>
        <source>Both sides are the same contact.</source>
        <translation>С обеих сторон один и тот же контакт.</translation>
    </message>
    <message>
        <source>Contact %1 was already merged into %2.</source>
        <translation>Контакт %1 уже объединён с %2.</translation>
    </message>
    <message>
        <source>Cannot read contact %1: %2</source>
        <translation>Не удаётся прочитать контакт %1: %2</translation>
    </message>
    <message>
        <source>To send Telegram user %1&apos;s messages to %2 without merging: tgic-cli relink --telegram-id %1 --contact %2.</source>
        <translation>Чтобы направлять сообщения пользователя Telegram %1 в %2 без объединения: tgic-cli relink --telegram-id %1 --contact %2.</translation>
    </message>
    <message>
        <source>Intercom merges a lead into a user, never a user into a lead.</source>
        <translation>Intercom объединяет лида с пользователем, но никогда пользователя с лидом.</translation>
    </message>
    <message>
        <source>Swap the sides: merge %1 (the lead) into %2 (the user).</source>
        <translation>Поменяйте стороны: объедините %1 (лида) с %2 (пользователем).</translation>
    </message>
    <message>
        <source>Intercom cannot merge two users (only a lead into a user).</source>
        <translation>Intercom не может объединить двух пользователей (только лида с пользователем).</translation>
    </message>
    <message>
        <source>Intercom cannot merge two leads. One of them must become a user first (in Intercom, when the person signs up or gets an external id).</source>
        <translation>Intercom не может объединить двух лидов. Сначала один из них должен стать пользователем (в Intercom — когда человек регистрируется или получает внешний id).</translation>
    </message>
    <message>
        <source>%1 already carries Telegram ID(s) %2 and %3 carries %4. After the merge one contact will answer for all of them. Are they the same person?</source>
        <translation>У %1 уже есть Telegram ID %2, а у %3 — %4. После объединения за всех них будет отвечать один контакт. Это один и тот же человек?</translation>
    </message>
    <message>
        <source>Not merged: %1 (confirm to go ahead)</source>
        <translation>Не объединено: %1 (подтвердите, чтобы продолжить)</translation>
    </message>
    <message>
        <source>Intercom refused the merge: %1</source>
        <translation>Intercom отклонил объединение: %1</translation>
    </message>
    <message>
        <source>The merge did not go through (%1); nothing changed</source>
        <translation>Объединение не прошло (%1); ничего не изменилось</translation>
    </message>
    <message>
        <source>lead %1 merged into user %2 by %3</source>
        <translation>лид %1 объединён с пользователем %2 (%3)</translation>
    </message>
    <message>
        <source>tgic: lead %1 was merged into this contact by %2. Telegram IDs anchored here: %3. Conversations moved: %4.</source>
        <translation>tgic: %2 объединил(а) лида %1 с этим контактом. Привязанные сюда Telegram ID: %3. Перенесено диалогов: %4.</translation>
    </message>
    <message>
        <source>merged, but the anchor could not be verified on the survivor</source>
        <translation>объединено, но привязку на оставшемся контакте проверить не удалось</translation>
    </message>
    <message>
        <source>Merged %1 into %2, but the Telegram anchor could not be verified (%3). Run tgic-cli check --fix.</source>
        <translation>%1 объединён с %2, но привязку Telegram проверить не удалось (%3). Запустите tgic-cli check --fix.</translation>
    </message>
    <message>
        <source>anchor verified on the survivor after the merge</source>
        <translation>привязка на оставшемся контакте проверена после объединения</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Telegram IDs %3 resolve to %2; %4 conversation(s) moved.</source>
        <translation>%1 объединён с %2. Telegram ID %3 теперь указывают на %2; перенесено диалогов: %4.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 no longer exists in Intercom (another agent may have merged it; see the audit log).</source>
        <translation>Ничего не изменено: %1 больше нет в Intercom (возможно, его объединил другой агент; см. журнал аудита).</translation>
    </message>
    <message>
        <source>Nothing changed: %1 was already merged into %2 (see the audit log).</source>
        <translation>Ничего не изменено: %1 уже объединён с %2 (см. журнал аудита).</translation>
    </message>
</context>
<context>
    <name>tgic::identity::CustomerErasure</name>
    <message>
        <source>Telegram user %1</source>
        <translation>Пользователь Telegram %1</translation>
    </message>
    <message>
        <source>Telegram user %1 (%2)</source>
        <translation>Пользователь Telegram %1 (%2)</translation>
    </message>
    <message>
        <source>Erase %1:</source>
        <translation>Удалить %1:</translation>
    </message>
    <message>
        <source>  Nothing about this ID is held in the local database.</source>
        <translation>  В локальной базе данных об этом ID ничего нет.</translation>
    </message>
    <message numerus="yes">
        <source>  Local database: %n message(s), %1 earlier text(s) of edited messages,</source>
        <translation>
            <numerusform>  Локальная база: %n сообщение, прежних текстов изменённых сообщений: %1,</numerusform>
            <numerusform>  Локальная база: %n сообщения, прежних текстов изменённых сообщений: %1,</numerusform>
            <numerusform>  Локальная база: %n сообщений, прежних текстов изменённых сообщений: %1,</numerusform>
        </translation>
    </message>
    <message>
        <source>    %1 profile change(s), %2 piece(s) of evidence (phone, e-mail), %3 suggested merge(s),</source>
        <translation>    изменений профиля: %1, улик (телефон, e-mail): %2, предложенных объединений: %3,</translation>
    </message>
    <message>
        <source>    %1 outbox row(s) (%2 phone request(s)), %3 file(s), %4 conversation link(s),</source>
        <translation>    строк исходящей очереди: %1 (запросов телефона: %2), файлов: %3, ссылок на беседы: %4,</translation>
    </message>
    <message>
        <source>    %1 raw Telegram update(s) and %2 quarantined update(s) that name the ID,</source>
        <translation>    исходных обновлений Telegram: %1 и обновлений в карантине: %2, где есть этот ID,</translation>
    </message>
    <message numerus="yes">
        <source>    the profile and the mapping; %n earlier audit entries keep who did what and when, without personal details.</source>
        <translation>
            <numerusform>    профиль и привязка; %n прежняя запись журнала аудита сохраняет, кто что и когда сделал, без личных данных.</numerusform>
            <numerusform>    профиль и привязка; %n прежние записи журнала аудита сохраняют, кто что и когда сделал, без личных данных.</numerusform>
            <numerusform>    профиль и привязка; %n прежних записей журнала аудита сохраняют, кто что и когда сделал, без личных данных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n message(s) to or from the customer are still on their way: erasing now needs force.</source>
        <translation>
            <numerusform>  %n сообщение клиенту или от него ещё в пути: удалить сейчас можно только принудительно.</numerusform>
            <numerusform>  %n сообщения клиенту или от него ещё в пути: удалить сейчас можно только принудительно.</numerusform>
            <numerusform>  %n сообщений клиенту или от него ещё в пути: удалить сейчас можно только принудительно.</numerusform>
        </translation>
    </message>
    <message>
        <source>  Intercom could not be asked (%1): nothing can be erased until it answers.</source>
        <translation>  Не удалось обратиться к Intercom (%1): удалить ничего нельзя, пока он не ответит.</translation>
    </message>
    <message>
        <source>  Intercom: no contact is anchored on this ID.</source>
        <translation>  Intercom: ни один контакт не привязан к этому ID.</translation>
    </message>
    <message>
        <source>  Intercom: contact %1 is already gone.</source>
        <translation>  Intercom: контакта %1 уже нет.</translation>
    </message>
    <message>
        <source>its conversations</source>
        <translation>его беседами</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n беседой</numerusform>
            <numerusform>%n беседами</numerusform>
            <numerusform>%n беседами</numerusform>
        </translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 also answers for Telegram ID(s) %3: it is NOT deleted or archived; only this ID is taken off it.</source>
        <translation>  Intercom: %1 %2 отвечает и за Telegram ID %3: он НЕ удаляется и не архивируется; с него снимается только этот ID.</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 is deleted with %3 (Intercom can restore it for 7 days, then destroys it; CSAT ratings and reports stay).</source>
        <translation>  Intercom: %1 %2 удаляется вместе с %3 (Intercom может восстановить его в течение 7 дней, затем уничтожает; оценки CSAT и отчёты остаются).</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 loses its Telegram attributes and is archived with %3 (kept, hidden from lists and search).</source>
        <translation>  Intercom: %1 %2 теряет атрибуты Telegram и архивируется вместе с %3 (сохраняется, скрыт из списков и поиска).</translation>
    </message>
    <message>
        <source>  Intercom: %1 %2 and %3 are kept; only its Telegram attributes are cleared.</source>
        <translation>  Intercom: %1 %2 и %3 сохраняются; очищаются только его атрибуты Telegram.</translation>
    </message>
    <message>
        <source>  If the customer writes again, they become a new contact.</source>
        <translation>  Если клиент напишет снова, он станет новым контактом.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was erased: %n message(s) to or from this customer are still on their way. Wait until they are delivered, or force the erasure.</source>
        <translation>
            <numerusform>Ничего не удалено: %n сообщение этому клиенту или от него ещё в пути. Дождитесь доставки или удалите принудительно.</numerusform>
            <numerusform>Ничего не удалено: %n сообщения этому клиенту или от него ещё в пути. Дождитесь доставки или удалите принудительно.</numerusform>
            <numerusform>Ничего не удалено: %n сообщений этому клиенту или от него ещё в пути. Дождитесь доставки или удалите принудительно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was erased: Intercom could not be asked for the customer&apos;s contact (%1).</source>
        <translation>Ничего не удалено: не удалось запросить у Intercom контакт клиента (%1).</translation>
    </message>
    <message>
        <source>%1: already gone</source>
        <translation>%1: уже нет</translation>
    </message>
    <message>
        <source>Nothing was erased locally: Intercom did not answer for contact %1 (%2). Run the erasure again.</source>
        <translation>Локально ничего не удалено: Intercom не ответил по контакту %1 (%2). Запустите удаление ещё раз.</translation>
    </message>
    <message>
        <source>Nothing was erased locally: Intercom refused to change contact %1 (%2). Run the erasure again.</source>
        <translation>Локально ничего не удалено: Intercom отказался изменить контакт %1 (%2). Запустите удаление ещё раз.</translation>
    </message>
    <message>
        <source>kept (it answers for other Telegram IDs); this ID was taken off it</source>
        <translation>сохранён (отвечает и за другие Telegram ID); этот ID с него снят</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>kept without its Telegram attributes</source>
        <translation>сохранён без атрибутов Telegram</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>архивирован</translation>
    </message>
    <message>
        <source>Intercom is done (%1), but the local database refused: %2. Run the erasure again.</source>
        <translation>В Intercom всё сделано (%1), но локальная база отказала: %2. Запустите удаление ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Telegram user %1 was erased: %n local row(s) removed.</source>
        <translation>
            <numerusform>Пользователь Telegram %1 удалён: удалена %n локальная запись.</numerusform>
            <numerusform>Пользователь Telegram %1 удалён: удалены %n локальные записи.</numerusform>
            <numerusform>Пользователь Telegram %1 удалён: удалено %n локальных записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Intercom: %1.</source>
        <translation>Intercom: %1.</translation>
    </message>
    <message>
        <source>Another program was reading the database: its file is compacted at the next erasure or restart.</source>
        <translation>Базу данных читала другая программа: файл будет сжат при следующем удалении или перезапуске.</translation>
    </message>
    <message>
        <source>Telegram user %1 was already erased; nothing was left to remove.</source>
        <translation>Пользователь Telegram %1 уже был удалён; удалять было нечего.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::IdentityResolver</name>
    <message>
        <source>an agent unlinked this Telegram user; waiting for a relink</source>
        <translation>оператор отвязал этого пользователя Telegram; ожидается повторная привязка</translation>
    </message>
    <message>
        <source>searching Intercom for Telegram user %1</source>
        <translation>поиск пользователя Telegram %1 в Intercom</translation>
    </message>
    <message>
        <source>waiting for Intercom search to show a contact whose creation was interrupted</source>
        <translation>ожидание, пока поиск Intercom покажет контакт, создание которого было прервано</translation>
    </message>
    <message>
        <source>%1 Intercom contacts carry this Telegram ID; using the first, an agent should merge them</source>
        <translation>Этот Telegram ID есть у нескольких контактов Intercom (%1); используется первый, оператору следует их объединить</translation>
    </message>
    <message>
        <source>found by searching the telegram_user_id attribute</source>
        <translation>найден поиском по атрибуту telegram_user_id</translation>
    </message>
    <message>
        <source>the local database refused the mapping</source>
        <translation>локальная база данных отклонила сопоставление</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>локальная база данных недоступна для записи</translation>
    </message>
    <message>
        <source>creating an Intercom lead</source>
        <translation>создание лида в Intercom</translation>
    </message>
    <message>
        <source>created a lead</source>
        <translation>лид создан</translation>
    </message>
    <message>
        <source>Intercom named an existing contact (409)</source>
        <translation>Intercom указал на существующий контакт (409)</translation>
    </message>
    <message>
        <source>Intercom contact %1 is gone (%2); resolving again</source>
        <translation>Контакта Intercom %1 больше нет (%2); повторное сопоставление</translation>
    </message>
    <message>
        <source>reading the surviving contact %1</source>
        <translation>чтение оставшегося контакта %1</translation>
    </message>
    <message>
        <source>the contact was merged in Intercom; followed to the survivor</source>
        <translation>контакт был объединён в Intercom; выполнен переход к оставшемуся контакту</translation>
    </message>
    <message>
        <source>writing the Telegram anchor onto contact %1</source>
        <translation>запись привязки Telegram в контакт %1</translation>
    </message>
    <message>
        <source>added this Telegram ID to the surviving contact&apos;s anchor</source>
        <translation>этот Telegram ID добавлен к привязке оставшегося контакта</translation>
    </message>
    <message>
        <source>; it also carries Telegram ID %1 — check they are the same person</source>
        <translation>; у него также есть Telegram ID %1 — проверьте, что это один и тот же человек</translation>
    </message>
    <message>
        <source>another workstation is creating this contact; waiting for it</source>
        <translation>другое рабочее место создаёт этот контакт; ожидание</translation>
    </message>
</context>
<context>
    <name>tgic::identity::IntegrityCheck</name>
    <message>
        <source>Contact %1 was merged into %2</source>
        <translation>Контакт %1 объединён с %2</translation>
    </message>
    <message>
        <source>Followed the merge and anchored the Telegram ID on the survivor</source>
        <translation>Выполнен переход после объединения, Telegram ID привязан к оставшемуся контакту</translation>
    </message>
    <message>
        <source>Could not follow it automatically (%1); re-run the check</source>
        <translation>Не удалось перейти автоматически (%1); запустите проверку ещё раз</translation>
    </message>
    <message>
        <source>Contact %1 no longer exists in Intercom</source>
        <translation>Контакта %1 больше нет в Intercom</translation>
    </message>
    <message>
        <source>Re-resolve: tgic-cli reresolve --telegram-id %1 (finds another contact carrying the ID, or creates a lead with the next message)</source>
        <translation>Сопоставить заново: tgic-cli reresolve --telegram-id %1 (найдёт другой контакт с этим ID или создаст лида со следующим сообщением)</translation>
    </message>
    <message>
        <source>Could not read contact %1: %2</source>
        <translation>Не удалось прочитать контакт %1: %2</translation>
    </message>
    <message>
        <source>Run the check again</source>
        <translation>Запустите проверку ещё раз</translation>
    </message>
    <message>
        <source>Contact %1 no longer carries telegram_user_id %2 (removed by hand?)</source>
        <translation>У контакта %1 больше нет telegram_user_id %2 (удалён вручную?)</translation>
    </message>
    <message>
        <source>Contact %1 carries telegram_user_id %2 instead of %3 (changed by hand?)</source>
        <translation>У контакта %1 telegram_user_id %2 вместо %3 (изменён вручную?)</translation>
    </message>
    <message>
        <source>Re-write the anchor: tgic-cli check --fix, or relink to the right contact</source>
        <translation>Перезапишите привязку: tgic-cli check --fix, или привяжите к правильному контакту</translation>
    </message>
    <message>
        <source>%1 contacts carry this Telegram ID</source>
        <translation>Этот Telegram ID есть у нескольких контактов: %1</translation>
    </message>
    <message>
        <source>%1 contacts carry Telegram ID %2: %3</source>
        <translation>Telegram ID %2 есть у нескольких контактов (%1): %3</translation>
    </message>
    <message>
        <source>Merge the lead(s) into the user (tgic-cli merge --from LEAD --into USER), or take the anchor off the wrong one with a relink</source>
        <translation>Объедините лидов с пользователем (tgic-cli merge --from LEAD --into USER) или снимите привязку с неверного контакта, привязав заново</translation>
    </message>
    <message>
        <source>only one contact carries this Telegram ID now</source>
        <translation>теперь этот Telegram ID есть только у одного контакта</translation>
    </message>
</context>
<context>
    <name>tgic::identity::MappingActions</name>
    <message>
        <source>Telegram user %1</source>
        <translation>Пользователь Telegram %1</translation>
    </message>
    <message>
        <source>Telegram user %1 (%2)</source>
        <translation>Пользователь Telegram %1 (%2)</translation>
    </message>
    <message>
        <source>Intercom did not keep the change to telegram_user_id on contact %1</source>
        <translation>Intercom не сохранил изменение telegram_user_id у контакта %1</translation>
    </message>
    <message>
        <source>Cannot use contact %1</source>
        <translation>Невозможно использовать контакт %1</translation>
    </message>
    <message>
        <source>Could not anchor %1 on contact %2</source>
        <translation>Не удалось привязать %1 к контакту %2</translation>
    </message>
    <message>
        <source>linked by %1</source>
        <translation>привязал(а) %1</translation>
    </message>
    <message>
        <source>moved from contact %1 by %2</source>
        <translation>перенесено из контакта %1 (%2)</translation>
    </message>
    <message>
        <source>The local database refused the change</source>
        <translation>Локальная база данных отклонила изменение</translation>
    </message>
    <message>
        <source>tgic: %1 was linked to this contact by %2.</source>
        <translation>tgic: %2 привязал(а) %1 к этому контакту.</translation>
    </message>
    <message>
        <source> It was linked to contact %1 before.</source>
        <translation> Раньше он был привязан к контакту %1.</translation>
    </message>
    <message>
        <source>%1 now resolves to contact %2.</source>
        <translation>%1 теперь сопоставлен с контактом %2.</translation>
    </message>
    <message>
        <source>Linked to %1, but could not remove the anchor from contact %2; run the integrity check</source>
        <translation>Привязано к %1, но снять привязку с контакта %2 не удалось; запустите проверку целостности</translation>
    </message>
    <message>
        <source>tgic: %1 was moved from this contact to contact %2 by %3.</source>
        <translation>tgic: %3 перенёс(ла) %1 из этого контакта в контакт %2.</translation>
    </message>
    <message>
        <source>unlinked by %1</source>
        <translation>отвязал(а) %1</translation>
    </message>
    <message>
        <source>tgic: %1 was unlinked from this contact by %2.</source>
        <translation>tgic: %2 отвязал(а) %1 от этого контакта.</translation>
    </message>
    <message>
        <source>%1 is unlinked; new messages wait until it is linked again.</source>
        <translation>%1 отвязан; новые сообщения будут ждать повторной привязки.</translation>
    </message>
    <message>
        <source>Could not remove the anchor from contact %1</source>
        <translation>Не удалось снять привязку с контакта %1</translation>
    </message>
    <message>
        <source>re-resolved from scratch by %1</source>
        <translation>заново сопоставлен с нуля (%1)</translation>
    </message>
    <message>
        <source>Resolution did not finish: %1</source>
        <translation>Сопоставление не завершено: %1</translation>
    </message>
    <message>
        <source>%1 resolves to contact %2.</source>
        <translation>%1 сопоставлен с контактом %2.</translation>
    </message>
    <message>
        <source>%1 is not linked to a contact</source>
        <translation>%1 не привязан ни к одному контакту</translation>
    </message>
    <message>
        <source>Cannot read contact %1</source>
        <translation>Не удаётся прочитать контакт %1</translation>
    </message>
    <message>
        <source>Could not write the anchor</source>
        <translation>Не удалось записать привязку</translation>
    </message>
    <message>
        <source>the contact had been merged; followed to the survivor</source>
        <translation>контакт был объединён; выполнен переход к оставшемуся контакту</translation>
    </message>
    <message>
        <source>re-wrote the Telegram anchor on the contact</source>
        <translation>привязка Telegram в контакте записана заново</translation>
    </message>
    <message>
        <source>Contact %1 carries %2 again.</source>
        <translation>У контакта %1 снова есть %2.</translation>
    </message>
    <message>
        <source>Nothing changed: %1 (on %2) is already running a %3 on this person right now. Wait until they are done, then look again.</source>
        <translation>Ничего не изменено: %1 (на %2) прямо сейчас выполняет %3 для этого человека. Дождитесь окончания и посмотрите снова.</translation>
    </message>
</context>
<context>
    <name>tgic::identity::ProfilePusher</name>
    <message>
        <source>updated the Telegram attributes; kept the name an agent set</source>
        <translation>атрибуты Telegram обновлены; имя, заданное оператором, сохранено</translation>
    </message>
    <message>
        <source>updated the Telegram attributes and name</source>
        <translation>атрибуты Telegram и имя обновлены</translation>
    </message>
</context>
<context>
    <name>tgic::models::AuditLogModel</name>
    <message>
        <source>Linked</source>
        <translation>Привязан</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Отвязан</translation>
    </message>
    <message>
        <source>Re-resolved</source>
        <translation>Сопоставлен заново</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединён</translation>
    </message>
    <message>
        <source>Anchor written</source>
        <translation>Привязка записана</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Состояние изменено</translation>
    </message>
    <message>
        <source>Profile updated</source>
        <translation>Профиль обновлён</translation>
    </message>
    <message>
        <source>%1 by %2 at %3, Telegram ID %4: %5 → %6</source>
        <translation>%1, %2, %3, Telegram ID %4: %5 → %6</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>Telegram ID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Suggested merge dismissed</source>
        <translation>Предложенное объединение отклонено</translation>
    </message>
    <message>
        <source>Phone number requested</source>
        <translation>Запрошен номер телефона</translation>
    </message>
    <message>
        <source>Phone number shared</source>
        <translation>Номер телефона отправлен</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Клиент удалён</translation>
    </message>
    <message>
        <source>Old message contents removed</source>
        <translation>Старое содержимое сообщений удалено</translation>
    </message>
    <message>
        <source>Retention period changed</source>
        <translation>Срок хранения изменён</translation>
    </message>
    <message>
        <source>erased (%1)</source>
        <translation>удалён (%1)</translation>
    </message>
</context>
<context>
    <name>tgic::models::ChatListModel</name>
    <message numerus="yes">
        <source>%1, Telegram ID %2, %3, %n unread, last message: %4</source>
        <translation>
            <numerusform>%1, Telegram ID %2, %3, %n непрочитанное, последнее сообщение: %4</numerusform>
            <numerusform>%1, Telegram ID %2, %3, %n непрочитанных, последнее сообщение: %4</numerusform>
            <numerusform>%1, Telegram ID %2, %3, %n непрочитанных, последнее сообщение: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>not linked yet</source>
        <translation>ещё не привязан</translation>
    </message>
    <message>
        <source>linked to Intercom</source>
        <translation>привязан к Intercom</translation>
    </message>
    <message>
        <source>waiting for its Intercom contact</source>
        <translation>ожидает свой контакт Intercom</translation>
    </message>
    <message>
        <source>conflict: several Intercom contacts</source>
        <translation>конфликт: несколько контактов Intercom</translation>
    </message>
    <message>
        <source>stale: the contact was merged or deleted</source>
        <translation>устарел: контакт объединён или удалён</translation>
    </message>
    <message>
        <source>unlinked by an agent</source>
        <translation>отвязан оператором</translation>
    </message>
    <message>
        <source>blocked the bot</source>
        <translation>заблокировал бота</translation>
    </message>
    <message>
        <source>Telegram account deleted</source>
        <translation>аккаунт Telegram удалён</translation>
    </message>
</context>
<context>
    <name>tgic::models::ConnectionTester</name>
    <message>
        <source>%1 refused the token. Check that it was copied completely.</source>
        <translation>%1 отклонил токен. Проверьте, что он скопирован полностью.</translation>
    </message>
    <message>
        <source>%1 does not know this token (404).</source>
        <translation>%1 не знает этот токен (404).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Нет связи с %1: %2</translation>
    </message>
    <message>
        <source>%1 is rate-limiting this token; try again in a minute.</source>
        <translation>%1 ограничивает частоту запросов с этим токеном; повторите через минуту.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly: %2</source>
        <translation>Неожиданный ответ от %1: %2</translation>
    </message>
    <message>
        <source>Bot @%1 (%2)</source>
        <translation>Бот @%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace “%1”, admin %2 &lt;%3&gt;</source>
        <translation>Рабочее пространство «%1», администратор %2 &lt;%3&gt;</translation>
    </message>
</context>
<context>
    <name>tgic::models::ContactDetails</name>
    <message>
        <source>Admin %1</source>
        <translation>Администратор %1</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Команда %1</translation>
    </message>
</context>
<context>
    <name>tgic::models::ContactSearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
    <message>
        <source>Intercom id %1</source>
        <translation>Intercom id %1</translation>
    </message>
</context>
<context>
    <name>tgic::models::IntegrityFindingsModel</name>
    <message>
        <source>Merged in Intercom</source>
        <translation>Объединён в Intercom</translation>
    </message>
    <message>
        <source>Contact deleted</source>
        <translation>Контакт удалён</translation>
    </message>
    <message>
        <source>Anchor removed</source>
        <translation>Привязка удалена</translation>
    </message>
    <message>
        <source>Duplicate contacts</source>
        <translation>Дубликаты контактов</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>%1, %2, Telegram ID %3: %4. Fix: %5</source>
        <translation>%1, %2, Telegram ID %3: %4. Исправление: %5</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не исправлено</translation>
    </message>
    <message>
        <source>%1 (and %2)</source>
        <translation>%1 (и %2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>Telegram ID</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Что найдено</translation>
    </message>
    <message>
        <source>Proposed fix</source>
        <translation>Предлагаемое исправление</translation>
    </message>
</context>
<context>
    <name>tgic::models::MergePreviewModel</name>
    <message>
        <source>kept</source>
        <translation>сохраняется</translation>
    </message>
    <message>
        <source>gained</source>
        <translation>добавляется</translation>
    </message>
    <message>
        <source>lead&apos;s value lost</source>
        <translation>значение лида теряется</translation>
    </message>
    <message>
        <source>same</source>
        <translation>совпадает</translation>
    </message>
    <message>
        <source>The user keeps its own value</source>
        <translation>У пользователя остаётся собственное значение</translation>
    </message>
    <message>
        <source>The user&apos;s value was empty: Intercom copies the lead&apos;s</source>
        <translation>У пользователя значение было пустым: Intercom копирует значение лида</translation>
    </message>
    <message>
        <source>Both have a value: the user&apos;s stays and the lead&apos;s is discarded</source>
        <translation>Значение есть у обоих: остаётся значение пользователя, значение лида отбрасывается</translation>
    </message>
    <message>
        <source>Both hold the same value</source>
        <translation>У обоих одинаковое значение</translation>
    </message>
    <message>
        <source>%1: lead %2, user %3, %4</source>
        <translation>%1: лид %2, пользователь %3, %4</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>Lead (merged away)</source>
        <translation>Лид (будет поглощён)</translation>
    </message>
    <message>
        <source>User now</source>
        <translation>Пользователь сейчас</translation>
    </message>
    <message>
        <source>User after the merge</source>
        <translation>Пользователь после объединения</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>tgic::models::MessageModel</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Стикер</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video message</source>
        <translation>Видеосообщение</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Shared contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Unsupported message (%1)</source>
        <translation>Неподдерживаемое сообщение (%1)</translation>
    </message>
</context>
<context>
    <name>tgic::models::PhoneRequester</name>
    <message>
        <source>Select a customer&apos;s chat first</source>
        <translation>Сначала выберите чат клиента</translation>
    </message>
    <message>
        <source>Unavailable while the team database is unreachable</source>
        <translation>Недоступно, пока база данных команды недоступна</translation>
    </message>
    <message>
        <source>This is a group chat. Telegram lets a bot ask for a phone number only in a private chat: ask the customer to write to the bot directly.</source>
        <translation>Это групповой чат. Telegram разрешает боту запрашивать номер телефона только в личном чате: попросите клиента написать боту напрямую.</translation>
    </message>
    <message>
        <source>This customer has not written to the bot yet</source>
        <translation>Этот клиент ещё не писал боту</translation>
    </message>
    <message>
        <source>This customer has written only in a group. Telegram lets a bot ask for a phone number only in a private chat.</source>
        <translation>Этот клиент писал только в группе. Telegram разрешает боту запрашивать номер телефона только в личном чате.</translation>
    </message>
    <message>
        <source>The customer blocked the bot: the request cannot reach them</source>
        <translation>Клиент заблокировал бота: запрос до него не дойдёт</translation>
    </message>
    <message>
        <source>The customer&apos;s Telegram account was deleted</source>
        <translation>Аккаунт клиента в Telegram удалён</translation>
    </message>
    <message>
        <source>A request is already on its way to the customer</source>
        <translation>Запрос уже отправляется клиенту</translation>
    </message>
    <message>
        <source>Asked %1 for their phone number: “%2”</source>
        <translation>У %1 запрошен номер телефона: «%2»</translation>
    </message>
</context>
<context>
    <name>tgic::models::ProfileHistoryModel</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Username set to %1</source>
        <translation>Имя пользователя: %1</translation>
    </message>
    <message>
        <source>Name set to %1</source>
        <translation>Имя: %1</translation>
    </message>
    <message>
        <source>Username %1 removed</source>
        <translation>Имя пользователя %1 удалено</translation>
    </message>
    <message>
        <source>Name removed</source>
        <translation>Имя удалено</translation>
    </message>
    <message>
        <source>Username %1 → %2</source>
        <translation>Имя пользователя %1 → %2</translation>
    </message>
    <message>
        <source>Name %1 → %2</source>
        <translation>Имя %1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>tgic::models::RetentionSettings</name>
    <message>
        <source>Everything is kept until a customer is erased.</source>
        <translation>Всё хранится, пока клиента не удалят.</translation>
    </message>
    <message>
        <source>The next run removes message contents from before %1:</source>
        <translation>Следующий запуск удалит содержимое сообщений до %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 earlier text(s) of edited messages, %2 file(s),</source>
        <translation>
            <numerusform>%n сообщение, прежних текстов изменённых сообщений: %1, файлов: %2,</numerusform>
            <numerusform>%n сообщения, прежних текстов изменённых сообщений: %1, файлов: %2,</numerusform>
            <numerusform>%n сообщений, прежних текстов изменённых сообщений: %1, файлов: %2,</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 delivered outbox row(s), %2 raw Telegram update(s), %3 quarantined update(s).</source>
        <translation>доставленных строк исходящей очереди: %1, исходных обновлений Telegram: %2, обновлений в карантине: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n older message(s) still on their way stay until delivered.</source>
        <translation>
            <numerusform>%n более старое сообщение ещё в пути и остаётся до доставки.</numerusform>
            <numerusform>%n более старых сообщения ещё в пути и остаются до доставки.</numerusform>
            <numerusform>%n более старых сообщений ещё в пути и остаются до доставки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is who (the mappings), profiles and the audit log stay.</source>
        <translation>Кто есть кто (привязки), профили и журнал аудита остаются.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>The workstation that runs the sync removes it once a day (last run: %1).</source>
        <translation>Рабочее место, которое ведёт синхронизацию, удаляет их раз в день (последний запуск: %1).</translation>
    </message>
    <message>
        <source>The sync removes it once a day (last run: %1).</source>
        <translation>Синхронизация удаляет их раз в день (последний запуск: %1).</translation>
    </message>
</context>
<context>
    <name>tgic::models::SuggestionsModel</name>
    <message>
        <source>Shared their own phone number %1 from their Telegram account (verified by Telegram), %2</source>
        <translation>Отправил свой номер телефона %1 из своего аккаунта Telegram (подтверждён Telegram), %2</translation>
    </message>
    <message>
        <source>Typed the e-mail address %1 in a message, %2: “%3”</source>
        <translation>Написал адрес электронной почты %1 в сообщении, %2: «%3»</translation>
    </message>
    <message>
        <source>Telegram user %1</source>
        <translation>Пользователь Telegram %1</translation>
    </message>
    <message>
        <source>%1 (Telegram %2)</source>
        <translation>%1 (Telegram %2)</translation>
    </message>
    <message>
        <source>Lead %1 into user %2</source>
        <translation>Лид %1 в пользователя %2</translation>
    </message>
    <message>
        <source>verified phone %1</source>
        <translation>подтверждённый телефон %1</translation>
    </message>
    <message>
        <source>typed e-mail %1</source>
        <translation>написанный e-mail %1</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Сильное</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Suggested merge</source>
        <translation>Предлагаемое объединение</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сила</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>This suggestion was closed meanwhile (merged or dismissed, perhaps on another workstation).</source>
        <translation>Это предложение тем временем закрыто (объединено или отклонено, возможно, на другом рабочем месте).</translation>
    </message>
    <message>
        <source>The dismissal could not be saved: the database is not available.</source>
        <translation>Не удалось сохранить отклонение: база данных недоступна.</translation>
    </message>
</context>
<context>
    <name>tgic::models::SyncStatus</name>
    <message>
        <source>Not syncing</source>
        <translation>Синхронизация не идёт</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected, waiting for Telegram</source>
        <translation>Подключено, ожидание Telegram</translation>
    </message>
    <message>
        <source>Backing off after an error</source>
        <translation>Пауза после ошибки</translation>
    </message>
    <message>
        <source>Another poller owns this bot</source>
        <translation>Этот бот опрашивает другая программа</translation>
    </message>
    <message>
        <source>A token was refused</source>
        <translation>Токен отклонён</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет сети</translation>
    </message>
    <message>
        <source>%1 (%2, %3), seen %4</source>
        <translation>%1 (%2, %3), в сети %4</translation>
    </message>
    <message>
        <source>Workstations on this team database:
%1</source>
        <translation>Рабочие места в этой базе данных команды:
%1</translation>
    </message>
    <message>
        <source>This workstation cannot run the sync: %1</source>
        <translation>Это рабочее место не может выполнять синхронизацию: %1</translation>
    </message>
    <message>
        <source>Following the team&apos;s sync</source>
        <translation>Следует за синхронизацией команды</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Переподключение</translation>
    </message>
    <message>
        <source>Sync waiting: team database unreachable (retrying)</source>
        <translation>Синхронизация ждёт: база данных команды недоступна (повторная попытка)</translation>
    </message>
    <message>
        <source>Sync waiting: the database did not open (retrying)</source>
        <translation>Синхронизация ждёт: база данных не открылась (повторная попытка)</translation>
    </message>
</context>
<context>
    <name>tgic::secrets::SecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s (is it locked?)</source>
        <translation>Связка ключей не ответила за %1 с (она заблокирована?)</translation>
    </message>
</context>
<context>
    <name>tgic::store::Database</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Не удаётся создать базу данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>SQL failed: %1 (%2)</source>
        <translation>Ошибка SQL: %1 (%2)</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of this app (schema %2, this app knows %3).</source>
        <translation>База данных %1 записана более новой версией приложения (схема %2, эта версия знает %3).</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до схемы %1: %2</translation>
    </message>
</context>
<context>
    <name>tgic::store::OutboxRepository</name>
    <message>
        <source>this version of the app does not know how to deliver a &quot;%1&quot; item</source>
        <translation>эта версия приложения не умеет доставлять элемент «%1»</translation>
    </message>
</context>
<context>
    <name>tgic::sync::FileDownloader</name>
    <message>
        <source>the file is larger than allowed</source>
        <translation>файл больше допустимого размера</translation>
    </message>
    <message>
        <source>download failed with HTTP %1</source>
        <translation>загрузка не удалась: HTTP %1</translation>
    </message>
</context>
<context>
    <name>tgic::sync::IntercomDelivery</name>
    <message>
        <source>the message has no text to deliver</source>
        <translation>в сообщении нет текста для доставки</translation>
    </message>
    <message>
        <source>✏️ Edited by the customer (their message of %1, Telegram message %2).
Now:
%3

Before:
%4</source>
        <translation>✏️ Изменено клиентом (его сообщение от %1, сообщение Telegram %2).
Сейчас:
%3

Раньше:
%4</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>локальная база данных недоступна для записи</translation>
    </message>
    <message>
        <source>Intercom did not say which conversation it opened</source>
        <translation>Intercom не сообщил, какой диалог открыт</translation>
    </message>
    <message>
        <source>the Intercom conversation is gone; starting a new one</source>
        <translation>диалога в Intercom больше нет; начинается новый</translation>
    </message>
    <message>
        <source>the contact moved; delivering to %1</source>
        <translation>контакт перемещён; доставка в %1</translation>
    </message>
    <message>
        <source>Intercom refused the message: %1</source>
        <translation>Intercom отклонил сообщение: %1</translation>
    </message>
    <message>
        <source>the local database refused the delivery record</source>
        <translation>локальная база данных отклонила запись о доставке</translation>
    </message>
    <message>
        <source>the local database refused the new conversation</source>
        <translation>локальная база данных отклонила новый диалог</translation>
    </message>
    <message>
        <source>[The file is larger than the 20 MB a bot may download from Telegram.]</source>
        <translation>[Файл больше 20 МБ — лимита, который бот может скачать из Telegram.]</translation>
    </message>
    <message>
        <source>[Telegram no longer provides this file: %1]</source>
        <translation>[Telegram больше не предоставляет этот файл: %1]</translation>
    </message>
    <message>
        <source>Telegram getFile: %1</source>
        <translation>Telegram getFile: %1</translation>
    </message>
    <message>
        <source>downloading the customer&apos;s file: %1</source>
        <translation>загрузка файла клиента: %1</translation>
    </message>
    <message>
        <source>the Intercom admin is not known yet</source>
        <translation>администратор Intercom пока неизвестен</translation>
    </message>
    <message>
        <source>sent by a bot: bots are not mirrored to Intercom</source>
        <translation>отправлено ботом: сообщения ботов не передаются в Intercom</translation>
    </message>
    <message>
        <source>this item is not one to deliver to Intercom</source>
        <translation>этот элемент не предназначен для доставки в Intercom</translation>
    </message>
</context>
<context>
    <name>tgic::sync::IntercomPartPoller</name>
    <message>
        <source>no usable link</source>
        <translation>нет пригодной ссылки</translation>
    </message>
</context>
<context>
    <name>tgic::sync::OutboxDrain</name>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>попытки прекращены после %1 раз: %2</translation>
    </message>
</context>
<context>
    <name>tgic::sync::SyncEngine</name>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Intercom refused the access token: %1</source>
        <translation>Intercom отклонил токен доступа: %1</translation>
    </message>
    <message>
        <source>%1 failed (%2); retrying in %3 s</source>
        <translation>%1: ошибка (%2); повтор через %3 с</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Checking the Telegram bot and the Intercom workspace</source>
        <translation>Проверка бота Telegram и рабочего пространства Intercom</translation>
    </message>
    <message>
        <source>%1 refused the token (%2). Check it and try again.</source>
        <translation>%1 отклонил токен (%2). Проверьте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>Cannot reach %1 at %2: %3</source>
        <translation>Нет связи с %1 по адресу %2: %3</translation>
    </message>
    <message>
        <source>%1 gave an unexpected answer: %2</source>
        <translation>Неожиданный ответ от %1: %2</translation>
    </message>
    <message>
        <source>cannot create the contact attributes: %1</source>
        <translation>не удаётся создать атрибуты контакта: %1</translation>
    </message>
    <message>
        <source>Telegram has nothing new and both outboxes are empty</source>
        <translation>В Telegram нет ничего нового, обе очереди отправки пусты</translation>
    </message>
    <message>
        <source>Telegram refused the bot token: %1</source>
        <translation>Telegram отклонил токен бота: %1</translation>
    </message>
    <message>
        <source>This customer&apos;s Telegram account was deleted: replies cannot reach them any more.</source>
        <translation>Аккаунт Telegram этого клиента удалён: ответы до него больше не дойдут.</translation>
    </message>
    <message>
        <source>This customer blocked the Telegram bot: replies cannot reach them until they unblock it.</source>
        <translation>Этот клиент заблокировал бота Telegram: ответы не дойдут до него, пока он не разблокирует бота.</translation>
    </message>
    <message>
        <source>Following: another workstation runs the sync</source>
        <translation>Следует: синхронизацию выполняет другое рабочее место</translation>
    </message>
    <message>
        <source>No answer from %1 for %2 s — reconnecting</source>
        <translation>Нет ответа от %1 уже %2 с — переподключение</translation>
    </message>
</context>
<context>
    <name>tgic::sync::TelegramDelivery</name>
    <message>
        <source>the customer blocked the bot</source>
        <translation>клиент заблокировал бота</translation>
    </message>
    <message>
        <source>the bot was removed from the group</source>
        <translation>бота удалили из группы</translation>
    </message>
    <message>
        <source>the customer&apos;s Telegram account was deleted</source>
        <translation>аккаунт Telegram клиента удалён</translation>
    </message>
    <message>
        <source>an attachment of this message is missing from the local database</source>
        <translation>вложения этого сообщения нет в локальной базе данных</translation>
    </message>
    <message>
        <source>📎 %1 (%2) is too large to send here. Download it: %3</source>
        <translation>📎 %1 (%2) слишком велик для отправки здесь. Скачать: %3</translation>
    </message>
    <message>
        <source>📎 The agent attached %1, but it could not be fetched (%2). Please ask them to send it again.</source>
        <translation>📎 Оператор приложил %1, но файл не удалось получить (%2). Попросите отправить его ещё раз.</translation>
    </message>
    <message>
        <source>the local database is not writable</source>
        <translation>локальная база данных недоступна для записи</translation>
    </message>
    <message>
        <source>An earlier attempt may have reached the customer: this message may have been sent twice</source>
        <translation>Предыдущая попытка могла дойти до клиента: это сообщение, возможно, отправлено дважды</translation>
    </message>
    <message>
        <source>the local database refused the delivery record</source>
        <translation>локальная база данных отклонила запись о доставке</translation>
    </message>
    <message>
        <source>Telegram refused the message: %1</source>
        <translation>Telegram отклонил сообщение: %1</translation>
    </message>
    <message>
        <source>the business chat is not known to this database</source>
        <translation>этот бизнес-чат неизвестен этой базе данных</translation>
    </message>
    <message>
        <source>the customer has not written in this business chat for over 24 hours, and the business account may answer only within 24 hours of the customer&apos;s last message</source>
        <translation>клиент не писал в этот бизнес-чат больше 24 часов, а бизнес-аккаунт может отвечать только в течение 24 часов после последнего сообщения клиента</translation>
    </message>
    <message>
        <source>the business account has switched off its connection to the bot</source>
        <translation>бизнес-аккаунт отключил связь с ботом</translation>
    </message>
    <message>
        <source>the business account does not allow the bot to reply for it</source>
        <translation>бизнес-аккаунт не разрешает боту отвечать от его имени</translation>
    </message>
    <message>
        <source>the business account is no longer connected to the bot</source>
        <translation>бизнес-аккаунт больше не подключён к боту</translation>
    </message>
    <message>
        <source>Telegram refused it (%1)</source>
        <translation>Telegram отклонил его (%1)</translation>
    </message>
    <message>
        <source>the business chat or the message to mark is not known</source>
        <translation>бизнес-чат или сообщение для отметки неизвестны</translation>
    </message>
    <message>
        <source>Telegram refused the read mark: %1</source>
        <translation>Telegram отклонил отметку о прочтении: %1</translation>
    </message>
</context>
<context>
    <name>tgic::sync::UpdatePoller</name>
    <message>
        <source>Cannot write to the local database; Telegram keeps the messages meanwhile</source>
        <translation>Не удаётся записать в локальную базу данных; пока что сообщения хранит Telegram</translation>
    </message>
    <message>
        <source>Telegram refused the bot token (401 Unauthorized). Check the token.</source>
        <translation>Telegram отклонил токен бота (401 Unauthorized). Проверьте токен.</translation>
    </message>
    <message>
        <source>A webhook is set for this bot, so it cannot be polled. Remove the webhook or stop the other service.</source>
        <translation>Для этого бота настроен вебхук, поэтому опрашивать его нельзя. Удалите вебхук или остановите другой сервис.</translation>
    </message>
    <message>
        <source>Another program is polling this bot. Only one may; waiting for it to stop.</source>
        <translation>Этого бота опрашивает другая программа. Это может делать только одна; ожидание её остановки.</translation>
    </message>
</context>
<context>
    <name>tgic::team</name>
    <message>
        <source>Nobody runs the sync right now</source>
        <translation>Сейчас синхронизацию никто не выполняет</translation>
    </message>
    <message>
        <source>Sync runs on this workstation since %1</source>
        <translation>Синхронизация выполняется на этом рабочем месте с %1</translation>
    </message>
    <message>
        <source>Sync runs on %1 (%2) since %3</source>
        <translation>Синхронизация выполняется на %1 (%2) с %3</translation>
    </message>
</context>
<context>
    <name>tgic::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Telegram chats beside their linked Intercom contacts. Every Telegram user maps to exactly one Intercom contact, anchored on the immutable Telegram user ID.</source>
        <translation>Чаты Telegram рядом со связанными контактами Intercom. Каждому пользователю Telegram соответствует ровно один контакт Intercom, привязанный по неизменному ID пользователя Telegram.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (собрано с %2)</translation>
    </message>
    <message>
        <source>Released under the %1.</source>
        <translation>Распространяется по %1.</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>лицензии MIT</translation>
    </message>
    <message>
        <source>Project website</source>
        <translation>Сайт проекта</translation>
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
        <translation>Папка журналов</translation>
    </message>
</context>
<context>
    <name>tgic::ui::AuditLogView</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Changes to mappings, newest first</source>
        <translation>Изменения сопоставлений, сначала новые</translation>
    </message>
    <message>
        <source>Only the selected customer</source>
        <translation>Только выбранный клиент</translation>
    </message>
    <message>
        <source>Only Telegram user %1</source>
        <translation>Только пользователь Telegram %1</translation>
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
        <translation>Бизнес-чат</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ChatListPane</name>
    <message>
        <source>Search name, @username, Telegram ID or email</source>
        <translation>Поиск по имени, @username, Telegram ID или e-mail</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Поиск чатов</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>No chats yet. They appear when customers write to the bot.</source>
        <translation>Чатов пока нет. Они появятся, когда клиенты напишут боту.</translation>
    </message>
    <message>
        <source>No chat matches “%1”</source>
        <translation>Нет чатов по запросу «%1»</translation>
    </message>
</context>
<context>
    <name>tgic::ui::CheckDialog</name>
    <message>
        <source>Check mappings</source>
        <translation>Проверка сопоставлений</translation>
    </message>
    <message>
        <source>Every Telegram user&apos;s contact is read from Intercom, paced by the rate limit. Contacts merged in Intercom are followed to the survivor at once; other problems are listed with the fix proposed.</source>
        <translation>Контакт каждого пользователя Telegram читается из Intercom с учётом лимита запросов. Для контактов, объединённых в Intercom, сразу выполняется переход к оставшемуся контакту; остальные проблемы выводятся списком с предлагаемым исправлением.</translation>
    </message>
    <message>
        <source>Mappings checked</source>
        <translation>Проверено сопоставлений</translation>
    </message>
    <message>
        <source>%v of %m checked</source>
        <translation>Проверено %v из %m</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <source>&amp;Apply proposed fixes</source>
        <translation>&amp;Применить предложенные исправления</translation>
    </message>
    <message>
        <source>Write removed anchors back and resolve mappings to deleted contacts again. Duplicates stay for you to merge or relink.</source>
        <translation>Записать удалённые привязки обратно и заново сопоставить клиентов с удалёнными контактами. Дубликаты остаются — объедините или перепривяжите их сами.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Checking and repairing…</source>
        <translation>Проверка и исправление…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) checked: everything matches Intercom.</source>
        <translation>
            <numerusform>Проверено %n сопоставление: всё совпадает с Intercom.</numerusform>
            <numerusform>Проверено %n сопоставления: всё совпадает с Intercom.</numerusform>
            <numerusform>Проверено %n сопоставлений: всё совпадает с Intercom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) checked: %1 finding(s), %2 still open.</source>
        <translation>
            <numerusform>Проверено %n сопоставление: найдено проблем: %1, не исправлено: %2.</numerusform>
            <numerusform>Проверено %n сопоставления: найдено проблем: %1, не исправлено: %2.</numerusform>
            <numerusform>Проверено %n сопоставлений: найдено проблем: %1, не исправлено: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgic::ui::ConnectingWindow</name>
    <message>
        <source>Connecting to the team database %1…</source>
        <translation>Подключение к базе данных команды %1…</translation>
    </message>
    <message>
        <source>The team database does not answer:
%1

Trying again…</source>
        <translation>База данных команды не отвечает:
%1

Повторная попытка…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ContactPanel</name>
    <message>
        <source>The linked Intercom contact appears here</source>
        <translation>Здесь появится связанный контакт Intercom</translation>
    </message>
    <message>
        <source>Open in Intercom</source>
        <translation>Открыть в Intercom</translation>
    </message>
    <message>
        <source>Linked contact</source>
        <translation>Связанный контакт</translation>
    </message>
    <message>
        <source>Intercom contact</source>
        <translation>Контакт Intercom</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID контакта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>telegram_user_id</source>
        <translation>telegram_user_id</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Способ привязки</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Диалог</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Open the contact in the Intercom web app</source>
        <translation>Открыть контакт в веб-приложении Intercom</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые замечен</translation>
    </message>
    <message>
        <source>Username and name history</source>
        <translation>История имени пользователя и имени</translation>
    </message>
    <message>
        <source>This chat is not with a single person, so it has no contact</source>
        <translation>Этот чат не с одним человеком, поэтому у него нет контакта</translation>
    </message>
    <message>
        <source>not linked yet</source>
        <translation>ещё не привязан</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>%1 (%2, last activity %3)</source>
        <translation>%1 (%2, последняя активность %3)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>No Intercom contact is linked yet</source>
        <translation>Контакт Intercom ещё не привязан</translation>
    </message>
    <message>
        <source>Available once connected to Intercom (the workspace id is needed)</source>
        <translation>Станет доступно после подключения к Intercom (нужен id рабочего пространства)</translation>
    </message>
    <message>
        <source>Fix the link</source>
        <translation>Исправить привязку</translation>
    </message>
    <message>
        <source>&amp;Relink…</source>
        <translation>&amp;Перепривязать…</translation>
    </message>
    <message>
        <source>Link this Telegram user to another Intercom contact</source>
        <translation>Привязать этого пользователя Telegram к другому контакту Intercom</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Merge this contact into the customer&apos;s existing Intercom user</source>
        <translation>Объединить этот контакт с существующим пользователем Intercom этого клиента</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>От&amp;вязать</translation>
    </message>
    <message>
        <source>Detach the Telegram user from the contact; messages wait until relinked</source>
        <translation>Отвязать пользователя Telegram от контакта; сообщения будут ждать повторной привязки</translation>
    </message>
    <message>
        <source>Forget the link and find or create the contact again by the Telegram ID</source>
        <translation>Забыть привязку и заново найти или создать контакт по Telegram ID</translation>
    </message>
    <message>
        <source>Re-&amp;write anchor</source>
        <translation>Пере&amp;записать привязку</translation>
    </message>
    <message>
        <source>Write the telegram_user_id attribute onto the contact again</source>
        <translation>Снова записать атрибут telegram_user_id в контакт</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Не выполнено: %1</translation>
    </message>
    <message>
        <source>Re-re&amp;solve</source>
        <translation>&amp;Сопоставить заново</translation>
    </message>
    <message>
        <source>%1 (last activity %2)</source>
        <translation>%1 (последняя активность %2)</translation>
    </message>
    <message>
        <source>Conversation in Intercom</source>
        <translation>Диалог в Intercom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Read from Intercom</source>
        <translation>Прочитано из Intercom</translation>
    </message>
    <message>
        <source>not read from Intercom yet</source>
        <translation>ещё не прочитан из Intercom</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Отложен до %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложен</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>This customer could not be read from the local database; the panel shows what it read before. The log file says why.</source>
        <translation>Не удалось прочитать этого клиента из локальной базы данных; панель показывает то, что было прочитано ранее. Причина указана в файле журнала.</translation>
    </message>
    <message>
        <source>&amp;Erase This Customer…</source>
        <translation>&amp;Удалить этого клиента…</translation>
    </message>
    <message>
        <source>Remove everything about this Telegram user, here and in Intercom, on their request (shows what goes where first)</source>
        <translation>Удалить всё об этом пользователе Telegram здесь и в Intercom по его просьбе (сначала показывает, что и где будет удалено)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Business chat</source>
        <translation>Бизнес-чат</translation>
    </message>
    <message>
        <source>Business chat with %1</source>
        <translation>Бизнес-чат с %1</translation>
    </message>
    <message>
        <source>Chat with the bot</source>
        <translation>Чат с ботом</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Replies possible until %1</source>
        <translation>Ответить можно до %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Reply window closed %1 ago — the customer must write first</source>
        <translation>Окно ответа закрылось %1 назад — клиент должен написать первым</translation>
    </message>
    <message>
        <source>Reply window closed — the customer must write first</source>
        <translation>Окно ответа закрыто — клиент должен написать первым</translation>
    </message>
</context>
<context>
    <name>tgic::ui::ContactPicker</name>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>лид</translation>
    </message>
    <message>
        <source>Telegram %1</source>
        <translation>Telegram %1</translation>
    </message>
    <message>
        <source>no email or phone</source>
        <translation>нет e-mail и телефона</translation>
    </message>
    <message>
        <source>Intercom contact: name, email, phone or id</source>
        <translation>Контакт Intercom: имя, e-mail, телефон или id</translation>
    </message>
    <message>
        <source>Search Intercom contacts</source>
        <translation>Поиск контактов Intercom</translation>
    </message>
    <message>
        <source>Matching Intercom contacts</source>
        <translation>Подходящие контакты Intercom</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>Введите не меньше двух символов.</translation>
    </message>
    <message>
        <source>Searching Intercom…</source>
        <translation>Поиск в Intercom…</translation>
    </message>
    <message>
        <source>Intercom did not answer: %1</source>
        <translation>Intercom не ответил: %1</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Нет контактов по запросу «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found. Choose one.</source>
        <translation>
            <numerusform>Найден %n контакт. Выберите его.</numerusform>
            <numerusform>Найдено %n контакта. Выберите один.</numerusform>
            <numerusform>Найдено %n контактов. Выберите один.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tgic::ui::ConversationView</name>
    <message>
        <source>Select a chat to read its history</source>
        <translation>Выберите чат, чтобы прочитать историю</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>No messages in this chat yet</source>
        <translation>В этом чате пока нет сообщений</translation>
    </message>
</context>
<context>
    <name>tgic::ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>tgic::ui::EraseCustomerDialog</name>
    <message>
        <source>Erase even though a message is still on its way</source>
        <translation>Удалить, хотя сообщение ещё в пути</translation>
    </message>
    <message>
        <source>&amp;Erase Customer</source>
        <translation>&amp;Удалить клиента</translation>
    </message>
    <message>
        <source>Erase Telegram User %1</source>
        <translation>Удалить пользователя Telegram %1</translation>
    </message>
    <message>
        <source>Forget this customer on their request: their messages, profile and evidence are removed from this database (on every workstation of a team), and their Intercom contact as chosen below. The audit log keeps who erased whom and when, under a one-way code instead of the Telegram ID. This cannot be undone.</source>
        <translation>Забыть этого клиента по его просьбе: его сообщения, профиль и улики удаляются из этой базы данных (на всех рабочих местах команды), а контакт в Intercom — как выбрано ниже. Журнал аудита сохраняет, кто кого и когда удалил, под односторонним кодом вместо Telegram ID. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Looking up what is held about Telegram user %1…</source>
        <translation>Выясняю, что хранится о пользователе Telegram %1…</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Что будет удалено</translation>
    </message>
    <message>
        <source>The Intercom contact</source>
        <translation>Контакт в Intercom</translation>
    </message>
    <message>
        <source>&amp;Delete it with its conversations (Intercom can restore it for 7 days)</source>
        <translation>&amp;Удалить вместе с беседами (Intercom может восстановить его в течение 7 дней)</translation>
    </message>
    <message>
        <source>&amp;Archive it (kept, hidden from lists and search)</source>
        <translation>&amp;Архивировать (сохраняется, скрыт из списков и поиска)</translation>
    </message>
    <message>
        <source>&amp;Keep it; only clear its Telegram attributes</source>
        <translation>&amp;Оставить; только очистить атрибуты Telegram</translation>
    </message>
    <message>
        <source>Erasing needs a connection to Intercom (Settings).</source>
        <translation>Для удаления нужно подключение к Intercom (Настройки).</translation>
    </message>
    <message>
        <source>Nothing is held about this Telegram ID, here or in Intercom.</source>
        <translation>Об этом Telegram ID ничего не хранится — ни здесь, ни в Intercom.</translation>
    </message>
    <message>
        <source>A message to or from this customer is still on its way. Wait until it is delivered, or tick the box above to erase anyway.</source>
        <translation>Сообщение этому клиенту или от него ещё в пути. Дождитесь доставки или отметьте флажок выше, чтобы удалить всё равно.</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Удаление…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Find Chat</source>
        <translation>&amp;Найти чат</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Next Chat</source>
        <translation>&amp;Следующий чат</translation>
    </message>
    <message>
        <source>&amp;Previous Chat</source>
        <translation>&amp;Предыдущий чат</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>No chat selected</source>
        <translation>Чат не выбран</translation>
    </message>
    <message>
        <source>Telegram ID %1</source>
        <translation>Telegram ID %1</translation>
    </message>
    <message>
        <source>Intercom: %1</source>
        <translation>Intercom: %1</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>&amp;Check Mappings…</source>
        <translation>&amp;Проверить сопоставления…</translation>
    </message>
    <message>
        <source>Verify every Telegram user&apos;s contact against Intercom</source>
        <translation>Сверить контакт каждого пользователя Telegram с Intercom</translation>
    </message>
    <message>
        <source>&amp;Merge Contacts…</source>
        <translation>&amp;Объединить контакты…</translation>
    </message>
    <message>
        <source>Merge a lead into the customer&apos;s existing Intercom user</source>
        <translation>Объединить лида с существующим пользователем Intercom этого клиента</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Журнал изменений</translation>
    </message>
    <message>
        <source>Every change to a mapping: who, when, what, before and after</source>
        <translation>Каждое изменение сопоставления: кто, когда, что, до и после</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Available once tokens for Intercom are set (Settings)</source>
        <translation>Станет доступно после ввода токенов Intercom (Настройки)</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Отвязать %1</translation>
    </message>
    <message>
        <source>Re-resolve %1</source>
        <translation>Сопоставить %1 заново</translation>
    </message>
    <message>
        <source>Detach Telegram user %1 from Intercom contact %2? Their messages wait in the outbox until you relink them; the Telegram ID is removed from the contact.</source>
        <translation>Отвязать пользователя Telegram %1 от контакта Intercom %2? Его сообщения будут ждать в очереди отправки, пока вы не привяжете его снова; Telegram ID будет удалён из контакта.</translation>
    </message>
    <message>
        <source>Forget the link of Telegram user %1 and find or create the contact again by the Telegram ID?</source>
        <translation>Забыть привязку пользователя Telegram %1 и заново найти или создать контакт по Telegram ID?</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>От&amp;вязать</translation>
    </message>
    <message>
        <source>&amp;Re-resolve</source>
        <translation>&amp;Сопоставить заново</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>&amp;Import a Single-Seat Cache…</source>
        <translation>&amp;Импорт кэша одного рабочего места…</translation>
    </message>
    <message>
        <source>Copy this workstation&apos;s own cache (mappings, history, queued messages, audit) into the team database; safe to repeat</source>
        <translation>Скопировать собственный кэш этого рабочего места (привязки, историю, сообщения в очереди, аудит) в базу данных команды; можно повторять без вреда</translation>
    </message>
    <message>
        <source>Unavailable while the team database is unreachable</source>
        <translation>Недоступно, пока база данных команды недоступна</translation>
    </message>
    <message>
        <source>Merges the evidence suggests: a customer&apos;s verified phone or typed e-mail matches an Intercom user</source>
        <translation>Объединения, на которые указывают основания: подтверждённый телефон или написанный e-mail клиента совпадает с пользователем Intercom</translation>
    </message>
    <message numerus="yes">
        <source>Suggested Merges (%n)</source>
        <translation>
            <numerusform>Предложенные объединения (%n)</numerusform>
            <numerusform>Предложенные объединения (%n)</numerusform>
            <numerusform>Предложенные объединения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested Merges</source>
        <translation>Предложенные объединения</translation>
    </message>
    <message>
        <source>Dismissed: it will not be suggested again.</source>
        <translation>Отклонено: больше не будет предлагаться.</translation>
    </message>
    <message>
        <source>Sync &amp;Health</source>
        <translation>Состояние &amp;синхронизации</translation>
    </message>
    <message>
        <source>The last hour of the sync as plots: messages in, how long they take to reach Intercom and Telegram, the outboxes, stalls and quarantines</source>
        <translation>Последний час синхронизации в графиках: входящие сообщения, сколько они идут до Intercom и Telegram, исходящие очереди, зависания и карантин</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MergeDialog</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Merge Intercom contacts</source>
        <translation>Объединение контактов Intercom</translation>
    </message>
    <message>
        <source>Intercom merges a lead into a user: the user survives and the lead&apos;s conversations move to it. Typically the lead is the one created for a Telegram customer and the user is the customer&apos;s existing Intercom account.</source>
        <translation>Intercom объединяет лида с пользователем: пользователь остаётся, а диалоги лида переходят к нему. Обычно лид — это контакт, созданный для клиента из Telegram, а пользователь — уже существующая учётная запись клиента в Intercom.</translation>
    </message>
    <message>
        <source>Search the lead to merge away</source>
        <translation>Найдите лида, которого нужно объединить</translation>
    </message>
    <message>
        <source>Search the user that survives</source>
        <translation>Найдите пользователя, который останется</translation>
    </message>
    <message>
        <source>Merge this lead…</source>
        <translation>Объединить этого лида…</translation>
    </message>
    <message>
        <source>…into this user (survives)</source>
        <translation>…с этим пользователем (останется)</translation>
    </message>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation>⇄ &amp;Поменять</translation>
    </message>
    <message>
        <source>Swap the two contacts</source>
        <translation>Поменять контакты местами</translation>
    </message>
    <message>
        <source>Relink instead</source>
        <translation>Вместо этого перепривязать</translation>
    </message>
    <message>
        <source>What the user keeps, gains and loses</source>
        <translation>Что пользователь сохранит, получит и потеряет</translation>
    </message>
    <message>
        <source>A merge cannot be undone in Intercom.</source>
        <translation>Объединение в Intercom нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Choose the lead on the left and the user on the right.</source>
        <translation>Выберите лида слева и пользователя справа.</translation>
    </message>
    <message>
        <source>Both sides are the same contact.</source>
        <translation>С обеих сторон один и тот же контакт.</translation>
    </message>
    <message>
        <source>Comparing the two contacts…</source>
        <translation>Сравнение контактов…</translation>
    </message>
    <message>
        <source>Cannot merge these two: %1</source>
        <translation>Эти два контакта объединить нельзя: %1</translation>
    </message>
    <message>
        <source>Relink Telegram user %1 to %2 instead</source>
        <translation>Вместо этого привязать пользователя Telegram %1 к %2</translation>
    </message>
    <message>
        <source>Merging %1 into %2:</source>
        <translation>Объединение %1 с %2:</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) move from the lead to the user.</source>
        <translation>
            <numerusform>%n диалог перейдёт от лида к пользователю.</numerusform>
            <numerusform>%n диалога перейдут от лида к пользователю.</numerusform>
            <numerusform>%n диалогов перейдут от лида к пользователю.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram anchor: the lead carries %1, the user carries %2. Afterwards the user carries %3: tgic writes the anchor onto the user after the merge, because Intercom would keep only the user&apos;s value.</source>
        <translation>Привязка Telegram: у лида %1, у пользователя %2. После объединения у пользователя будет %3: tgic запишет привязку в пользователя, потому что Intercom сохранил бы только его значение.</translation>
    </message>
    <message>
        <source>Confirm first that the two Telegram users are the same person</source>
        <translation>Сначала подтвердите, что оба пользователя Telegram — один и тот же человек</translation>
    </message>
    <message>
        <source>Cannot be undone in Intercom</source>
        <translation>В Intercom это нельзя отменить</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Не объединено: %1</translation>
    </message>
    <message>
        <source>Relinking…</source>
        <translation>Перепривязка…</translation>
    </message>
    <message>
        <source>Not relinked: %1</source>
        <translation>Не перепривязано: %1</translation>
    </message>
    <message>
        <source>I confirm these Telegram users are the same person</source>
        <translation>Подтверждаю, что эти пользователи Telegram — один и тот же человек</translation>
    </message>
    <message>
        <source>Swap the two sides: a lead can be merged into a user.</source>
        <translation>Поменяйте стороны местами: лида можно объединить с пользователем.</translation>
    </message>
    <message>
        <source>Relink Telegram user %1 to %2 without merging: the button below does it.</source>
        <translation>Перепривяжите пользователя Telegram %1 к %2 без объединения: для этого есть кнопка ниже.</translation>
    </message>
    <message>
        <source>Cannot merge these two: %1
Instead: %2</source>
        <translation>Эти два контакта объединить нельзя: %1
Вместо этого: %2</translation>
    </message>
</context>
<context>
    <name>tgic::ui::MessageDelegate</name>
    <message>
        <source>✓ in Intercom</source>
        <translation>✓ в Intercom</translation>
    </message>
    <message>
        <source>✗ not delivered</source>
        <translation>✗ не доставлено</translation>
    </message>
    <message>
        <source>✗ not delivered: %1</source>
        <translation>✗ не доставлено: %1</translation>
    </message>
    <message>
        <source>◷ queued for Intercom</source>
        <translation>◷ в очереди в Intercom</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
</context>
<context>
    <name>tgic::ui::PhoneRequestBox</name>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Ask for &amp;phone number</source>
        <translation>Запросить &amp;номер телефона</translation>
    </message>
    <message>
        <source>Send the customer a button that shares the phone number of their Telegram account (verified by Telegram)</source>
        <translation>Отправить клиенту кнопку, которая передаёт номер телефона его аккаунта Telegram (подтверждён Telegram)</translation>
    </message>
    <message>
        <source>Asked %1; waiting for the customer to share it</source>
        <translation>Запрошен %1; ждём, пока клиент его отправит</translation>
    </message>
</context>
<context>
    <name>tgic::ui::RelinkDialog</name>
    <message>
        <source>Relink %1</source>
        <translation>Перепривязать %1</translation>
    </message>
    <message>
        <source>Link Telegram user %1 (%2) to an Intercom contact. Their messages go to that contact from now on; the Telegram ID is written onto it.</source>
        <translation>Привязать пользователя Telegram %1 (%2) к контакту Intercom. Теперь его сообщения будут приходить в этот контакт; Telegram ID записывается в него.</translation>
    </message>
    <message>
        <source>Link Telegram user %1 (%2) to another Intercom contact instead of %3. The Telegram ID moves to the new contact; past conversations stay where they are.</source>
        <translation>Привязать пользователя Telegram %1 (%2) к другому контакту Intercom вместо %3. Telegram ID переходит к новому контакту; прошлые диалоги остаются на месте.</translation>
    </message>
    <message>
        <source>&amp;Relink</source>
        <translation>&amp;Перепривязать</translation>
    </message>
    <message>
        <source>The customer is already linked to this contact</source>
        <translation>Клиент уже привязан к этому контакту</translation>
    </message>
    <message>
        <source>Relinking…</source>
        <translation>Перепривязка…</translation>
    </message>
    <message>
        <source>Not relinked: %1</source>
        <translation>Не перепривязано: %1</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keychain. Leave a field empty to keep the stored token.</source>
        <translation>Токены хранятся в системной связке ключей. Оставьте поле пустым, чтобы сохранить текущий токен.</translation>
    </message>
    <message>
        <source>&amp;Forget tokens</source>
        <translation>&amp;Забыть токены</translation>
    </message>
    <message>
        <source>Forget tokens</source>
        <translation>Забыть токены</translation>
    </message>
    <message>
        <source>Remove both tokens from the keychain? Syncing stops until you enter them again.</source>
        <translation>Удалить оба токена из связки ключей? Синхронизация остановится, пока вы не введёте их снова.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Рабочий стол</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A new language applies the next time tgic starts.</source>
        <translation>Новый язык применится при следующем запуске tgic.</translation>
    </message>
    <message>
        <source>Show the unread count in the system &amp;tray</source>
        <translation>Показывать число непрочитанных в системном &amp;трее</translation>
    </message>
    <message>
        <source>&amp;Notify me of new customer messages</source>
        <translation>&amp;Уведомлять о новых сообщениях клиентов</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Asking for the phone number</source>
        <translation>Запрос номера телефона</translation>
    </message>
    <message>
        <source>Message asking for the phone number</source>
        <translation>Сообщение с запросом номера телефона</translation>
    </message>
    <message>
        <source>Leave empty to send the built-in text in the customer&apos;s Telegram language (English, German, Spanish or Russian). tgic-cli ask-phone uses it too.</source>
        <translation>Оставьте пустым, чтобы отправить встроенный текст на языке Telegram клиента (английский, немецкий, испанский или русский). tgic-cli ask-phone тоже его использует.</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Срок хранения данных</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Хранить всё</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Message texts and media older than this are removed from the local cache or the team database, for the whole team. Who is who stays.</source>
        <translation>Более старые тексты и медиа сообщений удаляются из локального кэша или командной базы данных — для всей команды. Кто есть кто, сохраняется.</translation>
    </message>
    <message>
        <source>Keep message contents for</source>
        <translation>Хранить содержимое сообщений</translation>
    </message>
    <message>
        <source>The database refused the new retention period.</source>
        <translation>База данных отклонила новый срок хранения.</translation>
    </message>
    <message>
        <source>Business accounts</source>
        <translation>Бизнес-аккаунты</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>switched off by the account</source>
        <translation>отключён аккаунтом</translation>
    </message>
    <message>
        <source>the bot may answer its customers within 24 hours of their last message</source>
        <translation>бот может отвечать его клиентам в течение 24 часов после их последнего сообщения</translation>
    </message>
    <message>
        <source>the bot may read but not answer</source>
        <translation>бот может читать, но не отвечать</translation>
    </message>
    <message>
        <source>%1, connected since %2: %3</source>
        <translation>%1, подключён с %2: %3</translation>
    </message>
    <message>
        <source>No Telegram Business account is connected to the bot. Its owner connects it in Telegram (Settings → Telegram Business → Chatbots) once Business Mode is on for the bot in @BotFather.</source>
        <translation>К боту не подключён ни один аккаунт Telegram Business. Владелец подключает его в Telegram (Настройки → Telegram Business → Чат-боты), когда для бота в @BotFather включён бизнес-режим.</translation>
    </message>
    <message>
        <source>The database refused the read-mark option.</source>
        <translation>База данных отклонила настройку отметок о прочтении.</translation>
    </message>
    <message>
        <source>%1; it may not mark messages as read</source>
        <translation>%1; он не может отмечать сообщения прочитанными</translation>
    </message>
    <message>
        <source>Mark customers&apos; messages as read once answered</source>
        <translation>Отмечать сообщения клиентов прочитанными после ответа</translation>
    </message>
    <message>
        <source>For the whole team: once an agent&apos;s reply reaches a customer who wrote to a business account, their message shows as read to them in Telegram. Only for accounts that allow the bot to mark messages as read.</source>
        <translation>Для всей команды: когда ответ агента доходит до клиента, написавшего бизнес-аккаунту, его сообщение отображается в Telegram как прочитанное. Только для аккаунтов, разрешающих боту отмечать сообщения прочитанными.</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SetupWizard</name>
    <message>
        <source>Connect Telegram and Intercom</source>
        <translation>Подключение Telegram и Intercom</translation>
    </message>
    <message>
        <source>The tokens go into your system keychain, never into files or logs.</source>
        <translation>Токены хранятся в системной связке ключей и никогда не попадают в файлы или журналы.</translation>
    </message>
    <message>
        <source>Set up Telegram ⇄ Intercom</source>
        <translation>Настройка Telegram ⇄ Intercom</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>&lt;p&gt;This app shows your bot&apos;s Telegram chats beside the Intercom contacts they belong to. Every Telegram user becomes exactly one Intercom contact, anchored on the Telegram user ID, so renames and new devices never split a customer.&lt;/p&gt;&lt;p&gt;You need a &lt;b&gt;Telegram bot token&lt;/b&gt; (from @BotFather) and an &lt;b&gt;Intercom access token&lt;/b&gt; (Developer Hub → your app → Authentication).&lt;/p&gt;&lt;p&gt;Just looking? Close this and run &lt;code&gt;tgic --sandbox&lt;/code&gt;: it plays scripted customers against local emulators, with no accounts at all.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Это приложение показывает чаты вашего бота в Telegram рядом с контактами Intercom, к которым они относятся. Каждый пользователь Telegram становится ровно одним контактом Intercom, привязанным по ID пользователя Telegram, поэтому смена имени или устройства никогда не раздваивает клиента.&lt;/p&gt;&lt;p&gt;Понадобятся &lt;b&gt;токен бота Telegram&lt;/b&gt; (от @BotFather) и &lt;b&gt;токен доступа Intercom&lt;/b&gt; (Developer Hub → ваше приложение → Authentication).&lt;/p&gt;&lt;p&gt;Просто посмотреть? Закройте это окно и запустите &lt;code&gt;tgic --sandbox&lt;/code&gt;: программа проиграет сценарий с клиентами на локальных эмуляторах, без всяких учётных записей.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SuggestionsDialog</name>
    <message>
        <source>&amp;Review Merge…</source>
        <translation>&amp;Проверить объединение…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Предложенные объединения</translation>
    </message>
    <message>
        <source>Merges the evidence suggests, newest first</source>
        <translation>Объединения по основаниям, сначала новые</translation>
    </message>
    <message>
        <source>No suggested merges. One appears when a customer shares their own phone number or types an e-mail address that belongs to an Intercom user. A shared name is never taken as evidence.</source>
        <translation>Предложенных объединений нет. Предложение появляется, когда клиент отправляет свой номер телефона или пишет адрес электронной почты, принадлежащий пользователю Intercom. Совпадение имени никогда не считается основанием.</translation>
    </message>
    <message>
        <source>Open the merge preview for this lead and user; nothing changes until you merge</source>
        <translation>Открыть предпросмотр объединения этого лида и пользователя; ничего не изменится, пока вы не объедините</translation>
    </message>
    <message>
        <source>Do not suggest this merge again (recorded in the audit log)</source>
        <translation>Больше не предлагать это объединение (записывается в журнал изменений)</translation>
    </message>
    <message>
        <source>Merge lead %1 into user %2?</source>
        <translation>Объединить лида %1 с пользователем %2?</translation>
    </message>
    <message>
        <source>Merge lead %1 into user %2 (%3)?</source>
        <translation>Объединить лида %1 с пользователем %2 (%3)?</translation>
    </message>
    <message>
        <source>Strong: Telegram verified the phone number as the customer&apos;s own.</source>
        <translation>Сильное: Telegram подтвердил, что это собственный номер клиента.</translation>
    </message>
    <message>
        <source>Medium: the customer typed the address; Intercom has it on the user. Check the conversation before merging.</source>
        <translation>Среднее: клиент написал адрес; в Intercom он указан у пользователя. Проверьте переписку перед объединением.</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SyncHealthWindow</name>
    <message>
        <source>Sync Health</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Stalls and quarantines in the last hour</source>
        <translation>Зависания и карантин за последний час</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>в минуту</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Messages in from Telegram</source>
        <translation>Входящие сообщения из Telegram</translation>
    </message>
    <message>
        <source>Updates stored</source>
        <translation>Сохранённые обновления</translation>
    </message>
    <message>
        <source>Customer&apos;s message → Intercom</source>
        <translation>Сообщение клиента → Intercom</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95-й процентиль</translation>
    </message>
    <message>
        <source>Agent&apos;s reply → Telegram</source>
        <translation>Ответ агента → Telegram</translation>
    </message>
    <message>
        <source>Outbox: rows waiting</source>
        <translation>Исходящая очередь: ожидающие записи</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>To Intercom</source>
        <translation>В Intercom</translation>
    </message>
    <message>
        <source>To Telegram</source>
        <translation>В Telegram</translation>
    </message>
    <message>
        <source>Outbox: oldest row waiting</source>
        <translation>Исходящая очередь: самая старая ожидающая запись</translation>
    </message>
    <message>
        <source>Stalls and quarantines</source>
        <translation>Зависания и карантин</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Зависание</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>%1: no answer from %2 for %3 s</source>
        <translation>%1: нет ответа от %2 в течение %3 с</translation>
    </message>
    <message>
        <source>%1: an update went to the quarantine</source>
        <translation>%1: обновление отправлено в карантин</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Чтение показателей…</translation>
    </message>
    <message>
        <source>The figures could not be read: the database did not answer.</source>
        <translation>Не удалось прочитать показатели: база данных не ответила.</translation>
    </message>
    <message>
        <source>No figures yet: they appear once the sync has run for a minute.</source>
        <translation>Показателей пока нет: они появятся, когда синхронизация проработает минуту.</translation>
    </message>
    <message>
        <source>Figures of the last hour from %1, updated %2</source>
        <translation>Показатели за последний час от %1, обновлены в %2</translation>
    </message>
    <message>
        <source>(the database did not answer the last read; these may be out of date)</source>
        <translation>(база данных не ответила при последнем чтении; показатели могут быть устаревшими)</translation>
    </message>
    <message>
        <source>%1 No answer from %2 for %3 s — reconnected</source>
        <translation>%1 Нет ответа от %2 в течение %3 с — переподключено</translation>
    </message>
    <message>
        <source>%1 An update went to the quarantine (tgic-cli quarantine)</source>
        <translation>%1 Обновление отправлено в карантин (tgic-cli quarantine)</translation>
    </message>
    <message>
        <source>None in the last hour</source>
        <translation>За последний час не было</translation>
    </message>
</context>
<context>
    <name>tgic::ui::SyncStatusBar</name>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>Local emulators of Telegram and Intercom; nothing leaves this computer</source>
        <translation>Локальные эмуляторы Telegram и Intercom; ничего не покидает этот компьютер</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь отправки</translation>
    </message>
    <message>
        <source>Intercom rate limit</source>
        <translation>Лимит запросов Intercom</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Очередь отправки пуста</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for Intercom</source>
        <translation>
            <numerusform>%n ждёт отправки в Intercom</numerusform>
            <numerusform>%n ждут отправки в Intercom</numerusform>
            <numerusform>%n ждут отправки в Intercom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>Intercom rate limit: not known yet</source>
        <translation>Лимит запросов Intercom: пока неизвестен</translation>
    </message>
    <message>
        <source>Intercom headroom: %1 of %2</source>
        <translation>Запас запросов Intercom: %1 из %2</translation>
    </message>
    <message>
        <source>Requests left in this window; it resets at %1</source>
        <translation>Осталось запросов в текущем окне; оно обнулится в %1</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Синхронизация команды</translation>
    </message>
    <message>
        <source>Team database unreachable: showing what was loaded; changes wait until it is back</source>
        <translation>База данных команды недоступна: показано то, что было загружено; изменения ждут её возвращения</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TeamDatabaseForm</name>
    <message>
        <source>Team database</source>
        <translation>База данных команды</translation>
    </message>
    <message>
        <source>Share one &amp;database with my team (PostgreSQL)</source>
        <translation>Общая &amp;база данных с командой (PostgreSQL)</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>хранится в связке ключей; оставьте пустым, чтобы не менять</translation>
    </message>
    <message>
        <source>Prefer TLS</source>
        <translation>Предпочитать TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Требовать TLS</translation>
    </message>
    <message>
        <source>TLS, verify the certificate</source>
        <translation>TLS, проверять сертификат</translation>
    </message>
    <message>
        <source>TLS, verify the certificate and host name</source>
        <translation>TLS, проверять сертификат и имя хоста</translation>
    </message>
    <message>
        <source>No TLS (loopback only)</source>
        <translation>Без TLS (только локально)</translation>
    </message>
    <message>
        <source>CA certificate file (for the verify modes)</source>
        <translation>Файл сертификата ЦС (для режимов проверки)</translation>
    </message>
    <message>
        <source>Every workstation of the team opens the same database; one of them runs the sync, the others follow live. Tokens stay in each workstation&apos;s keychain. Takes effect the next time tgic starts.</source>
        <translation>Все рабочие места команды открывают одну базу данных; одно выполняет синхронизацию, остальные следят в реальном времени. Токены остаются в связке ключей каждого рабочего места. Вступает в силу при следующем запуске tgic.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>&amp;Сертификат ЦС:</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TokenForm</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>123456789:AA… from @BotFather</source>
        <translation>123456789:AA… от @BotFather</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Токен бота Telegram</translation>
    </message>
    <message>
        <source>Access token of your Intercom app</source>
        <translation>Токен доступа вашего приложения Intercom</translation>
    </message>
    <message>
        <source>Intercom access token</source>
        <translation>Токен доступа Intercom</translation>
    </message>
    <message>
        <source>Intercom region</source>
        <translation>Регион Intercom</translation>
    </message>
    <message>
        <source>United States (api.intercom.io)</source>
        <translation>США (api.intercom.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.intercom.io)</source>
        <translation>Европа (api.eu.intercom.io)</translation>
    </message>
    <message>
        <source>Australia (api.au.intercom.io)</source>
        <translation>Австралия (api.au.intercom.io)</translation>
    </message>
    <message>
        <source>Telegram &amp;bot token:</source>
        <translation>Токен &amp;бота Telegram:</translation>
    </message>
    <message>
        <source>Intercom &amp;access token:</source>
        <translation>Токен &amp;доступа Intercom:</translation>
    </message>
    <message>
        <source>Intercom &amp;region:</source>
        <translation>&amp;Регион Intercom:</translation>
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
        <translation>Сохранён (%1); введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>Enter both tokens first.</source>
        <translation>Сначала введите оба токена.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>tgic::ui::TrayIcon</name>
    <message>
        <source>&amp;Show Window</source>
        <translation>&amp;Показать окно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>No unread chats</source>
        <translation>Нет непрочитанных чатов</translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat(s)</source>
        <translation>
            <numerusform>%n непрочитанный чат</numerusform>
            <numerusform>%n непрочитанных чата</numerusform>
            <numerusform>%n непрочитанных чатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n новое сообщение</numerusform>
            <numerusform>%n новых сообщения</numerusform>
            <numerusform>%n новых сообщений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 and %n more</source>
        <translation>
            <numerusform>От %1 и ещё %n</numerusform>
            <numerusform>От %1 и ещё %n</numerusform>
            <numerusform>От %1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>От %1</translation>
    </message>
</context>
<context>
    <name>tgic::ui::look</name>
    <message>
        <source>linked</source>
        <translation>привязан</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>устарел</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>detached</source>
        <translation>отвязан</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>Anchored on an Intercom contact by the Telegram user ID</source>
        <translation>Привязан к контакту Intercom по ID пользователя Telegram</translation>
    </message>
    <message>
        <source>Waiting for the Intercom contact to be found or created</source>
        <translation>Ожидается, пока контакт Intercom будет найден или создан</translation>
    </message>
    <message>
        <source>More than one Intercom contact carries this Telegram user ID; an agent must choose</source>
        <translation>Этот ID пользователя Telegram есть у нескольких контактов Intercom; оператор должен выбрать</translation>
    </message>
    <message>
        <source>The linked Intercom contact was merged or deleted</source>
        <translation>Связанный контакт Intercom был объединён или удалён</translation>
    </message>
    <message>
        <source>The customer blocked the bot</source>
        <translation>Клиент заблокировал бота</translation>
    </message>
    <message>
        <source>An agent unlinked this customer on purpose</source>
        <translation>Оператор намеренно отвязал этого клиента</translation>
    </message>
    <message>
        <source>The Telegram account was deleted</source>
        <translation>Аккаунт Telegram удалён</translation>
    </message>
    <message>
        <source>No message delivered yet</source>
        <translation>Ещё ни одно сообщение не доставлено</translation>
    </message>
</context>
</TS>
