"""Questions asked once per repeat instance in the health-board workbook and the findings report:
counted by person, small numbers hidden by person, and attacked.

Two people named crack three times each: a table of drugs named would show 6 for crack, a
number no rule hides, and so tell everyone that a small group uses crack. Counted by person it is
2, and hidden; a reader who knows every relation the tables could reveal still cannot narrow it
down to fewer than threshold + 1 values.
"""

from __future__ import annotations

import itertools

import docx
import openpyxl
import pytest

from duodesk.cli import main
from duodesk.core.engine import FormEngine
from duodesk.core.records import records_from_state
from duodesk.core.xlsform import read_xlsform
from duodesk.exports.disclosure import DisclosureRule
from duodesk.exports.export import export
from duodesk.exports.findings import build_findings_report
from duodesk.exports.layout import ExportOptions
from duodesk.storage.interviews import NewInterview, add_interview, write_answers
from duodesk.storage.models import InterviewStatus
from duodesk.storage.questionnaires import latest_version, save_questionnaire
from tests.core.forms import write_form
from tests.core.test_repeats import DRUG_CHOICES, DRUG_SURVEY

THRESHOLD = 4
PEOPLE = 40


def person(index: int) -> list[dict[str, object]]:
    """The drugs person ``index`` named: people 0 and 1 named crack three times (and heroin
    once); everyone else heroin, and every third person benzos as well."""
    if index < 2:
        return [dict(drug="crack", how_often="daily", how=("smoke",))] * 3 + [
            dict(drug="heroin", how_often="weekly", how=("inject",), equipment="nsp")
        ]
    named = [dict(drug="heroin", how_often="daily", how=("inject",), equipment="friend")]
    if index % 3 == 0:
        named.append(dict(drug="benzos", how_often="weekly", how=("smoke",)))
    return named


def store_people(database, tmp_path, people: list[dict[str, object]]):
    """The drug survey with one finished interview per entry of ``people`` (its answers, keyed
    as the engine keys them: ``drug[1]``)."""
    form = read_xlsform(write_form(tmp_path / "drugs.xlsx", DRUG_SURVEY, DRUG_CHOICES))
    engine = FormEngine(form)
    with database.session() as session:
        save_questionnaire(session, form)
    with database.session() as session:
        version = latest_version(session, "drugs")
        for answers in people:
            interview = add_interview(
                session,
                NewInterview(
                    version.version_id,
                    site="Centre",
                    interview_date="2024-07-12",
                    status=InterviewStatus.COMPLETE,
                ),
            )
            write_answers(session, interview, records_from_state(form, engine.evaluate(answers)))
    return database


@pytest.fixture
def drug_project(database, tmp_path):
    people = []
    for index in range(PEOPLE):
        answers: dict[str, object] = {"site": "Centre", "age": 30 + index % 20}
        named = person(index)
        answers["drugs"] = len(named)
        for k, drug in enumerate(named, start=1):
            for key, value in drug.items():
                answers[f"{key}[{k}]"] = value
        people.append(answers)
    return store_people(database, tmp_path, people)


