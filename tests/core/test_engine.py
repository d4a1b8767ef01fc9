"""The form engine and the questionnaire checks it relies on."""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest

from duodesk.core.engine import (
    FormEngine,
    Problem,
    QuestionnaireError,
    check_questionnaire,
)
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)

T = QuestionType
EN, FR = "English (en)", "Français (fr)"
NOW = datetime(2024, 3, 15, 10, 30)


def choices(name: str, *names: str, **extra_columns: tuple[str, ...]) -> ChoiceList:
    return ChoiceList(
        name,
        tuple(
            Choice(n, {EN: n.capitalize()}, extra={k: v[i] for k, v in extra_columns.items()})
            for i, n in enumerate(names)
        ),
    )


YES_NO = choices("yn", "yes", "no")
DRUGS = choices("drugs", "heroin", "crack", "benzos", "none")


def form(
    *children: Question | Group,
    lists: tuple[ChoiceList, ...] = (YES_NO, DRUGS),
    **settings: Any,
) -> Questionnaire:
    numbered = tuple(_numbered(children, iter(range(2, 10_000))))
    return Questionnaire(Settings("test", **settings), numbered, {c.name: c for c in lists})


def _numbered(items: Iterable[Question | Group], rows: Iterator[int]) -> Iterator[Question | Group]:
    """Give each item the survey row it would have in a sheet, for messages."""
    for item in items:
        if isinstance(item, Group):
            row = next(rows)
            children = tuple(_numbered(item.children, rows))
            next(rows)  # end_group
            yield replace(item, children=children, row=row)
        else:
            yield replace(item, row=next(rows))


def q(name: str, kind: QuestionType = T.TEXT, **columns: Any) -> Question:
    if kind.is_select and "list_name" not in columns:
        columns["list_name"] = "yn" if kind is T.SELECT_ONE else "drugs"
    return Question(name, kind, **columns)


def problems_of(questionnaire: Questionnaire) -> list[str]:
    return [str(problem) for problem in check_questionnaire(questionnaire)]


# --- relevance ---------------------------------------------------------------------------------


def test_chained_relevance_clears_everything_downstream():
    engine = FormEngine(
        form(
            q("a", T.SELECT_ONE),
            q("b", T.SELECT_ONE, relevant="${a} = 'yes'"),
            q("c", T.TEXT, relevant="${b} = 'yes'"),
            q("d", T.TEXT),
        )
    )
    answers = {"a": "yes", "b": "yes", "c": "more", "d": "kept"}
    assert engine.evaluate(answers, now=NOW).cleared == ()
    state = engine.evaluate({**answers, "a": "no"}, now=NOW)
    assert state.cleared == ("b", "c")
    assert dict(state.answers) == {"a": "no", "d": "kept"}
    assert state.applicable_questions() == ["a", "d"]
    assert state.states["c"].value is None


def test_relevance_on_a_calculation_on_an_answer_works_whatever_the_form_order():
    engine = FormEngine(
        form(
            q("injecting_note", T.TEXT, relevant="${years_injecting} >= 10"),
            q("years_injecting", T.CALCULATE, calculation="${age} - ${age_first_injected}"),
            q("age", T.INTEGER),
            q("age_first_injected", T.INTEGER),
        )
    )
    state = engine.evaluate({"age": 40, "age_first_injected": 25, "injecting_note": "x"}, now=NOW)
    assert state.states["years_injecting"].value == "15"
    assert state.states["injecting_note"].applicable
    state = engine.evaluate({"age": 30, "age_first_injected": 25, "injecting_note": "x"}, now=NOW)
    assert state.cleared == ("injecting_note",)


def test_selected_on_a_multiple_choice_answer_drives_relevance():
    engine = FormEngine(
        form(q("used", T.SELECT_MULTIPLE), q("crack_how", relevant="selected(${used}, 'crack')"))
    )
    assert engine.evaluate({"used": ("heroin", "crack")}, now=NOW).states["crack_how"].applicable
    assert not engine.evaluate({"used": ("heroin",)}, now=NOW).states["crack_how"].applicable
    assert not engine.evaluate({}, now=NOW).states["crack_how"].applicable


