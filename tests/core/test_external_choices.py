"""Choices and data read from files next to a form: select_one_from_file, select_one_external,
pulldata(), and cascading lists that repeat a choice name."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil

import openpyxl
import pytest
from pyxform.xls2xform import convert

from duodesk.core.design_checks import check_design
from duodesk.core.engine import FormEngine
from duodesk.core.questionnaire import EXTERNAL_CHOICES
from duodesk.core.serialize import questionnaire_from_json, questionnaire_to_json
from duodesk.core.xlsform import FormFileError, read_xlsform, write_xlsform
from tests.core.forms import write_form

SURVEY_HEADER = ["type", "name", "label::English (en)", "choice_filter", "calculation"]
VILLAGE_FORM = [
    SURVEY_HEADER,
    ["select_one_from_file districts.csv", "district", "District", "", ""],
    ["select_one_from_file villages.csv", "village", "Village", "district=${district}", ""],
    ["calculate", "population", "", "", "pulldata('villages', 'people', 'name', ${village})"],
]


def write_villages(folder, rows=None):
    (folder / "districts.csv").write_text(
        "name,label::English (en),label::Swahili (sw)\nnorth,North,Kaskazini\nsouth,South,Kusini\n",
        encoding="utf-8",
    )
    rows = rows or [("v1", "Alpha", "north", "120"), ("v2", "Beta", "south", "45")]
    text = "name,label,district,people\n" + "".join(",".join(r) + "\n" for r in rows)
    (folder / "villages.csv").write_text(text, encoding="utf-8")


def village_form(tmp_path):
    folder = tmp_path / "form"
    folder.mkdir()
    write_villages(folder)
    return write_form(folder / "villages.xlsx", VILLAGE_FORM)


def test_select_from_a_csv_next_to_the_form_offers_its_rows_filtered(tmp_path):
    questionnaire = read_xlsform(village_form(tmp_path))
    districts = questionnaire.choice_lists["districts.csv"]
    assert [c.name for c in districts.choices] == ["north", "south"]
    assert districts.choices[1].label == {"English (en)": "South", "Swahili (sw)": "Kusini"}
    engine = FormEngine(questionnaire)
    state = engine.evaluate({"district": "south"})
    assert [c.name for c in engine.visible_choices("village", state)] == ["v2"]


def test_pulldata_gives_the_first_matching_row_and_empty_when_none(tmp_path):
    folder = tmp_path / "form"
    folder.mkdir()
    write_villages(folder, [("v1", "Alpha", "north", "120"), ("v1", "Again", "north", "999")])
    questionnaire = read_xlsform(write_form(folder / "villages.xlsx", VILLAGE_FORM))
    engine = FormEngine(questionnaire)
    assert engine.evaluate({"village": "v1"}).answers["population"] == "120"
    assert "population" not in engine.evaluate({"village": "nowhere"}).answers


def test_pulldata_from_a_file_named_by_an_answer_reads_the_csv_files_next_to_the_form(
    tmp_path,
):
    """``pulldata(${district}, ...)``: a file per district, chosen in the interview, as ODK
    Collect looks it up among the form's files; pyxform accepts such a form."""
    folder = tmp_path / "form"
    folder.mkdir()
    (folder / "D01.csv").write_text("key,name\nk1,Ana\nk2,Rui\n", encoding="utf-8")
    (folder / "D02.csv").write_text("key,name\nk1,Zeca\n", encoding="utf-8")
    (folder / "notes.csv").write_bytes(b"\xff\xfe\x00broken,\n\x00")  # not the form's
    survey = [
        ["type", "name", "label", "calculation"],
        ["select_one district", "district", "District", ""],
        ["text", "key", "Key", ""],
        ["calculate", "person", "", "pulldata(${district}, 'name', 'key', ${key})"],
        ["note", "show", "Name: ${person}", ""],
    ]
    choices = [
        ["list_name", "name", "label"],
        ["district", "D01", "One"],
        ["district", "D02", "Two"],
    ]
    form = write_form(folder / "people.xlsx", survey, choices)
    convert(str(form))  # pyxform accepts it
    questionnaire = read_xlsform(form)
    assert questionnaire.missing_files == ()
    engine = FormEngine(questionnaire)
    assert engine.evaluate({"district": "D01", "key": "k2"}).answers["person"] == "Rui"
    assert engine.evaluate({"district": "D02", "key": "k1"}).answers["person"] == "Zeca"
    assert "person" not in engine.evaluate({"district": "D02", "key": "k2"}).answers
    stored = questionnaire_from_json(questionnaire_to_json(questionnaire))
    assert FormEngine(stored).evaluate({"district": "D02", "key": "k1"}).answers["person"] == (
        "Zeca"
    )


