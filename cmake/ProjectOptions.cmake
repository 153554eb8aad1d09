# Compile policy for every target of ours, in one INTERFACE target rather than global flags.
add_library(tgic_options INTERFACE)
target_compile_features(tgic_options INTERFACE cxx_std_20)
target_compile_options(tgic_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wshadow=local -Wcast-qual)
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