def test_group_relevance_applies_to_everything_inside_nested_groups_too():
    engine = FormEngine(
        form(
            q("injected", T.SELECT_ONE),
            Group(
                "injecting",
                relevant="${injected} = 'yes'",
                children=(
                    q("shared", T.SELECT_ONE, required="yes"),
                    Group("details", children=(q("how_often", T.INTEGER, required="yes"),)),
                ),
            ),
            Group("empty", relevant="${injected} = 'no'"),
        )
    )
    state = engine.evaluate({"injected": "no", "shared": "yes", "how_often": 3}, now=NOW)
    assert state.cleared == ("shared", "how_often")
    assert state.errors() == []
    assert dict(state.groups) == {"injecting": False, "details": False, "empty": True}
    state = engine.evaluate({"injected": "yes"}, now=NOW)
    assert [s.name for s in state.errors()] == ["shared", "how_often"]


# --- calculations -----------------------------------------------------------------------------


def test_calculations_appear_only_where_they_apply_and_blank_gives_no_value():
    engine = FormEngine(
        form(
            q("age", T.INTEGER),
            q("double", T.CALCULATE, calculation="${age} * 2"),
            q("shown", T.CALCULATE, calculation="'x'", relevant="${age} > 50"),
            q("flag", T.CALCULATE, calculation="${age} > 18"),
        )
    )
    state = engine.evaluate({}, now=NOW)
    assert dict(state.answers) == {"flag": "false"}
    state = engine.evaluate({"age": 60, "double": "stale"}, now=NOW)
    assert dict(state.answers) == {"age": 60, "double": "120", "shown": "x", "flag": "true"}


def test_once_keeps_the_calculated_value_given_back_to_the_engine():
    engine = FormEngine(form(q("stamp", T.CALCULATE, calculation="once(format-date(now(), '%Y'))")))
    assert engine.evaluate({}, now=NOW).answers["stamp"] == "2024"
    assert engine.evaluate({"stamp": "1999"}, now=NOW).answers["stamp"] == "1999"


def test_dates_in_calculations_and_constraints():
    engine = FormEngine(
        form(
            q("dob", T.DATE, constraint=". <= today()"),
            q("age_days", T.CALCULATE, calculation="today() - ${dob}"),
            q("visit", T.DATE, constraint="${visit} >= ${dob} and ${visit} <= today()"),
        )
    )
    state = engine.evaluate({"dob": date(2024, 3, 1), "visit": date(2024, 3, 16)}, now=NOW)
    assert state.answers["age_days"] == "14"
    assert [s.name for s in state.errors()] == ["visit"]
    assert engine.evaluate({"dob": date(2025, 1, 1)}, now=NOW).errors()[0].name == "dob"


# --- constraints and required -----------------------------------------------------------------


def test_constraint_uses_dot_for_the_own_answer_and_skips_blank_answers():
    engine = FormEngine(form(q("age", T.INTEGER, constraint=". >= 16 and . < 100")))
    assert engine.evaluate({"age": 15}, now=NOW).states["age"].error == (
        "This answer is not allowed here"
    )
    assert engine.evaluate({"age": 30}, now=NOW).errors() == []
    assert engine.evaluate({}, now=NOW).errors() == []


def test_exclusive_none_of_these_constraint():
    engine = FormEngine(
        form(
            q(
                "used",
                T.SELECT_MULTIPLE,
                constraint="not(selected(., 'none') and count-selected(.) > 1)",
                constraint_message={EN: "'None' cannot go with other answers"},
            )
        )
    )
    assert engine.evaluate({"used": ("none",)}, now=NOW).errors() == []
    assert engine.evaluate({"used": ("heroin", "crack")}, now=NOW).errors() == []
    errors = engine.evaluate({"used": ("heroin", "none")}, now=NOW).errors()
    assert [e.error for e in errors] == ["'None' cannot go with other answers"]


