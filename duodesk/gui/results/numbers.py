"""Numbers on the Results screen written as the interface language writes them.

A percentage or a mean reads "83,3" in French and Russian and "83.3" in English; Arabic keeps
the 0-9 digits and the point of its sentences (see :mod:`duodesk.gui.direction` and
``duodesk.gui.language._LOCALE_NAMES``). Only what is shown changes: a copied table, the CSV and
the ``.sav`` files keep the machine's way (a point, no grouping) so that they stay numbers.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

# A number as :func:`duodesk.analysis.tables.rounded_text` writes it: "-12.5", "83.3", "7".
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def shown_number(text: str) -> str:
    """``text``, a number written the machine's way, with the decimal separator of the
    interface language's locale ("83.3" becomes "83,3" in French). Any other text is
    returned as it is."""
    point = QLocale().decimalPoint()
    if point == "." or not _PLAIN_NUMBER.fullmatch(text):
        return text
    return text.replace(".", point)
