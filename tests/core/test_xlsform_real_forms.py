"""XLSForms as ODK and KoboToolbox users really have them: the shapes that used to be refused."""

from __future__ import annotations

import pytest

from duodesk.core.questionnaire import Group, QuestionType
from duodesk.core.xlsform import FormFileError, read_xlsform, write_xlsform
from tests.core.forms import YES_NO, write_form


def test_end_metadata_is_not_read_as_the_end_of_a_group(tmp_path):
    # KoboToolbox puts start and end at the top of every form it writes.
    path = write_form(
        tmp_path / "kobo.xlsx",
        [
            ["type", "name", "label"],
            ["start", "start", ""],
            ["end", "end", ""],
            ["begin_group", "g", "Group"],
            ["select_one yes_no", "used", "Used?"],
            ["end_group", "", ""],
        ],
        YES_NO,
    )
    questionnaire = read_xlsform(path)
    assert questionnaire.question("end").type is QuestionType.END
    (group,) = [c for c in questionnaire.children if isinstance(c, Group)]
    assert [q.name for q in group.children] == ["used"]


def test_a_form_saved_with_end_metadata_reads_back(tmp_path):
    path = write_form(
        tmp_path / "form.xlsx",
        [["type", "name", "label"], ["end", "end", ""], ["integer", "age", "Age"]],
    )
    saved = tmp_path / "saved.xlsx"
    write_xlsform(read_xlsform(path), saved)
    assert [q.type for q in read_xlsform(saved).questions()] == [
        QuestionType.END,
        QuestionType.INTEGER,
    ]


def test_pyxform_spellings_of_types_are_read_as_pyxform_reads_them(tmp_path):
    path = write_form(
        tmp_path / "aliases.xlsx",
        [
            ["type", "name", "label"],
            ["imei", "imei", ""],
            ["phonenumber", "phone", ""],
            ["subscriberid", "sub", ""],
            ["simserial", "sim", ""],
            ["email", "mail", ""],
            ["get start time", "began", ""],
            ["q int", "age", "Age"],
            ["add text prompt", "remark", "Remark"],
            ["select all that apply from yes_no", "all", "All"],
            ["select one from yes_no", "one", "One"],
            ["select_one   yes_no", "spaced", "Spaced"],
            ["phone number", "contact", "Contact number"],
        ],
        YES_NO,
    )
    questionnaire = read_xlsform(path)
    assert {q.name: q.type for q in questionnaire.questions()} == {
        "imei": QuestionType.DEVICEID,
        "phone": QuestionType.PHONENUMBER,
        "sub": QuestionType.SUBSCRIBERID,
        "sim": QuestionType.SIMSERIAL,
        "mail": QuestionType.EMAIL,
        "began": QuestionType.START,
        "age": QuestionType.INTEGER,
        "remark": QuestionType.TEXT,
        "all": QuestionType.SELECT_MULTIPLE,
        "one": QuestionType.SELECT_ONE,
        "spaced": QuestionType.SELECT_ONE,
        "contact": QuestionType.TEXT,
    }
    assert questionnaire.question("all").list_name == "yes_no"
    assert all(
        q.type.is_metadata for q in questionnaire.questions() if q.name in {"phone", "sub", "sim"}
    )


def test_every_type_spelling_mirrors_pyxforms_table():
    from pyxform.aliases import select as pyxform_selects
    from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

    from duodesk.core.xlsform import SELECT_PREFIXES, TYPE_ALIASES

    bind_types = {
        QuestionType.TEXT: "string",
        QuestionType.NOTE: "string",
        QuestionType.CALCULATE: "string",
        QuestionType.INTEGER: "int",
        QuestionType.DECIMAL: "decimal",
        QuestionType.DATE: "date",
        QuestionType.TODAY: "date",
        QuestionType.TIME: "time",
        QuestionType.DATETIME: "dateTime",
        QuestionType.START: "dateTime",
        QuestionType.END: "dateTime",
    }
    pyxform_types = {
        " ".join(k.replace("_", " ").split()).lower(): v for k, v in QUESTION_TYPE_DICT.items()
    }
    for spelling, kind in TYPE_ALIASES.items():
        assert spelling in pyxform_types, spelling
        bind = pyxform_types[spelling].get("bind", {}).get("type")
        assert bind == bind_types.get(kind, "string"), spelling
        asked = pyxform_types[spelling].get("control", {}).get("tag") is not None
        assert asked == (kind.takes_answer or kind is QuestionType.NOTE), spelling
    pyxform_select_spellings = {
        " ".join(k.replace("_", " ").split()).lower() for k in pyxform_selects
    }
    pyxform_select_spellings |= {
        k
        for k, v in pyxform_types.items()
        if v.get("control", {}).get("tag") in ("select", "select1")
    }
    assert set(SELECT_PREFIXES) <= pyxform_select_spellings


def test_or_specify_other_is_named_as_pyxforms_or_other(tmp_path):
    path = write_form(
        tmp_path / "other.xlsx",
        [["type", "name", "label"], ["select one from yes_no or specify other", "q", "Q"]],
        YES_NO,
    )
    try:
        questionnaire = read_xlsform(path)
    except FormFileError as error:  # until "Other" with its text box is supported
        (problem,) = error.problems
        assert "or_other" in problem and "exactly one choice list" not in problem
    else:
        assert questionnaire.question("q").list_name == "yes_no"