@pytest.mark.parametrize(
    ("language", "constraint_text", "required_text"),
    [
        (EN, "Must be 16 or over", "Please answer"),
        (FR, "Doit avoir 16 ans ou plus", "Veuillez répondre"),
        ("", "Must be 16 or over", "Please answer"),  # the default language
    ],
)
def test_messages_come_in_the_chosen_language(language, constraint_text, required_text):
    questionnaire = form(
        q(
            "age",
            T.INTEGER,
            constraint=". >= 16",
            constraint_message={EN: "Must be 16 or over", FR: "Doit avoir 16 ans ou plus"},
        ),
        q("name", required="yes", required_message={EN: "Please answer", FR: "Veuillez répondre"}),
        default_language=EN,
    )
    state = FormEngine(questionnaire, language=language).evaluate({"age": 12}, now=NOW)
    assert [e.error for e in state.errors()] == [constraint_text, required_text]


def test_without_a_message_of_the_questionnaires_the_refusal_is_in_the_interface_language():
    from duodesk import i18n

    questionnaire = form(q("age", T.INTEGER, constraint=". >= 16"), q("name", required="yes"))
    i18n.set_language("es")
    try:
        state = FormEngine(questionnaire).evaluate({"age": 12}, now=NOW)
        problems = problems_of(form(q("x", T.CALCULATE)))
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    assert [e.error for e in state.errors()] == [
        "Esta respuesta no está permitida aquí",
        "Aquí se necesita una respuesta",
    ]
    assert problems == [
        "Pregunta «x» (fila 2 de survey), columna «calculation»: "
        "Una pregunta calculate necesita un cálculo"
    ]


def test_required_can_be_an_expression_and_only_binds_where_the_question_applies():
    engine = FormEngine(
        form(
            q("uses", T.SELECT_ONE),
            q("how", required="${uses} = 'yes'"),
            q("why", required="yes", relevant="${uses} = 'no'"),
            q("note", T.NOTE, required="yes"),
            q("calc", T.CALCULATE, calculation="''", required="yes"),
        )
    )
    state = engine.evaluate({"uses": "yes"}, now=NOW)
    assert state.states["how"].required
    assert [(e.name, e.error) for e in state.errors()] == [("how", "An answer is needed here")]
    state = engine.evaluate({"uses": "no"}, now=NOW)
    assert not state.states["how"].required
    assert [e.name for e in state.errors()] == ["why"]


def test_read_only_is_evaluated():
    engine = FormEngine(form(q("locked", T.SELECT_ONE), q("code", read_only="${locked} = 'yes'")))
    assert engine.evaluate({"locked": "yes"}, now=NOW).states["code"].read_only
    assert not engine.evaluate({"locked": "no"}, now=NOW).states["code"].read_only


def test_notes_calculations_and_metadata_never_carry_errors():
    engine = FormEngine(
        form(
            q("start", T.START, constraint="false()"),
            q("info", T.NOTE, constraint="false()"),
            q("calc", T.CALCULATE, calculation="1", constraint="false()"),
        )
    )
    assert engine.evaluate({"start": NOW}, now=NOW).errors() == []


# --- choice filters and defaults ---------------------------------------------------------------


def test_choice_filter_keeps_the_choices_of_the_chosen_region():
    services = choices(
        "services", "glasgow_a", "glasgow_b", "dundee_a", region=("west", "west", "east")
    )
    regions = choices("regions", "west", "east")
    engine = FormEngine(
        form(
            q("region", T.SELECT_ONE, list_name="regions"),
            q("service", T.SELECT_ONE, list_name="services", choice_filter="region = ${region}"),
            q("any", T.SELECT_ONE, list_name="services"),
            lists=(services, regions),
        )
    )
    state = engine.evaluate({"region": "west"}, now=NOW)
    assert [c.name for c in engine.visible_choices("service", state)] == ["glasgow_a", "glasgow_b"]
    assert len(engine.visible_choices("any", state)) == 3
    assert engine.visible_choices("service", engine.evaluate({}, now=NOW)) == ()


def test_initial_answers_apply_literal_and_dynamic_defaults():
    engine = FormEngine(
        form(
            q("start", T.START),
            q("today", T.TODAY),
            q("visit", T.DATE, default="today()"),
            q("centre", default="Drop-in North"),
            q("consent", T.SELECT_ONE, default="yes"),
            q("count", T.INTEGER, default="2"),
            q("copy", default="concat(${centre}, ' ', ${count})"),
            q("bad", T.INTEGER, default="${centre}"),
        )
    )
    assert engine.initial_answers(today=date(2024, 3, 15)) == {
        "start": datetime(2024, 3, 15),
        "today": date(2024, 3, 15),
        "visit": date(2024, 3, 15),
        "centre": "Drop-in North",
        "consent": "yes",
        "count": 2,
        "copy": "Drop-in North 2",
    }