def test_a_missing_file_opens_the_form_with_the_file_named_as_missing(tmp_path):
    folder = tmp_path / "form"
    folder.mkdir()
    write_form(folder / "villages.xlsx", VILLAGE_FORM)
    questionnaire = read_xlsform(folder / "villages.xlsx")
    assert questionnaire.missing_files == ("districts.csv", "villages.csv")
    assert questionnaire.choice_lists["villages.csv"].choices == ()
    needs = {q.name: questionnaire.files_needed_by(q) for q in questionnaire.questions()}
    assert needs == {
        "district": ("districts.csv",),
        "village": ("villages.csv",),
        "population": ("villages.csv",),
    }


def test_a_file_the_person_chose_elsewhere_is_used(tmp_path):
    form = write_form(tmp_path / "villages.xlsx", VILLAGE_FORM)
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    write_villages(elsewhere)
    files = {name: elsewhere / name for name in ("districts.csv", "villages.csv")}
    questionnaire = read_xlsform(form, files)
    assert len(questionnaire.choice_lists["villages.csv"].choices) == 2


def test_the_stored_questionnaire_works_after_the_files_are_gone(tmp_path):
    form = village_form(tmp_path)
    stored = questionnaire_to_json(read_xlsform(form))
    shutil.rmtree(form.parent)
    questionnaire = questionnaire_from_json(stored)
    engine = FormEngine(questionnaire)
    state = engine.evaluate({"district": "north", "village": "v1"})
    assert state.answers["population"] == "120"
    assert [c.name for c in engine.visible_choices("village", state)] == ["v1"]


def test_written_form_has_its_files_next_to_it_and_pyxform_accepts_the_pair(tmp_path):
    questionnaire = read_xlsform(village_form(tmp_path))
    out = tmp_path / "out"
    out.mkdir()
    written = write_xlsform(questionnaire, out / "copy.xlsx")
    assert sorted(p.name for p in written) == ["districts.csv", "villages.csv"]
    assert "Kaskazini" in (out / "districts.csv").read_text(encoding="utf-8")
    xform = convert(xlsform=str(out / "copy.xlsx"), validate=False).xform
    assert 'src="jr://file-csv/villages.csv"' in xform
    again = read_xlsform(out / "copy.xlsx")
    assert again == questionnaire


def test_select_one_external_reads_the_external_choices_sheet(tmp_path):
    path = write_form(
        tmp_path / "cascade.xlsx",
        [
            ["type", "name", "label", "choice_filter"],
            ["select_one states", "state", "State", ""],
            ["select_one_external counties", "county", "County", "state=${state}"],
        ],
        [["list_name", "name", "label"], ["states", "tx", "Texas"], ["states", "wa", "Wash."]],
    )
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.create_sheet("external_choices")
    for row in [
        ["list_name", "name", "label", "state"],
        ["counties", "king", "King", "wa"],
        ["counties", "king", "King", "tx"],
        ["counties", "harris", "Harris", "tx"],
    ]:
        sheet.append(row)
    workbook.save(path)
    questionnaire = read_xlsform(path)
    assert questionnaire.choice_lists["counties"].source == EXTERNAL_CHOICES
    engine = FormEngine(questionnaire)
    choices = engine.visible_choices("county", engine.evaluate({"state": "tx"}))
    assert [(c.name, c.extra["state"]) for c in choices] == [("king", "tx"), ("harris", "tx")]
    write_xlsform(questionnaire, tmp_path / "copy.xlsx")
    assert "itemsets.csv" not in {p.name for p in tmp_path.iterdir()}
    convert(xlsform=str(tmp_path / "copy.xlsx"), validate=False)  # pyxform accepts it
    assert read_xlsform(tmp_path / "copy.xlsx") == questionnaire


def test_select_one_external_falls_back_on_itemsets_csv(tmp_path):
    path = write_form(
        tmp_path / "cascade.xlsx",
        [["type", "name", "label"], ["select_one_external counties", "county", "County"]],
    )
    assert read_xlsform(path).missing_files == ("itemsets.csv",)
    (tmp_path / "itemsets.csv").write_text("list_name,name,label\ncounties,king,King\n")
    assert [c.name for c in read_xlsform(path).choice_lists["counties"].choices] == ["king"]


