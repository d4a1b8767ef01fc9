"""Adding a question from the keyboard in the designer: a key opens the list of kinds, and the
keyboard lands in the new question's text, so the question can be typed at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from duodesk.core import form_edits
from duodesk.gui.designer.window import DesignerWindow


def _designer(qtbot, database) -> DesignerWindow:
    questionnaire = form_edits.empty_questionnaire("Drop-in survey")
    designer = DesignerWindow(database, questionnaire)
    qtbot.addWidget(designer, before_close_func=lambda w: w.document.mark_saved())
    designer.show()
    designer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is designer, timeout=5_000)
    return designer


def _choose_first_kind(qtbot) -> None:
    """Enter on the list of kinds of question, once it is open."""
    menu = QApplication.activePopupWidget()
    assert menu is not None, "the list of kinds did not open"
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)


def test_a_key_adds_a_question_and_typing_goes_into_its_text(qtbot, database):
    designer = _designer(qtbot, database)
    assert "Ctrl+Shift+N" in designer.add_button.toolTip()
    assert designer.add_button.text().startswith("&")  # Alt+A, underlined
    designer.tree.setFocus()
    QTimer.singleShot(200, lambda: _choose_first_kind(qtbot))
    qtbot.keyClick(
        designer.tree,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: designer.document.selected is not None, timeout=5_000)
    box = next(iter(designer.question_editor.label.boxes.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=5_000)
    qtbot.keyClicks(QApplication.focusWidget(), "Where did you sleep last night?")
    language = designer.document.default_language
    item = designer.document.selected_item()
    assert item.label[language] == "Where did you sleep last night?"
    assert [i.label.get(language) for i, _ in designer.document.questionnaire.walk()] == [
        "Where did you sleep last night?"
    ]


LONG_OPTIONS = (
    "Less than 10 minutes",
    "Between 10 and 30 minutes",
    "More than 30 minutes",
    "I left before anyone could see me",
)


def test_the_preview_and_the_options_table_show_long_options_whole_at_1366x768(
    qtbot, database, program_look
):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QAbstractButton

    from duodesk.core.questionnaire import QuestionType
    from duodesk.gui.screen_fit import fit_to_screen

    designer = _designer(qtbot, database)
    fit_to_screen(designer, available=QRect(0, 0, 1366, 700))
    designer.add_question(QuestionType.SELECT_ONE)
    language = designer.document.default_language
    designer.question_editor.label.set_text(language, "How long did you wait today?")
    choices = designer.question_editor.choices
    for option in LONG_OPTIONS:
        choices.new_option.setText(option)
        choices.add_typed_option()
    QApplication.processEvents()
    preview = designer.preview
    buttons = preview.shown.findChildren(QAbstractButton, "choice")
    assert [" ".join(b.text().split()[1:]) for b in buttons] == list(LONG_OPTIONS)
    for button in buttons:  # each option wholly inside the pane, across its width
        assert button.sizeHint().width() <= preview.viewport().width(), button.text()
    table = choices.table
    metrics = QFontMetrics(table.font())
    assert table.columnWidth(0) > table.columnWidth(1)  # the words get more room than codes
    for row, option in enumerate(LONG_OPTIONS):
        room = QRect(0, 0, table.columnWidth(0) - 8, 1000)
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, option).height()
        assert needed <= table.rowHeight(row), option


def test_the_designer_names_its_fields_in_plain_words(qtbot, database):
    """ "Short name" and "List name" meant nothing to a peer researcher."""
    from PySide6.QtWidgets import QLabel

    from duodesk.core.questionnaire import QuestionType

    designer = _designer(qtbot, database)
    designer.add_question(QuestionType.SELECT_ONE)
    QApplication.processEvents()
    words = [label.text() for label in designer.findChildren(QLabel) if label.isVisible()]
    assert "Name in the data file:" in words
    assert "Name of the answer list:" in words
    assert not [w for w in words if "Short name" in w or "List name" in w]
    assert designer.question_editor.name_edit.accessibleName() == "Name in the data file"


def test_a_long_undo_leaves_close_on_the_toolbar_at_1366x768(qtbot, database, program_look):
    """ "Undo Add the option “I left before anyone could see me”" pushed Close behind "»"."""
    from PySide6.QtCore import QRect

    from duodesk.core.questionnaire import QuestionType
    from duodesk.gui.screen_fit import fit_to_screen

    designer = _designer(qtbot, database)
    fit_to_screen(designer, available=QRect(0, 0, 1366, 700))
    designer.add_question(QuestionType.SELECT_ONE)
    choices = designer.question_editor.choices
    choices.new_option.setText(LONG_OPTIONS[-1])
    choices.add_typed_option()
    QApplication.processEvents()
    undo = designer.undo_action
    assert undo.toolTip() == "Undo Add the option “I left before anyone could see me”"
    assert len(undo.text()) <= 36 and undo.text().startswith("Undo Add the option")
    close = next(
        button
        for toolbar in designer.toolbars
        if (button := toolbar.widgetForAction(designer.close_action)) is not None
    )
    top_left = close.mapTo(designer, close.rect().topLeft())
    assert close.isVisible() and designer.rect().contains(QRect(top_left, close.size()))
