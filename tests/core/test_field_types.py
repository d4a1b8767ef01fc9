"""The question types real ODK and KoboToolbox forms use beyond the core ones: reading them,
checking their answers, and writing them back as forms pyxform accepts."""

from __future__ import annotations

import math
from datetime import date

import pytest
from pyxform.xls2xform import convert

from duodesk.core.engine import FormEngine
from duodesk.core.questionnaire import QuestionType
from duodesk.core.records import is_stored
from duodesk.core.values import AnswerError, from_text, parse_answer, to_text
from duodesk.core.xlsform import (
    FIELD_TYPE_ALIASES,
    FormFileError,
    read_xlsform,
    write_xlsform,
)
from tests.core.forms import YES_NO, write_form


def _form(tmp_path, survey, choices=YES_NO, name="form.xlsx"):
    return read_xlsform(write_form(tmp_path / name, survey, choices))


def _problems(tmp_path, survey, choices=YES_NO) -> str:
    with pytest.raises(FormFileError) as raised:
        _form(tmp_path, survey, choices)
    return str(raised.value)


def _question(tmp_path, kind, parameters=""):
    form = _form(tmp_path, [["type", "name", "label", "parameters"], [kind, "q", "Q", parameters]])
    return form.question("q")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("55.9533 -3.1883", "55.9533 -3.1883"),
        ("55.9533 -3.1883 80 4.5", "55.9533 -3.1883 80 4.5"),
        ("  55.95,-3.19  ", "55.95 -3.19"),
        ("-90 180 0 0", "-90 180 0 0"),
    ],
)
def test_a_typed_location_is_kept_as_odk_writes_it(tmp_path, typed, stored):
    question = _question(tmp_path, "geopoint")
    value = parse_answer(question, typed)
    assert to_text(question, value) == stored
    assert from_text(question, stored) == value


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("95 -3", "latitude must be between -90 and 90"),
        ("55 -190", "longitude must be between -180 and 180"),
        ("55.95", "write the latitude and longitude"),
        ("Edinburgh", "write the latitude and longitude"),
        ("55 -3 0 -1", "accuracy cannot be negative"),
        ("55 -3; 56 -3", "several points"),
    ],
)
def test_a_location_that_is_not_one_is_refused_in_words(tmp_path, typed, reason):
    with pytest.raises(AnswerError, match=reason):
        parse_answer(_question(tmp_path, "geopoint"), typed)


def test_lines_and_shapes_need_their_points(tmp_path):
    line = _question(tmp_path, "geotrace")
    assert parse_answer(line, "55 -3;56 -3.5 10 5") == "55 -3;56 -3.5 10 5"
    with pytest.raises(AnswerError, match="a line needs at least 2 points"):
        parse_answer(line, "55 -3")
    shape = _question(tmp_path, "geoshape")
    with pytest.raises(AnswerError, match="a shape needs at least 3 points"):
        parse_answer(shape, "55 -3;56 -3")
    assert parse_answer(shape, "55 -3;56 -3;56 -4;55 -3").count(";") == 3


def test_a_range_keeps_to_its_bounds_and_steps(tmp_path):
    whole = _question(tmp_path, "range", "start=0 end=10 step=2")
    assert parse_answer(whole, "4") == 4 and isinstance(parse_answer(whole, "4"), int)
    with pytest.raises(AnswerError, match="outside the range from 0 to 10"):
        parse_answer(whole, "12")
    with pytest.raises(AnswerError, match="not one of the steps"):
        parse_answer(whole, "3")
    halves = _question(tmp_path, "range", "start=5;end=1;step=0.5")  # counts down
    assert parse_answer(halves, "1.5") == 1.5
    assert from_text(halves, to_text(halves, 1.5)) == 1.5
    default = _question(tmp_path, "range")  # ODK's defaults: 1 to 10 in steps of 1
    assert parse_answer(default, 10) == 10
    with pytest.raises(AnswerError, match="outside the range from 1 to 10"):
        parse_answer(default, "0")


def test_a_range_whose_parameters_are_wrong_is_refused_with_its_row(tmp_path):
    message = _problems(
        tmp_path,
        [["type", "name", "label", "parameters"], ["range", "r", "R", "start=0 end=ten"]],
    )
    assert 'Question "r" (survey row 2), column "parameters"' in message
    assert 'the range\'s end "ten" is not a number' in message


def test_acknowledge_and_trigger_are_ok_or_nothing(tmp_path):
    for kind in ("acknowledge", "trigger"):
        question = _question(tmp_path, kind)
        assert parse_answer(question, "OK") == "OK"
        assert parse_answer(question, "1") == "OK"
        assert parse_answer(question, "") is None
        with pytest.raises(AnswerError, match="should be OK"):
            parse_answer(question, "maybe")


