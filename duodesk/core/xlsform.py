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
from pathlib import Path

from duodesk.core.questionnaire import (
    Choice,
    ChoiceList,
    Group,
    Question,
    Questionnaire,
    QuestionType,
    Settings,
    Text,
)
from duodesk.core.spreadsheet import write_text_row
from duodesk.core.tabular import InputFileError, Limits, Table, read_sheet

# A questionnaire has tens of questions; thousands of rows is already a mistake or an attack.
FORM_LIMITS = Limits(
    max_file_bytes=50 * 1024 * 1024,
    max_uncompressed_bytes=200 * 1024 * 1024,
    max_member_ratio=200.0,
    max_rows=5_000,
    max_columns=200,
    max_cell_chars=10_000,
)
CHOICES_MAX_ROWS = 20_000  # long lists (countries, districts) are normal on the choices sheet

NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,63}$")

TRANSLATABLE = ("label", "hint", "required_message", "constraint_message")

SURVEY_ALIASES = {
    "relevance": "relevant",
    "bind::relevant": "relevant",
    "constraint message": "constraint_message",
    "jr:constraintmsg": "constraint_message",
    "bind::jr:constraintmsg": "constraint_message",
    "bind::constraint": "constraint",
    "required message": "required_message",
    "jr:requiredmsg": "required_message",
    "bind::jr:requiredmsg": "required_message",
    "bind::required": "required",
    "calculate": "calculation",
    "bind::calculate": "calculation",
    "read only": "read_only",
    "readonly": "read_only",
    "bind::readonly": "read_only",
    "choice filter": "choice_filter",
    "control::appearance": "appearance",
    "default value": "default",
    "caption": "label",
}
CHOICES_ALIASES = {"list name": "list_name", "value": "name"}
SURVEY_COLUMNS = (
    "type",
    "name",
    *TRANSLATABLE,
    "required",
    "relevant",
    "constraint",
    "calculation",
    "default",
    "read_only",
    "appearance",
    "choice_filter",
    "identifying",
)

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
# Group markers are compared by these strings: a bare "end" is the metadata type QuestionType.END,
# which equals "end" as a string, so markers must never be spelt "begin"/"end".
BEGIN_GROUP, END_GROUP = "begin group", "end group"
GROUP_MARKERS = {"begin group": BEGIN_GROUP, "end group": END_GROUP}
UNSUPPORTED_HINTS = {
    "begin repeat": "repeats are not supported yet; ask each question once instead",
    "end repeat": "repeats are not supported yet; ask each question once instead",
}

YES = {"yes", "true", "true()", "1", "y"}
NO = {"", "no", "false", "false()", "0", "n"}


