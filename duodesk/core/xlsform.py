"""Reading and writing XLSForm workbooks (the ``survey`` / ``choices`` / ``settings`` sheets).

Written by hand rather than through pyxform's ``workbook_to_json``: DuoDesk needs the source row of
every question for its messages, the columns ODK ignores (``missing``, ``identifying``) and a writer
that gives back the same model; pyxform's dictionary keeps none of these. Forms written here are
checked against pyxform's ``xls2xform`` in the tests, so they stay valid ODK forms.

Aliases follow pyxform's (``select one``, ``begin group``, ``list name``, ``jr:constraintMsg``...).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import fields, replace
from pathlib import Path

from duodesk.core.questionnaire import (
    EXTERNAL_CHOICES,
    ITEMSETS,
    Choice,
    ChoiceList,
    DataFile,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    Settings,
    Text,
)
from duodesk.core.spreadsheet import write_text_row
from duodesk.core.tabular import InputFileError, Limits, Table, read_sheet
from duodesk.core.xlsform_columns import (
    CHOICES_ALIASES,
    CHOICES_COLUMNS,
    EXPRESSION_COLUMNS,
    QUESTION_COLUMNS,
    SETTINGS_COLUMNS,
    SURVEY_ALIASES,
    SURVEY_COLUMNS,
    TRANSLATABLE,
    parse_flag,
)
from duodesk.i18n import QT_TRANSLATE_NOOP, translate

# A questionnaire has tens of questions; thousands of rows is already a mistake or an attack.
FORM_LIMITS = Limits(
    max_file_bytes=50 * 1024 * 1024,
    max_uncompressed_bytes=200 * 1024 * 1024,
    max_member_ratio=200.0,
    max_rows=5_000,
    max_columns=1_000,  # a label, hint and messages in many languages make many columns
    max_cell_chars=10_000,
)
CHOICES_MAX_ROWS = 20_000  # long lists (countries, districts) are normal on the choices sheet

NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,63}$")

# pyxform's own spellings of the types DuoDesk knows (its question_type_dictionary and aliases),
# mirrored rather than imported because pyxform is not needed to run DuoDesk; a test checks the
# two tables agree. Keys are lower case with "_" read as a space.
TYPE_ALIASES = {
    **dict.fromkeys(("text", "string", "q string", "add text prompt"), QuestionType.TEXT),
    # pyxform adds a phone-number constraint to this one; it is asked, unlike "phonenumber".
    "phone number": QuestionType.TEXT,
    **dict.fromkeys(
        (
            "integer",
            "int",
            "q int",
            "add integer prompt",
            "percentage",
            "number of days in last month",
            "number of days in last six months",
            "number of days in last year",
        ),
        QuestionType.INTEGER,
    ),
    **dict.fromkeys(("decimal", "q decimal", "add decimal prompt"), QuestionType.DECIMAL),
    **dict.fromkeys(("date", "q date", "add date prompt"), QuestionType.DATE),
    "time": QuestionType.TIME,
    **dict.fromkeys(
        ("datetime", "date time", "q datetime", "add datetime prompt", "add date time prompt"),
        QuestionType.DATETIME,
    ),
    **dict.fromkeys(("note", "q note", "add note prompt"), QuestionType.NOTE),
    **dict.fromkeys(("calculate", "q calculate", "add calculate prompt"), QuestionType.CALCULATE),
    **dict.fromkeys(("start", "start time", "get start time"), QuestionType.START),
    **dict.fromkeys(("end", "end time", "get end time"), QuestionType.END),
    **dict.fromkeys(("today", "get today"), QuestionType.TODAY),
    **dict.fromkeys(
        ("deviceid", "device id", "get device id", "imei", "uri:deviceid"), QuestionType.DEVICEID
    ),
    **dict.fromkeys(("username", "uri:username"), QuestionType.USERNAME),
    **dict.fromkeys(
        ("phonenumber", "get phone number", "uri:phonenumber"), QuestionType.PHONENUMBER
    ),
    **dict.fromkeys(
        ("subscriberid", "subscriber id", "get subscriber id", "uri:subscriberid"),
        QuestionType.SUBSCRIBERID,
    ),
    **dict.fromkeys(("simserial", "sim id", "get sim id", "uri:simserial"), QuestionType.SIMSERIAL),
    **dict.fromkeys(("email", "uri:email"), QuestionType.EMAIL),
}
SELECT_PREFIXES = {
    **dict.fromkeys(
        (
            "select one",
            "select one from",
            "select one using",
            "select1",
            "q select1",
            "add select one prompt using",
        ),
        QuestionType.SELECT_ONE,
    ),
    **dict.fromkeys(
        (
            "select multiple",
            "select multiple from",
            "select multiple using",
            "select all that apply",
            "select all that apply from",
            "q select",
            "add select multiple prompt using",
        ),
        QuestionType.SELECT_MULTIPLE,
    ),
    # The choices come from a file next to the form, or the external_choices sheet: see
    # duodesk.core.external_choices.
    **dict.fromkeys(("select one from file", "select one external"), QuestionType.SELECT_ONE),
    "select multiple from file": QuestionType.SELECT_MULTIPLE,
}
# Longest spellings first, so "select all that apply from L" is not read as list "from L".
SELECT_PATTERN = re.compile(
    r"^("
    + "|".join(
        re.escape(p).replace(r"\ ", "[ _]+") for p in sorted(SELECT_PREFIXES, key=len, reverse=True)
    )
    + r")\s+(\S.*)$",
    re.IGNORECASE,
)
# The types real ODK and KoboToolbox forms use beyond the core ones, with pyxform's aliases.
FIELD_TYPE_ALIASES = {
    **dict.fromkeys(
        ("geopoint", "gps", "location", "q geopoint", "q location", "add location prompt"),
        QuestionType.GEOPOINT,
    ),
    **dict.fromkeys(("geotrace", "q geotrace"), QuestionType.GEOTRACE),
    **dict.fromkeys(("geoshape", "q geoshape"), QuestionType.GEOSHAPE),
    **dict.fromkeys(
        ("image", "photo", "q picture", "q image", "add image prompt", "add photo prompt"),
        QuestionType.IMAGE,
    ),
    **dict.fromkeys(("audio", "q audio", "add audio prompt"), QuestionType.AUDIO),
    **dict.fromkeys(("video", "q video", "add video prompt"), QuestionType.VIDEO),
    **dict.fromkeys(("file", "add file prompt"), QuestionType.FILE),
    **dict.fromkeys(("barcode", "q barcode", "add barcode prompt"), QuestionType.BARCODE),
    "range": QuestionType.RANGE,
    **dict.fromkeys(
        ("acknowledge", "q acknowledge", "add acknowledge prompt"), QuestionType.ACKNOWLEDGE
    ),
    "trigger": QuestionType.TRIGGER,
    "hidden": QuestionType.HIDDEN,
    "start-geopoint": QuestionType.START_GEOPOINT,
    "background-geopoint": QuestionType.BACKGROUND_GEOPOINT,
    "background-audio": QuestionType.BACKGROUND_AUDIO,
    "audit": QuestionType.AUDIT,
}
OR_OTHER_WORDS = ("or_other", "or specify other", "or other")
OR_OTHER_LABEL = "Specify other"
#: Why a question type is refused, said with ``translate("Questionnaire", ...)`` where used.
REFUSED_TYPES = {
    "osm": QT_TRANSLATE_NOOP(
        "Questionnaire",
        "OpenStreetMap questions need the OpenMapKit app on a phone; DuoDesk cannot ask "
        "them (remove the row, or ask for a written answer instead)",
    ),
    "include": QT_TRANSLATE_NOOP(
        "Questionnaire",
        "DuoDesk reads one questionnaire file at a time; copy the rows of the included "
        "form into this one",
    ),
    "rank": QT_TRANSLATE_NOOP(
        "Questionnaire",
        "DuoDesk cannot ask rank questions yet; ask the first, second and third choice as "
        "separate select_one questions instead",
    ),
}

# Group markers are compared by these strings: a bare "end" is the metadata type QuestionType.END,
# which equals "end" as a string, so markers must never be spelt "begin"/"end".
BEGIN_GROUP, END_GROUP = "begin group", "end group"
BEGIN_REPEAT, END_REPEAT = "begin repeat", "end repeat"
GROUP_MARKERS = {
    "begin group": BEGIN_GROUP,
    "end group": END_GROUP,
    "begin repeat": BEGIN_REPEAT,
    "end repeat": END_REPEAT,
}
REPEAT_COUNT_COLUMNS = ("repeat_count", "jr:count", "bind::jr:count")
LOOP_PATTERN = re.compile(r"^begin[ _]+loop[ _]+over[ _]+(\S+)$", re.IGNORECASE)
# pyxform's settings given as survey rows (its aliases.settings_header): the name cell holds them.
SURVEY_SHEET_SETTINGS = {
    "set form title": "form_title",
    "form title": "form_title",
    "set form id": "form_id",
    "form id": "form_id",
}
UNSUPPORTED_HINTS: dict[str, str] = {}


class FormFileError(InputFileError):
    """An XLSForm that cannot be used. ``problems`` lists every problem found, each naming its
    sheet, row and column; ``str()`` is a message for the person who chose the file."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        problems = list(dict.fromkeys(problems))  # a file two rows read is said once
        self.problems = tuple(problems)
        shown = "\n".join(f"  - {p}" for p in problems[:50])
        more = ""
        if len(problems) > 50:
            hidden = len(problems) - 50
            more = "\n  " + translate("Questionnaire", "... and %n more", None, hidden)
        heading = translate("Questionnaire", "this is not a questionnaire DuoDesk can use:")
        super().__init__(f"{heading}\n{shown}{more}", path=path)  # the path names the file