def test_every_new_type_spelling_is_one_pyxform_knows():
    from pyxform.aliases import _type_alias_map
    from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

    spellings = [*QUESTION_TYPE_DICT, *_type_alias_map]
    known = {" ".join(k.replace("_", " ").split()).lower() for k in spellings}
    assert set(FIELD_TYPE_ALIASES) <= known


SURVEY = [
    ["type", "name", "label", "parameters", "default"],
    ["start", "start", "", "", ""],
    ["deviceid", "deviceid", "", "", ""],
    ["username", "username", "", "", ""],
    ["phonenumber", "phone", "", "", ""],
    ["start-geopoint", "where_started", "", "", ""],
    ["audit", "audit", "", "", ""],
    ["hidden", "batch", "", "", "B7"],
    ["gps", "home", "Home", "", ""],
    ["geoshape", "area", "Area", "", ""],
    ["photo", "picture", "Picture", "", ""],
    ["add audio prompt", "voice", "Voice", "", ""],
    ["video", "film", "Film", "", ""],
    ["file", "letter", "Letter", "", ""],
    ["background-audio", "sound", "", "", ""],
    ["barcode", "kit", "Kit", "", ""],
    ["range", "safety", "Safety", "start=0 end=10 step=2", ""],
    ["acknowledge", "ok", "OK?", "", ""],
]


def test_a_form_with_every_new_type_opens_and_is_written_back_as_pyxform_reads_it(tmp_path):
    form = _form(tmp_path, SURVEY)
    kinds = {q.name: q.type for q in form.questions()}
    assert kinds["home"] is QuestionType.GEOPOINT
    assert kinds["picture"] is QuestionType.IMAGE
    assert kinds["voice"] is QuestionType.AUDIO
    assert kinds["where_started"] is QuestionType.START_GEOPOINT
    written = tmp_path / "written.xlsx"
    write_xlsform(form, written)
    assert read_xlsform(written) == form
    xform = convert(xlsform=str(written)).xform
    for bind in ('nodeset="/data/home" type="geopoint"', 'nodeset="/data/area" type="geoshape"'):
        assert bind in xform
    assert 'nodeset="/data/picture" type="binary"' in xform
    assert 'nodeset="/data/safety" type="int"' in xform


def test_the_laptop_fills_deviceid_and_username_and_leaves_phone_metadata_blank(tmp_path):
    form = _form(tmp_path, SURVEY)
    engine = FormEngine(form)
    answers = engine.initial_answers(
        today=date(2024, 3, 1),
        metadata={QuestionType.DEVICEID: "duodesk:1234", QuestionType.USERNAME: "Sam"},
    )
    assert answers["deviceid"] == "duodesk:1234"
    assert answers["username"] == "Sam"
    assert answers["batch"] == "B7"  # a hidden question takes its default
    for blank in ("phone", "where_started", "sound", "home"):
        assert blank not in answers
    state = engine.evaluate(answers)
    assert state.answers["batch"] == "B7"
    assert not state.errors()
    assert not is_stored(form.question("audit"))
    assert is_stored(form.question("where_started"))


def test_or_other_adds_pyxforms_other_choice_and_its_text_question(tmp_path):
    choices = [
        ["list_name", "name", "label::English (en)", "label::French (fr)"],
        ["drug", "heroin", "Heroin", "Héroïne"],
        ["drug", "crack", "Crack", "Crack"],
    ]
    form = _form(
        tmp_path,
        [
            ["type", "name", "label::English (en)"],
            ["select_one drug or_other", "main", "Main drug"],
            ["select_multiple drug or specify other", "also", "Also"],
            ["integer", "days", "Days"],
        ],
        choices,
    )
    assert [q.name for q in form.questions()] == [
        "main",
        "main_other",
        "also",
        "also_other",
        "days",
    ]
    other = form.choice_lists["drug"].choice("other")
    assert other is not None and other.label == {"English (en)": "Other", "French (fr)": "Other"}
    assert [c.name for c in form.choice_lists["drug"].choices] == ["heroin", "crack", "other"]
    text = form.question("main_other")
    assert text.type is QuestionType.TEXT
    engine = FormEngine(form)
    assert not engine.evaluate({"main": "heroin"}).states["main_other"].applicable
    state = engine.evaluate({"main": "other", "main_other": "pregabalin", "also": ("other",)})
    assert state.states["main_other"].applicable and state.answers["main_other"] == "pregabalin"
    assert state.states["also_other"].applicable
    written = tmp_path / "written.xlsx"
    write_xlsform(form, written)
    assert read_xlsform(written) == form
    convert(xlsform=str(written))  # pyxform reads what DuoDesk wrote