def test_duplicate_choice_names_need_allow_choice_duplicates(tmp_path):
    choices = [
        ["list_name", "name", "label", "state"],
        ["states", "tx", "Texas", ""],
        ["states", "wa", "Washington", ""],
        ["counties", "king", "King (WA)", "wa"],
        ["counties", "king", "King (TX)", "tx"],
    ]
    survey = [
        ["type", "name", "label", "choice_filter"],
        ["select_one states", "state", "State", ""],
        ["select_one counties", "county", "County", "state=${state}"],
    ]
    with pytest.raises(FormFileError, match='list "counties" already has a choice "king"'):
        read_xlsform(write_form(tmp_path / "a.xlsx", survey, choices))
    settings = [["form_id", "allow_choice_duplicates"], ["cascade", "yes"]]
    questionnaire = read_xlsform(write_form(tmp_path / "b.xlsx", survey, choices, settings))
    engine = FormEngine(questionnaire)
    shown = engine.visible_choices("county", engine.evaluate({"state": "tx"}))
    assert [c.label[""] for c in shown] == ["King (TX)"]


def test_a_filter_on_a_column_no_choice_has_is_empty_and_warned_about(tmp_path):
    questionnaire = read_xlsform(
        write_form(
            tmp_path / "f.xlsx",
            [
                ["type", "name", "label", "choice_filter"],
                ["text", "country", "Country", ""],
                ["select_one colors", "color", "Colour", "pastel = yes"],
            ],
            [["list_name", "name", "label", "pastel"], ["colors", "red", "Red", ""]],
        )
    )
    engine = FormEngine(questionnaire)
    assert [c.name for c in engine.visible_choices("color", engine.evaluate({}))] == ["red"]
    warnings = [issue.message for issue in check_design(questionnaire)]
    assert any('uses "yes"' in message for message in warnings)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("villages.csv", "name,label\n=HYPERLINK(1),x\n", 'villages.csv, row 2, column "name"'),
        ("villages.csv", "name,label\nv1,x\n" + "v2,y,extra,\n", "villages.csv, row 3"),
        ("villages.csv", "label,district\nAlpha,north\n", 'there is no "name" column'),
        ("villages.csv", "name,label\n,Nameless\n", 'villages.csv, row 2, column "name"'),
        ("villages.xml", "<root><item><name>a</name>", "villages.xml: this is not readable XML"),
        (
            "villages.xml",
            '<!DOCTYPE r [<!ENTITY e "x">]><root><item><name>&e;</name></item></root>',
            "villages.xml: the file uses XML entities",
        ),
        ("villages.geojson", "[1, 2]", "villages.geojson: this is not a GeoJSON FeatureCollection"),
    ],
)
def test_a_bad_choices_file_is_refused_naming_file_row_and_column(
    tmp_path, name, content, expected
):
    (tmp_path / name).write_text(content, encoding="utf-8")
    form = write_form(
        tmp_path / "f.xlsx", [["type", "name", "label"], [f"select_one_from_file {name}", "v", "V"]]
    )
    with pytest.raises(FormFileError) as raised:
        read_xlsform(form)
    assert expected in str(raised.value)


def test_a_csv_in_a_windows_code_page_is_read(tmp_path):
    (tmp_path / "villages.csv").write_bytes("name,label\nes,España\n".encode("cp1252"))
    form = write_form(
        tmp_path / "f.xlsx",
        [["type", "name", "label"], ["select_one_from_file villages.csv", "v", "V"]],
    )
    choice = read_xlsform(form).choice_lists["villages.csv"].choices[0]
    assert choice.label == {"": "España"}