# ---------------------------------------------------------------------------------------------
# Reading


def read_xlsform(path: str | Path, files: Mapping[str, Path] | None = None) -> Questionnaire:
    """Read an XLSForm workbook.

    The files the form reads choices or data from (``select_one_from_file villages.csv``,
    ``pulldata('fruits', ...)``, ODK's ``itemsets.csv``) are taken from ``files`` (file name ->
    where the person put it) or else from the form's folder, and read into the questionnaire.
    A file found in neither place does not stop the form: it is named in the questionnaire's
    ``missing_files``, and can be added later (:func:`~duodesk.core.external_choices.add_files`).

    Raises :class:`~duodesk.core.tabular.InputFileError` when the file is not a safe, readable
    workbook and :class:`FormFileError` (listing every problem found) when it is a workbook but
    not a usable questionnaire. The questionnaire's expressions are checked as well.
    """
    from duodesk.core.engine import check_questionnaire  # the engine builds on this module

    path = Path(path)
    try:
        survey = read_sheet(path, "survey", FORM_LIMITS) or _only_sheet(path)
    except InputFileError as error:
        if not _is_empty_sheet(error):
            raise
        raise InputFileError(
            translate(
                "Questionnaire",
                "the sheet is empty. It should hold the questions: a header row (type, name, "
                "label), then one question a row.",
            ),
            path=path,
            sheet=error.sheet,
        ) from None
    if survey is None:
        raise FormFileError(
            path,
            [
                translate("Questionnaire", 'there is no sheet named "{sheet}"').format(
                    sheet="survey"
                )
            ],
        )
    survey = _until_a_long_gap(survey)
    choices_limits = Limits(**{**vars(FORM_LIMITS), "max_rows": CHOICES_MAX_ROWS})
    choices = _optional_sheet(path, "choices", choices_limits)
    choices = _until_a_long_gap(choices) if choices is not None else None
    settings = _optional_sheet(path, "settings", FORM_LIMITS)

    problems: list[str] = []
    for table in (survey, choices, settings):
        if table is not None:
            problems += _duplicate_columns(table)
    duplicates = _allows_choice_duplicates(settings)
    choice_lists = _read_choices(choices, problems, duplicates) if choices is not None else {}
    missing: list[str] = []
    found_empty: set[str] = set()
    data_files = _read_external(
        path, survey, choice_lists, files or {}, problems, missing, found_empty
    )
    survey_settings: dict[str, str] = {}
    children = _read_survey(survey, choice_lists, problems, survey_settings)
    form_settings = _read_settings(settings, path)
    if "form_title" in survey_settings and not form_settings.form_title:
        form_settings = replace(form_settings, form_title=survey_settings["form_title"])
    if "form_id" in survey_settings and not (settings and _has_form_id(settings)):
        form_settings = replace(form_settings, form_id=survey_settings["form_id"])
    if problems:
        raise FormFileError(path, problems)
    if not form_settings.default_language:
        form_settings = _with_pyxforms_default_language(form_settings, survey, choices)

    questionnaire = Questionnaire(
        form_settings,
        children,
        choice_lists,
        data_files,
        missing_files=tuple(missing),
        found_empty=tuple(name for name in missing if name in found_empty),
    )
    if not children:
        raise FormFileError(
            path,
            [
                translate(
                    "Questionnaire",
                    'sheet "{sheet}" has its header row ({header}) but nothing under it: write '
                    "the questions under the header, one a row.",
                ).format(sheet=survey.sheet, header=", ".join(h for h in survey.header if h))
            ],
        )
    if not questionnaire.questions():
        raise FormFileError(
            path,
            [
                translate(
                    "Questionnaire", 'sheet "{sheet}" has groups but no questions in them.'
                ).format(sheet=survey.sheet)
            ],
        )
    problems = _ambiguous_references(questionnaire)
    questionnaire = _paths_as_references(questionnaire, problems)
    if problems:
        raise FormFileError(path, problems)
    problems = [str(p) for p in check_questionnaire(questionnaire)]
    missing_code_questions = set(questionnaire.settings.participant_code) - {
        q.name for q in questionnaire.questions()
    }
    problems += [
        translate(
            "Questionnaire",
            'sheet "settings", column "participant_code": there is no question called "{name}"',
        ).format(name=name)
        for name in sorted(missing_code_questions)
    ]
    if problems:
        raise FormFileError(path, problems)
    return questionnaire


