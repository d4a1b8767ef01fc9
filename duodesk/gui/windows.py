"""One way to open, track and forget the main window's child windows.

Every screen opened from the main window (an interview, the interviews list, Results, Export,
the designer) goes through :meth:`ChildWindows.open`: the window is deleted when it is closed
(``WA_DeleteOnClose``), so nothing it holds (timers, models, threads) outlives it, and it is
forgotten when Qt destroys it, so the list only ever holds open windows.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class ChildWindows(QObject):
    opened = Signal(object)  # the window, once shown

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: list[QWidget] = []

    def open(self, window: W) -> W:
        """Show ``window`` (raised and active), delete it when closed, forget it when gone."""
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.show()
        window.raise_()
        window.activateWindow()
        self.opened.emit(window)
        return window

    def bring_up(self, kind: type[W], form_id: str | None) -> W | None:
        """The window of ``kind`` already open on questionnaire ``form_id``, raised and made
        active; None when there is none. Pressing a key twice (Ctrl+L, Ctrl+R) must not open
        a second copy that hides behind the first and holds other numbers."""
        for window in self.windows(kind):
            if getattr(window, "form_id", None) == form_id:
                if window.isMinimized():
                    window.showNormal()
                window.raise_()
                window.activateWindow()
                return window
        return None

    def _forget(self, window: QWidget) -> None:
        self._open = [w for w in self._open if w is not window]

    def windows(self, kind: type[W] | None = None) -> list[W]:
        """The child windows open now (of type ``kind``, if given), oldest first."""
        return [w for w in self._open if kind is None or isinstance(w, kind)]  # type: ignore[misc]