def test_or_other_with_a_choice_filter_is_refused_as_pyxform_refuses_it(tmp_path):
    message = _problems(
        tmp_path,
        [["type", "name", "label", "choice_filter"], ["select_one yes_no or_other", "q", "Q", "1"]],
    )
    assert 'sheet "survey", row 2' in message and "choice_filter" in message


NESTED = [
    ["type", "name", "label", "relevant"],
    ["integer", "age", "Age now", ""],
    ["begin_group", "before", "Before prison", ""],
    ["integer", "age", "Age then", ""],
    ["select_one yes_no", "used", "Used then?", ""],
    ["end_group", "", "", ""],
    ["begin_group", "after", "After prison", ""],
    ["begin_group", "before", "Inner", ""],
    ["integer", "age", "Age", ""],
    ["end_group", "", "", ""],
    ["text", "why", "Why?", "${used} = 'yes'"],
    ["end_group", "", "", ""],
]


def test_the_same_name_in_different_groups_is_known_by_its_group_path(tmp_path):
    form = _form(tmp_path, NESTED)
    names = [q.name for q in form.questions()]
    assert names == ["age", "before/age", "used", "after/before/age", "why"]
    assert [g.name for g in form.groups()] == ["before", "after", "after/before"]
    assert form.question("before/age").xlsform_name == "age"
    engine = FormEngine(form)
    state = engine.evaluate({"age": 40, "before/age": 25, "used": "yes", "after/before/age": 33})
    assert state.answers["before/age"] == 25 and state.answers["age"] == 40
    assert state.states["why"].applicable
    written = tmp_path / "written.xlsx"
    write_xlsform(form, written)
    assert read_xlsform(written) == form
    convert(xlsform=str(written))  # the written form keeps the XLSForm names


def test_a_reference_to_a_name_used_twice_is_refused_as_pyxform_refuses_it(tmp_path):
    survey = [*NESTED, ["note", "n", "You said ${age}", ""]]
    survey[-2] = ["end_group", "", "", ""]
    message = _problems(tmp_path, [*NESTED, ["text", "x", "X", "${age} > 30"]])
    assert 'row 13, column "relevant"' in message
    assert '${age} could mean any of the questions called "age" (rows 2 and 4 and 9)' in message
    message = _problems(tmp_path, survey)
    assert 'column "label"' in message


def test_the_same_name_twice_in_one_group_is_still_refused(tmp_path):
    message = _problems(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin_group", "g", "G"],
            ["integer", "age", "A"],
            ["integer", "age", "B"],
            ["end_group", "", ""],
        ],
    )
    assert 'row 4, column "name": "age" is already used in the same group on row 3' in message


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("osm building_tags", "OpenStreetMap questions need the OpenMapKit app"),
        ("include", "copy the rows of the included form"),
    ],
)
def test_types_duodesk_cannot_ask_are_refused_with_their_row(tmp_path, kind, expected):
    message = _problems(tmp_path, [["type", "name", "label"], ["text", "a", "A"], [kind, "b", "B"]])
    assert 'sheet "survey", row 3, column "type"' in message
    assert expected in message


PATHS = [
    ["type", "name", "label", "relevant", "constraint"],
    ["select_one yes_no", "used", "Used?", "", ""],
    ["begin_group", "g", "G", "/data/used = 'yes'", ""],
    ["integer", "age", "Age", "", ""],
    ["integer", "later", "Later", "../age > 3", ". > /data/g/age"],
    ["text", "why", "Why?", "string-length('a/b') > 0 and current()/../age > 1", ""],
    ["end_group", "", "", "", ""],
    ["begin_group", "h", "H", "", ""],
    ["integer", "age", "Age again", "../../used = 'yes'", ""],
    ["end_group", "", "", "", ""],
]


def test_absolute_and_relative_paths_are_read_as_the_questions_they_name(tmp_path):
    form = _form(tmp_path, PATHS)
    assert form.groups()[0].relevant == "${used} = 'yes'"
    assert form.question("later").relevant == "${g/age} > 3"
    assert form.question("later").constraint == ". > ${g/age}"
    assert form.question("why").relevant == "string-length('a/b') > 0 and ${g/age} > 1"
    assert form.question("h/age").relevant == "${used} = 'yes'"
    engine = FormEngine(form)
    state = engine.evaluate({"used": "yes", "g/age": 5, "later": 4})
    assert state.states["later"].applicable and state.states["why"].applicable
    assert state.states["later"].error is not None  # 4 is not more than 5
    assert not engine.evaluate({"used": "no", "g/age": 5}).states["later"].applicable
    written = tmp_path / "written.xlsx"
    write_xlsform(form, written)
    assert read_xlsform(written) == form
    convert(xlsform=str(written))  # written back as paths pyxform reads


