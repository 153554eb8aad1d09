# Intercom's answers are taken apart in one place: core/intercom/IntercomTypes.cpp, one parser per
# type (parseContact, parseConversation, …). Everything above reads the typed fields, so a change
# in the service's schema is a change in core/intercom/ only.
#
#   cmake -DROOT=<source dir> -P check-intercom-parsing.cmake
#
# The rule, by the call that gives it away: `.value(u"…")` on a JSON object, outside
# core/intercom/, only where it reads JSON that is not Intercom's — Telegram's (its own parser in
# core/telegram/), the outbox rows and health figures this app writes itself. Those files are
# listed below with how many such calls they may make and why; one more fails, and so does a
# file that is not listed.
#
# Plain CMake so that CI needs nothing beyond the build tools.
cmake_minimum_required(VERSION 3.25)

if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -P check-intercom-parsing.cmake")
endif()

# "path regex|calls allowed (ALL: any number)|whose JSON it is"
set(allowed
    "^core/telegram/|ALL|the Bot API's own parsers (the Telegram border)"
    "^core/store/UpdateInbox\\.cpp$|ALL|Telegram updates as the inbox keeps them"
    "^core/store/BusinessRepository\\.cpp$|ALL|Telegram business connections"
    "^core/store/TelegramOutbox\\.cpp$|ALL|the Telegram outbox rows' own JSON"
    "^core/store/BusinessReadMarks\\.cpp$|2|a business connection's rights and the outbox row's message id"
    "^core/health/HealthFigures\\.cpp$|ALL|the health figures this app writes"
    "^core/sync/IntercomDelivery\\.cpp$|2|the outbox row's own JSON: an edit, a pinned message"
    "^core/sync/IntercomDeliveryMedia\\.cpp$|11|the outbox row's own JSON (media, phone, note) and Telegram's getFile"
    "^core/sync/TelegramDelivery\\.cpp$|2|the outbox row's keyboard and Telegram's sendMessage answer"
    "^core/sync/SyncEngine\\.cpp$|2|Telegram's getMe (the bot's username and id)"
    "^core/models/ConnectionTester\\.cpp$|1|Telegram's getMe")

file(GLOB_RECURSE sources RELATIVE ${ROOT} ${ROOT}/core/*.cpp ${ROOT}/core/*.h)
list(SORT sources)
set(problems 0)
foreach(source IN LISTS sources)
    if(source MATCHES "^core/intercom/")
        continue()
    endif()
    file(STRINGS ${ROOT}/${source} calls REGEX "\\.value\\(u\"")
    list(LENGTH calls count)
    if(count EQUAL 0)
        continue()
    endif()
    set(limit 0)
    foreach(entry IN LISTS allowed)
        string(REPLACE "|" ";" parts "${entry}")
        list(GET parts 0 pattern)
        if(source MATCHES "${pattern}")
            list(GET parts 1 limit)
            break()
        endif()
    endforeach()
    if(limit STREQUAL "ALL" OR count LESS_EQUAL limit)
        continue()
    endif()
    math(EXPR problems "${problems} + 1")
    message(NOTICE "FAIL: ${source} reads JSON by key ${count} time(s), ${limit} allowed: an Intercom "
        "payload is taken apart in core/intercom/IntercomTypes.cpp (one parser per type) and read "
        "here through its typed fields; other JSON is read at its own border, and a file that must "
        "read some is listed, with whose JSON it is, in tests/layering/check-intercom-parsing.cmake")
endforeach()
if(problems GREATER 0)
    message(FATAL_ERROR "${problems} file(s) take JSON apart outside its parser")
endif()
message(STATUS "Intercom payloads are parsed in core/intercom/ only")
