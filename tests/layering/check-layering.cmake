# The one statement of the architecture: which folder may include which. Everything else that
# states the layer order (docs/architecture.md, README.md, CONTRIBUTING.md) quotes the line this
# prints with -DPRINT=ON, and CTest layering_docs fails when one of them says otherwise.
#
#   cmake -DROOT=<source dir> [-DSCAN=core,sandbox,app,ui,translations] -P check-layering.cmake
#   cmake -DPRINT=ON -P check-layering.cmake                      the layer order, one line
#   cmake -DROOT=<source dir> -DDOCS=README.md;... -P check-layering.cmake   the docs agree
#
# The rules, each proved by a fixture in tests/layering/CMakeLists.txt:
#   1. A file includes its own folder, its rank-mates' only where declared below, and any folder
#      of a lower rank; never one of a higher rank.
#   2. ui/ (and translations/) reach the core through models/: no other folder of core/ (its
#      root helpers, Logging.h, Redactor.h, LogScrub.h and LogFile.h, are everyone's).
#   3. The emulators (sandbox/) include nothing of the client's but what it shares with them on
#      purpose (below); the client includes nothing of the emulators (only the apps' sandbox
#      mode does, from app/).
#
# Plain CMake so that CI needs nothing beyond the build tools.
cmake_minimum_required(VERSION 3.25)

# The ranks, lowest first. A name is a folder of core/, or ui, translations, resources, app.
set(ranks
    "clock"                     # the one source of "now"; with the helpers at the root of core/
    "net"                       # one job type and a scheduler per service
    "telegram intercom secrets" # the two APIs, their types and parsers; the keychain
    "store"                     # the only SQL writes; the change bus
    "identity"                  # who is who: anchors, resolution, repairs
    "sync team"                 # the pipelines; who of several workstations runs them
    "health"                    # watches the pipelines and the election through their signals
    "models"                    # what the views bind to (no Widgets)
    "ui translations resources" # the widgets, the translator set-up, the icons
    "app")                      # tgic and tgic-cli: composition

# Rank-mates that may include one another, "from>to", each with its reason.
set(declared_mates
    "ui>translations") # the Settings dialog lists the languages and saves the choice

# What the client shares with the emulators on purpose: the clock (a test moves both sides' time),
# the Bot API's list of update types (what the client asks for is what the emulator knows) and
# the business chats' 24-hour reply window (the panel's "until" is the emulator's refusal).
set(shared_with_emulators "^core/clock/" "^core/telegram/UpdateTypes\\.h$"
    "^core/telegram/BusinessReplyWindow\\.h$")

# The order as prose: "clock → net → telegram, intercom, secrets → …".
set(order "")
foreach(rank IN LISTS ranks)
    string(REPLACE " " ", " names "${rank}")
    if(order STREQUAL "")
        set(order "${names}")
    else()
        string(APPEND order " → ${names}")
    endif()
endforeach()
if(PRINT)
    message(NOTICE "${order}")
    return()
endif()

if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -P check-layering.cmake")
endif()

set(failures 0)
function(fail text)
    message(NOTICE "FAIL: ${text}")
    math(EXPR n "${failures} + 1")
    set(failures ${n} PARENT_SCOPE)
endfunction()

# The docs quote the order; any other line that states one (it names store, identity and models
# with arrows) is out of date.
if(DOCS)
    foreach(doc IN LISTS DOCS)
        if(NOT EXISTS "${ROOT}/${doc}")
            fail("${doc}: missing")
            continue()
        endif()
        file(STRINGS "${ROOT}/${doc}" lines ENCODING UTF-8 REGEX "→")
        set(quoted FALSE)
        foreach(line IN LISTS lines)
            string(STRIP "${line}" line)
            string(REGEX REPLACE "^`(.*)`$" "\\1" line "${line}")
            if(line STREQUAL order)
                set(quoted TRUE)
            elseif(line MATCHES "store" AND line MATCHES "identity" AND line MATCHES "models")
                fail("${doc} states another layer order: '${line}'; the layers are: ${order}")
            endif()
        endforeach()
        if(NOT quoted)
            fail("${doc} does not state the layer order; quote it as: ${order}")
        endif()
    endforeach()
    if(failures GREATER 0)
        message(FATAL_ERROR "${failures} statement(s) of the architecture out of date")
    endif()
    message(STATUS "the docs state the layers as check-layering.cmake does")
    return()
