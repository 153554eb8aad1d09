# Fails on any #include that runs up the layers (docs/architecture.md):
#
#   net, clock → telegram/intercom/secrets → store → identity → sync, team, health → models → ui → app
#
# A file may include its own layer and any layer to its left, never one to its right. Besides:
# the emulators (core/sandbox) include nothing of the client's but the clock seam (they stand
# in for the services and must not share its assumptions), the client includes nothing of the
# emulators (only the apps' sandbox mode does), and ui/ reaches the core through models/ only:
# not store/, identity/ or sync/.
#
#   cmake -DROOT=<source dir> [-DSCAN=core,app,ui,translations] -P check-layering.cmake
#
# Plain CMake so that CI needs nothing beyond the build tools.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -P check-layering.cmake")
endif()
if(NOT SCAN)
    set(SCAN core,app,ui,translations)
endif()
string(REPLACE "," ";" SCAN "${SCAN}")

# Layer of a source path (relative to ROOT): a rank, or "sandbox", or "" for an unknown folder.
function(layer_of path out)
    set(rank "")
    if(path MATCHES "^core/sandbox/")
        set(rank sandbox)
    elseif(path MATCHES "^core/[^/]+$")
        set(rank 0) # Logging.h and other leaf helpers at the root of core/
    elseif(path MATCHES "^core/(net|clock)/")
        set(rank 0)
    elseif(path MATCHES "^core/(telegram|intercom|secrets)/")
        set(rank 1)
    elseif(path MATCHES "^core/store/")
        set(rank 2)
    elseif(path MATCHES "^core/identity/")
        set(rank 3)
    elseif(path MATCHES "^core/(sync|team|health)/")
        set(rank 4) # team: who of several workstations runs the sync; health: watches both

    elseif(path MATCHES "^core/models/")
        set(rank 5)
    elseif(path MATCHES "^(ui|translations|resources)/")
        set(rank 6)
    elseif(path MATCHES "^app/")
        set(rank 7)
    endif()
    set(${out} "${rank}" PARENT_SCOPE)
endfunction()

# The include roots the targets export (tgic_core, its clock, tgic_models, tgic_ui, tgic_i18n; the
# emulators are reached as "sandbox/…" through core/).
set(roots core core/clock core/models ui translations)

set(failures 0)
set(scanned 0)
foreach(dir IN LISTS SCAN)
    file(GLOB_RECURSE files RELATIVE "${ROOT}" "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.cpp")
    foreach(file IN LISTS files)
        math(EXPR scanned "${scanned} + 1")
        layer_of("${file}" from)
        if(from STREQUAL "")
            message(NOTICE "FAIL: ${file}: in no known layer; add its folder to tests/layering/check-layering.cmake")
            math(EXPR failures "${failures} + 1")
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
            layer_of("${target}" to)
            set(problem "")
            if(from STREQUAL "sandbox" AND target MATCHES "^core/clock/")
                # The one clock seam (tgic_clock) is shared on purpose: a test moves both sides' time.
            elseif(from STREQUAL "sandbox" OR to STREQUAL "sandbox")
                if(NOT from STREQUAL to AND NOT (to STREQUAL "sandbox" AND from EQUAL 7))
                    set(problem "the emulators and the client do not include each other")
                endif()
            elseif(to GREATER from)
                set(problem "runs up the layers")
            elseif(file MATCHES "^ui/" AND target MATCHES "^core/(store|identity|sync)/")
                set(problem "ui/ reaches the core through models/")
            endif()
            if(problem STREQUAL "")
                continue()
            endif()
            message(NOTICE "FAIL: ${file} includes ${target}: ${problem}")
            math(EXPR failures "${failures} + 1")
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
