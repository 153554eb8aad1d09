# Compile policy for every target of ours, in one INTERFACE target rather than global flags.
add_library(tgic_options INTERFACE)
target_compile_features(tgic_options INTERFACE cxx_std_20)
target_compile_options(tgic_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-qual
    # The same intent in each compiler's words: a local that hides another local.
    $<IF:$<CXX_COMPILER_ID:Clang>,-Wshadow-uncaptured-local,-Wshadow=local>)
target_compile_definitions(tgic_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TGIC_VERSION="${PROJECT_VERSION}")
if(TGIC_WERROR)
    target_compile_options(tgic_options INTERFACE -Werror)
endif()

# The sanitizers and the fuzzers (options declared in cmake/Options.cmake).
if(TGIC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TGIC_FUZZ needs clang (libFuzzer): configure with CXX=clang++ or the 'sanitize' preset")
    endif()
    target_compile_options(tgic_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
if(TGIC_SANITIZE)
    target_compile_options(tgic_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(tgic_options INTERFACE -fsanitize=address,undefined)
endif()