# --- questionnaire problems ------------------------------------------------------------------


def test_calculation_cycles_are_refused_with_the_cycle_named():
    questionnaire = form(
        q("a", T.CALCULATE, calculation="${b} + 1"),
        q("b", T.CALCULATE, calculation="${c} * 2"),
        q("c", T.INTEGER, relevant="${a} > 3"),
        q("self", T.CALCULATE, calculation="${self} + 1"),
    )
    with pytest.raises(QuestionnaireError) as caught:
        FormEngine(questionnaire)
    messages = [str(p) for p in caught.value.problems]
    assert messages == [
        'Question "a" (survey row 2), column "calculation": These depend on each other in a '
        "circle, so none can be worked out: a -> b -> c -> a",
        'Question "self" (survey row 5), column "calculation": These depend on each other in a '
        "circle, so none can be worked out: self -> self",
    ]


def test_a_group_whose_relevance_uses_a_question_inside_it_is_a_cycle():
    problems = problems_of(form(Group("g", relevant="${x} = 1", children=(q("x", T.INTEGER),))))
    assert problems == [
        'Group "g" (survey row 2), column "relevant": These depend on each other in a circle, '
        "so none can be worked out: g -> x -> g"
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            q("x", relevant="${agee} > 18"),
            'Question "x" (survey row 3), column "relevant", at position 0: '
            'There is no question called "agee"; did you mean ${age}?',
        ),
        (
            q("x", relevant="${age} > 18 and (${age} < 30"),
            'Question "x" (survey row 3), column "relevant", at position 16: '
            "This '(' is never closed",
        ),
        (
            q("x", required="${age} >"),
            'Question "x" (survey row 3), column "required", at position 7: '
            "'>' needs a value after it",
        ),
        (
            q("x", T.SELECT_ONE, list_name="missing"),
            'Question "x" (survey row 3), column "type": '
            'The choice list "missing" is not on the choices sheet',
        ),
        (
            q("x", T.CALCULATE),
            'Question "x" (survey row 3), column "calculation": '
            "A calculate question needs a calculation",
        ),
        (
            q("x", T.INTEGER, default="maybe"),
            'Question "x" (survey row 3), column "default": The default is not a valid answer: '
            "'maybe' is not a whole number",
        ),
        (
            q("x", T.CALCULATE, calculation="pulldata('fruits', 'a', 'b', 'c')"),
            'Question "x" (survey row 3), column "calculation", at position 0: '
            "pulldata() reads fruits.csv, which this questionnaire lacks",
        ),
        (
            q("age", T.INTEGER),
            'Question "age" (survey row 3), column "name": '
            'The name "age" is used more than once (first at survey row 2)',
        ),
        (
            q("my age", T.INTEGER),
            'Question "my age" (survey row 3), column "name": A name can only have letters, '
            'digits, "_", "-" and "." and must start with a letter or "_"',
        ),
    ],
)
def test_questionnaire_problems_name_question_row_column_and_position(question, expected):
    assert problems_of(form(q("age", T.INTEGER), question)) == [expected]


def test_every_problem_is_reported_at_once():
    questionnaire = form(
        q("a", relevant="${nope} = 1"),
        q("b", constraint="foo(.)"),
        q("c", T.SELECT_MULTIPLE, list_name="odd"),
        lists=(ChoiceList("odd", (Choice("x y"), Choice("z"), Choice("z"))),),
        participant_code=("a", "ghost"),
    )
    with pytest.raises(QuestionnaireError) as caught:
        FormEngine(questionnaire)
    text = str(caught.value)
    assert text.startswith("The questionnaire has 5 problems:\n- ")
    assert 'Choice list "odd", column "name": The choice "x y" has a space in its name' in text
    assert 'The choice "z" appears more than once' in text
    assert 'Setting "participant_code": The participant code uses "ghost"' in text


def test_problem_text_without_row_or_position():
    problem = Problem("age", "constraint", "Something is wrong")
    assert str(problem) == 'Question "age", column "constraint": Something is wrong'