def _only_sheet(path: Path) -> Table | None:
    """A workbook's one sheet, whatever its name: pyxform reads it as the survey."""
    from duodesk.core.tabular import _workbook_table

    return _workbook_table(path, FORM_LIMITS, lambda names: names[0] if len(names) == 1 else None)


class _SheetUntilGap(Table):
    """A survey sheet read as pyxform reads it: after 60 empty rows in a row, the rest of the
    sheet is taken to be notes, not questions."""

    def rows(self):
        last = self._header_row
        for number, values in super().rows():
            if number - last > 61:
                return
            last = number
            yield number, values


def _until_a_long_gap(table: Table) -> Table:
    return _SheetUntilGap(**{f.name: getattr(table, f.name) for f in fields(Table)})


def _with_pyxforms_default_language(
    settings: Settings, survey: Table, choices: Table | None
) -> Settings:
    """Without ``default_language``, pyxform shows the unnamed ``label`` column, else the first
    language column in sheet order. The sheet order is lost once the questionnaire is stored,
    so that language is written down here as the default."""
    languages = [
        language
        for table in (survey, choices)
        for key, language in (_column_key(h, SURVEY_ALIASES) for h in getattr(table, "header", ()))
        if key == "label"
    ]
    if not languages or "" in languages:
        return settings
    return replace(settings, default_language=languages[0])


def _duplicate_columns(table: Table) -> list[str]:
    """pyxform refuses a sheet with two columns of the same name; so does DuoDesk, rather than
    keep one of the two silently."""
    from openpyxl.utils import get_column_letter

    seen: dict[str, int] = {}
    problems = []
    for index, header in enumerate(table.header, start=1):
        cleaned = " ".join(header.split())
        if not cleaned:
            continue
        if cleaned in seen:
            problems.append(
                translate(
                    "Questionnaire",
                    'sheet "{sheet}": there are two columns called "{cleaned}" (columns '
                    "{value} and {index}); keep one",
                ).format(
                    sheet=table.sheet,
                    cleaned=cleaned,
                    value=get_column_letter(seen[cleaned]),
                    index=get_column_letter(index),
                )
            )
        else:
            seen[cleaned] = index
    return problems


def _is_empty_sheet(error: InputFileError) -> bool:
    """Whether ``error`` is :mod:`duodesk.core.table`'s for a sheet with no rows at all (its
    reason compared as translated, as it was made)."""
    empty = translate("Core", "{where} is empty.").format(where="the sheet")
    return error.sheet is not None and error.row is None and error.reason == empty


def external_choices_place(path: Path) -> str:
    """Where the form at ``path`` took its ``select_one_external`` lists from, in words for a
    message: its ``external_choices`` sheet, else ODK's ``itemsets.csv``."""
    try:
        if _optional_sheet(Path(path), EXTERNAL_CHOICES, FORM_LIMITS) is not None:
            return translate("Files", 'the "{sheet}" sheet of {form}').format(
                sheet=EXTERNAL_CHOICES, form=Path(path).name
            )
    except InputFileError:
        pass  # read already, so not expected; the file is the other place
    return ITEMSETS


def _optional_sheet(path: Path, name: str, limits: Limits) -> Table | None:
    """A sheet a form may leave out; an empty one (as KoboToolbox writes) counts as left out."""
    try:
        return read_sheet(path, name, limits)
    except InputFileError as error:
        if _is_empty_sheet(error):
            return None
        raise


_CURLY = ({"\u2018": "'", "\u2019": "'"}, {"\u201c": '"', "\u201d": '"'})


def _expression(text: str) -> str:
    """An expression with the curly quotes a word processor put in straightened, as the author
    meant them: only when the expression has no straight quote of that kind, so that an
    apostrophe inside a quoted text ('don\u2019t know') stays as it is."""
    for curly in _CURLY:
        straight = next(iter(curly.values()))
        if straight not in text and any(c in text for c in curly):
            text = text.translate(str.maketrans(curly))
    if any(c in text for curly in _CURLY for c in curly):
        # Curly quotes outside any straight-quoted text ("${a} != ’none’ and ${b} != ''")
        # can only be quotes too.
        table = str.maketrans({**_CURLY[0], **_CURLY[1]})
        parts = _QUOTED.split(text)
        text = "".join(part if i % 2 else part.translate(table) for i, part in enumerate(parts))
    return text


