"""Before the window opens on Linux: is every system library Qt's X11 plugin needs there?

When one is missing, Qt aborts with a message that names the wrong library (since Qt 6.5 it
blames xcb-cursor0 whatever is missing). Loading the plugin first lets the system's loader say
which library it could not find, and DuoDesk says which package to install.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

#: Debian/Ubuntu packages of the libraries Qt's X11 plugin and the bundled program load.
DEBIAN_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def x11_plugin() -> Path | None:
    """Qt's X11 platform plugin, when the window would open through it (Linux, no Wayland)."""
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb" or os.environ.get("WAYLAND_DISPLAY"):
        return None
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = plugins / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_library_message(loader_error: str) -> str:
    """A sentence for the person at the keyboard from the loader's ``name: cannot open ...``."""
    library = loader_error.split(":", 1)[0].strip()
    package = DEBIAN_PACKAGES.get(library)
    install = (
        f" On Debian or Ubuntu it comes with the package {package} "
        f"(sudo apt-get install {package})."
        if package
        else ""
    )
    return (
        f"DuoDesk cannot open its window: the system library {library} is missing.{install} "
        "The README's Install section lists what DuoDesk needs."
    )


def check_display_libraries(plugin: Path | None = None) -> str | None:
    """None when the X11 plugin loads (or is not used); otherwise what to tell the person."""
    plugin = plugin if plugin is not None else x11_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return missing_library_message(str(error))
    return None
