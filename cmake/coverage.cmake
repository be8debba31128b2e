# The coverage tier (TESTING.md, "Coverage"): with CLUSCTL_COVERAGE=ON every
# target is built by gcc with --coverage at -O0, and ctest runs
#   coverage_reset    first (a fixture's setup): removes the old counters;
#   every other test  (each requires the fixture clusctl_coverage);
#   coverage_win      the Windows shim's tests in a nested mingw-w64 build
#                     with --coverage, under Wine (when both are there);
#   coverage_report   last (the fixture's cleanup): tests/coverage.sh report,
#                     gcovr's figures for the core, the tool and the shim, the
#                     HTML report in BUILD/coverage/, failing below the
#                     thresholds that tests/coverage.sh states.
# Included by the top-level CMakeLists.txt before any target; the functions
# are no-ops without CLUSCTL_COVERAGE.
option(CLUSCTL_COVERAGE "Build with gcc's --coverage and report with gcovr after the tests" OFF)

if(CLUSCTL_COVERAGE)
  if(NOT CMAKE_C_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "CLUSCTL_COVERAGE needs gcc (gcov's data): configure with CC=gcc")
  endif()
  if(CLUSCTL_SANITIZE OR CLUSCTL_FUZZ)
    message(FATAL_ERROR "CLUSCTL_COVERAGE does not go with CLUSCTL_SANITIZE or CLUSCTL_FUZZ")
  endif()
  # -O0 after the build type's flags, so that every line and branch of the
  # source is one in the object code.
  add_compile_options(--coverage -O0)
  add_link_options(--coverage)
  # test_threads runs the library from several threads at once: its counters
  # must be updated atomically, else gcov reads torn counts (negative branch
  # counts, which gcovr refuses).
  include(CheckCCompilerFlag)
  check_c_compiler_flag(-fprofile-update=atomic CLUSCTL_HAVE_PROFILE_UPDATE_ATOMIC)
  if(CLUSCTL_HAVE_PROFILE_UPDATE_ATOMIC)
    add_compile_options(-fprofile-update=atomic)
  endif()
  if(NOT WIN32)
    # The shared library exports the public API only (tests/exported_symbols.sh):
    # not the libgcov it links.
    add_link_options($<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,SHARED_LIBRARY>:LINKER:--exclude-libs,libgcov.a>)
  endif()
  # The native build reports; a cross build (the shim's, under Wine) only
  # collects counters for the native build's report.
  if(NOT CMAKE_CROSSCOMPILING)
    set(_cctl_coverage_report ON)
  endif()
endif()

# Makes every test of the calling directory (CMakeLists.txt) require the
# fixture, so that ctest runs them after coverage_reset and before
# coverage_report. Each directory that adds tests calls it at its end;
# clusctl_coverage_tests() checks that none was missed.
function(clusctl_coverage_fixture)
  if(NOT _cctl_coverage_report)
    return()
  endif()
  get_property(tests DIRECTORY PROPERTY TESTS)
  if(tests)
    set_property(TEST ${tests} APPEND PROPERTY FIXTURES_REQUIRED clusctl_coverage)
    set_property(GLOBAL APPEND PROPERTY CLUSCTL_COVERAGE_FIXTURE_TESTS ${tests})
  endif()
endfunction()

# Every test of DIR and of its subdirectories, into OUT.
function(_cctl_tests_under dir out)
  get_property(tests DIRECTORY ${dir} PROPERTY TESTS)
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(sub ${subdirs})
    _cctl_tests_under(${sub} sub_tests)
    list(APPEND tests ${sub_tests})
  endforeach()
  set(${out} ${tests} PARENT_SCOPE)
endfunction()

# The reset, the shim's run and the report: called at the end of the
# top-level CMakeLists.txt, after every directory with tests.
function(clusctl_coverage_tests)
  if(NOT _cctl_coverage_report OR NOT CLUSCTL_BUILD_TESTS)
    return()
  endif()
  _cctl_tests_under(${PROJECT_SOURCE_DIR} all_tests)
  get_property(tagged GLOBAL PROPERTY CLUSCTL_COVERAGE_FIXTURE_TESTS)
  list(REMOVE_ITEM all_tests ${tagged})
  if(all_tests)
    message(FATAL_ERROR "coverage: tests outside the fixture (call clusctl_coverage_fixture() "
                        "at the end of their CMakeLists.txt): ${all_tests}")
  endif()

  find_program(CLUSCTL_GCOVR gcovr DOC "gcovr, for the coverage report")
  find_program(CLUSCTL_GCOV NAMES gcov-${CMAKE_C_COMPILER_VERSION_MAJOR} gcov
               DOC "The gcov of the C compiler")
  if(NOT CLUSCTL_GCOVR OR NOT CLUSCTL_GCOV)
    message(FATAL_ERROR "CLUSCTL_COVERAGE needs gcovr and gcov (Debian: apt-get install gcovr)")
  endif()
  set(script ${PROJECT_SOURCE_DIR}/tests/coverage.sh)

  add_test(NAME coverage_reset COMMAND bash ${script} reset ${PROJECT_BINARY_DIR})
  set_tests_properties(coverage_reset PROPERTIES FIXTURES_SETUP clusctl_coverage
                       LABELS "coverage")

  # The shim: src/win/ runs only on Windows, so its counters come from the
  # mingw-w64 build of the Windows tests, run under Wine.
  find_program(CLUSCTL_COVERAGE_MINGW_GCC x86_64-w64-mingw32-gcc
               DOC "mingw-w64 gcc, for the shim's coverage")
  find_program(CLUSCTL_COVERAGE_WINE NAMES wine64 wine PATHS /usr/lib/wine
               DOC "Wine, for the shim's coverage")
  if(CLUSCTL_COVERAGE_MINGW_GCC AND CLUSCTL_COVERAGE_WINE)
    add_test(NAME coverage_win
      COMMAND bash ${script} win ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}/win)
    set_tests_properties(coverage_win PROPERTIES TIMEOUT 600)
  else()
    add_test(NAME coverage_win COMMAND ${CMAKE_COMMAND} -E echo
             "skipped: the shim's coverage needs x86_64-w64-mingw32-gcc and wine64")
    set_tests_properties(coverage_win PROPERTIES SKIP_REGULAR_EXPRESSION "skipped: ")
  endif()
  set_tests_properties(coverage_win PROPERTIES FIXTURES_REQUIRED clusctl_coverage
                       LABELS "coverage")

  add_test(NAME coverage_report
    COMMAND bash ${script} report ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR}
            ${CLUSCTL_GCOVR} ${CLUSCTL_GCOV})
  set_tests_properties(coverage_report PROPERTIES FIXTURES_CLEANUP clusctl_coverage
                       LABELS "coverage" TIMEOUT 300)
endfunction()
