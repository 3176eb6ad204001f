# Desktop integration files and the Debian package. Included from the top-level CMakeLists.txt;
# build the package from any configured build tree with `cpack -G DEB` (or `cpack --preset ci`).
include(GNUInstallDirs)

set(SHIFTLANE_APP_ID org.shiftlane.Shiftlane)
set(_packaging_dir ${PROJECT_SOURCE_DIR}/packaging)

install(FILES ${_packaging_dir}/${SHIFTLANE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_packaging_dir}/${SHIFTLANE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/shiftlane.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SHIFTLANE_APP_ID}.svg)
# update-mime-database, update-desktop-database and the icon cache are run by the dpkg
# triggers that shared-mime-info, desktop-file-utils and hicolor-icon-theme register on these
# directories, so the package needs no maintainer scripts of its own.
install(FILES ${_packaging_dir}/${SHIFTLANE_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${SHIFTLANE_APP_ID}.xml)

set(CPACK_PACKAGE_NAME shiftlane)
set(CPACK_PACKAGE_VENDOR "Shiftlane")
set(CPACK_PACKAGE_CONTACT "Shiftlane developers <dev@shiftlane.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Shiftlane plans the week for customer-service teams of freelancers in several time zones: \
a timeline of every freelancer's shifts, a solver that fills the rest, coverage against demand, \
and a command-line tool (shiftlane-cli).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Binaries from a RelWithDebInfo tree carry debug info; the package does not need it.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # shiftlane_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://shiftlane.invalid")
# dpkg-shlibdeps (dpkg-dev) finds the shared libraries the binaries link (libqt6core6 ...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so shlibdeps cannot see them: the SQLite driver opens every
# file, the platform plugins (xcb, wayland, offscreen) show the window, and the SVG icon engine
# draws the window icon.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme")

set(CPACK_GENERATOR DEB)
include(CPack)
