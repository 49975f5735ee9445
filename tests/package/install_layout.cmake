# `cmake --install` into a fresh prefix puts every file a user looks for where
# the tools look: the binary, reportlint(1), three shells' completions, the docs.
#   cmake -DBUILD_DIR=… -DPREFIX=… -P install_layout.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
include(GNUInstallDirs)
set(expected
  ${CMAKE_INSTALL_BINDIR}/reportlint
  ${CMAKE_INSTALL_MANDIR}/man1/reportlint.1
  share/bash-completion/completions/reportlint
  share/zsh/vendor-completions/_reportlint
  share/fish/vendor_completions.d/reportlint.fish
  share/doc/reportlint/README.md
  share/doc/reportlint/docs/cli.md
  share/doc/reportlint/docs/install.md
  share/doc/reportlint/examples/report-2015.txt
  include/reportlint/checker.h
  ${CMAKE_INSTALL_LIBDIR}/cmake/reportlint/reportlintConfig.cmake)
set(missing "")
foreach(f ${expected})
  if(NOT EXISTS ${PREFIX}/${f})
    list(APPEND missing ${f})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "not installed under ${PREFIX}: ${missing}")
endif()
# The installed binary runs and checks the installed example: exit 1, findings.
execute_process(COMMAND ${PREFIX}/${CMAKE_INSTALL_BINDIR}/reportlint check --lang en
                        ${PREFIX}/share/doc/reportlint/examples/report-2015.txt
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 1 OR NOT out MATCHES "ogi-2008/required-contents")
  message(FATAL_ERROR "installed reportlint check: exit ${rc}, output:\n${out}")
endif()
# SARIF links each rule to its page where this binary is installed, and the page is there.
execute_process(COMMAND ${PREFIX}/${CMAKE_INSTALL_BINDIR}/reportlint check --format sarif
                        ${PREFIX}/share/doc/reportlint/examples/report-2015.txt
                OUTPUT_VARIABLE sarif)
set(page ${PREFIX}/share/doc/reportlint/docs/rules/ogi-2008/required-contents.md)
file(REAL_PATH ${page} page_path)
if(NOT sarif MATCHES "\"helpUri\": \"file://${page_path}\"" OR NOT EXISTS ${page})
  message(FATAL_ERROR "installed reportlint's helpUri is not file://${page_path}")
endif()
message(STATUS "installed under ${PREFIX}: ${expected}")
