"""The ``.sav`` file never hides a real answer: read back by pyreadstat and by GNU PSPP, it
gives the n, mean and missing counts of DuoDesk's own summary, even when genuine answers are
-99, -98 or -97.5; long labels are cut at SPSS's byte limits, in full in the codebook."""

from __future__ import annotations

import csv
import json

import pyreadstat
import pytest

from duodesk.analysis import summarize
from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
)
from duodesk.exports.export import export
from duodesk.exports.spss import (
    VALUE_LABEL_BYTES,
    VARIABLE_LABEL_BYTES,
    codebook_path,
    cut_to_bytes,
    status_codes_for,
)
from tests.analysis.projects import store_interviews
from tests.analysis.pspp import number, run_pspp

LONG_LABEL = "Wie viele Schulden haben Sie für Miete, Gas, Strom — ehrlich gesagt? " * 4
LONG_CHOICE = "Ja, über einen Freund oder eine Freundin – bitte genau sagen, wann. " * 3


def negatives_form() -> Questionnaire:
    used = ChoiceList(
        "used",
        (
            Choice("yes", {"": "Yes"}),
            Choice("no", {"": LONG_CHOICE}),
            Choice("dont_know", {"": "Don't know"}, missing=True),
            Choice("refused", {"": "Refused"}, missing=True),
        ),
    )
    return Questionnaire(
        Settings("negatives", "Negative numbers", "1"),
        (
            Question("used", QuestionType.SELECT_ONE, {"": "Used the service?"}, list_name="used"),
            Question("debt", QuestionType.INTEGER, {"": LONG_LABEL}, relevant="${used} = 'yes'"),
            Question("change", QuestionType.DECIMAL, {"": "Change in weight (kg)"}),
            Question("visits", QuestionType.INTEGER, {"": "Visits this month"}),
        ),
        {"used": used},
    )


INTERVIEWS = [
    {"used": "yes", "debt": -99, "change": -97.5, "visits": 3},
    {"used": "yes", "debt": -98, "change": -98.0, "visits": 0},
    {"used": "yes", "debt": -97, "change": -99.0, "visits": 1},
    {"used": "yes", "debt": 1200, "change": 2.25},
    {"used": "yes", "change": -0.5, "visits": 7},
    {"used": "no", "change": 10.0, "visits": 2},
    {"used": "no", "visits": 4},
    {"used": "dont_know", "change": -97.5, "visits": 5},
    {"used": "refused", "visits": 6},
    {"change": 1.0},
]


@pytest.fixture
def negatives(database):
    form = negatives_form()
    store_interviews(database, form, INTERVIEWS)
    return database, form


def test_codes_go_below_the_smallest_real_answer():
    assert status_codes_for(None, None).no_answer == -99
    assert status_codes_for(-96.5, 40).labels == {
        -99: "No answer",
        -98: "Not asked (skipped)",
        -97: "Not in this version",
    }
    assert sorted(status_codes_for(-99, 1200).labels) == [-999, -998, -997]
    assert sorted(status_codes_for(-997.5, 0).labels) == [-9999, -9998, -9997]
    assert sorted(status_codes_for(-(10**16), 5).labels) == [97, 98, 99]
    both_ends = (-(10**16), 10**16)
    assert sorted(status_codes_for(*both_ends, taken={-98}).labels) == [-999, -998, -997]


def test_labels_are_cut_at_spss_byte_limits_without_breaking_a_character():
    cut = cut_to_bytes(LONG_LABEL, VARIABLE_LABEL_BYTES)
    assert len(LONG_LABEL.encode()) > VARIABLE_LABEL_BYTES
    assert len(cut.encode()) <= VARIABLE_LABEL_BYTES and cut.endswith(" [cut]")
    assert LONG_LABEL.startswith(cut.removesuffix(" [cut]"))
    assert len(cut.encode()) > VARIABLE_LABEL_BYTES - 4  # bytes counted, not characters
    assert cut_to_bytes("ü" * 60, VALUE_LABEL_BYTES) == "ü" * 60  # exactly 120 bytes


