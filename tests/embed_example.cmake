# The embed-example test (cmake -P): installs the build tree BUILD_DIR into a
# fresh prefix under WORK_DIR, builds SOURCE_DIR/examples/embed against it with
# find_package(reportlint), runs it on examples/report-2015.txt and compares
# what it prints with examples/embed/report-2015.expected.
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
foreach(installed include/reportlint/checker.h bin/reportlint)
  if(NOT EXISTS ${prefix}/${installed})
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()
# Only the prefix: nothing of the build tree or the source's include/ is seen.
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/embed -B ${WORK_DIR}/build
    -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release)
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)

execute_process(COMMAND ${WORK_DIR}/build/embed ${SOURCE_DIR}/examples/report-2015.txt
  WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "embed exited ${rc}, expected 1 (error findings)\n${out}\n${err}")
endif()
file(READ ${SOURCE_DIR}/examples/embed/report-2015.expected expected)
string(REPLACE "${SOURCE_DIR}/" "" out "${out}")
if(NOT out STREQUAL expected)
  file(WRITE ${WORK_DIR}/report-2015.actual "${out}")
  message(FATAL_ERROR "embed printed something else than examples/embed/report-2015.expected; "
                      "see ${WORK_DIR}/report-2015.actual:\n${out}")
endif()
message(STATUS "embed-example: installed, built with find_package and ran as expected")
