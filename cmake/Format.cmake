# `format` rewrites the sources with clang-format 14 and the project's .clang-format;
# `format-check` changes nothing and fails on any drift (CI runs it: packaging/ci-checks.sh).
# clang-format's output differs between major versions, so both insist on version 14.
find_program(TGIC_CLANG_FORMAT NAMES clang-format-14 clang-format DOC "clang-format 14")
if(TGIC_CLANG_FORMAT)
    execute_process(COMMAND ${TGIC_CLANG_FORMAT} --version OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT version MATCHES "version 14\\.")
        message(STATUS "format, format-check: ${TGIC_CLANG_FORMAT} is not clang-format 14 (${version}); targets not added")
        return()
    endif()
    file(GLOB_RECURSE tgic_format_sources CONFIGURE_DEPENDS
        RELATIVE ${PROJECT_SOURCE_DIR}
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/sandbox/*.cpp ${PROJECT_SOURCE_DIR}/sandbox/*.h
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/translations/*.cpp ${PROJECT_SOURCE_DIR}/translations/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format
        COMMAND ${TGIC_CLANG_FORMAT} -i ${tgic_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format 14: rewriting the sources"
        VERBATIM)
    add_custom_target(format-check
        COMMAND ${TGIC_CLANG_FORMAT} --dry-run -Werror ${tgic_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format 14: checking the sources (run the 'format' target to fix)"
        VERBATIM)
else()
    message(STATUS "format, format-check: clang-format 14 not found; targets not added")
endif()
