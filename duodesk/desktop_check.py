"""Before the window opens on Linux: is there a screen, and are Qt's system libraries there?

Without them Qt stops the program with a message about "the xcb platform plugin" that names
the wrong library, or none. This check runs first, loads each library Qt's X11 plugin needs
(the list comes from ``ldd`` on PySide6's ``plugins/platforms/libqxcb.so``) and, if any is
missing, says in one line which Debian/Ubuntu packages to install. It then checks that the X
display named by ``DISPLAY`` answers at all (a stale ``DISPLAY``, or ssh without X forwarding):
Qt aborts there too, naming ``libxcb-cursor0`` although it is installed. No Qt is loaded here,
and the sentences come from :mod:`duodesk.i18n`, the catalogue that needs no Qt.
"""

from __future__ import annotations

import ctypes
import os
import re
import socket
import sys
from collections.abc import Callable

from duodesk.i18n import translate

#: How long to wait for an X server to take a connection: a local one answers at once, and a
#: window that opens a second later is better than a program that seems to hang.
CONNECT_SECONDS = 2.0
_DISPLAY = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")

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


def _connects(family: int, address: object) -> bool:
    with socket.socket(family, socket.SOCK_STREAM) as connection:
        connection.settimeout(CONNECT_SECONDS)
        try:
            connection.connect(address)
        except OSError:
            return False
    return True


def display_reachable(display: str) -> bool:
    """True when an X server takes a connection at ``display`` (``":0"``, ``"unix:1"``,
    ``"localhost:10.0"``). A form this check does not know (a launchd path on a Mac, ...)
    counts as reachable: Qt then says what it finds."""
    found = _DISPLAY.match(display.strip())
    if found is None:
        return True
    host, number = found.group("host"), int(found.group("number"))
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        # The socket file, or the same name in Linux's abstract socket space.
        return _connects(socket.AF_UNIX, path) or _connects(socket.AF_UNIX, "\0" + path)
    try:
        addresses = socket.getaddrinfo(host, 6000 + number, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    return any(_connects(family, address) for family, _, _, _, address in addresses[:4])


def window_problem(
    environ: dict[str, str] | None = None,
    platform: str = sys.platform,
    load: Callable[[str], object] = ctypes.CDLL,
    reachable: Callable[[str], bool] = display_reachable,
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
        return translate(
            "DesktopCheck",
            "DuoDesk cannot open its window: no desktop screen was found (DISPLAY is not set). "
            "Start it from the desktop; the commands (duodesk --help) work without one.",
        )
    if not chosen and env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY"):
        return None
    missing = missing_packages(load)
    if missing:
        return translate(
            "DesktopCheck",
            "DuoDesk cannot open its window: system libraries are missing. Install them with: "
            "{command}",
        ).format(command=f"sudo apt-get install {' '.join(missing)}")
    display = env.get("DISPLAY", "")
    if not reachable(display):
        return translate(
            "DesktopCheck",
            "DuoDesk cannot open its window: no screen can be reached at DISPLAY={display}. "
            "Start it from the desktop itself, or over ssh with X forwarding (ssh -X); the "
            "commands (duodesk --help) work without a screen.",
        ).format(display=display)
    return None
