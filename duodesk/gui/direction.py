"""Words that keep their own direction on right-to-left screens.

In Arabic the screens are laid out right to left, and Qt's labels, lists, tables and
drop-downs set every text they show in that direction. A questionnaire's own words, a site's
name or a file's path are often in English: set right to left, "How old are you?" reads "?How
old are you", "/home/sam/survey.duodesk" loses its leading slash to the far end, and "Site:
Centre B · 12 July" joins the site's name to the day. Unicode's direction marks give such a
text the direction of its own first letter, inside a line that keeps the screen's.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
LEFT_TO_RIGHT_EMBEDDING = "\u202a"
RIGHT_TO_LEFT_EMBEDDING = "\u202b"
POP_DIRECTIONAL_FORMATTING = "\u202c"


def _right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def own_direction(text: str) -> str:
    """``text`` set apart in the direction of its first letter when the screens read right to
    left (the marks are invisible), so that neither it nor the words around it move; as it is
    otherwise."""
    if not text or not _right_to_left():
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def own_direction_on_its_line(text: str) -> str:
    """As :func:`own_direction`, for a text that has a line of its own in an entry of a list
    of several lines: Qt's lists cut such an entry to its first line when it holds the
    isolating marks, so this uses the older embedding marks, which keep the text's own
    direction but would join it to words after it on the same line."""
    if not text or not _right_to_left():
        return text
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return f"{LEFT_TO_RIGHT_EMBEDDING}{text}{POP_DIRECTIONAL_FORMATTING}"
        if kind in ("R", "AL"):
            return f"{RIGHT_TO_LEFT_EMBEDDING}{text}{POP_DIRECTIONAL_FORMATTING}"
    return text


def on_the_screens_side(label: QLabel) -> None:
    """Line ``label`` up on the side the screen's own words start from. Qt lines a label up
    by its text's direction, so an English title on an Arabic screen would sit on the left,
    away from the Arabic words under it."""
    side = Qt.AlignmentFlag.AlignRight if _right_to_left() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
