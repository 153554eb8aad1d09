# A clone builds and passes its tests with nothing beside it: no build or test file may name a
# path outside the checkout. Run as: cmake -DROOT=<checkout> -P check-self-contained.cmake
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<checkout> -P check-self-contained.cmake")
endif()
file(GLOB_RECURSE files RELATIVE "${ROOT}"
    "${ROOT}/CMakeLists.txt" "${ROOT}/cmake/*" "${ROOT}/core/*" "${ROOT}/ui/*" "${ROOT}/app/*"
    "${ROOT}/tests/*" "${ROOT}/packaging/*" "${ROOT}/.ci/*" "${ROOT}/sandbox/*")
set(found "")
foreach(file IN LISTS files)
    # This checker names the pattern it looks for; the API descriptions are data.
    if(file MATCHES "^tests/(specs|layering)/" OR file MATCHES "(node_modules|/fixture/)")
        continue()
    endif()
    if(NOT file MATCHES "(CMakeLists\\.txt|\\.cmake|\\.cpp|\\.h|\\.sh|\\.py|/run)$")
        continue()
    endif()
    file(STRINGS "${ROOT}/${file}" lines REGEX "\\.\\./shared|PROJECT_SOURCE_DIR}/\\.\\.|CMAKE_SOURCE_DIR}/\\.\\.")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        list(APPEND found "${file}: ${line}")
    endforeach()
endforeach()
if(found)
    list(JOIN found "\n  " text)
    message(FATAL_ERROR "FAIL: these name a path outside the checkout:\n  ${text}")
endif()
message(STATUS "nothing reads outside the checkout")