def test_xml_and_geojson_choices_follow_odk(tmp_path):
    (tmp_path / "colors.xml").write_text(
        "<root><item><name>red</name><label>Red</label><warm>yes</warm></item></root>"
    )
    features = [
        {
            "type": "Feature",
            "id": "p1",
            "properties": {"title": "Clinic"},
            "geometry": {"type": "Point", "coordinates": [36.8, -1.3]},
        },
    ]
    (tmp_path / "places.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features})
    )
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label"],
            ["select_one_from_file colors.xml", "color", "Colour"],
            ["select_one_from_file places.geojson", "place", "Place"],
        ],
    )
    questionnaire = read_xlsform(form)
    red = questionnaire.choice_lists["colors.xml"].choices[0]
    assert (red.name, red.label, red.extra) == ("red", {"": "Red"}, {"warm": "yes"})
    clinic = questionnaire.choice_lists["places.geojson"].choices[0]
    assert clinic.name == "p1" and clinic.extra["title"] == "Clinic"
    assert clinic.extra["geometry"] == "-1.3 36.8 0 0"
    out = tmp_path / "out"
    out.mkdir()
    write_xlsform(questionnaire, out / "f.xlsx")
    assert read_xlsform(out / "f.xlsx") == questionnaire


def test_cht_functions_are_refused_in_plain_words(tmp_path):
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label", "relevant"],
            ["date", "a", "A", ""],
            ["integer", "days", "Days", "cht:difference-in-days(${a}, today()) > 7"],
        ],
    )
    # A calculation opens empty with a note; a condition that would hide a question cannot.
    with pytest.raises(FormFileError, match="belongs to the Community Health Toolkit"):
        read_xlsform(form)


def test_a_workbook_of_one_sheet_is_read_as_the_survey_as_pyxform_does(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Sheet1"
    for row in [["type", "name", "label"], ["text", "state", "The State"]]:
        workbook.active.append(row)
    workbook.save(tmp_path / "one.xlsx")
    assert [q.name for q in read_xlsform(tmp_path / "one.xlsx").questions()] == ["state"]


def test_rows_after_sixty_empty_rows_are_notes_not_questions(tmp_path):
    survey = [["type", "name", "label"], ["text", "a", "A"], *[[]] * 61, ["party", "", ""]]
    assert [q.name for q in read_xlsform(write_form(tmp_path / "f.xlsx", survey)).questions()] == [
        "a"
    ]
    near = [["type", "name", "label"], ["text", "a", "A"], *[[]] * 59, ["text", "b", "B"]]
    assert len(read_xlsform(write_form(tmp_path / "g.xlsx", near)).questions()) == 2


def test_a_name_excel_turned_into_a_boolean_is_read_as_typed(tmp_path):
    form = write_form(tmp_path / "f.xlsx", [["type", "name", "label"], ["text", False, "No"]])
    assert read_xlsform(form).questions()[0].name == "FALSE"


def test_a_choices_file_past_the_row_limit_is_refused_naming_it(tmp_path, monkeypatch):
    from duodesk.core import choice_files

    small = dataclasses.replace(choice_files.FILE_LIMITS, max_rows=1_000)
    monkeypatch.setattr(choice_files, "FILE_LIMITS", small)
    rows = "".join(f"v{n},Village {n}\n" for n in range(1_001))
    (tmp_path / "villages.csv").write_text("name,label\n" + rows)
    form = write_form(
        tmp_path / "f.xlsx",
        [["type", "name", "label"], ["select_one_from_file villages.csv", "v", "V"]],
    )
    with pytest.raises(FormFileError, match=r"villages\.csv, row 1002: there are more than 1,000"):
        read_xlsform(form)


def test_a_binary_file_named_csv_is_refused(tmp_path):
    (tmp_path / "fruits.csv").write_bytes(b"name,label\x00\x01\x02" * 100)
    form = write_form(
        tmp_path / "f.xlsx",
        [["type", "name", "calculation"], ["calculate", "c", "pulldata('fruits', 'a', 'b', 'c')"]],
    )
    with pytest.raises(FormFileError, match=r"fruits\.csv: this file does not look like a text"):
        read_xlsform(form)


def test_instance_paths_read_a_column_of_the_first_matching_item(tmp_path):
    folder = tmp_path / "form"
    folder.mkdir()
    write_villages(folder)
    form = write_form(
        folder / "f.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["select_one fruits", "fruit", "Fruit", ""],
            ["calculate", "fruit_label", "", "instance('fruits')/root/item[name=${fruit}]/label"],
            ["select_one_from_file villages.csv", "village", "Village", ""],
            [
                "calculate",
                "district",
                "",
                "instance('villages')/root/item[name = current()/../village]/district",
            ],
            ["calculate", "none", "", "instance('fruits')/root/item[name = 'kiwi']/label"],
        ],
        [["list_name", "name", "label"], ["fruits", "mango", "Mango"], ["fruits", "fig", "Fig"]],
    )
    state = FormEngine(read_xlsform(form)).evaluate({"fruit": "fig", "village": "v2"})
    assert state.answers["fruit_label"] == "Fig"
    assert state.answers["district"] == "south"
    assert "none" not in state.answers
    convert(xlsform=str(form), validate=False)  # pyxform reads them too