def test_a_path_that_names_no_question_is_refused_with_its_row(tmp_path):
    message = _problems(
        tmp_path,
        [
            ["type", "name", "label", "relevant"],
            ["text", "a", "A", ""],
            ["text", "b", "B", "/data/c = 1"],
        ],
    )
    assert 'sheet "survey", row 3, column "relevant": "/data/c" names no question' in message


def test_or_other_in_two_groups_asks_each_other_box_after_its_own_question(tmp_path):
    choices = [["list_name", "name", "label"], ["drug", "heroin", "Heroin"]]
    form = _form(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin_group", "before", "Before"],
            ["select_one drug or_other", "drug", "Drug then"],
            ["end_group", "", ""],
            ["begin_group", "now", "Now"],
            ["select_one drug or_other", "drug", "Drug now"],
            ["end_group", "", ""],
        ],
        choices,
    )
    names = [q.name for q in form.questions()]
    assert names == ["before/drug", "before/drug_other", "now/drug", "now/drug_other"]
    state = FormEngine(form).evaluate({"before/drug": "other", "now/drug": "heroin"})
    assert state.states["before/drug_other"].applicable
    assert not state.states["now/drug_other"].applicable


def test_a_group_path_too_long_to_store_is_refused_in_words(tmp_path):
    first, second, shared = "a" * 30, "b" * 30, "s" * 30
    message = _problems(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin_group", first, "A"],
            ["begin_group", shared, "S"],
            ["integer", "age", "Age"],
            ["end_group", "", ""],
            ["end_group", "", ""],
            ["begin_group", second, "B"],
            ["begin_group", shared, "S"],
            ["integer", "age", "Age"],
            ["end_group", "", ""],
            ["end_group", "", ""],
        ],
    )
    # "sss.../age" would name both: only the whole paths differ, and they are too long
    assert 'row 4, column "name": "age" is used in several groups' in message


def test_a_clashing_name_is_known_by_the_shortest_ending_that_tells_it_apart(tmp_path):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label"],
            ["begin_group", "transport", "Transport"],
            ["begin_group", "bus", "Bus"],
            ["integer", "frequency", "How often?"],
            ["end_group", "", ""],
            ["begin_group", "taxi", "Taxi"],
            ["integer", "frequency", "How often?"],
            ["end_group", "", ""],
            ["end_group", "", ""],
        ],
    )
    names = [q.name for q in form.questions()]
    assert names == ["bus/frequency", "taxi/frequency"]
    assert [q.xlsform_name for q in form.questions()] == ["frequency", "frequency"]


def test_area_and_distance_of_a_typed_shape_are_worked_out_as_odk_does(tmp_path):
    form = _form(
        tmp_path,
        [
            ["type", "name", "label", "calculation"],
            ["geoshape", "field", "Field", ""],
            ["geotrace", "walk", "Walk", ""],
            ["calculate", "size", "", "round(area(${field}), 0)"],
            ["calculate", "length", "", "round(distance(${walk}), 0)"],
        ],
    )
    side = 100 / (2 * math.pi * 6_378_100 / 360)  # 100 metres at the equator, in degrees
    square = f"0 0;0 {side};{side} {side};{side} 0;0 0"
    state = FormEngine(form).evaluate({"field": square, "walk": "0 0;1 0"})
    assert state.answers["size"] == "10000"  # square metres
    assert state.answers["length"] == "111319"  # metres in one degree of latitude
    blank = FormEngine(form).evaluate({})
    assert blank.answers["size"] == "0"  # no shape: no area, as in ODK


def test_a_range_with_absurd_bounds_is_refused_in_words_not_with_a_traceback(tmp_path):
    message = _problems(
        tmp_path,
        [
            ["type", "name", "label", "parameters"],
            ["range", "r", "R", "start=0 end=1e400 step=1e-400"],
        ],
    )
    assert 'column "parameters"' in message and "too large or has too many decimals" in message


def test_a_group_asked_by_its_own_question_says_so_in_words(tmp_path):
    message = _problems(
        tmp_path,
        [
            ["type", "name", "label", "relevant"],
            ["begin_group", "inputs", "Inputs", "./source = 'user'"],
            ["text", "source", "Source", ""],
            ["end_group", "", "", ""],
        ],
    )
    assert "'/' cannot be used" not in message
    assert "inputs -> source -> inputs" in message
