"""The designer's skip-logic row at 125%: the question and the answer were cut at the end
("How long did you wait today before someone at the ne", "I left before anyone could se"),
so a condition did not say which question and which answer it is about. A text too long for
its box now keeps its beginning and its end, and the whole of it is in the tooltip."""

from __future__ import annotations

from duodesk.core.questionnaire import QuestionType, text_in
from duodesk.core.skip_logic import Condition, Operator
from duodesk.gui.designer.skip_logic_builder import ConditionRow
from tests.gui.test_fit_at_125 import _hepc

# About the width the designer's editor gives a condition at 125% on a 1366x768 laptop.
ROW_WIDTH = 330


def test_a_long_question_and_answer_keep_their_beginning_and_end(qtbot, program_look):
    questionnaire = _hepc()
    candidates = [q for q in questionnaire.questions() if q.type is QuestionType.SELECT_ONE]

    def longest_choice(question) -> str:
        return max(
            (text_in(c.label, "") or c.name for c in questionnaire.choices_for(question).choices),
            key=len,
        )

    question = max(candidates, key=lambda q: len(text_in(q.label, "")) + len(longest_choice(q)))
    label, answer = text_in(question.label, ""), longest_choice(question)
    choice = next(
        c.name
        for c in questionnaire.choices_for(question).choices
        if (text_in(c.label, "") or c.name) == answer
    )
    row = ConditionRow(questionnaire, candidates, "")
    qtbot.addWidget(row)
    row.show_condition(Condition(question.name, Operator.IS, choice))
    row.resize(ROW_WIDTH, row.sizeHint().height())
    row.show()
    qtbot.waitExposed(row)
    row.grab()  # drawn, as on screen
    for box, text in ((row.question_box, label), (row.value_box, answer)):
        whole = " ".join(text.split())
        assert box.toolTip() == whole
        shown = box.shown_text()
        if shown != whole:  # too long for the box: cut in the middle, never at the end
            first, last = shown.split("…")
            assert whole.startswith(first) and whole.endswith(last) and last.strip()
    assert row.question_box.shown_text() != " ".join(label.split())  # it was too long here
