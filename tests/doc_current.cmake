# Checks that a generated document is current: runs TOOL with ARGS and
# compares its output, after the first HEADER_LINES lines of FILE, with the
# rest of FILE.   -DTOOL=path [-DRUNNER="a|b"] -DARGS="a|b" -DFILE=path
# -DHEADER_LINES=n (RUNNER: see cli_run.cmake)
string(REPLACE "|" ";" ARGS "${ARGS}")
string(REPLACE "|" ";" RUNNER "${RUNNER}")
execute_process(COMMAND ${RUNNER} ${TOOL} ${ARGS} RESULT_VARIABLE status OUTPUT_VARIABLE out)
string(REPLACE "\r\n" "\n" out "${out}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${TOOL} ${ARGS} failed: ${status}")
endif()
file(READ "${FILE}" text)
# Drop the header lines.
set(rest "${text}")
foreach(i RANGE 1 ${HEADER_LINES})
  string(FIND "${rest}" "\n" nl)
  math(EXPR nl "${nl} + 1")
  string(SUBSTRING "${rest}" ${nl} -1 rest)
endforeach()
if(NOT rest STREQUAL out)
  message(FATAL_ERROR "${FILE} is not current: regenerate it with tests/gen_docs.sh")
endif()
message(STATUS "${FILE} is current")