def test_sav_read_back_by_pyreadstat_matches_the_summary(negatives, tmp_path):
    database, form = negatives
    path = tmp_path / "negatives.sav"
    report = export(database, form.form_id, path)
    assert codebook_path(path).exists() and "negatives-codebook.csv" in report.describe()
    summary = summarize(database, form.form_id)
    frame, meta = pyreadstat.read_sav(str(path))  # user-missing values become empty
    for name in ("debt", "change", "visits"):
        stats = summary.question(name).stats
        column = frame[name].dropna()
        assert len(column) == stats.n, name
        assert column.mean() == pytest.approx(stats.mean), name
        assert frame[name].isna().sum() == summary.interviews - stats.n, name
    # The genuine -99 and -98 debts are there; the codes are below them and labelled.
    assert sorted(frame["debt"].dropna()) == [-99, -98, -97, 1200]
    assert meta.variable_value_labels["debt"] == {
        -999: "No answer",
        -998: "Not asked (skipped)",
        -997: "Not in this version",
    }
    assert meta.variable_value_labels["visits"][-99] == "No answer"  # no answer below -97
    labels = dict(zip(meta.column_names, meta.column_labels, strict=True))
    assert labels["debt"] == cut_to_bytes(LONG_LABEL, VARIABLE_LABEL_BYTES)
    assert meta.variable_value_labels["used"][2] == cut_to_bytes(LONG_CHOICE, VALUE_LABEL_BYTES)
    used = summary.question("used")
    assert frame["used"].isna().sum() == summary.interviews - used.valid


def test_codebook_beside_the_sav_has_the_full_labels(negatives, tmp_path):
    database, form = negatives
    path = tmp_path / "negatives.sav"
    export(database, form.form_id, path)
    with codebook_path(path).open(encoding="utf-8-sig", newline="") as handle:
        rows = {row[0]: row for row in csv.reader(handle)}
    assert rows["debt"][1] == LONG_LABEL
    assert rows["debt"][3] == "-999; -998; -997"
    assert rows["debt"][4] == "variable label"
    assert f"2 = {LONG_CHOICE}" in rows["used"][2]
    assert rows["used"][4] == "value label 2"
    assert rows["used"][3] == "-99 to -1"


def test_sav_read_back_by_pspp_matches_the_summary(negatives, tmp_path):
    database, form = negatives
    path = tmp_path / "negatives.sav"
    export(database, form.form_id, path)
    summary = summarize(database, form.form_id)
    names = ("debt", "change", "visits", "used")
    syntax = (
        f'GET FILE="{path}".\nSET TVARS=NAMES.\n'
        f"FREQUENCIES /VARIABLES={' '.join(names)} /FORMAT=NOTABLE /STATISTICS=MEAN.\n"
    )
    (statistics,) = [rows for title, rows in run_pspp(tmp_path, syntax) if title == "Statistics"]
    column = {name: i for i, name in enumerate(statistics[0]) if name}
    found: dict[str, list[str]] = {}
    label = ""
    for row in statistics[1:]:
        label = row[0] or label
        found[f"{label} {row[1]}".strip()] = row
    for name in ("debt", "change", "visits"):
        stats = summary.question(name).stats
        i = column[name]
        assert int(number(found["N Valid"][i])) == stats.n, name
        assert int(number(found["N Missing"][i])) == summary.interviews - stats.n, name
        assert number(found["Mean"][i]) == pytest.approx(stats.mean, abs=0.005 + 1e-9), name
    used = summary.question("used")
    assert int(number(found["N Valid"][column["used"]])) == used.valid
    assert int(number(found["N Missing"][column["used"]])) == summary.interviews - used.valid


