"""A row of buttons that wraps onto a second line when the window is too narrow for it.

Qt has no such layout of its own (its documentation shows one as an example, which this
follows): a row of buttons in a ``QHBoxLayout`` makes the window at least as wide as all its
buttons side by side, and in French or Russian at 150% scaling that is wider than a laptop's
screen. Here the row is as wide as its widest button at the least, and as high as its lines.
Right to left (Arabic), the buttons run from the right.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout -------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """All the buttons on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """The widest button alone: the others go to the next lines."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        return QSize(width, self.heightForWidth(width) if shown else 0)

    # -- placing -------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Place (or only measure) the buttons in lines within ``rect``; the height used."""
        x, y, line_height = rect.x(), rect.y(), 0
        right_to_left = self.parentWidget() is not None and (
            self.parentWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
        )
        for item in self._shown():
            size = item.sizeHint()
            if x > rect.x() and x + size.width() > rect.right() + 1:
                x, y = rect.x(), y + line_height + self._gap
                line_height = 0
            if place:
                left = x if not right_to_left else rect.right() + 1 - (x - rect.x()) - size.width()
                item.setGeometry(QRect(QPoint(left, y), size))
            x += size.width() + self._gap
            line_height = max(line_height, size.height())
        return y + line_height - rect.y()
