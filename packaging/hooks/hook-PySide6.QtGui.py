# Replaces PyInstaller's hook for PySide6.QtGui: the same Qt libraries and plugins, less the
# plugins DuoDesk never loads, so that what only they need (GTK, Qt Quick and QML, Qt PDF, the
# virtual keyboard, embedded-display support) stays out of the bundle.

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = (
    "egldeviceintegrations/",  # full-screen embedded displays
    "generic/",  # raw input devices of embedded systems
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "platforms/libqvnc",
    "platforms/qdirect2d",
    "platformthemes/libqgtk3",  # pulls in all of GTK; the portal theme does the same job
    "platforminputcontexts/libqtvirtualkeyboardplugin",  # Qt Quick
    "imageformats/libqpdf",  # Qt PDF, Qt Quick
    "imageformats/qpdf",
    # Pictures DuoDesk never reads: its icons are SVG, its charts PNG (built into Qt), and an
    # attached photo is kept as a file, never drawn.
    "imageformats/libqgif",
    "imageformats/libqjpeg",
    "imageformats/libqicns",
    "imageformats/libqico",
    "imageformats/libqtga",
    "imageformats/libqtiff",
    "imageformats/libqwbmp",
    "imageformats/libqwebp",
)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, target)
    for source, target in binaries
    if not any(part in source.replace("\\", "/") for part in UNUSED_PLUGINS)
]