def big_numbers_form() -> Questionnaire:
    return Questionnaire(
        Settings("big", "Big numbers", "1"),
        (
            Question("used", QuestionType.SELECT_ONE, {"": "Used the service?"}, list_name="used"),
            Question("tokens", QuestionType.INTEGER, {"": "Tokens"}, relevant="${used} = 'yes'"),
            Question("precise", QuestionType.DECIMAL, {"": "Measured weight"}),
            Question("visits", QuestionType.INTEGER, {"": "Visits"}),
        ),
        {"used": negatives_form().choice_lists["used"]},
    )


BIG = [
    {"used": "yes", "tokens": 2**53 + 1, "precise": 0.1, "visits": 2**53},
    {"used": "yes", "tokens": 9223372036854775807, "precise": 1.5, "visits": 3},
    {"used": "yes", "tokens": 5, "visits": -(2**53)},
    {"used": "no", "precise": 2.25},
]


def test_sav_writes_integers_beyond_a_double_as_text_and_says_so(database, tmp_path):
    form = big_numbers_form()
    store_interviews(database, form, BIG)
    path = tmp_path / "big.sav"
    report = export(database, form.form_id, path)
    frame, meta = pyreadstat.read_sav(str(path), user_missing=True)
    # Every digit as stored, not 9007199254740992 or 9223372036854775808.
    assert list(frame["tokens"]) == ["9007199254740993", "9223372036854775807", "5", "not asked"]
    # 2**53 itself and a decimal a double holds stay SPSS numbers.
    assert list(frame["visits"][:3]) == [2**53, 3, -(2**53)]
    assert list(frame["precise"]) == [0.1, 1.5, -99, 2.25]
    assert meta.readstat_variable_types["visits"] == "double"
    assert meta.readstat_variable_types["precise"] == "double"
    assert meta.readstat_variable_types["tokens"] == "string"
    assert report.as_text == ("tokens",)
    assert "as text" in report.describe() and ": tokens." in report.describe()
    with codebook_path(path).open(encoding="utf-8-sig", newline="") as handle:
        rows = {row[0]: row for row in csv.reader(handle)}
    assert rows["Variable"][4] == "Cut or changed in the .sav file"
    assert rows["tokens"][4] == (
        "written as text: 2 answer(s) such as 9007199254740993 have more digits than an SPSS "
        "number holds exactly"
    )
    assert rows["visits"][4] == rows["precise"][4] == ""


def test_sav_without_big_numbers_reports_nothing_written_as_text(negatives, tmp_path):
    database, form = negatives
    report = export(database, form.form_id, tmp_path / "n.sav")
    assert "as text" not in report.describe()
    assert report.as_text == ()


def test_codes_never_equal_a_real_answer_spanning_both_ends(database, tmp_path):
    """Answers from -2*10**15 to 2*10**15 leave no room outside them: the codes must still
    be values no real answer takes, so PSPP counts every real answer."""
    form = Questionnaire(
        Settings("wide", "Wide numbers", "1"),
        (Question("w", QuestionType.INTEGER, {"": "Wide"}),),
        {},
    )
    answers = [-(2 * 10**15), 2 * 10**15, -99, -98, -97, -999, -998, 5, None]
    store_interviews(database, form, [{"w": a} if a is not None else {} for a in answers])
    path = tmp_path / "wide.sav"
    export(database, form.form_id, path)
    frame, meta = pyreadstat.read_sav(str(path))
    real = [a for a in answers if a is not None]
    assert sorted(frame["w"].dropna()) == sorted(real)
    codes = set(meta.variable_value_labels["w"])
    assert len(codes) == 3 and not codes & set(real)
    assert frame["w"].isna().sum() == 1
    syntax = f'GET FILE="{path}".\nFREQUENCIES /VARIABLES=w /FORMAT=NOTABLE.\n'
    (statistics,) = [rows for title, rows in run_pspp(tmp_path, syntax) if title == "Statistics"]
    found = {f"{row[0]} {row[1]}".strip(): row[2] for row in statistics[1:]}
    assert int(number(found["N Valid"])) == len(real)