@pytest.mark.parametrize(
    ("calculation", "expected"),
    [
        ("instance('nothing')/root/item[name=${a}]/label", "instance('nothing') names no choice"),
        ("instance('fruits')/root/item[name=${a}]", "Name the column to read"),
        ("instance('fruits')/root/item[name=${b}]/label", 'There is no question called "b"'),
        ("instance('fruits')/root/item[name=${a}/label", "This '[' is never closed"),
    ],
)
def test_a_broken_instance_path_is_refused_plainly(tmp_path, calculation, expected):
    form = write_form(
        tmp_path / "f.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["text", "a", "A", ""],
            ["calculate", "c", "", calculation],
        ],
        [["list_name", "name", "label"], ["fruits", "fig", "Fig"]],
    )
    with pytest.raises(FormFileError, match=re.escape(expected)):
        read_xlsform(form)


def test_count_and_sum_take_the_items_of_a_list_an_instance_path_keeps(tmp_path):
    survey = [
        ["type", "name", "label", "calculation"],
        ["select_one states", "state", "State", ""],
        ["calculate", "n", "", "count(instance('counties')/root/item[state = ${state}])"],
        ["calculate", "people", "", "sum(instance('counties')/root/item[state=${state}]/pop)"],
        ["calculate", "all", "", "count(instance('counties')/root/item)"],
    ]
    choices = [
        ["list_name", "name", "label", "state", "pop"],
        ["states", "tx", "Texas", "", ""],
        ["states", "wa", "Washington", "", ""],
        ["counties", "king", "King", "wa", "20"],
        ["counties", "harris", "Harris", "tx", "40"],
        ["counties", "dallas", "Dallas", "tx", "30"],
    ]
    engine = FormEngine(read_xlsform(write_form(tmp_path / "f.xlsx", survey, choices)))
    answers = engine.evaluate({"state": "tx"}).answers
    assert (answers["n"], answers["people"], answers["all"]) == ("2", "70", "3")
    assert engine.evaluate({"state": "wa"}).answers["n"] == "1"


def test_an_instance_path_without_a_column_is_refused_outside_count(tmp_path):
    survey = [
        ["type", "name", "label", "calculation"],
        ["calculate", "x", "", "concat('a', instance('yn')/root/item)"],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"]]
    with pytest.raises(FormFileError, match="Name the column to read after the item"):
        read_xlsform(write_form(tmp_path / "f.xlsx", survey, choices))


def test_a_file_found_empty_is_kept_as_such_but_is_the_same_questionnaire(tmp_path):
    """Which missing files were beside the form but empty is told to the person (also when
    an interview starts, from the stored questionnaire); it changes nothing the questionnaire
    asks, so adding the form again with the file gone is no new version."""
    from duodesk.core.external_choices import add_files
    from duodesk.core.serialize import fingerprint

    survey = [
        ["type", "name", "label", "calculation"],
        ["select_one_from_file districts.csv", "district", "District", ""],
        ["calculate", "fruit", "", "pulldata('fruits', 'name', 'id', '1')"],
    ]
    form = write_form(tmp_path / "f.xlsx", survey)
    (tmp_path / "districts.csv").write_text("name,label\n")  # its header only
    (tmp_path / "fruits.csv").write_text("")
    read = read_xlsform(form)
    assert set(read.missing_files) == set(read.found_empty) == {"districts.csv", "fruits.csv"}
    stored = questionnaire_from_json(questionnaire_to_json(read))
    assert stored.found_empty == read.found_empty
    (tmp_path / "districts.csv").unlink()
    (tmp_path / "fruits.csv").unlink()
    absent = read_xlsform(form)
    assert absent.found_empty == ()
    assert fingerprint(absent) == fingerprint(read)
    (tmp_path / "more").mkdir()
    fruits = tmp_path / "more" / "fruits.csv"
    fruits.write_text("id,name\n1,apple\n")
    filled = add_files(read, {"fruits.csv": fruits})
    assert (filled.missing_files, filled.found_empty) == (("districts.csv",), ("districts.csv",))
