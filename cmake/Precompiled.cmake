# Precompiled Qt headers for the large libraries (TGIC_PCH, cmake/Options.cmake): CI on 2 cores.
# Parsing Qt's headers is most of each translation unit's compile time; a per-target PCH of the
# headers nearly every file includes cuts the libraries' build by about a third (gcc and clang).
# Sources still include what they use: the PCH only makes it cheap, and clang-tidy (which runs
# without it, see packaging/ci-checks.sh) fails on a file that relies on it.
# The sanitize preset turns it off: clang's PCH holds absolute paths, so ccache cannot share its
# users between clones, and in CI a warm cache beats a PCH (CMakePresets.json says more).

set(TGIC_PCH_CORE
    <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QList> <QtCore/QHash>
    <QtCore/QVariant> <QtCore/QJsonObject> <QtCore/QJsonArray> <QtCore/QJsonDocument>
    <QtCore/QJsonValue> <QtCore/QDateTime> <QtCore/QTimer> <QtCore/QPointer> <QtCore/QUrl>
    <QtCore/QLoggingCategory> <functional> <memory> <optional>)
set(TGIC_PCH_SQL <QtSql/QSqlDatabase> <QtSql/QSqlQuery> <QtSql/QSqlError>)
set(TGIC_PCH_NETWORK <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply>)
set(TGIC_PCH_WIDGETS
    <QtWidgets/QWidget> <QtWidgets/QDialog> <QtWidgets/QLabel> <QtWidgets/QPushButton>
    <QtWidgets/QBoxLayout> <QtWidgets/QTreeView> <QtWidgets/QLineEdit> <QtWidgets/QMainWindow>)

# tgic_precompile(target [SQL] [NETWORK] [WIDGETS])
function(tgic_precompile target)
    if(NOT TGIC_PCH)
        return()
    endif()
    cmake_parse_arguments(PCH "SQL;NETWORK;WIDGETS" "" "" ${ARGN})
    set(headers ${TGIC_PCH_CORE})
    if(PCH_SQL)
        list(APPEND headers ${TGIC_PCH_SQL})
    endif()
    if(PCH_NETWORK)
        list(APPEND headers ${TGIC_PCH_NETWORK})
    endif()
    if(PCH_WIDGETS)
        list(APPEND headers ${TGIC_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
    # ccache can only cache a gcc TU that uses a PCH through -include when the PCH's path is in
    # the preprocessed output (and its sloppiness allows pch_defines,time_macros: bootstrap.sh).
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
        target_compile_options(${target} PRIVATE -fpch-preprocess)
    endif()
endfunction()

# One PCH for the test suites that use neither Widgets nor Gui (most of them), built once and
# reused by each (REUSE_FROM): a suite is one large file, so a PCH of its own would cost as much
# as it saves. Only Qt Core's headers go in: the compiler refuses a PCH built with a QT_*_LIB
# macro the suite lacks (not every suite uses Sql or Network), and Qt Test's headers read
# QT_TESTCASE_BUILDDIR, which Qt defines differently for each suite.
function(tgic_test_precompiled_headers)
    if(NOT TGIC_PCH OR TARGET tgic_test_pch)
        return()
    endif()
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/tgic_test_pch.cpp "// the tests' shared precompiled header\n")
    add_library(tgic_test_pch OBJECT ${CMAKE_CURRENT_BINARY_DIR}/tgic_test_pch.cpp)
    target_link_libraries(tgic_test_pch PRIVATE Qt6::Core tgic_options)
    target_precompile_headers(tgic_test_pch PRIVATE ${TGIC_PCH_CORE}
        <QtCore/QTemporaryDir> <QtCore/QCoreApplication> <QtCore/QElapsedTimer>)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
        target_compile_options(tgic_test_pch PRIVATE -fpch-preprocess)
    endif()
endfunction()

# tgic_test_precompile(target): the suite reads the tests' shared PCH.
function(tgic_test_precompile target)
    if(NOT TARGET tgic_test_pch)
        return()
    endif()
    target_precompile_headers(${target} REUSE_FROM tgic_test_pch)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
        target_compile_options(${target} PRIVATE -fpch-preprocess)
    endif()
endfunction()