def _cell_text(value: object) -> str:
    """A cell as the text the form's author meant (1.0 -> "1", TRUE -> "yes")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    return str(value).strip()


def _column_key(header: str, aliases: Mapping[str, str]) -> tuple[str, str]:
    """Split ``label::English (en)`` into (``label``, ``English (en)``), resolving aliases."""
    base, language = header, ""
    if "::" in header:
        base, _, language = header.partition("::")
        if base.lower() in ("bind", "control", "body", "instance", "media"):
            base, language = header, ""  # namespaced column such as bind::jr:constraintMsg
    elif ":" in header and header.split(":", 1)[0].lower() in TRANSLATABLE:
        base, _, language = header.partition(":")  # old single-colon syntax: label:English
    key = base.strip().lower()
    key = aliases.get(key, key).replace(" ", "_")
    return key, language.strip()


class _Row:
    """One sheet row as a column -> text mapping, with the translations collected."""

    def __init__(self, table: Table, number: int, values: tuple[object, ...], aliases) -> None:
        self.sheet = table.sheet or ""
        self.number = number
        self.plain: dict[str, str] = {}
        self.texts: dict[str, dict[str, str]] = {}
        self.headers: dict[str, str] = {}
        for header, value in zip(table.header, values, strict=True):
            if not header:
                continue
            key, language = _column_key(header, aliases)
            if isinstance(value, bool) and key in ("name", "list_name"):
                text = str(value).upper()  # a name typed FALSE is the name "FALSE", as in pyxform
            else:
                text = _cell_text(value)
            if key in TRANSLATABLE:
                if text:
                    self.texts.setdefault(key, {})[language] = text
            else:
                self.plain[key] = text
                self.headers[key] = header

    def get(self, key: str) -> str:
        return self.plain.get(key, "")

    def text(self, key: str) -> Text:
        return self.texts.get(key, {})

    def where(self, column: str | None = None) -> str:
        place = translate("Files", 'sheet "{sheet}"').format(sheet=self.sheet)
        place += ", " + translate("Files", "row {row}").format(row=self.number)
        if column:
            place += ", " + translate("Files", 'column "{column}"').format(column=column)
        return place

    def extra(self, known: Iterable[str]) -> dict[str, str]:
        known = set(known)
        return {self.headers[k]: v for k, v in self.plain.items() if k not in known and v}


def _flag(row: _Row, column: str, problems: list[str]) -> str:
    """``required`` / ``read_only``: "" (no), "yes", or an expression."""
    raw = row.get(column)
    flag = parse_flag(raw)
    return raw if flag is None else "yes" if flag else ""


def _yes(row: _Row, column: str, problems: list[str]) -> bool:
    flag = parse_flag(row.get(column))
    if flag is None:
        problems.append(
            translate("Questionnaire", '{where}: "{value}" should be yes or empty').format(
                where=row.where(column), value=row.get(column)
            )
        )
    return bool(flag)


def _read_choices(
    table: Table, problems: list[str], allow_duplicates: bool = False
) -> dict[str, ChoiceList]:
    """The choice lists of the choices sheet. A name used twice in one list is refused unless
    the settings say ``allow_choice_duplicates`` (as pyxform does): cascading selects repeat a
    name under different parents ("king" county in two states), told apart by the filter."""
    lists: dict[str, list[Choice]] = {}
    first_row: dict[tuple[str, str], int] = {}
    known = CHOICES_COLUMNS
    for number, values in table.rows():
        row = _Row(table, number, values, CHOICES_ALIASES)
        list_name, name = row.get("list_name"), row.get("name")
        if not list_name:  # pyxform leaves out a row with no list name, and so does DuoDesk
            continue
        if not name:
            problems.append(
                translate(
                    "Questionnaire", '{where}: a choice of list "{list_name}" has no name'
                ).format(where=row.where("name"), list_name=list_name)
            )
            continue
        if (list_name, name) in first_row and not allow_duplicates:
            problems.append(
                translate(
                    "Questionnaire",
                    '{where}: list "{list_name}" already has a choice "{name}" (row {value})',
                ).format(
                    where=row.where("name"),
                    list_name=list_name,
                    name=name,
                    value=first_row[list_name, name],
                )
            )
            continue
        first_row.setdefault((list_name, name), number)
        choice = Choice(
            name=name,
            label=row.text("label"),
            missing=_yes(row, "missing", problems),
            extra=row.extra(known),
        )
        lists.setdefault(list_name, []).append(choice)
    return {name: ChoiceList.from_rows(name, tuple(choices)) for name, choices in lists.items()}


def _allows_choice_duplicates(settings: Table | None) -> bool:
    """Whether the settings sheet says ``allow_choice_duplicates: yes``."""
    if settings is None:
        return False
    for _, cells in settings.rows():
        for header, value in zip(settings.header, cells, strict=True):
            if "_".join(header.lower().split()) == "allow_choice_duplicates":
                return bool(parse_flag(_cell_text(value)))
        break  # only the first row holds settings
    return False


def _read_external(
    path: Path,
    survey: Table,
    choice_lists: dict[str, ChoiceList],
    files: Mapping[str, Path],
    problems: list[str],
    missing: list[str],
    found_empty: set[str],
) -> dict[str, DataFile]:
    """The choices and data the survey reads from other files (see
    :mod:`duodesk.core.external_choices`), with each survey row's place for messages; the
    files found that held nothing go into ``missing`` and ``found_empty``."""
    from duodesk.core import external_choices as external

    def rows() -> Iterable[external.SurveyRow]:
        for number, values in survey.rows():
            row = _Row(survey, number, values, SURVEY_ALIASES)
            cells = tuple(row.plain.values())
            yield external.SurveyRow(row.where(), row.get("type"), row.get("parameters"), cells)

    def external_sheet() -> Table | None:
        limits = Limits(**{**vars(FORM_LIMITS), "max_rows": external.FILE_LIMITS.max_rows})
        return _optional_sheet(path, "external_choices", limits)

    reader = external.FormFiles(path, files, problems, missing)
    data_files = reader.read(rows(), choice_lists, external_sheet)
    found_empty |= reader.empty
    return data_files


def _parse_type(
    raw: str, row: _Row, choice_lists: Mapping[str, ChoiceList], problems: list[str]
) -> tuple[QuestionType | str, str, bool] | None:
    """The question type, list name and ``or_other`` flag of a ``type`` cell; "begin group" /
    "end group" for group markers (never "end", which is the metadata type ``end``)."""
    spaced = " ".join(raw.replace("_", " ").split()).lower()
    if spaced in GROUP_MARKERS:
        return GROUP_MARKERS[spaced], "", False
    if spaced == "end loop":
        return END_GROUP, "", False
    loop = LOOP_PATTERN.match(raw.strip())
    if loop is not None:  # pyxform makes a group per choice of the list: so does DuoDesk
        if loop[1] not in choice_lists:
            problems.append(
                translate(
                    "Questionnaire", '{where}: the list "{value}" is not on the "choices" sheet'
                ).format(where=row.where("type"), value=loop[1])
            )
            return None
        return BEGIN_GROUP, loop[1], False
    if spaced in UNSUPPORTED_HINTS:
        problems.append(
            translate("Questionnaire", '{where}: "{raw}": {value}').format(
                where=row.where("type"), raw=raw, value=UNSUPPORTED_HINTS[spaced]
            )
        )
        return None
    if spaced in TYPE_ALIASES:
        return TYPE_ALIASES[spaced], "", False
    if spaced in FIELD_TYPE_ALIASES:
        return FIELD_TYPE_ALIASES[spaced], "", False
    first_word = spaced.split()[0] if spaced else ""
    if first_word in REFUSED_TYPES:
        problems.append(
            translate("Questionnaire", '{where}: "{raw}": {value}').format(
                where=row.where("type"),
                raw=raw,
                value=translate("Questionnaire", REFUSED_TYPES[first_word]),
            )
        )
        return None
    match = SELECT_PATTERN.match(raw.strip())
    if match is None:
        problems.append(
            translate(
                "Questionnaire", '{where}: "{raw}" is not a question type DuoDesk knows'
            ).format(where=row.where("type"), raw=raw)
        )
        return None
    kind = SELECT_PREFIXES[" ".join(match[1].replace("_", " ").split()).lower()]
    rest = match[2].split()
    or_other = False
    for words in OR_OTHER_WORDS:  # pyxform adds the choice "other" and a text question
        if len(rest) > 1 and " ".join(rest[1:]).lower() == words:
            rest, or_other = rest[:1], True
            break
    if len(rest) != 1:
        problems.append(
            translate(
                "Questionnaire", '{where}: "{raw}" should name exactly one choice list'
            ).format(where=row.where("type"), raw=raw)
        )
        return None
    if rest[0] not in choice_lists:
        problems.append(
            translate(
                "Questionnaire", '{where}: the list "{value}" is not on the "choices" sheet'
            ).format(where=row.where("type"), value=rest[0])
        )
        return None
    if or_other and row.get("choice_filter"):
        problems.append(
            translate(
                "Questionnaire",
                '{where}: "or_other" cannot be used with a choice_filter (pyxform '
                'refuses it too); add an "other" choice to the list instead',
            ).format(where=row.where("type"))
        )
        return None
    return kind, rest[0], or_other


def _read_survey(
    table: Table,
    choice_lists: dict[str, ChoiceList],
    problems: list[str],
    survey_settings: dict[str, str] | None = None,
) -> tuple[Question | Group, ...]:
    """The survey sheet as a tree. Lists used with ``or_other`` get their "other" choice in
    ``choice_lists``. A name used in several groups is made unique (see :func:`_unique_names`).
    Rows such as ``set form title`` (pyxform's old way of giving settings on the survey sheet)
    go into ``survey_settings``."""
    if "type" not in {_column_key(h, SURVEY_ALIASES)[0] for h in table.header}:
        problems.append(
            translate("Questionnaire", 'sheet "{sheet}": there is no "type" column').format(
                sheet=table.sheet
            )
        )
        return ()
    # Stack of open groups: (row, children collected so far, names used among them).
    stack: list[tuple[_Row, list[Question | Group], dict[str, int]]] = []
    top: list[Question | Group] = []
    top_names: dict[str, int] = {}
    other_lists: set[str] = set()
    for number, values in table.rows():
        row = _Row(table, number, values, SURVEY_ALIASES)
        raw_type, name = row.get("type"), row.get("name")
        if not raw_type:
            if name or row.texts:
                problems.append(
                    translate("Questionnaire", '{where}: "{value}" has no type').format(
                        where=row.where("type"), value=name or "this row"
                    )
                )
            continue
        setting = SURVEY_SHEET_SETTINGS.get(" ".join(raw_type.replace("_", " ").split()).lower())
        if setting is not None:
            if survey_settings is not None and name:
                survey_settings[setting] = name
            continue
        parsed = _parse_type(raw_type, row, choice_lists, problems)
        if parsed is None:
            continue
        kind, list_name, or_other = parsed
        if kind in (END_GROUP, END_REPEAT):
            if not stack:
                marker = "end_group" if kind == END_GROUP else "end_repeat"
                opener = "begin_group" if kind == END_GROUP else "begin_repeat"
                problems.append(
                    translate("Questionnaire", "{where}: {marker} without a {opener}").format(
                        where=row.where("type"), marker=marker, opener=opener
                    )
                )
                continue
            begin, children, _ = stack.pop()
            loop = LOOP_PATTERN.match(begin.get("type"))
            if loop is not None:
                group = _make_loop(begin, tuple(children), choice_lists[loop[1]], problems)
            elif _is_repeat_marker(begin.get("type")):
                group = _make_repeat(begin, tuple(children))
            else:
                group = _make_group(begin, tuple(children))
            (stack[-1][1] if stack else top).append(group)
            continue
        if not name and kind is QuestionType.NOTE:
            name = f"generated_note_name_{number}"  # pyxform names an unnamed note the same way
        if not name:
            problems.append(
                translate("Questionnaire", '{where}: a "{raw_type}" row has no name').format(
                    where=row.where("name"), raw_type=raw_type
                )
            )
            continue
        if not NAME_PATTERN.match(name):
            problems.append(
                translate(
                    "Questionnaire",
                    '{where}: "{name}" is not a valid name (use letters, digits and '
                    "underscores, starting with a letter, at most 64 characters)",
                ).format(where=row.where("name"), name=name)
            )
            continue
        siblings, seen = (stack[-1][1], stack[-1][2]) if stack else (top, top_names)
        if name in seen:
            where = translate("Questionnaire", "in the same group ") if stack else ""
            problems.append(
                translate(
                    "Questionnaire", '{where}: "{name}" is already used {where2}on row {value}'
                ).format(where=row.where("name"), name=name, where2=where, value=seen[name])
            )
            continue
        seen[name] = number
        if kind in (BEGIN_GROUP, BEGIN_REPEAT):
            stack.append((row, [], {}))
            continue
        assert isinstance(kind, QuestionType)
        question = Question(
            name=name,
            type=kind,
            label=row.text("label"),
            hint=row.text("hint"),
            list_name=list_name,
            required=_expression(_flag(row, "required", problems)),
            required_message=row.text("required_message"),
            relevant=_expression(row.get("relevant")),
            constraint=_expression(row.get("constraint")),
            constraint_message=row.text("constraint_message"),
            calculation=_expression(row.get("calculation")),
            default=row.get("default"),
            read_only=_expression(_flag(row, "read_only", problems)),
            appearance=row.get("appearance"),
            choice_filter=_expression(row.get("choice_filter")),
            identifying=_yes(row, "identifying", problems),
            extra=row.extra(SURVEY_COLUMNS),
            row=number,
        )
        if kind is QuestionType.CALCULATE and not question.calculation:
            problems.append(
                translate("Questionnaire", '{where}: the calculation "{name}" is empty').format(
                    where=row.where("calculation"), name=name
                )
            )
        siblings.append(question)
        if or_other:
            other_name = f"{name}_other"
            if other_name in seen:
                problems.append(
                    translate(
                        "Questionnaire",
                        '{where}: "or_other" adds a question "{other_name}", but that name is '
                        "already used on row {value}",
                    ).format(where=row.where("type"), other_name=other_name, value=seen[other_name])
                )
                continue
            seen[other_name] = number
            other_lists.add(list_name)
            siblings.append(
                Question(
                    name=other_name,
                    type=QuestionType.TEXT,
                    label=dict.fromkeys(question.label or {"": ""}, OR_OTHER_LABEL),
                    relevant=f"selected(../{name}, 'other')",  # as pyxform writes it
                    row=number,
                )
            )
    for begin, _, _ in stack:
        what = "repeat" if _is_repeat_marker(begin.get("type")) else "group"
        problems.append(
            translate("Questionnaire", '{where}: the {what} "{value}" is never ended').format(
                where=begin.where("type"), what=what, value=begin.get("name")
            )
        )
    for list_name in other_lists:
        choice_lists[list_name] = _with_other_choice(choice_lists[list_name])
    return _unique_names(tuple(top))


def _with_other_choice(choice_list: ChoiceList) -> ChoiceList:
    """The list with pyxform's ``or_other`` choice: "other", labelled "Other" in every language
    the list uses, unless the list has an "other" already."""
    if choice_list.choice("other") is not None:
        return choice_list
    languages = {lang for choice in choice_list.choices for lang in choice.label} or {""}
    other = Choice("other", dict.fromkeys(sorted(languages), "Other"))
    return ChoiceList(choice_list.name, (*choice_list.choices, other))


def _unique_names(items: tuple[Question | Group, ...]) -> tuple[Question | Group, ...]:
    """XLSForm lets two groups hold questions of the same name. DuoDesk knows every question
    and group by a name unique in the form, so each one whose name is used more than once gets
    the shortest ending of its group path that no other of those names shares (``before/age``
    and ``now/age``; KoboToolbox's export columns end the same way, and the importer matches
    endings); the XLSForm name stays its last part (:attr:`Question.xlsform_name`). A name
    used once is kept as it is."""
    counts: dict[str, int] = {}
    paths: dict[str, list[str]] = {}

    def collect(children: tuple[Question | Group, ...], path: str) -> None:
        for item in children:
            full = f"{path}/{item.name}" if path else item.name
            counts[item.name] = counts.get(item.name, 0) + 1
            paths.setdefault(item.name, []).append(full)
            if isinstance(item, Group):
                collect(item.children, full)

    collect(items, "")
    if all(n == 1 for n in counts.values()):
        return items

    def shortest(full: str, name: str) -> str:
        segments = full.split("/")
        others = [p for p in paths[name] if p != full]
        for size in range(2, len(segments) + 1):
            ending = "/".join(segments[-size:])
            if not any(p == ending or p.endswith("/" + ending) for p in others):
                return ending
        return full

    def rename(children: tuple[Question | Group, ...], path: str) -> tuple[Question | Group, ...]:
        renamed: list[Question | Group] = []
        for item in children:
            full = f"{path}/{item.name}" if path else item.name
            if isinstance(item, Group):
                item = replace(item, children=rename(item.children, full))
            clashes = counts[item.name] > 1
            renamed.append(replace(item, name=shortest(full, item.name)) if clashes else item)
        return tuple(renamed)

    return rename(items, "")


def clashing_names(questionnaire: Questionnaire) -> dict[str, list[int]]:
    """XLSForm names used by more than one question or group, with their survey rows."""
    rows: dict[str, list[int]] = {}
    for item, _ in questionnaire.walk():
        rows.setdefault(item.xlsform_name, []).append(item.row)
    return {name: found for name, found in rows.items() if len(found) > 1}


_REFERENCE = re.compile(r"\$\{\s*([^}\s]+)\s*\}")


def _ambiguous_references(questionnaire: Questionnaire) -> list[str]:
    """``${name}`` where several questions are called ``name``: pyxform refuses these, because
    nothing says which one is meant."""
    clashes = clashing_names(questionnaire)
    if not clashes:
        return []
    problems = [
        translate(
            "Questionnaire",
            'sheet "survey", row {row}, column "name": "{name}" is used in several groups, and '
            "its group path {path} is longer than 64 characters; give it a name of its own",
        ).format(row=item.row, name=item.xlsform_name, path=item.name)
        for item, _ in questionnaire.walk()
        if len(item.name) > 64
    ]
    for item, _ in questionnaire.walk():
        texts = [("relevant", item.relevant)]
        if isinstance(item, Question):
            texts += [
                (column, getattr(item, column))
                for column in ("constraint", "calculation", "default", "choice_filter")
            ]
            texts += [("required", item.required), ("read_only", item.read_only)]
        texts += [("label", text) for text in item.label.values()]
        for column, text in texts:
            for name in dict.fromkeys(_REFERENCE.findall(text)):
                if name in clashes:
                    rows = translate("Questionnaire", " and ").join(str(r) for r in clashes[name])
                    problems.append(
                        translate(
                            "Questionnaire",
                            'sheet "survey", row {row}, column "{column}": ${{{name}}} could mean '
                            'any of the questions called "{name}" (rows {rows}); give them '
                            "different names",
                        ).format(row=item.row, column=column, name=name, rows=rows)
                    )
    return problems


_QUOTED = re.compile(r"('[^']*'|\"[^\"]*\")")
_SEGMENT = r"[A-Za-z_][\w.\-]*"
_RELATIVE_PATH = re.compile(
    rf"(?:current\(\)\s*/\s*)?((?:\.\./)+|(?<![\w.])\./)({_SEGMENT}(?:/{_SEGMENT})*)"
)
_PATH_REFERENCE = re.compile(r"\$\{\s*([^}\s]+/[^}\s]+)\s*\}")
_ABSOLUTE_PATH = re.compile(rf"(?<![\w)\]}}])/{_SEGMENT}(?:/{_SEGMENT})+")


_CHT_INPUTS = QT_TRANSLATE_NOOP(
    "Questionnaire",
    ' (it reads the "inputs" the Community Health Toolkit app fills in; such forms belong '
    "to that program, and neither DuoDesk nor ODK Collect can fill them)",
)


def _paths_as_references(questionnaire: Questionnaire, problems: list[str]) -> Questionnaire:
    """XPath paths in expressions (``/data/household/age``, ``../age``,
    ``current()/../age``) rewritten as the ``${...}`` references DuoDesk evaluates. A relative
    path is taken from the question it is written on, as in an XForm; a path that names no
    question is a problem."""
    paths: dict[tuple[str, ...], str] = {}
    for item, parents in questionnaire.walk():
        paths[(*(g.xlsform_name for g in parents), item.xlsform_name)] = item.name
    if not any("/" in text for item, _ in questionnaire.walk() for text in _expressions(item)):
        return questionnaire

    def rewrite(item: Question | Group, parents: tuple[Group, ...]) -> Question | Group:
        here = (*(g.xlsform_name for g in parents), item.xlsform_name)
        changes = {}
        for column in (*EXPRESSION_COLUMNS, "repeat_count"):
            text = getattr(item, column, "")
            if "/" not in text:
                continue

            def resolve(segments: tuple[str, ...], written: str, column=column) -> str:
                name = paths.get(segments)
                if name is None:
                    cht = translate("Questionnaire", _CHT_INPUTS) if "inputs" in segments else ""
                    problems.append(
                        translate(
                            "Questionnaire",
                            'sheet "survey", row {row}, column "{column}": "{written}" names no '
                            "question of this form{cht}",
                        ).format(row=item.row, column=column, written=written, cht=cht)
                    )
                    return written
                return f"${{{name}}}"

            def relative(match: re.Match[str]) -> str:
                up = match[1].count("../")
                # "./x" is x inside this item (a group's own question); "../x" climbs up
                base = here if up == 0 else here[:-up] if up <= len(here) else ()
                return resolve((*base, *match[2].split("/")), match[0])

            def absolute(match: re.Match[str]) -> str:
                return resolve(tuple(match[0].split("/")[2:]), match[0])

            parts = _QUOTED.split(text)
            for index in range(0, len(parts), 2):  # not inside quoted text
                parts[index] = _ABSOLUTE_PATH.sub(
                    absolute, _RELATIVE_PATH.sub(relative, parts[index])
                )
            changes[column] = "".join(parts)
        return replace(item, **changes) if changes else item

    def visit(items: tuple[Question | Group, ...], parents: tuple[Group, ...]):
        result: list[Question | Group] = []
        for item in items:
            if isinstance(item, Group):
                inner = visit(item.children, (*parents, item))
                item = replace(rewrite(item, parents), children=inner)
            else:
                item = rewrite(item, parents)
            result.append(item)
        return tuple(result)

    return replace(questionnaire, children=visit(questionnaire.children, ()))


def _expressions(item: Question | Group) -> list[str]:
    return [getattr(item, column, "") for column in (*EXPRESSION_COLUMNS, "repeat_count")]


def _make_group(row: _Row, children: tuple[Question | Group, ...]) -> Group:
    return Group(
        name=row.get("name"),
        label=row.text("label"),
        hint=row.text("hint"),
        relevant=_expression(row.get("relevant")),
        appearance=row.get("appearance"),
        children=children,
        extra=row.extra(("type", "name", "relevant", "appearance")),
        row=row.number,
    )


def _is_repeat_marker(raw_type: str) -> bool:
    return " ".join(raw_type.replace("_", " ").split()).lower() == BEGIN_REPEAT


def _make_repeat(row: _Row, children: tuple[Question | Group, ...]) -> Repeat:
    count = next((row.get(c) for c in REPEAT_COUNT_COLUMNS if row.get(c)), "")
    known = ("type", "name", "relevant", "appearance", *REPEAT_COUNT_COLUMNS)
    return Repeat(
        name=row.get("name"),
        label=row.text("label"),
        hint=row.text("hint"),
        relevant=_expression(row.get("relevant")),
        appearance=row.get("appearance"),
        children=children,
        extra=row.extra(known),
        row=row.number,
        repeat_count=_expression(count),
    )


def _make_loop(
    row: _Row, template: tuple[Question | Group, ...], choices: ChoiceList, problems: list[str]
) -> Group:
    """``begin loop over L``: the questions asked once for each choice of L, each time in a
    group named after the choice, with ``%(label)s`` in their texts standing for its label
    (what pyxform makes of a loop)."""
    groups = []
    for choice in choices.choices:
        if not NAME_PATTERN.match(choice.name):
            problems.append(
                translate(
                    "Questionnaire",
                    '{where}: the loop makes a group for each choice of "{name}", but '
                    '"{name2}" cannot name a group',
                ).format(where=row.where("type"), name=choices.name, name2=choice.name)
            )
            continue
        groups.append(
            Group(
                name=choice.name,
                label=choice.label,
                children=_for_choice(template, choice),
                row=row.number,
            )
        )
    return _make_group(row, tuple(groups))


def _for_choice(
    items: tuple[Question | Group, ...], choice: Choice
) -> tuple[Question | Group, ...]:
    def fill(text: Text) -> Text:
        return {
            language: value.replace(
                "%(label)s",
                choice.label.get(language) or next(iter(choice.label.values()), choice.name),
            ).replace("%(name)s", choice.name)
            for language, value in text.items()
        }

    filled: list[Question | Group] = []
    for item in items:
        if isinstance(item, Group):
            item = replace(
                item, label=fill(item.label), children=_for_choice(item.children, choice)
            )
        else:
            item = replace(item, label=fill(item.label), hint=fill(item.hint))
        filled.append(item)
    return tuple(filled)


def _has_form_id(table: Table) -> bool:
    return "form_id" in {h.strip().lower().replace(" ", "_") for h in table.header}


def _read_settings(table: Table | None, path: Path) -> Settings:
    values: dict[str, str] = {}
    headers: dict[str, str] = {}
    if table is not None:
        for _, cells in table.rows():
            for header, value in zip(table.header, cells, strict=True):
                if header:
                    key = header.strip().lower().replace(" ", "_")
                    values[key], headers[key] = _cell_text(value), header
            break  # only the first row holds settings
    form_id = values.get("form_id") or _id_from_file_name(path)
    known = SETTINGS_COLUMNS
    return Settings(
        form_id=form_id,
        form_title=values.get("form_title", ""),
        version=values.get("version", ""),
        default_language=values.get("default_language", ""),
        participant_code=tuple(values.get("participant_code", "").split()),
        extra={headers[k]: v for k, v in values.items() if k not in known and v},
    )


def _id_from_file_name(path: Path) -> str:
    """pyxform names a form without ``form_id`` after its file; do the same, safely."""
    stem = re.sub(r"[^A-Za-z0-9_]+", "_", path.stem).strip("_") or "form"
    return stem if stem[0].isalpha() else f"form_{stem}"


# ---------------------------------------------------------------------------------------------
# Writing


def write_xlsform(questionnaire: Questionnaire, path: str | Path) -> list[Path]:
    """Write ``questionnaire`` as an XLSForm workbook that ODK tools and DuoDesk both read.

    Every cell is written as text (never a formula). The file is replaced atomically. The
    files its choices and ``pulldata()`` read from (``villages.csv``) are written next to it,
    as ODK expects them; ``select_one_external`` lists go on an ``external_choices`` sheet.
    Returns the paths of those files. A file that was missing when the form was read is not
    written (see :attr:`~duodesk.core.questionnaire.Questionnaire.missing_files`).
    """
    import openpyxl
    from openpyxl.styles import Font

    path = Path(path)
    languages = questionnaire.languages()
    workbook = openpyxl.Workbook()
    survey = workbook.active
    survey.title = "survey"
    _write_sheet(survey, *_survey_rows(questionnaire, languages))
    _write_sheet(workbook.create_sheet("choices"), *_choice_rows(questionnaire, languages))
    _write_sheet(workbook.create_sheet("settings"), *_settings_rows(questionnaire.settings))
    # Without its itemsets.csv a select_one_external list has no rows to write: ODK tools (and
    # DuoDesk) then look for that file next to the form, as when the form was read.
    if ITEMSETS not in questionnaire.missing_files and any(
        c.source == EXTERNAL_CHOICES for c in questionnaire.choice_lists.values()
    ):
        external = _choice_rows(questionnaire, languages, EXTERNAL_CHOICES)
        _write_sheet(workbook.create_sheet(EXTERNAL_CHOICES), *external)
    for sheet in workbook.worksheets:
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            sheet.column_dimensions[cell.column_letter].width = max(12, min(48, len(cell.value)))
    temporary = path.with_name(f".{path.name}.part")
    workbook.save(temporary)
    temporary.replace(path)
    from duodesk.core.external_choices import write_form_files

    return write_form_files(questionnaire, path.parent, languages)


def _language_headers(base: str, languages: list[str]) -> list[str]:
    return [f"{base}::{lang}" if lang else base for lang in languages]


def _write_sheet(sheet, header: list[str], rows: list[dict[str, str]]) -> None:
    write_text_row(sheet, 1, header)
    for number, row in enumerate(rows, start=2):
        write_text_row(sheet, number, [row.get(column, "") for column in header])


def _text_cells(base: str, text: Text, languages: list[str]) -> dict[str, str]:
    return {
        header: text.get(lang, "")
        for header, lang in zip(_language_headers(base, languages), languages, strict=True)
    }


def _survey_rows(
    questionnaire: Questionnaire, languages: list[str]
) -> tuple[list[str], list[dict[str, str]]]:
    rows: list[dict[str, str]] = []
    settings = {key.lower(): value for key, value in questionnaire.settings.extra.items()}
    root = settings.get("name") or "data"  # the XForm's root, as pyxform names it

    def xpath(text: str) -> str:
        """``${household/age}`` (a name used in several groups) as the path XLSForm reads."""
        return _PATH_REFERENCE.sub(lambda m: f"/{root}/{m[1]}", text) if "/" in text else text

    def emit(items: tuple[Question | Group, ...]) -> None:
        for item in items:
            if isinstance(item, Group):
                repeat = isinstance(item, Repeat)
                marker = "repeat" if repeat else "group"
                row = {"type": f"begin_{marker}", "name": item.xlsform_name, **dict(item.extra)}
                row |= _text_cells("label", item.label, languages)
                row |= _text_cells("hint", item.hint, languages)
                row |= {"relevant": xpath(item.relevant), "appearance": item.appearance}
                if repeat and item.repeat_count:
                    row["repeat_count"] = xpath(item.repeat_count)
                rows.append(row)
                emit(item.children)
                rows.append({"type": f"end_{marker}"})
                continue
            kind = _select_type(questionnaire, item) if item.type.is_select else item.type
            row = {"type": str(kind), "name": item.xlsform_name, **dict(item.extra)}
            for column in TRANSLATABLE:
                row |= _text_cells(column, getattr(item, column), languages)
            for column in QUESTION_COLUMNS:
                value = getattr(item, column)
                row[column] = "yes" if value is True else "" if value is False else value
                if column in EXPRESSION_COLUMNS:
                    row[column] = xpath(row[column])
            rows.append(row)

    emit(questionnaire.children)
    header = ["type", "name"]
    for column in TRANSLATABLE:
        header += _language_headers(column, languages)
    header += list(QUESTION_COLUMNS)
    return _used_columns(header, rows, keep=("type", "name", "label")), rows


def _select_type(questionnaire: Questionnaire, question: Question) -> str:
    """``select_one L``, or ``select_one_from_file L.csv`` / ``select_one_external L`` for a
    list read from a file."""
    choice_list = questionnaire.choice_lists.get(question.list_name)
    source = choice_list.source if choice_list is not None else ""
    if source == EXTERNAL_CHOICES:
        return f"select_one_external {question.list_name}"
    if source:  # the file's name, even if the list was renamed in the designer
        return f"{question.type.value}_from_file {source}"
    return f"{question.type.value} {question.list_name}"


def _choice_rows(
    questionnaire: Questionnaire, languages: list[str], source: str = ""
) -> tuple[list[str], list[dict[str, str]]]:
    rows = []
    for choice_list in questionnaire.choice_lists.values():
        if choice_list.source != source:
            continue  # another sheet's, or a file's
        for choice in choice_list.rows:
            row = {"list_name": choice_list.name, "name": choice.name, **dict(choice.extra)}
            row |= _text_cells("label", choice.label, languages)
            row["missing"] = "yes" if choice.missing else ""
            rows.append(row)
    list_name, name, label, missing = CHOICES_COLUMNS
    header = [list_name, name, *_language_headers(label, languages), missing]
    return _used_columns(header, rows, keep=("list_name", "name", "label")), rows


def _settings_rows(settings: Settings) -> tuple[list[str], list[dict[str, str]]]:
    row = {
        "form_id": settings.form_id,
        "form_title": settings.form_title,
        "version": settings.version,
        "default_language": settings.default_language,
        "participant_code": " ".join(settings.participant_code),
        **dict(settings.extra),
    }
    header = [column for column, value in row.items() if value or column == "form_id"]
    return header, [row]


def _used_columns(
    header: list[str], rows: list[dict[str, str]], keep: tuple[str, ...]
) -> list[str]:
    """The header without columns empty in every row, plus any extra columns rows carry."""
    extras = [key for row in rows for key in row if key not in header]
    columns = header + list(dict.fromkeys(extras))
    return [c for c in columns if c.split("::")[0] in keep or any(row.get(c) for row in rows)]