def test_sav_display_formats_fit_the_values(negatives, tmp_path):
    """Whole-number variables show no decimals; a decimal variable shows as many as its
    longest answer has (not SPSS's F8.2 for everything, which shows 2.125 as 2.13)."""
    database, form = negatives
    store_interviews(database, form, [{"change": 2.125, "visits": 12}])
    path = tmp_path / "formats.sav"
    export(database, form.form_id, path)
    _, meta = pyreadstat.read_sav(str(path), metadataonly=True)
    formats = meta.original_variable_types
    assert formats["debt"] == "F5.0"  # -999 ... 1200
    assert formats["visits"] == "F3.0"  # -99 ... 12
    assert formats["used"] == "F3.0"
    assert formats["change"] == "F8.3"  # its codes -999.000 ... 2.125
    assert formats["v_interview"].endswith(".0")


def test_the_codebook_says_which_column_a_renamed_variable_is(database, tmp_path):
    """SPSS names ignore case and must be unique: "Age" beside "age", and a question "m_x"
    beside the 0/1 variable of choice "x" of "m", get other names; the codebook says what
    the CSV file calls each, so the two files can be matched."""
    ticks = ChoiceList("xy", (Choice("x", {"": "X"}), Choice("y", {"": "Y"})))
    form = Questionnaire(
        Settings("names", "Names", "1"),
        (
            Question("Age", QuestionType.INTEGER, {"": "Age in years"}),
            Question("age", QuestionType.INTEGER, {"": "Age at first use"}),
            Question("m", QuestionType.SELECT_MULTIPLE, {"": "Which?"}, list_name="xy"),
            Question("m_x", QuestionType.INTEGER, {"": "How many X?"}),
        ),
        {"xy": ticks},
    )
    store_interviews(database, form, [dict(Age=30, age=20, m="x", m_x=2)] * 6)
    path = tmp_path / "names.sav"
    export(database, "names", path)
    frame, _ = pyreadstat.read_sav(str(path))
    with codebook_path(path).open(encoding="utf-8-sig", newline="") as handle:
        rows = {row[0]: row for row in csv.reader(handle)}
    assert list(frame["Age"][:1]) == [30] and list(frame["age_2"][:1]) == [20]
    assert (
        rows["age_2"][4]
        == "named “age” in the CSV file and the workbook (SPSS needed another name)"
    )
    assert rows["Age"][4] == "" and rows["m_x"][4] == ""
    assert list(frame["m_x_2"][:1]) == [2]
    assert rows["m_x_2"][4] == (
        "named “m_x” in the CSV file and the workbook (SPSS needed another name)"
    )


NUMBERED_CHOICES = [
    ["list_name", "name", "label", "missing"],
    ["scale", "1", "One", ""],
    ["scale", "2", "Two", ""],
    ["scale", "-1", "Minus one", ""],
    ["scale", "other", "Something else", ""],
    ["scale", "-99", "Refused", "yes"],
    ["scale", "-98", "Don't know", "yes"],
    ["scale", "unsure", "Unsure", "yes"],
    ["often", "0", "Never", ""],
    ["often", "1", "Sometimes", ""],
    ["often", "99", "Can't say", "yes"],
]