class FormFileError(InputFileError):
    """An XLSForm that cannot be used. ``problems`` lists every problem found, each naming its
    sheet, row and column; ``str()`` is a message for the person who chose the file."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = tuple(problems)
        shown = "\n".join(f"  - {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(
            f"{path.name} is not a questionnaire DuoDesk can use:\n{shown}{more}", path=path
        )


# ---------------------------------------------------------------------------------------------
# Reading


def read_xlsform(path: str | Path) -> Questionnaire:
    """Read an XLSForm workbook.

    Raises :class:`~duodesk.core.tabular.InputFileError` when the file is not a safe, readable
    workbook and :class:`FormFileError` (listing every problem found) when it is a workbook but
    not a usable questionnaire. The questionnaire's expressions are checked as well.
    """
    from duodesk.core.engine import check_questionnaire  # the engine builds on this module

    path = Path(path)
    survey = read_sheet(path, "survey", FORM_LIMITS)
    if survey is None:
        raise FormFileError(path, ['there is no sheet named "survey"'])
    choices_limits = Limits(**{**vars(FORM_LIMITS), "max_rows": CHOICES_MAX_ROWS})
    choices = _optional_sheet(path, "choices", choices_limits)
    settings = _optional_sheet(path, "settings", FORM_LIMITS)

    problems: list[str] = []
    for table in (survey, choices, settings):
        if table is not None:
            problems += _duplicate_columns(table)
    choice_lists = _read_choices(choices, problems) if choices is not None else {}
    children = _read_survey(survey, choice_lists, problems)
    form_settings = _read_settings(settings, path)
    if problems:
        raise FormFileError(path, problems)

    questionnaire = Questionnaire(form_settings, children, choice_lists)
    if not questionnaire.questions():
        raise FormFileError(path, ['the "survey" sheet has no questions'])
    problems = [str(p) for p in check_questionnaire(questionnaire)]
    missing_code_questions = set(questionnaire.settings.participant_code) - {
        q.name for q in questionnaire.questions()
    }
    problems += [
        f'sheet "settings", column "participant_code": there is no question called "{name}"'
        for name in sorted(missing_code_questions)
    ]
    if problems:
        raise FormFileError(path, problems)
    return questionnaire


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
                f'sheet "{table.sheet}": there are two columns called "{cleaned}" (columns '
                f"{get_column_letter(seen[cleaned])} and {get_column_letter(index)}); keep one"
            )
        else:
            seen[cleaned] = index
    return problems


def _optional_sheet(path: Path, name: str, limits: Limits) -> Table | None:
    """A sheet a form may leave out; an empty one (as KoboToolbox writes) counts as left out."""
    try:
        return read_sheet(path, name, limits)
    except InputFileError as error:
        if error.sheet is not None and error.row is None and error.reason == "the sheet is empty.":
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
        place = f'sheet "{self.sheet}", row {self.number}'
        return f'{place}, column "{column}"' if column else place

    def extra(self, known: Iterable[str]) -> dict[str, str]:
        known = set(known)
        return {self.headers[k]: v for k, v in self.plain.items() if k not in known and v}


def _flag(row: _Row, column: str, problems: list[str]) -> str:
    """``required`` / ``read_only``: "" (no), "yes", or an expression."""
    raw = row.get(column)
    if raw.lower() in NO:
        return ""
    if raw.lower() in YES:
        return "yes"
    return raw


def _yes(row: _Row, column: str, problems: list[str]) -> bool:
    raw = row.get(column).lower()
    if raw in YES:
        return True
    if raw not in NO:
        problems.append(f'{row.where(column)}: "{row.get(column)}" should be yes or empty')
    return False


def _read_choices(table: Table, problems: list[str]) -> dict[str, ChoiceList]:
    lists: dict[str, list[Choice]] = {}
    first_row: dict[tuple[str, str], int] = {}
    known = ("list_name", "name", "missing")
    for number, values in table.rows():
        row = _Row(table, number, values, CHOICES_ALIASES)
        list_name, name = row.get("list_name"), row.get("name")
        if not list_name and not name:
            continue
        if not list_name:
            problems.append(f'{row.where("list_name")}: the choice "{name}" has no list name')
            continue
        if not name:
            problems.append(f'{row.where("name")}: a choice of list "{list_name}" has no name')
            continue
        if (list_name, name) in first_row:
            problems.append(
                f'{row.where("name")}: list "{list_name}" already has a choice "{name}"'
                f" (row {first_row[list_name, name]})"
            )
            continue
        first_row[list_name, name] = number
        choice = Choice(
            name=name,
            label=row.text("label"),
            missing=_yes(row, "missing", problems),
            extra=row.extra(known),
        )
        lists.setdefault(list_name, []).append(choice)
    return {name: ChoiceList(name, tuple(choices)) for name, choices in lists.items()}


def _parse_type(
    raw: str, row: _Row, choice_lists: Mapping[str, ChoiceList], problems: list[str]
) -> tuple[QuestionType | str, str] | None:
    """The question type and list name of a ``type`` cell; "begin group"/"end group" for group
    markers (never "end", which is the metadata type ``end``)."""
    spaced = " ".join(raw.replace("_", " ").split()).lower()
    if spaced in GROUP_MARKERS:
        return GROUP_MARKERS[spaced], ""
    if spaced in UNSUPPORTED_HINTS:
        problems.append(f'{row.where("type")}: "{raw}": {UNSUPPORTED_HINTS[spaced]}')
        return None
    if spaced in TYPE_ALIASES:
        return TYPE_ALIASES[spaced], ""
    match = SELECT_PATTERN.match(raw.strip())
    if match is None:
        problems.append(f'{row.where("type")}: "{raw}" is not a question type DuoDesk knows')
        return None
    kind = SELECT_PREFIXES[" ".join(match[1].replace("_", " ").split()).lower()]
    rest = match[2].split()
    if [word.lower() for word in rest[1:]] == ["or", "specify", "other"]:
        rest = [rest[0], "or_other"]  # pyxform's older spelling of or_other
    if len(rest) == 2 and rest[1].lower() == "or_other":
        problems.append(
            f'{row.where("type")}: "or_other" is not supported; add an "other" choice '
            f'to the list "{rest[0]}" and a text question asked when it is chosen'
        )
        return None
    if len(rest) != 1:
        problems.append(f'{row.where("type")}: "{raw}" should name exactly one choice list')
        return None
    if rest[0] not in choice_lists:
        problems.append(f'{row.where("type")}: the list "{rest[0]}" is not on the "choices" sheet')
        return None
    return kind, rest[0]


def _read_survey(
    table: Table, choice_lists: Mapping[str, ChoiceList], problems: list[str]
) -> tuple[Question | Group, ...]:
    if "type" not in {_column_key(h, SURVEY_ALIASES)[0] for h in table.header}:
        problems.append(f'sheet "{table.sheet}": there is no "type" column')
        return ()
    # Stack of open groups: (row, children collected so far).
    stack: list[tuple[_Row, list[Question | Group]]] = []
    top: list[Question | Group] = []
    seen: dict[str, int] = {}
    for number, values in table.rows():
        row = _Row(table, number, values, SURVEY_ALIASES)
        raw_type, name = row.get("type"), row.get("name")
        if not raw_type:
            if name or row.texts:
                problems.append(f'{row.where("type")}: "{name or "this row"}" has no type')
            continue
        parsed = _parse_type(raw_type, row, choice_lists, problems)
        if parsed is None:
            continue
        kind, list_name = parsed
        if kind == END_GROUP:
            if not stack:
                problems.append(f"{row.where('type')}: end_group without a begin_group")
                continue
            begin, children = stack.pop()
            group = _make_group(begin, tuple(children))
            (stack[-1][1] if stack else top).append(group)
            continue
        if not name and kind is QuestionType.NOTE:
            name = f"generated_note_name_{number}"  # pyxform names an unnamed note the same way
        if not name:
            problems.append(f'{row.where("name")}: a "{raw_type}" row has no name')
            continue
        if not NAME_PATTERN.match(name):
            problems.append(
                f'{row.where("name")}: "{name}" is not a valid name (use letters, digits and '
                f"underscores, starting with a letter, at most 64 characters)"
            )
            continue
        if name in seen:
            problems.append(f'{row.where("name")}: "{name}" is already used on row {seen[name]}')
            continue
        seen[name] = number
        if kind == BEGIN_GROUP:
            stack.append((row, []))
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
            problems.append(f'{row.where("calculation")}: the calculation "{name}" is empty')
        (stack[-1][1] if stack else top).append(question)
    for begin, _ in stack:
        problems.append(f'{begin.where("type")}: the group "{begin.get("name")}" is never ended')
    return tuple(top)


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
    known = ("form_id", "form_title", "version", "default_language", "participant_code")
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


def write_xlsform(questionnaire: Questionnaire, path: str | Path) -> None:
    """Write ``questionnaire`` as an XLSForm workbook that ODK tools and DuoDesk both read.

    Every cell is written as text (never a formula). The file is replaced atomically.
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
    for sheet in workbook.worksheets:
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            sheet.column_dimensions[cell.column_letter].width = max(12, min(48, len(cell.value)))
    temporary = path.with_name(f".{path.name}.part")
    workbook.save(temporary)
    temporary.replace(path)


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

    def emit(items: tuple[Question | Group, ...]) -> None:
        for item in items:
            if isinstance(item, Group):
                row = {"type": "begin_group", "name": item.name, **dict(item.extra)}
                row |= _text_cells("label", item.label, languages)
                row |= _text_cells("hint", item.hint, languages)
                row |= {"relevant": item.relevant, "appearance": item.appearance}
                rows.append(row)
                emit(item.children)
                rows.append({"type": "end_group"})
                continue
            kind = f"{item.type.value} {item.list_name}" if item.type.is_select else item.type
            row = {"type": str(kind), "name": item.name, **dict(item.extra)}
            for column in TRANSLATABLE:
                row |= _text_cells(column, getattr(item, column), languages)
            for column in SURVEY_COLUMNS[2 + len(TRANSLATABLE) :]:
                value = getattr(item, column)
                row[column] = "yes" if value is True else "" if value is False else value
            rows.append(row)

    emit(questionnaire.children)
    header = ["type", "name"]
    for column in TRANSLATABLE:
        header += _language_headers(column, languages)
    header += list(SURVEY_COLUMNS[2 + len(TRANSLATABLE) :])
    return _used_columns(header, rows, keep=("type", "name", "label")), rows


def _choice_rows(
    questionnaire: Questionnaire, languages: list[str]
) -> tuple[list[str], list[dict[str, str]]]:
    rows = []
    for choice_list in questionnaire.choice_lists.values():
        for choice in choice_list.choices:
            row = {"list_name": choice_list.name, "name": choice.name, **dict(choice.extra)}
            row |= _text_cells("label", choice.label, languages)
            row["missing"] = "yes" if choice.missing else ""
            rows.append(row)
    header = ["list_name", "name", *_language_headers("label", languages), "missing"]
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
