# Every option of the build, in one place, each with what it is for. `feature_summary` at the
# end of the top-level CMakeLists.txt prints them after configuring.
include(FeatureSummary)

option(TGIC_BUILD_GUI "Build the desktop app (Qt Widgets). OFF proves core builds without Widgets." ON)
add_feature_info(TGIC_BUILD_GUI TGIC_BUILD_GUI "the desktop app tgic (Qt Widgets)")
option(TGIC_BUILD_TESTS "Build the Qt Test suites and benchmarks" ON)
add_feature_info(TGIC_BUILD_TESTS TGIC_BUILD_TESTS "the Qt Test suites and benchmarks (CTest)")
option(TGIC_BUILD_SANDBOX
    "Build the API emulators and the apps' sandbox mode (always built with TGIC_BUILD_TESTS: the tests need them)" ON)
add_feature_info(TGIC_BUILD_SANDBOX TGIC_BUILD_SANDBOX "the API emulators and --sandbox")

option(TGIC_WERROR "Treat compiler warnings as errors (CI and the presets do)" OFF)
add_feature_info(TGIC_WERROR TGIC_WERROR "warnings are errors")
# Precompiled Qt headers for the large libraries (cmake/Precompiled.cmake says why and when not).
option(TGIC_PCH "Precompile the common Qt headers of the large libraries" ON)
add_feature_info(TGIC_PCH TGIC_PCH "precompiled Qt headers")
# ASan + UBSan (the "sanitize" preset). Any undefined behaviour stops the program, so a test
# that triggers it fails rather than printing a line nobody reads.
option(TGIC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# libFuzzer targets (tests/fuzz); clang only. Implies TGIC_SANITIZE: the libraries get the
# fuzzer's coverage instrumentation, so one sanitizer tree builds both the fuzzers and the suites.
option(TGIC_FUZZ "Build the libFuzzer targets in tests/fuzz (clang only; implies TGIC_SANITIZE)" OFF)
if(TGIC_FUZZ)
    set(TGIC_SANITIZE ON)
endif()
add_feature_info(TGIC_SANITIZE TGIC_SANITIZE "AddressSanitizer and UndefinedBehaviorSanitizer")
add_feature_info(TGIC_FUZZ TGIC_FUZZ "the libFuzzer targets (clang)")
