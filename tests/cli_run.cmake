# Runs the clusctl executable once, as ctest does for the tool's own tests,
# and checks its exit status and output.
#   -DTOOL=path [-DRUNNER="wine-run|..."] -DARGS="a|b" -DEXIT=n
#   [-DSTDOUT=regex] [-DSTDERR=regex] [-DSTDOUT_FILE=path]
# RUNNER runs a cross-built tool (Wine); its CR LF line ends are read as LF.
# A nonzero EXIT without STDOUT (an error, not a refused `vm` request, which
# prints its result) also requires exactly one line on stderr and nothing on
# stdout.
if(NOT DEFINED TOOL OR NOT DEFINED EXIT)
  message(FATAL_ERROR "cli_run.cmake: TOOL and EXIT are required")
endif()
string(REPLACE "|" ";" ARGS "${ARGS}")
string(REPLACE "|" ";" RUNNER "${RUNNER}")
if(DEFINED STDOUT_FILE)
  # The output to a file (/dev/full: the tool must say it cannot write).
  execute_process(COMMAND ${RUNNER} ${TOOL} ${ARGS}
    RESULT_VARIABLE status OUTPUT_FILE ${STDOUT_FILE} ERROR_VARIABLE err)
  set(out "")
else()
  execute_process(COMMAND ${RUNNER} ${TOOL} ${ARGS}
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
string(REPLACE "\r\n" "\n" out "${out}")
string(REPLACE "\r\n" "\n" err "${err}")
if(NOT status STREQUAL EXIT)
  message(FATAL_ERROR "exit status ${status}, expected ${EXIT}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED STDOUT AND NOT out MATCHES "${STDOUT}")
  message(FATAL_ERROR "stdout does not match '${STDOUT}':\n${out}")
endif()
if(DEFINED STDERR AND NOT err MATCHES "${STDERR}")
  message(FATAL_ERROR "stderr does not match '${STDERR}':\n${err}")
endif()
if(NOT EXIT STREQUAL "0" AND NOT DEFINED STDOUT)
  string(REGEX MATCHALL "\n" newlines "${err}")
  list(LENGTH newlines lines)
  if(NOT lines EQUAL 1 OR NOT out STREQUAL "")
    message(FATAL_ERROR "expected one line on stderr and none on stdout\nstdout: ${out}\nstderr: ${err}")
  endif()
endif()
message(STATUS "ok: clusctl ${ARGS} -> ${status}")
