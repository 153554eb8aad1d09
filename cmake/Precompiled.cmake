# Precompiled Qt headers for the large libraries (issue 11: CI on 2 cores well under 20 minutes).
# Parsing Qt's headers is most of each translation unit's compile time; a per-target PCH of the
# headers nearly every file includes cuts the libraries' build by about a third (gcc and clang).
# Sources still include what they use: the PCH only makes it cheap, and clang-tidy (which runs
# without it, see packaging/ci-checks.sh) fails on a file that relies on it.
option(TGIC_PCH "Precompile the common Qt headers of the large libraries" ON)

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