def test_choices_named_with_numbers_keep_those_numbers_in_the_sav(tmp_path):
    """A choice named "-1" is -1 in the CSV file; it must be -1 in the .sav too (it was 3,
    and -1 meant "Refused"), and must not be declared missing. Choices named "-99" and "-98"
    take the usual status codes, so those move and the codebook says so; PSPP counts every
    real answer as valid and every missing code and status as missing."""
    from tests.cli.test_cli import duodesk
    from tests.core.forms import write_form

    db = str(tmp_path / "p.duodesk")
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label", "relevant"],
            ["select_one scale", "s", "Scale", ""],
            ["select_one often", "o", "How often", "${s} != 'other'"],
        ],
        NUMBERED_CHOICES,
        [["form_id"], ["numbered"]],
    )
    answers = ["1", "2", "-1", "-1", "other", "-99", "-98", "unsure", "", "2"]
    often = ["0", "1", "99", "1", "", "0", "0", "99", "1", ""]
    rows = ["s,o", *(f"{a},{b}" for a, b in zip(answers, often, strict=True))]
    data = tmp_path / "d.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    for command in (("import-form", str(form)), ("import-data", "numbered", str(data))):
        result = duodesk("--db", db, *command)
        assert result.returncode == 0, result.stderr
    sav, codes_csv = tmp_path / "n.sav", tmp_path / "codes.csv"
    assert duodesk("--db", db, "export", "numbered", "--sav", str(sav)).returncode == 0
    exported = duodesk("--db", db, "export", "numbered", "--csv", str(codes_csv), "--codes")
    assert exported.returncode == 0, exported.stderr
    with codes_csv.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.DictReader(handle))
    frame, meta = pyreadstat.read_sav(str(sav), user_missing=True)
    labels = meta.variable_value_labels["s"]
    status = {"": -999, "not asked": -998}
    for row, code in zip(written, frame["s"], strict=True):
        if row["s"] in ("-1", "1", "2", "-99", "-98"):
            assert code == int(row["s"]), row  # the CSV's number, in the .sav
        elif row["s"] in status:
            assert code == status[row["s"]], row
    assert {code: labels[code] for code in (-1, 1, 2, -99, -98)} == {
        -1: "Minus one",
        1: "One",
        2: "Two",
        -99: "Refused",
        -98: "Don't know",
    }
    assert labels[3] == "Something else"  # a name that is no number gets the next free code
    assert labels[-2] == "Unsure"  # a missing code, below every real answer
    assert {labels[-999], labels[-998], labels[-997]} == {
        "No answer",
        "Not asked (skipped)",
        "Not in this version",
    }
    assert meta.missing_ranges["s"] == [{"lo": -999.0, "hi": -2.0}]
    assert list(frame["o"]) == [0, 1, 99, 1, -98, 0, 0, 99, 1, -99]
    assert meta.variable_value_labels["o"][99] == "Can't say"
    assert meta.missing_ranges["o"] == [{"lo": -99.0, "hi": -97.0}, {"lo": 99.0, "hi": 99.0}]
    with codebook_path(sav).open(encoding="utf-8-sig", newline="") as handle:
        book = {row[0]: row for row in csv.reader(handle)}
    assert book["s"][4] == (
        "No answer, Not asked (skipped) and Not in this version are coded -999, -998 and -997 "
        "here, as choices named -99, -98 keep their numbers"
    )
    assert book["o"][4] == ""
    summary = json.loads(duodesk("--db", db, "summary", "numbered", "--json").stdout)
    _assert_pspp_counts_as_the_summary(tmp_path, sav, summary, ("s", "o"))


def _assert_pspp_counts_as_the_summary(tmp_path, sav, summary: dict, names) -> None:
    """PSPP's FREQUENCIES of the .sav gives each variable the summary's valid and missing."""
    by_name = {q["name"]: q for q in summary["questions"]}
    syntax = (
        f'GET FILE="{sav}".\nSET TVARS=NAMES.\n'
        f"FREQUENCIES /VARIABLES={' '.join(names)} /FORMAT=NOTABLE.\n"
    )
    (statistics,) = [rows for title, rows in run_pspp(tmp_path, syntax) if title == "Statistics"]
    column_of = {name: i for i, name in enumerate(statistics[0]) if name}
    found: dict[str, list[str]] = {}
    label = ""
    for row in statistics[1:]:
        label = row[0] or label
        found[f"{label} {row[1]}".strip()] = row
    for name in names:
        column = column_of[name]
        valid = by_name[name]["valid"]
        assert int(number(found["N Valid"][column])) == valid, name
        assert int(number(found["N Missing"][column])) == summary["interviews"] - valid, name