endif()

if(NOT SCAN)
    set(SCAN core,sandbox,app,ui,translations)
endif()
string(REPLACE "," ";" SCAN "${SCAN}")

# The folder a source path (relative to ROOT) belongs to, as the ranks name it: "store" for
# core/store/…, "root" for a file at the root of core/, "sandbox", or "" for an unknown folder.
function(folder_of path out)
    set(name "")
    if(path MATCHES "^core/([^/]+)/")
        set(name "${CMAKE_MATCH_1}")
    elseif(path MATCHES "^core/[^/]+$")
        set(name root)
    elseif(path MATCHES "^(sandbox|ui|translations|resources|app)/")
        set(name "${CMAKE_MATCH_1}")
    endif()
    set(${out} "${name}" PARENT_SCOPE)
endfunction()

# The rank of a folder; "" when it has none.
function(rank_of name out)
    set(rank "")
    if(name STREQUAL "root")
        set(rank 0)
    else()
        set(index 0)
        foreach(names IN LISTS ranks)
            string(REPLACE " " ";" names "${names}")
            if(name IN_LIST names)
                set(rank ${index})
                break()
            endif()
            math(EXPR index "${index} + 1")
        endforeach()
    endif()
    set(${out} "${rank}" PARENT_SCOPE)
endfunction()

# The include roots the targets export (tgic_core, its clock, tgic_models, tgic_ui, tgic_i18n; the
# emulators are reached as "sandbox/…" from the top of the checkout).
set(roots core core/clock core/models ui translations .)

set(scanned 0)
foreach(dir IN LISTS SCAN)
    file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.cpp")
    foreach(file IN LISTS files)
        math(EXPR scanned "${scanned} + 1")
        folder_of("${file}" from)
        rank_of("${from}" fromRank)
        if(fromRank STREQUAL "" AND NOT from STREQUAL "sandbox")
            fail("${file}: in no known layer; add its folder to tests/layering/check-layering.cmake")
            continue()
        endif()
        get_filename_component(here "${file}" DIRECTORY)
        file(STRINGS "${ROOT}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" name "${line}")
            # Resolve as the compiler does for quotes: the including file's folder first, then the roots.
            set(target "")
            foreach(base IN ITEMS "${here}" ${roots})
                if(EXISTS "${ROOT}/${base}/${name}" AND NOT IS_DIRECTORY "${ROOT}/${base}/${name}")
                    cmake_path(SET target NORMALIZE "${base}/${name}")
                    break()
                endif()
            endforeach()
            if(target STREQUAL "")
                continue() # generated (moc, ui_*.h) or not ours
            endif()
            folder_of("${target}" to)
            if(to STREQUAL from)
                continue()
            endif()
            rank_of("${to}" toRank)
            set(problem "")
            if(from STREQUAL "sandbox" OR to STREQUAL "sandbox")
                set(shared FALSE)
                foreach(pattern IN LISTS shared_with_emulators)
                    if(target MATCHES "${pattern}")
                        set(shared TRUE)
                    endif()
                endforeach()
                if(from STREQUAL "sandbox" AND NOT shared)
                    set(problem "the emulators include nothing of the client's but what it shares with them")
                elseif(to STREQUAL "sandbox" AND NOT from STREQUAL "app")
                    set(problem "the client includes nothing of the emulators (only app/ does)")
                endif()
            elseif(from MATCHES "^(ui|translations)$" AND target MATCHES "^core/[^/]+/" AND NOT to STREQUAL "models")
                set(problem "ui/ reaches the core through models/")
            elseif(toRank GREATER fromRank)
                set(problem "runs up the layers")
            elseif(toRank EQUAL fromRank AND NOT to STREQUAL "root" AND NOT "${from}>${to}" IN_LIST declared_mates)
                set(problem "${from}/ and ${to}/ are rank-mates: one includes the other only where declared")
            endif()
            if(NOT problem STREQUAL "")
                fail("${file} includes ${target}: ${problem}")
            endif()
        endforeach()
    endforeach()
endforeach()

if(scanned EQUAL 0)
    message(FATAL_ERROR "no sources found under ${ROOT} (${SCAN})")
endif()
if(failures GREATER 0)
    message(FATAL_ERROR "${failures} layering problem(s)")
endif()
message(STATUS "layering ok: ${scanned} files")
