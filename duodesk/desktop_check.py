"""Before the window opens on Linux: is there a screen, and are Qt's system libraries there?

Without them Qt stops the program with a message about "the xcb platform plugin" that names
the wrong library, or none. This check runs first, loads each library Qt's X11 plugin needs
(the list comes from ``ldd`` on PySide6's ``plugins/platforms/libqxcb.so``) and, if any is
missing, says in one line which Debian/Ubuntu packages to install. No Qt is loaded here.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# The shared libraries Qt's xcb platform plugin loads that a minimal system may lack, and the
# Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def missing_packages(load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """The packages whose library cannot be loaded, in the order of :data:`XCB_LIBRARIES`."""
    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            load(library)
        except OSError:
            missing.append(package)
    return missing


def window_problem(
    environ: dict[str, str] | None = None,
    platform: str = sys.platform,
    load: Callable[[str], object] = ctypes.CDLL,
) -> str | None:
    """One sentence saying why the window cannot open here, or None when it can (as far as
    can be told before Qt starts). Only Linux with Qt's usual X11 plugin is checked."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith("xcb"):
        return None  # wayland, offscreen...: Qt's own checks apply
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "DuoDesk cannot open its window: no desktop screen was found (DISPLAY is not set). "
            "Start it from the desktop; the commands (duodesk --help) work without one."
        )
    if not chosen and env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return None
    missing = missing_packages(load)
    if missing:
        return (
            "DuoDesk cannot open its window: system libraries are missing. Install them with: "
            f"sudo apt-get install {' '.join(missing)}"
        )
    return None