def test_empty_settings_and_choices_sheets_are_left_out_not_refused(tmp_path):
    path = write_form(
        tmp_path / "empty_sheets.xlsx",
        [["type", "name", "label"], ["integer", "age", "Age"]],
        choices=[],
        settings=[],
    )
    questionnaire = read_xlsform(path)
    assert [q.name for q in questionnaire.questions()] == ["age"]
    assert questionnaire.settings.form_id == "empty_sheets"


def test_a_note_without_a_name_is_named_as_pyxform_names_it(tmp_path):
    path = write_form(
        tmp_path / "notes.xlsx",
        [["type", "name", "label"], ["note", "", "Thank the person"], ["integer", "age", "Age"]],
    )
    note = read_xlsform(path).questions()[0]
    assert (note.type, note.name, note.label) == (
        QuestionType.NOTE,
        "generated_note_name_2",
        {"": "Thank the person"},
    )


def test_curly_quotes_typed_by_a_word_processor_work_as_quotes(tmp_path):
    path = write_form(
        tmp_path / "quotes.xlsx",
        [
            ["type", "name", "label", "relevant", "constraint"],
            ["select_one yes_no", "used", "Used?", "", ""],
            ["text", "which", "Which?", "${used} = \u2018yes\u2019", ". != 'don\u2019t know'"],
            ["text", "other", "Other?", "${used} = \u201cno\u201d", ""],
        ],
        YES_NO,
    )
    questionnaire = read_xlsform(path)
    assert questionnaire.question("which").relevant == "${used} = 'yes'"
    assert questionnaire.question("which").constraint == ". != 'don\u2019t know'"
    assert questionnaire.question("other").relevant == '${used} = "no"'


def test_two_label_columns_are_refused_as_pyxform_refuses_them(tmp_path):
    path = write_form(
        tmp_path / "two_labels.xlsx",
        [["type", "name", "label", "hint", "label"], ["integer", "age", "Age", "", "Years"]],
    )
    with pytest.raises(FormFileError) as raised:
        read_xlsform(path)
    assert raised.value.problems == (
        'sheet "survey": there are two columns called "label" (columns C and E); keep one',
    )


def test_without_default_language_the_first_language_column_is_shown_as_pyxform_does(
    tmp_path,
):
    from duodesk.core.questionnaire import text_in
    from duodesk.core.serialize import questionnaire_from_json, questionnaire_to_json

    path = write_form(
        tmp_path / "two_languages.xlsx",
        [
            ["type", "name", "label::English (en)", "label::Arabic (ar)"],
            ["integer", "age", "Age", "\u0627\u0644\u0639\u0645\u0631"],
        ],
    )
    # Stored and read back, as a project keeps it (the stored form sorts its languages).
    stored = questionnaire_from_json(questionnaire_to_json(read_xlsform(path)))
    default = stored.settings.default_language
    assert default == "English (en)"
    assert text_in(stored.question("age").label, default, default) == "Age"


def test_an_unnamed_label_column_stays_the_default_language(tmp_path):
    path = write_form(
        tmp_path / "unnamed.xlsx",
        [["type", "name", "label::French (fr)", "label"], ["integer", "age", "\u00c2ge", "Age"]],
    )
    assert read_xlsform(path).settings.default_language == ""


def test_an_old_style_xls_form_opens(tmp_path):
    import xlwt

    book = xlwt.Workbook()
    for title, rows in (
        ("survey", [["type", "name", "label"], ["select_one yn", "used", "Used?"]]),
        ("choices", [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]),
        ("settings", [["form_id", "version"], ["old_form", 3]]),
    ):
        sheet = book.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
    path = tmp_path / "old.xls"
    book.save(str(path))
    questionnaire = read_xlsform(path)
    assert (questionnaire.form_id, questionnaire.version) == ("old_form", "3")
    assert questionnaire.question("used").list_name == "yn"


def test_form_title_and_id_given_as_survey_rows_are_settings(tmp_path):
    path = write_form(
        tmp_path / "old_style.xlsx",
        [
            ["type", "name", "label"],
            ["set form title", "Household survey", ""],
            ["set form id", "household", ""],
            ["integer", "age", "Age"],
        ],
    )
    questionnaire = read_xlsform(path)
    assert (questionnaire.form_id, questionnaire.title) == ("household", "Household survey")
    assert [q.name for q in questionnaire.questions()] == ["age"]


def test_a_loop_over_a_list_asks_its_questions_once_per_choice(tmp_path):
    path = write_form(
        tmp_path / "loop.xlsx",
        [
            ["type", "name", "label"],
            ["begin loop over transport", "per_transport", "Transport"],
            ["integer", "trips", "How many trips by %(label)s?"],
            ["end loop", "", ""],
        ],
        [["list_name", "name", "label"], ["transport", "bus", "Bus"], ["transport", "car", "Car"]],
    )
    (loop,) = read_xlsform(path).children
    assert [g.name for g in loop.children] == ["bus", "car"]
    questions = [q for g in loop.children for q in g.children]
    assert [q.label[""] for q in questions] == [
        "How many trips by Bus?",
        "How many trips by Car?",
    ]
    assert len({q.name for q in questions}) == 2  # known by their paths
