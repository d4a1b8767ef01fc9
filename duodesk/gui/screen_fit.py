"""Every window fits the screen it opens on: sized and placed from the screen's available area.

A drop-in centre laptop has a 1366x768 screen, a taskbar and often 125% or 150% scaling (a
logical screen of 1093x614 or 911x512). A window asks :func:`fit_to_screen` for the size it
would like; it gets at most the available area (the screen less its taskbar) less the title
bar and borders, and is placed inside that area. :class:`ScreenFitter`, installed once on the
application, does the same for every other window and dialog the first time it is shown, so a
window that forgot to ask cannot open with its bottom buttons under the taskbar.

A window still cannot be smaller than its layout's minimum: windows with tall content keep it
in a scroll area so that their minimum stays small (the tests check every window's minimum
against a 1366x768 screen and a 150% one).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# What the window manager adds around a window: a title bar and thin borders. Generous, so
# that a real title bar of any common desktop fits.
FRAME = QSize(16, 40)
# Kept free at the bottom of a screen whose desktop does not say where its taskbar is (in
# screen pixels): 768 less this is the 700 a 1366x768 laptop leaves for windows.
UNKNOWN_TASKBAR = 68
PREFERRED_SIZE = "duodesk_preferred_size"
FITTED = "duodesk_fitted"


def screen_of(window: QWidget) -> QScreen | None:
    """The screen the window opens on: its parent's, or the one it is on, or the primary."""
    parent = window.parentWidget()
    if parent is not None and parent.window().screen() is not None:
        return parent.window().screen()
    return window.screen() or QGuiApplication.primaryScreen()


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (without the taskbar).

    Some desktops do not tell Qt where their panels are (the available area is then the
    whole screen): room for a taskbar is kept at the bottom all the same.
    """
    screen = screen_of(window)
    if screen is None:  # no screen at all (should not happen): assume the small laptop
        return QRect(0, 0, 1366, 700)
    area = screen.availableGeometry()
    if area == screen.geometry():
        area.setHeight(area.height() - round(UNKNOWN_TASKBAR / screen.devicePixelRatio()))
    return area


def room_on(area: QRect) -> QSize:
    """The largest window (inside its frame) that fits in ``area``."""
    return QSize(max(area.width() - FRAME.width(), 200), max(area.height() - FRAME.height(), 200))


def fit_to_screen(
    window: QWidget,
    preferred: QSize | tuple[int, int] | None = None,
    *,
    available: QRect | None = None,
) -> QRect:
    """Size ``window`` to ``preferred`` (or the size it last asked for, or its size now), but
    never larger than the available area of its screen (or ``available``, for tests) less its
    frame, and place it centred inside that area. Returns the inner geometry chosen."""
    if isinstance(preferred, tuple):
        preferred = QSize(*preferred)
    if preferred is not None:
        window.setProperty(PREFERRED_SIZE, preferred)
    else:
        stored = window.property(PREFERRED_SIZE)
        if isinstance(stored, QSize):
            preferred = stored
        elif window.testAttribute(Qt.WidgetAttribute.WA_Resized) or window.isVisible():
            preferred = window.size()
        else:  # never sized yet (a dialog about to show): the size its layout asks for
            preferred = window.sizeHint().expandedTo(window.minimumSize())
    area = available if available is not None else available_area(window)
    room = room_on(area)
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        # Wrapped notes need more lines than a size hint counts: ask the layout how tall it
        # is at the width it will have, or the notes are squeezed over one another.
        width = min(preferred.width(), room.width())
        preferred = QSize(preferred.width(), max(preferred.height(), window.heightForWidth(width)))
    size = preferred.boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    size = window.size()
    x = area.x() + max((area.width() - size.width() - FRAME.width()) // 2, 0)
    y = area.y() + max((area.height() - size.height() - FRAME.height()) // 2, 0)
    window.move(x, y)
    window.setProperty(FITTED, True)
    return QRect(x, y, size.width(), size.height())


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it all the room there is and scrolls
    only when the screen is too small for it, so that the buttons kept outside stay visible."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class ScreenFitter(QObject):
    """Fits every top-level window and dialog into its screen the first time it is shown.

    Install once with ``app.installEventFilter(ScreenFitter(app))``. Windows that already
    called :func:`fit_to_screen` keep the size they asked for; a window the person has
    resized or moved is left alone after its first showing.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            and not watched.property(FITTED)
        ):
            fit_to_screen(watched)
        return False