def test_relevance_on_its_own_question_is_a_cycle_but_a_constraint_on_it_is_not():
    assert problems_of(form(q("age", T.INTEGER, relevant="${age} = ${age} or true()"))) == [
        'Question "age" (survey row 2), column "relevant": These depend on each other in a '
        "circle, so none can be worked out: age -> age"
    ]
    assert problems_of(form(q("age", T.INTEGER, constraint=". > 0 and ${age} < 120"))) == []


def test_questionnaire_error_survives_pickling_for_worker_processes():
    error = QuestionnaireError([Problem("age", "relevant", "Broken", 3, 0)])
    copy = pickle.loads(pickle.dumps(error))
    assert copy.problems == error.problems
    assert str(copy) == str(error)


# --- speed and layering ------------------------------------------------------------------------


def _big_form(size: int = 200) -> Questionnaire:
    children: list[Question | Group] = [q("consent", T.SELECT_ONE, required="yes")]
    for i in range(1, size):
        previous = f"q{i - 1}" if i > 1 else "consent"
        kind = (T.INTEGER, T.SELECT_ONE, T.SELECT_MULTIPLE, T.CALCULATE)[i % 4]
        columns: dict[str, str] = {"relevant": f"${{consent}} = 'yes' and ${{{previous}}} != 'x'"}
        if kind is T.INTEGER:
            columns["constraint"] = ". >= 0 and . < 120"
            columns["required"] = "yes"
        elif kind is T.SELECT_MULTIPLE:
            columns["constraint"] = "not(selected(., 'none') and count-selected(.) > 1)"
        elif kind is T.CALCULATE:
            columns["calculation"] = f"if(${{q{i - 2}}} > 18, 'adult', 'young')"
        children.append(q(f"q{i}", kind, **columns))
    return form(*children)


def test_a_200_question_form_with_logic_on_every_question_evaluates_whole():
    # How long it takes is measured in benchmarks/bench_checks.py (target: under 5 ms).
    engine = FormEngine(_big_form())
    answers = {"consent": "yes"}
    for name, question in ((q.name, q) for q in engine.questionnaire.questions()):
        if question.type is T.INTEGER:
            answers[name] = 30
        elif question.type is T.SELECT_ONE and name != "consent":
            answers[name] = "no"
        elif question.type is T.SELECT_MULTIPLE:
            answers[name] = ("heroin", "crack")
    state = engine.evaluate(answers, now=NOW)
    assert len(state.applicable_questions()) == 200
    assert state.errors() == []


def test_importing_the_engine_loads_neither_qt_nor_sqlalchemy():
    code = (
        "import sys, duodesk.core.engine, duodesk.core.values, duodesk.core.expressions; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_nothing_is_worked_out_from_an_answer_that_breaks_its_rule():
    """An age of 150 is kept to be put right, but gives no age group (nor anything worked out
    from the group); the right age gives it again."""
    engine = FormEngine(
        form(
            q("age", T.INTEGER, constraint=". >= 16 and . <= 90"),
            q(
                "age_group",
                T.CALCULATE,
                calculation="if(${age} = '', '', if(${age} < 25, 'under 25', '25 or over'))",
            ),
            q("group_said", T.CALCULATE, calculation="concat('group: ', ${age_group})"),
            q("years_left", T.CALCULATE, calculation="90 - ${age}"),
        )
    )
    refused = engine.evaluate({"age": 3}, now=NOW)
    assert refused.states["age"].value == 3  # still there, with its message
    assert refused.states["age"].error is not None
    assert "age_group" not in refused.answers
    assert refused.answers["group_said"] == "group: "
    assert "years_left" not in refused.answers
    accepted = engine.evaluate({"age": 30}, now=NOW)
    assert accepted.answers["age_group"] == "25 or over"
    assert accepted.answers["years_left"] == "60"


def test_a_refused_answer_still_decides_which_questions_apply():
    """Putting a wrong answer right must not have cleared the answers after it."""
    engine = FormEngine(
        form(
            q("age", T.INTEGER, constraint=". <= 90"),
            q("school", T.TEXT, relevant="${age} > 20"),
        )
    )
    state = engine.evaluate({"age": 150, "school": "left at 16"}, now=NOW)
    assert state.states["school"].applicable
    assert state.cleared == ()
