"""A4 PDF files written by Qt's own text engine (the paper questionnaire, the findings report):
no PDF library is needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def a4_writer(path: Path, title: str, margin_mm: float) -> QPdfWriter:
    """A writer of an A4 portrait PDF at ``path``, at 300 dpi, named ``title``."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("DuoDesk")
    writer.setResolution(300)
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def text_document(points: int) -> QTextDocument:
    """An empty document in the font the printed pages use."""
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSize(points)
    document.setDefaultFont(font)
    return document