def repeat_block(path, question: str) -> dict[str, object]:
    rows = list(openpyxl.load_workbook(path)["Repeats"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if str(r[0]).startswith(f"{question}. "))
    block = {}
    for row in rows[start + 3 :]:
        if row[0] is None:
            break
        block[row[0]] = row[1]
    return block


def test_a_repeat_question_is_counted_by_person_and_its_small_group_hidden(drug_project, tmp_path):
    path = tmp_path / "board.xlsx"
    export(drug_project, "drugs", path)
    workbook = openpyxl.load_workbook(path)
    assert "Repeats" in workbook.sheetnames
    cover = {r[0]: r[1] for r in workbook["Cover"].iter_rows(min_row=3, values_only=True)}
    assert "counted by person" in cover["Repeated questions"]
    drugs = repeat_block(path, "drug")
    assert drugs["Heroin"] == PEOPLE  # everyone, counted once each
    assert drugs["Crack"] == "*"  # 2 people (6 instances): hidden
    # hidden too: were the answers' total known, it and Heroin would give Crack away
    assert drugs["Benzodiazepines"] == "*"
    assert drugs["Total interviews"] == PEOPLE
    # No count from 1 to the threshold anywhere on the sheet (counts are in column B).
    for row in workbook["Repeats"].iter_rows(min_row=4, values_only=True):
        value = row[1] if len(row) > 1 else None
        assert not (isinstance(value, int) and 1 <= value <= THRESHOLD), row
    # Without hiding, the group shows: proof that the hiding is what protects it.
    open_path = tmp_path / "open.xlsx"
    export(drug_project, "drugs", open_path, ExportOptions(disclosure=DisclosureRule(False)))
    shown = repeat_block(open_path, "drug")
    assert shown["Crack"] == 2 and shown["Benzodiazepines"] == 13  # people 3, 6, ..., 39


def test_an_attack_on_the_repeat_table_cannot_narrow_down_the_hidden_group(drug_project, tmp_path):
    """Every relation a reader could know: each hidden count is at least 1; the people who
    answered and the others add up to the interviews; each answer's count is at most the
    people who answered; the answers' counts add up to at least the people who answered (and
    at most their number of instances, which is not published). Enumerating every value the
    hidden counts could take leaves the crack count more than threshold + 1 values wide."""
    path = tmp_path / "board.xlsx"
    export(drug_project, "drugs", path)
    block = repeat_block(path, "drug")
    options = ["Heroin", "Crack", "Benzodiazepines"]
    answered_label = "People who answered (for at least one drug)"
    others_label = "Not asked, no answer or no drug"
    total = block["Total interviews"]
    cells = [*options, answered_label, others_label]
    hidden = [c for c in cells if block[c] == "*"]
    assert "Crack" in hidden
    possible_crack = set()
    for values in itertools.product(range(1, total + 1), repeat=len(hidden)):
        guess = {
            **{c: block[c] for c in cells if c not in hidden},
            **dict(zip(hidden, values, strict=True)),
        }
        answered = guess[answered_label]
        if answered + guess[others_label] != total:
            continue
        if any(guess[o] > answered for o in options):
            continue
        if sum(guess[o] for o in options) < answered:
            continue
        possible_crack.add(guess["Crack"])
    assert 2 in possible_crack  # the truth is among them
    assert len(possible_crack) > THRESHOLD


def test_the_findings_report_has_the_repeat_tables_by_person(drug_project, tmp_path):
    report = build_findings_report(drug_project, "drugs")
    section = report.sections[-1]
    assert [p.title.split(".")[0] for p in section.parts] == [
        "drug",
        "how_often",
        "how",
        "equipment",
    ]
    rows = {row[0]: row[1:] for row in section.parts[0].table.rows}
    assert rows["Heroin"][0] == str(PEOPLE) and rows["Crack"] == ("*", "*")
    assert any("counted by person" in paragraph for paragraph in report.method)
    out = tmp_path / "report.docx"
    assert main(["--db", str(drug_project.path), "report", "drugs", "--docx", str(out)]) == 0
    document = docx.Document(str(out))
    tables = [
        [c.text for row in table.rows for c in row.cells]
        for table in document.tables
        if "People who answered (for at least one drug)" in table.rows[-3].cells[0].text
    ]
    assert len(tables) == 4 and "Crack" in tables[0]
    # (The number question "drugs" has statistics of 1 and 2 drugs elsewhere: not counts.)
    numbers = [int(c) for cells in tables for c in cells if c.isdigit()]
    assert numbers and not any(1 <= n <= THRESHOLD for n in numbers)


def test_the_repeats_sheet_is_written_in_the_chosen_language(drug_project, tmp_path):
    from duodesk import i18n

    path = tmp_path / "board.xlsx"
    i18n.set_language("fr")
    try:
        export(drug_project, "drugs", path)
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    workbook = openpyxl.load_workbook(path)
    assert "Repeats" not in workbook.sheetnames
    rows = list(workbook["Répétitions"].iter_rows(values_only=True))
    assert rows[0][0] == "Questions posées pour chaque occurrence d’une répétition"
    said = {value for row in rows for value in row if isinstance(value, str)}
    assert "Total des entretiens" in said
    assert "% des personnes qui ont répondu" in said
    cover = {r[0]: r[1] for r in workbook["Couverture"].iter_rows(min_row=3, values_only=True)}
    assert "dans la feuille Répétitions" in next(
        v for v in cover.values() if "Répétitions" in str(v)
    )


@pytest.fixture
def two_never_said_how_often(database, tmp_path):
    """30 people named heroin, two of whom (people 0 and 1) never said how often; 10 named
    no drug."""
    people = []
    for index in range(40):
        answers: dict[str, object] = {"site": "Centre", "age": 30, "drugs": int(index < 30)}
        if index < 30:
            answers["drug[1]"] = "heroin"
            answers["how[1]"] = ("smoke",)
        if 2 <= index < 30:
            answers["how_often[1]"] = "daily" if index % 2 else "weekly"
        people.append(answers)
    return store_people(database, tmp_path, people)


def test_two_repeat_tables_side_by_side_do_not_give_a_small_group_away(
    two_never_said_how_often, tmp_path
):
    """ "People who answered" is 30 for the drug and 28 for how often: the 2 who never said
    how often, a group each table would hide on its own, by subtraction."""
    answered_label = "People who answered (for at least one drug)"
    open_path = tmp_path / "open.xlsx"
    export(
        two_never_said_how_often,
        "drugs",
        open_path,
        ExportOptions(disclosure=DisclosureRule(False)),
    )
    assert repeat_block(open_path, "drug")[answered_label] == 30
    assert repeat_block(open_path, "how_often")[answered_label] == 28  # the attack's data

    path = tmp_path / "board.xlsx"
    export(two_never_said_how_often, "drugs", path)
    shown = [
        block[answered_label]
        for block in (repeat_block(path, q) for q in ("drug", "how_often", "how"))
        if isinstance(block[answered_label], int)
    ]
    for first, second in itertools.combinations(shown, 2):
        assert not 1 <= abs(first - second) <= THRESHOLD, shown
    assert repeat_block(path, "how_often")[answered_label] == "*"


@pytest.fixture
def one_injector_never_said_where(database, tmp_path):
    """30 people named heroin; 24 injected it, and one of them never said where they got
    equipment (a question asked only of those who inject); 10 named no drug."""
    people = []
    for index in range(40):
        answers: dict[str, object] = {"site": "Centre", "age": 30, "drugs": int(index < 30)}
        if index < 30:
            answers["drug[1]"] = "heroin"
            answers["how_often[1]"] = "daily"
            answers["how[1]"] = ("inject",) if index < 24 else ("smoke",)
        if 1 <= index < 24:
            answers["equipment[1]"] = "nsp" if index % 2 else "friend"
        people.append(answers)
    return store_people(database, tmp_path, people)


def test_a_question_asked_after_an_answer_does_not_give_away_who_skipped_it(
    one_injector_never_said_where, tmp_path
):
    """Injecting 24 in one table, 23 who said where they got equipment in the next: the one
    injector who never said, by subtraction. No table's people who answered may sit 1 to 4
    away from a count another table shows."""
    questions = ("drug", "how_often", "how", "equipment")
    open_path = tmp_path / "open.xlsx"
    export(
        one_injector_never_said_where,
        "drugs",
        open_path,
        ExportOptions(disclosure=DisclosureRule(False)),
    )
    assert repeat_block(open_path, "how")["Injecting"] == 24
    assert repeat_block(open_path, "equipment")[ANSWERED] == 23  # the attack's data

    path = tmp_path / "board.xlsx"
    export(one_injector_never_said_where, "drugs", path)
    blocks = {q: repeat_block(path, q) for q in questions}
    for name, block in blocks.items():
        answered = block[ANSWERED]
        if not isinstance(answered, int):
            continue
        for other, shown in blocks.items():
            if other == name:
                continue
            for label, value in shown.items():
                if isinstance(value, int) and label != "Total interviews":
                    assert not 1 <= abs(answered - value) <= THRESHOLD, (name, other, label)


ANSWERED = "People who answered (for at least one drug)"


def test_when_the_workbook_hides_a_parts_size_the_repeat_tables_hide_it_too(drug_project):
    """A part's number of interviews is a count like the others: when the Summary and the
    Cover hide it, a Repeats sheet printing it (or its answered and others, which add up to
    it) would give it back."""
    from duodesk.exports.prepare import prepare
    from duodesk.exports.repeat_people import repeat_people_tables

    rule = DisclosureRule()
    prepared = prepare(drug_project, "drugs", ExportOptions(disclosure=rule))
    shown = repeat_people_tables(drug_project, prepared, rule)
    assert {table.interviews for table in shown} == {PEOPLE}
    hidden = repeat_people_tables(drug_project, prepared, rule, interviews_hidden=True)
    for table in hidden:
        assert table.interviews is None
        assert table.answered is None or table.others is None, table.question


def _two_sites(index: int) -> dict[str, object]:
    """40 people at the Centre as in ``drug_project``; 20 at the Harbour, 3 of whom named
    crack (the few a subtraction of the Centre's tables from the whole survey's would find)."""
    centre = index < PEOPLE
    named = (
        person(index)
        if centre
        else [dict(drug="heroin", how_often="daily", how=("inject",), equipment="nsp")]
        + ([dict(drug="crack", how_often="weekly", how=("smoke",))] if index % 20 < 3 else [])
    )
    answers: dict[str, object] = {"site": "Centre" if centre else "Harbour", "age": 30}
    answers["drugs"] = len(named)
    for k, drug in enumerate(named, start=1):
        for key, value in drug.items():
            answers[f"{key}[{k}]"] = value
    return answers


def repeat_numbers(path) -> dict[tuple[int, int], int]:
    return {
        (cell.row, cell.column): cell.value
        for row in openpyxl.load_workbook(path)["Repeats"].iter_rows()
        for cell in row
        if isinstance(cell.value, int)
    }


def test_a_part_beside_the_whole_gives_no_small_group_away_on_the_repeats_sheet(database, tmp_path):
    """The health board holds the whole survey's workbook and the Centre's: subtracting the
    Centre's Repeats sheet from the whole's must not give the Harbour's 3 crack users (or any
    other count of 1 to 4 people)."""
    from duodesk.analysis import Condition, Subset

    project = store_people(database, tmp_path, [_two_sites(i) for i in range(PEOPLE + 20)])
    whole, part = tmp_path / "whole.xlsx", tmp_path / "centre.xlsx"
    export(project, "drugs", whole)
    centre = Subset(conditions=(Condition.parse("site = Centre"),))
    export(project, "drugs", part, ExportOptions(subset=centre))
    shown_whole, shown_part = repeat_numbers(whole), repeat_numbers(part)
    differences = [
        shown_whole[place] - shown_part[place]
        for place in shown_whole.keys() & shown_part.keys()
        if shown_whole[place] != shown_part[place]
    ]
    assert not [d for d in differences if 1 <= abs(d) <= THRESHOLD], differences
    # The Centre's table is still worth publishing: its 40 heroin users are shown.
    assert repeat_block(part, "drug")["Heroin"] == PEOPLE


def test_a_repeat_table_with_no_small_group_shows_its_denominator_and_percentages(
    database, tmp_path
):
    """40 people named heroin and said how often; all smoked it and 37 injected it. No count
    on the "how often" table is small, and nothing its being asked depends on sits 1 to 4
    from its people who answered (the 37 injecting are another question's, not a group of
    them), so the health board gets the people who answered and every percentage."""
    people = []
    for index in range(PEOPLE):
        answers: dict[str, object] = {"site": "Centre", "age": 30, "drugs": 1}
        answers["drug[1]"] = "heroin"
        answers["how_often[1]"] = "daily" if index < 25 else "weekly"
        answers["how[1]"] = ("inject", "smoke") if index < 37 else ("smoke",)
        people.append(answers)
    project = store_people(database, tmp_path, people)
    path = tmp_path / "board.xlsx"
    export(project, "drugs", path)
    assert repeat_block(path, "how")["Injecting"] == 37
    how_often = repeat_block(path, "how_often")
    assert how_often[ANSWERED] == PEOPLE
    rows = list(openpyxl.load_workbook(path)["Repeats"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if str(r[0]).startswith("how_often. "))
    daily, weekly = (next(r for r in rows[start:] if r[0] == f"Every {w}") for w in ("day", "week"))
    assert daily[1:3] == (25, pytest.approx(25 / PEOPLE))
    assert weekly[1:3] == (15, pytest.approx(15 / PEOPLE))


def test_a_question_is_compared_only_with_the_answer_that_makes_it_asked(database, tmp_path):
    """Where did you get equipment is asked of those who inject: its 30 people who answered
    are compared with the 30 injecting, not with the 27 who smoked (another answer of the
    same question, not a group of them), which hid its people who answered and every
    percentage."""
    people = []
    for index in range(40):
        answers: dict[str, object] = {"site": "Centre", "age": 30, "drugs": 1}
        answers["drug[1]"] = "heroin"
        answers["how_often[1]"] = "daily"
        answers["how[1]"] = (("inject",) if index < 30 else ()) + (
            ("smoke",) if index >= 13 else ()
        )
        if index < 30:
            answers["equipment[1]"] = "nsp" if index % 2 else "friend"
        people.append(answers)
    project = store_people(database, tmp_path, people)
    path = tmp_path / "board.xlsx"
    export(project, "drugs", path)
    how = repeat_block(path, "how")
    assert how["Injecting"] == 30 and how["Smoking"] == 27
    assert repeat_block(path, "equipment")[ANSWERED] == 30
