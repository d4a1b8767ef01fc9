"""The questionnaire the benchmarks use: 50 questions of mixed types with skip logic."""

from __future__ import annotations

from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)


def benchmark_questionnaire() -> Questionnaire:
    yes_no = ChoiceList(
        "yes_no",
        (
            Choice("yes", {"": "Yes"}),
            Choice("no", {"": "No"}),
            Choice("dont_know", {"": "Don't know"}, missing=True),
        ),
    )
    scale = ChoiceList("scale", tuple(Choice(f"s{i}", {"": f"Point {i}"}) for i in range(1, 6)))
    sites = ChoiceList("sites", tuple(Choice(f"site{i}", {"": f"Site {i}"}) for i in range(1, 9)))
    reasons = ChoiceList(
        "reasons", tuple(Choice(f"r{i}", {"": f"Reason {i}"}) for i in range(1, 9))
    )
    questions: list[Question] = [
        Question("site", QuestionType.SELECT_ONE, {"": "Site"}, list_name="sites"),
        Question("age", QuestionType.INTEGER, {"": "Age"}, constraint=". >= 16 and . <= 90"),
    ]
    # Blocks of five: a gate question, then four that apply only when the gate is "yes".
    block = 0
    while len(questions) < 50:
        gate = f"gate{block}"
        questions.append(Question(gate, QuestionType.SELECT_ONE, {"": "Gate"}, list_name="yes_no"))
        relevant = f"${{{gate}}} = 'yes'"
        questions += [
            Question(
                f"b{block}_scale",
                QuestionType.SELECT_ONE,
                {"": "How much?"},
                list_name="scale",
                relevant=relevant,
            ),
            Question(
                f"b{block}_why",
                QuestionType.SELECT_MULTIPLE,
                {"": "Why?"},
                list_name="reasons",
                relevant=relevant,
            ),
            Question(
                f"b{block}_count",
                QuestionType.INTEGER,
                {"": "How many?"},
                relevant=relevant,
                constraint=". >= 0",
            ),
            Question(
                f"b{block}_amount", QuestionType.DECIMAL, {"": "How much money?"}, relevant=relevant
            ),
        ]
        block += 1
    questions = questions[:49]
    questions.append(Question("comment", QuestionType.TEXT, {"": "Anything else?"}))
    return Questionnaire(
        Settings("bench", "Benchmark survey", "1"),
        tuple(questions),
        {c.name: c for c in (yes_no, scale, sites, reasons)},
    )
