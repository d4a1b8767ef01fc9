"""The interview screen's look: larger text and targets than the rest of the program.

Applied to the interview widgets themselves (on top of :mod:`duodesk.gui.style`), so a
preview elsewhere looks the same as a real interview.
"""

from __future__ import annotations

ENTRY_STYLE_SHEET = """
QLabel#formTitle { font-size: 13pt; color: #333; }
QLabel#questionLabel { font-size: 17pt; font-weight: 600; }
QLabel#questionHint { font-size: 13pt; color: #444; font-style: italic; }
QLabel#keptNote { font-size: 13pt; color: #1e4d2b; background: #edf6ef;
    border-left: 6px solid #5a9e6e; padding: 6px 12px; }
QLabel#questionError { font-size: 13pt; color: #8a1c1c; background: #fdecea;
    border: 1px solid #e4a8a8; border-radius: 4px; padding: 6px 10px; }
QLabel#notice { font-size: 13pt; background: #fff6d9; border: 1px solid #e0c36a;
    border-radius: 6px; padding: 8px 12px; }
QFrame#duplicateWarning { background: #fff1e0; border: 2px solid #d98c1f; border-radius: 6px; }
QLabel#progress { font-size: 13pt; color: #333; }
QLabel#gridHeader { font-size: 12pt; font-weight: 600; }
QLabel#gridStatement { font-size: 14pt; }
QRadioButton#choice, QCheckBox#choice { font-size: 15pt; min-height: 40px; spacing: 12px;
    padding: 2px 8px; }
QRadioButton#choice:focus, QCheckBox#choice:focus, QRadioButton#gridChoice:focus {
    border: 3px solid #1f6fb2; border-radius: 4px; background: #eef5fb; }
QRadioButton::indicator, QCheckBox::indicator { width: 24px; height: 24px; }
QRadioButton#gridChoice { min-height: 40px; min-width: 48px; padding-left: 12px; }
QLineEdit, QPlainTextEdit, QComboBox { font-size: 15pt; min-height: 40px; padding: 2px 8px; }
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus { border: 3px solid #1f6fb2; }
QPushButton#nextButton, QPushButton#backButton { font-size: 14pt; min-height: 48px; }
QPushButton#clearAnswer { font-size: 11pt; min-height: 30px; }
QPushButton#endButton { font-size: 14pt; min-height: 48px; padding: 2px 16px; }
QLabel#attachedFile { font-size: 15pt; }
QPushButton#attachFile { font-size: 14pt; min-height: 44px; padding: 2px 16px; }
QPushButton#removeFile { font-size: 12pt; min-height: 36px; padding: 2px 12px; }
QLabel#rangeEnd { font-size: 13pt; }
QSlider#rangeSlider { min-height: 40px; }
QLabel#repeatHeading { font-size: 14pt; font-weight: 600; color: #1f4f7a; background: #eef5fb;
    border-left: 6px solid #1f6fb2; padding: 6px 12px; }
QPushButton#removeInstance { font-size: 12pt; min-height: 36px; padding: 2px 12px; }
QPushButton#bigChoice { font-size: 16pt; min-height: 64px; min-width: 260px; padding: 4px 24px; }
QPushButton#bigChoice:focus { border: 3px solid #1f6fb2; background: #eef5fb; }
QLabel#repeatSoFar { font-size: 13pt; color: #444; }
"""
