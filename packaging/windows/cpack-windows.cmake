# Windows: an NSIS installer (`cpack -G NSIS` in the build folder), made on a Windows machine with
# Qt 6 (MSVC build) and the libraries from vcpkg; see README.md here. Included by
# packaging/CMakeLists.txt when building for Windows. It cannot be built or tried on the Debian
# machines the project is developed on.

# The Qt libraries and plugins the programs load, next to them: windeployqt at install time.
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
find_program(WINDEPLOYQT windeployqt HINTS "${_qt_bin}" REQUIRED)
install(CODE "
    execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
        --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
        \"\${CMAKE_INSTALL_PREFIX}/bin/taizhang.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/taizhang-cli.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")
# The MSVC runtime, and the vcpkg DLLs (libxlsxwriter, libzip, poppler, uchardet, sqlite, zlib).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"\${CMAKE_INSTALL_PREFIX}/bin/taizhang.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/taizhang-cli.exe\"
        RESOLVED_DEPENDENCIES_VAR _deps
        PRE_EXCLUDE_REGEXES \"api-ms-.*\" \"ext-ms-.*\" \"Qt6.*\"
        POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\"
        DIRECTORIES \"\$ENV{VCPKG_ROOT}/installed/x64-windows/bin\")
    file(COPY \${_deps} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")
")

# The icon, rendered from the same SVG as the Linux PNGs.
set(_ico "${CMAKE_BINARY_DIR}/taizhang.ico")
add_custom_command(OUTPUT "${_ico}"
    COMMAND taizhang-iconrender "${PROJECT_SOURCE_DIR}/resources/icons/taizhang.svg" "${_ico}" 256
    DEPENDS taizhang-iconrender "${PROJECT_SOURCE_DIR}/resources/icons/taizhang.svg")
add_custom_target(taizhang_windows_icon ALL DEPENDS "${_ico}")

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Taizhang")
set(CPACK_PACKAGE_EXECUTABLES "taizhang" "台账 Taizhang")
set(CPACK_NSIS_DISPLAY_NAME "台账 Taizhang")
set(CPACK_NSIS_PACKAGE_NAME "Taizhang")
set(CPACK_NSIS_MUI_ICON "${_ico}")
set(CPACK_NSIS_MUI_UNIICON "${_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\taizhang.exe")
set(CPACK_NSIS_MENU_LINKS "bin/taizhang.exe" "台账 Taizhang")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Taizhang")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/linux/copyright")
# Double-clicking a .taizhang file opens it in Taizhang (the running one, if any).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
    WriteRegStr HKCR ".taizhang" "" "Taizhang.Ledger"
    WriteRegStr HKCR "Taizhang.Ledger" "" "Taizhang ledger"
    WriteRegStr HKCR "Taizhang.Ledger\DefaultIcon" "" "$INSTDIR\bin\taizhang.exe,0"
    WriteRegStr HKCR "Taizhang.Ledger\shell\open\command" "" '"$INSTDIR\bin\taizhang.exe" "%1"'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
    DeleteRegKey HKCR ".taizhang"
    DeleteRegKey HKCR "Taizhang.Ledger"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