SURVEY_CODED_CHOICES = [
    ["list_name", "name", "label", "missing"],
    ["two", "1", "One", ""],
    ["two", "2", "Two", ""],
    ["two", "88", "Refused", "yes"],
    ["two", "99", "Don't know", "yes"],
    ["three", "1", "Yes", ""],
    ["three", "2", "No", ""],
    ["three", "77", "Not sure", "yes"],
    ["three", "88", "Refused", "yes"],
    ["three", "99", "Don't know", "yes"],
    ["around", "-99", "Minus ninety-nine", ""],
    ["around", "1", "One", ""],
    ["around", "-9", "Refused", "yes"],
    ["around", "-8", "Don't know", "yes"],
    ["around", "-7", "Can't say", "yes"],
]


def test_survey_codes_for_dont_know_above_the_answers_are_all_missing_in_pspp(tmp_path):
    """The usual survey coding, Refused 88 and Don't know 99 after 1 and 2: PSPP reading the
    .sav must count them missing as DuoDesk does (it counted Don't know as a real answer,
    25% valid each, and a mean of 47.5), and so for 77/88/99 and for -9/-8/-7 beside a real
    answer -99."""
    from tests.cli.test_cli import duodesk
    from tests.core.forms import write_form

    db = str(tmp_path / "p.duodesk")
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label"],
            ["select_one two", "a", "First"],
            ["select_one three", "b", "Second"],
            ["select_one around", "c", "Third"],
        ],
        SURVEY_CODED_CHOICES,
        [["form_id"], ["coded"]],
    )
    rows = ["a,b,c", "1,1,-99", "2,2,1", "88,77,-9", "99,88,-8", "99,99,-7", "1,1,1", ",,"]
    data = tmp_path / "d.csv"
    data.write_text("\n".join(rows) + "\n", encoding="utf-8")
    for command in (("import-form", str(form)), ("import-data", "coded", str(data))):
        result = duodesk("--db", db, *command)
        assert result.returncode == 0, result.stderr
    sav = tmp_path / "c.sav"
    exported = duodesk("--db", db, "export", "coded", "--sav", str(sav))
    assert exported.returncode == 0, exported.stderr
    summary = json.loads(duodesk("--db", db, "summary", "coded", "--json").stdout)
    assert [q["valid"] for q in summary["questions"]] == [3, 3, 3]  # 1, 2 and 1 (or -99)
    _assert_pspp_counts_as_the_summary(tmp_path, sav, summary, ("a", "b", "c"))
    with codebook_path(sav).open(encoding="utf-8-sig", newline="") as handle:
        book = "\n".join(",".join(row) for row in csv.reader(handle))
    assert "not declared missing" not in book


def test_questions_named_with_spss_words_are_exported_under_names_pspp_keeps(tmp_path):
    """A question named "BY" stopped the export with a fault, and "to" or "with" were
    renamed VAR001... by PSPP, losing the names."""
    from tests.cli.test_cli import duodesk
    from tests.core.forms import write_form

    db = str(tmp_path / "p.duodesk")
    words = ["BY", "to", "with", "All", "not"]
    form = write_form(
        tmp_path / "f.xlsx",
        [["type", "name", "label"], *(["integer", w, f"Question {w}"] for w in words)],
        [["list_name", "name", "label"]],
        [["form_id"], ["words"]],
    )
    data = tmp_path / "d.csv"
    data.write_text(",".join(words) + "\n1,2,3,4,5\n6,7,8,9,10\n", encoding="utf-8")
    for command in (("import-form", str(form)), ("import-data", "words", str(data))):
        result = duodesk("--db", db, *command)
        assert result.returncode == 0, result.stderr
    sav = tmp_path / "w.sav"
    exported = duodesk("--db", db, "export", "words", "--sav", str(sav))
    assert exported.returncode == 0, exported.stderr
    assert "Written as text" not in exported.stdout + exported.stderr  # only renamed
    syntax = f'GET FILE="{sav}".\nDISPLAY DICTIONARY.\n'
    shown = " ".join(" ".join(row) for _title, rows in run_pspp(tmp_path, syntax) for row in rows)
    for word in words:
        assert f"v_{word}" in shown, word
    assert "VAR001" not in shown
