"""The answers inside repeats, read from the tables that KoboToolbox and ODK Central export
beside the table of interviews: one table per repeat, each row one instance, joined to the row
it belongs to.

- KoboToolbox's xlsx export: a sheet per repeat, named after the repeat (cut to Excel's 31
  characters). Each of its rows has ``_index`` (its own number in that sheet),
  ``_parent_table_name`` (the sheet of the row it belongs to: the interviews' sheet, or the
  sheet of the repeat around it) and ``_parent_index`` (that row's ``_index``); the
  interviews' sheet numbers its rows in ``_index`` too. ``_submission__uuid`` and the other
  ``_submission_...`` columns repeat the interview's own details.
- ODK Central's zip of CSV files: ``FORM.csv`` holds the interviews, and ``FORM-...-REPEAT.csv``
  one file per repeat, whose rows carry ``PARENT_KEY`` (the ``KEY`` of the row they belong to:
  an interview's, or an instance's of the repeat around it) and their own ``KEY``
  (``uuid:.../drugs[2]``).

- DuoDesk's own export: a CSV file per repeat beside the interviews' (``survey-drugs.csv``
  beside ``survey.csv``), or a sheet per repeat in the workbook of interviews, whose rows carry
  ``_interview`` (the interviews' table has the same column), ``_instance`` (``2``, or ``2.1``
  for the first instance of an inner repeat inside outer instance 2) and ``_parent_instance``
  (the outer instance's ``_instance``, empty at the first level). Answers may be written as
  choice labels, and "not asked" / "not in version" mean no answer, as in the interviews'
  table.

Instances are numbered within the row they belong to in the order of the repeat table's own
index: Kobo's ``_index``, or the ``[n]`` that ends Central's ``KEY`` (``uuid:.../drugs[3]``); a
table shuffled or sorted by another column still gives each person's instances in the order they
were entered. A table without such an index, or with a row lacking it, is taken in the order of
its rows. A row whose
parent cannot be found, or that names none, is a problem naming the file, sheet, row and column.

A repeat whose table the file does not have (a sheet or CSV file not brought along, or a file of
one row per interview) has instances that are not known: none are made, and its number of
instances, and the calculations worked out from its answers, are stored as no answer, never as
a 0 that summaries would count (:func:`unknown_repeats`, :func:`worked_out_from`).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from duodesk.core.checks import dependencies
from duodesk.core.csv_table import csv_table
from duodesk.core.input_files import DEFAULT_LIMITS, InputFileError, Limits
from duodesk.core.questionnaire import (
    Question,
    Questionnaire,
    QuestionType,
    Repeat,
    answer_key,
)
from duodesk.core.spreadsheet import from_csv_cell
from duodesk.core.table import Table
from duodesk.core.values import AnswerError, choice_by_label, is_export_marker, parse_answer
from duodesk.i18n import translate

KOBO_OWN = "_index"
KOBO_PARENT = "_parent_index"
KOBO_PARENT_TABLE = "_parent_table_name"
CENTRAL_OWN = "KEY"
CENTRAL_PARENT = "PARENT_KEY"
DUODESK_INTERVIEW = "_interview"
DUODESK_OWN = "_instance"
DUODESK_PARENT = "_parent_instance"
# Columns a repeat's table has that are not questions.
NOT_QUESTIONS = frozenset(
    {
        KOBO_OWN,
        KOBO_PARENT,
        KOBO_PARENT_TABLE,
        CENTRAL_OWN,
        CENTRAL_PARENT,
        "SET-OF-",
        DUODESK_INTERVIEW,
        DUODESK_OWN,
        DUODESK_PARENT,
    }
)


@dataclass(frozen=True)
class RepeatTable:
    """One repeat's table: ``where`` names it in messages (``sheet "drugs"`` or
    ``file "survey-drugs.csv"``)."""

    repeat: Repeat
    table: Table
    where: str
    own: int  # column of the row's own key
    parent: int  # column of the key of the row it belongs to
    # DuoDesk's own export: the column of the interview's key (``_interview``); ``own`` and
    # ``parent`` are then instances of that interview (``_instance``, ``_parent_instance``).
    interview: int | None = None

    def keys(self, values: tuple[object, ...]) -> tuple[str, str]:
        """(the row's own key, the key of the row it belongs to; "" when none is named)."""
        own, parent = _key(values[self.own]), _key(values[self.parent])
        if self.interview is None:
            return own, parent
        interview = _key(values[self.interview])
        if not interview:
            return own, ""
        return f"{interview}/{own}", f"{interview}/{parent}" if parent else interview

    def parent_column(self, values: tuple[object, ...]) -> str:
        """The header of the column that names the row's parent (for messages)."""
        if self.interview is not None and not _key(values[self.parent]):
            return self.table.header[self.interview]
        return self.table.header[self.parent]


@dataclass
class RepeatAnswers:
    """The repeats' answers of each interview, by the key of the interview's row (its
    ``_index`` or ``KEY``): answers keyed as the form engine takes them (``drug[2]``, and
    each repeat's number of instances), and the problems of its instances' rows."""

    answers: dict[str, dict[str, object]] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)
    # Each row whose parent was looked for among the interviews: (parent key, message).
    waiting: dict[str, list[str]] = field(default_factory=dict)
    problems_alone: list[str] = field(default_factory=list)  # rows that name no parent at all
    read: set[str] = field(default_factory=set)  # the repeats whose tables were read
    tables: dict[str, str] = field(default_factory=dict)  # each read repeat's table, named
    # Where each answer of an interview's instances was read (``sheet "drugs", row 2, column
    # "drugs/days"``), by its answer key: a wrong answer found by the questionnaire's logic
    # is reported there, not in the interviews' table.
    places: dict[str, dict[str, str]] = field(default_factory=dict)
    main_where: str = ""  # the interviews' table, named
    taken: dict[str, int] = field(default_factory=dict)  # each key taken: its row
    # Rows of the interviews' table whose key an earlier row has: whose instances they are
    # cannot be told, so the file is refused.
    shared_keys: list[str] = field(default_factory=list)
    # Columns of the repeats' tables that are none of their questions, each with its table
    # (``drugs/colour (sheet "drugs")``): not read, and listed as left out.
    left_out: list[str] = field(default_factory=list)

    def take(
        self, key: str, row: int = 0, column: str = ""
    ) -> tuple[dict[str, object], list[str], dict[str, str]]:
        """The answers, problems and answers' places of the interview whose row (``row``, its
        key in ``column``) has ``key``. A key given a second time is a problem: the first row
        took every instance joined to it, though some may be the other's."""
        if key and key in self.taken:
            self.shared_keys.append(
                translate(
                    "Files",
                    '{where}, value "{value}": row {first} has the same key, so which of the '
                    "two interviews the instances of the repeats joined to this key belong to "
                    "cannot be told",
                ).format(
                    where=_place(self.main_where, row, column), value=key, first=self.taken[key]
                )
            )
            return {}, [], {}
        if key:
            self.taken[key] = row
        self.waiting.pop(key, None)
        return self.answers.pop(key, {}), self.problems.pop(key, []), self.places.pop(key, {})

    def unclaimed(self) -> list[str]:
        """After every interview was taken: the interviews' rows whose key an earlier row
        has, and the rows whose parent is no interview."""
        return [
            *self.shared_keys,
            *self.problems_alone,
            *(m for ms in self.waiting.values() for m in ms),
        ]


def main_key_column(header: tuple[str, ...]) -> int | None:
    """The column of the interviews' table that instances point to: ``KEY`` (ODK Central),
    ``_index`` (KoboToolbox) or ``_interview`` (DuoDesk); None when there is none."""
    for name in (CENTRAL_OWN, KOBO_OWN, DUODESK_INTERVIEW):
        if name in header:
            return header.index(name)
    return None


def repeat_table(
    questionnaire: Questionnaire, table: Table, where: str, name: str
) -> RepeatTable | None:
    """``table`` as the table of one of the questionnaire's repeats, or None when it is not
    one (it has no parent column, or no repeat fits). ``name`` is the sheet name (Kobo) or
    the file name without ``.csv`` (Central): the repeat it names wins, else the repeat most of
    whose questions are columns."""
    header = table.header
    interview = None
    if {DUODESK_INTERVIEW, DUODESK_OWN, DUODESK_PARENT} <= set(header):
        own, parent = header.index(DUODESK_OWN), header.index(DUODESK_PARENT)
        interview = header.index(DUODESK_INTERVIEW)
    elif KOBO_PARENT in header and KOBO_OWN in header:
        own, parent = header.index(KOBO_OWN), header.index(KOBO_PARENT)
    elif CENTRAL_PARENT in header and CENTRAL_OWN in header:
        own, parent = header.index(CENTRAL_OWN), header.index(CENTRAL_PARENT)
    else:
        return None
    repeats = questionnaire.repeats()
    named = [r for r in repeats if _names(r, name)]
    if not named:
        scores = [(len(_columns(questionnaire, r, header)), r) for r in repeats]
        best = max(scores, key=lambda pair: pair[0], default=(0, None))
        named = [best[1]] if best[0] else []
    if not named:
        return None
    return RepeatTable(named[0], table, where, own, parent, interview)


def _names(repeat: Repeat, name: str) -> bool:
    """Whether a sheet or file called ``name`` (without ``.csv``) is named after ``repeat``."""
    return (
        name == repeat.xlsform_name[:31]
        or name.endswith(f"-{repeat.xlsform_name}")
        or name == repeat.name
    )


@dataclass(frozen=True)
class SetAside:
    """A table beside the interviews' that is no repeat's table, and so was not read. When
    ``repeat`` is given it is named after that repeat of the form but lacks ``column``, which
    joins its rows to their interviews; otherwise it joins rows like a repeat's table, for a
    repeat the form does not have. With ``outer``, it is the table of a repeat inside a repeat
    whose table lacks ``column``."""

    where: str
    repeat: str = ""
    column: str = ""
    # The repeat around ``repeat`` whose own table lacks ``column``: this table has the
    # column, but the instances its rows point to are not known.
    outer: str = ""


def set_aside(
    questionnaire: Questionnaire, table: Table, where: str, name: str, column: str
) -> SetAside | None:
    """Why ``table`` (for which :func:`repeat_table` found no repeat) is not read, when it
    looks meant to be (see :class:`SetAside`); None for any other sheet (notes, lists).
    ``column`` is the joining column its layout would have (``_parent_index``)."""
    if {KOBO_PARENT, CENTRAL_PARENT, DUODESK_PARENT} & set(table.header):
        return SetAside(where)
    named = next((r for r in questionnaire.repeats() if _names(r, name)), None)
    if named is None:
        return None
    return SetAside(where, named.name, column)


def _columns(
    questionnaire: Questionnaire, repeat: Repeat, header: tuple[str, ...]
) -> dict[int, tuple[Question, str]]:
    """Column -> (question of ``repeat`` itself, choice for a 0/1 column or "")."""
    by_path: dict[str, list[Question]] = {}
    for item, parents in questionnaire.walk():
        if not isinstance(item, Question) or questionnaire.repeat_of(item.name) is not repeat:
            continue
        if item.type is QuestionType.NOTE:
            continue
        path = [*(g.xlsform_name for g in parents), item.xlsform_name]
        for start in range(len(path)):
            by_path.setdefault("/".join(path[start:]), []).append(item)
    unique = {k: qs[0] for k, qs in by_path.items() if len({q.name for q in qs}) == 1}
    found: dict[int, tuple[Question, str]] = {}
    for index, raw in enumerate(header):
        name = raw.strip()
        if not name or name in NOT_QUESTIONS or name.startswith("_submission"):
            continue
        for candidate in (name, name.replace("-", "/"), name.replace(".", "/")):
            if candidate in unique:
                found[index] = (unique[candidate], "")
                break
            head, _, choice = candidate.rpartition("/")
            question = unique.get(head)
            if question is not None and question.type is QuestionType.SELECT_MULTIPLE:
                choices = questionnaire.choices_for(question)
                if choices is not None and choices.choice(choice) is not None:
                    found[index] = (question, choice)
                    break
    return found


def _unknown_columns(
    header: tuple[str, ...], columns: Mapping[int, tuple[Question, str]], inner: list[Repeat]
) -> list[str]:
    """The columns of a repeat's table that are none of its questions nor an export tool's own
    (``_index``, ``_submission__uuid``, ``SET-OF-places``, a location's parts or a file's
    link beside the question's own column, DuoDesk's number of instances of a repeat
    inside)."""
    read = [header[i].strip() for i in columns]
    counts = {n for r in inner for n in (r.name, r.xlsform_name)}
    unknown = []
    for index, raw in enumerate(header):
        name = raw.strip()
        if (
            index in columns
            or not name
            or name in NOT_QUESTIONS
            or name.startswith(("_", "SET-OF-"))
            or name.rpartition("/")[2] in counts
            or any(name.startswith((f"{r}-", f"{r}_")) for r in read)
        ):
            continue
        unknown.append(name)
    return unknown


def read_repeats(
    questionnaire: Questionnaire, tables: list[RepeatTable], main_where: str
) -> RepeatAnswers:
    """Every instance in ``tables``, joined to its interview (outer repeats first, so that an
    inner repeat's rows find the instance they belong to)."""
    result = RepeatAnswers(main_where=main_where)
    present = {t.repeat.name for t in tables}
    depth = {r.name: len(questionnaire.repeats_of(r.name)) for r in questionnaire.repeats()}
    # An instance's own key -> (its interview's key, its instance path), per repeat.
    placed: dict[str, dict[str, tuple[str, str]]] = {}
    for item in sorted(tables, key=lambda t: depth[t.repeat.name]):
        repeat = item.repeat
        chain = questionnaire.repeats_of(repeat.name)
        outer = chain[-1] if chain else None
        if outer is not None and outer.name not in placed:
            result.problems_alone.append(
                translate(
                    "Files",
                    "{where}: these are instances of {repeat}, which sits inside the "
                    "repeat {outer}, but the file has no table for {outer}",
                ).format(where=item.where, repeat=repeat.name, outer=outer.name)
            )
            continue
        result.read.add(repeat.name)
        result.tables[repeat.name] = item.where
        columns = _columns(questionnaire, repeat, item.table.header)
        mine = placed.setdefault(repeat.name, {})
        shared: set[str] = set()  # own keys two rows of this table give
        counts: dict[tuple[str, str], int] = {}
        inner = [r for r in questionnaire.repeats() if questionnaire.repeat_of(r.name) is repeat]
        result.left_out += [
            f"{name} ({item.where})" for name in _unknown_columns(item.table.header, columns, inner)
        ]
        for row_number, values in _in_index_order(item):
            where = _place(item.where, row_number, item.parent_column(values))
            own_key, parent_key = item.keys(values)
            if not parent_key:
                result.problems_alone.append(
                    translate(
                        "Files",
                        "{where}: empty, so this instance of {repeat} belongs to no interview",
                    ).format(where=where, repeat=repeat.name)
                )
                continue
            if outer is None:
                interview, parent_path = parent_key, ""
            else:
                found = placed[outer.name].get(parent_key)
                if found is None:
                    result.problems_alone.append(
                        translate(
                            "Files",
                            '{where}, value "{value}": no row of the {outer} table has '
                            "this key, so this instance of {repeat} belongs to nothing",
                        ).format(
                            where=where, value=parent_key, outer=outer.name, repeat=repeat.name
                        )
                    )
                    continue
                interview, parent_path = found
            if own_key and (own_key in mine or own_key in shared) and inner:
                # Two rows with one key: the rows of a repeat inside this one would be joined
                # to whichever came last, moving answers to another person's instance.
                own_column = item.table.header[item.own]
                result.problems_alone.append(
                    translate(
                        "Files",
                        '{where}, value "{value}": another row of {repeat} has the same key, so '
                        "the instances inside it cannot be told apart",
                    ).format(
                        where=_place(item.where, row_number, own_column),
                        value=own_key,
                        repeat=repeat.name,
                    )
                )
                # Neither row gets the instances inside: they are left over and said so.
                mine.pop(own_key, None)
                shared.add(own_key)
                continue
            number = counts.get((interview, parent_path), 0) + 1
            counts[(interview, parent_path)] = number
            path = f"{parent_path}.{number}" if parent_path else str(number)
            mine[own_key or f"row {row_number}"] = (interview, path)
            answers = result.answers.setdefault(interview, {})
            answers[answer_key(repeat.name, parent_path)] = number
            for nested in inner:  # 0 unless its table gives some; unknown without one
                if nested.name in present:
                    answers.setdefault(answer_key(nested.name, path), 0)
            _read_instance(
                questionnaire,
                columns,
                item,
                row_number,
                values,
                path,
                answers,
                result.problems.setdefault(interview, []),
                result.places.setdefault(interview, {}),
            )
            if outer is None:
                result.waiting.setdefault(interview, []).append(
                    translate(
                        "Files",
                        '{where}, value "{value}": no interview in {table} has this '
                        "key, so this instance of {repeat} belongs to no interview",
                    ).format(where=where, value=parent_key, table=main_where, repeat=repeat.name)
                )
    for key in [k for k, v in result.problems.items() if not v]:
        del result.problems[key]
    return result


def _in_index_order(item: RepeatTable) -> list[tuple[int, tuple[object, ...]]]:
    """The rows of ``item`` in the order of their own index (see the module's docstring), each
    with its row number in the file; in the file's order when a row has no index."""
    rows = list(item.table.rows())
    if item.interview is not None:
        return rows  # DuoDesk's own export numbers its instances in ``_instance`` already
    indexes = [_own_index(values[item.own]) for _, values in rows]
    if any(index is None for index in indexes):
        return rows
    order = sorted(range(len(rows)), key=lambda i: (indexes[i], i))
    return [rows[i] for i in order]


def _own_index(value: object) -> int | None:
    """A repeat row's place among the instances: Kobo's ``_index`` (3, or 3.0 from a
    spreadsheet), or the number ending Central's ``KEY`` (``uuid:.../drugs[3]`` gives 3)."""
    key = _key(value)
    if key.isdigit():
        return int(key)
    found = re.search(r"\[(\d+)\]$", key)
    return int(found[1]) if found else None


def _place(table: str, row: int, column: str) -> str:
    """Where a value is, in words: ``sheet "drugs", row 4, column "_parent_index"``."""
    return ", ".join(
        (
            table,
            translate("Files", "row {row}").format(row=row),
            translate("Files", 'column "{column}"').format(column=column),
        )
    )


def _wrong_value(where: str, value: object, reason: str) -> str:
    return translate("Files", '{where}, value "{value}": {reason}').format(
        where=where, value=value, reason=reason
    )


def _read_instance(
    questionnaire: Questionnaire,
    columns: Mapping[int, tuple[Question, str]],
    item: RepeatTable,
    row_number: int,
    values: tuple[object, ...],
    path: str,
    answers: dict[str, object],
    problems: list[str],
    places: dict[str, str],
) -> None:
    ticked: dict[str, list[str]] = {}
    for index, (question, choice) in columns.items():
        raw = from_csv_cell(values[index])
        where = _place(item.where, row_number, item.table.header[index])
        if is_export_marker(raw):
            continue  # DuoDesk's export: not asked, or not in the interview's version
        places.setdefault(answer_key(question.name, path), where)
        if choice:
            text = "" if raw is None else str(raw).strip().lower()
            if text in ("1", "1.0", "true", "yes"):
                ticked.setdefault(question.name, []).append(choice)
            elif text not in ("", "0", "0.0", "false", "no"):
                problems.append(_wrong_value(where, raw, translate("Files", "should be 1 or 0")))
            continue
        if question.type in (QuestionType.CALCULATE, QuestionType.START, QuestionType.END):
            continue  # worked out again by DuoDesk
        key = answer_key(question.name, path)
        if key in answers:
            continue  # the 0/1 columns said it already
        choices = questionnaire.choices_for(question)
        try:
            value = parse_answer(question, raw, choices)
        except AnswerError as error:
            value = choice_by_label(question, raw, choices)  # DuoDesk's export with labels
            if value is None:
                problems.append(_wrong_value(where, raw, str(error)))
                continue
        if value is not None:
            answers[key] = value
    for name, names in ticked.items():
        choices = questionnaire.choices_for(questionnaire.question(name))
        assert choices is not None
        answers[answer_key(name, path)] = tuple(
            c.name for c in choices.choices if c.name in set(names)
        )


def unknown_repeats(questionnaire: Questionnaire, repeats: RepeatAnswers | None) -> list[Repeat]:
    """The questionnaire's repeats whose instances a file does not give: those without a table
    among ``repeats`` (all of them when the file has no repeat tables at all)."""
    read = repeats.read if repeats is not None else set()
    return [r for r in questionnaire.repeats() if r.name not in read]


def worked_out_from(questionnaire: Questionnaire, names: set[str]) -> dict[str, frozenset[str]]:
    """The calculations whose value comes, through their calculation or relevance (or those
    of the calculations they use), from the repeats ``names`` or the questions inside them,
    each with the repeats it comes from: with those repeats' instances unknown, so are these
    values wherever one of the repeats applies (``count(${drugs})`` is not 0)."""
    graph = dependencies(questionnaire)
    calculations = {q.name for q in questionnaire.questions() if q.type is QuestionType.CALCULATE}
    origins: dict[str, set[str]] = {name: {name} for name in names}
    grown = True
    while grown:
        grown = False
        for name, edges in graph.items():
            for used, column in edges:
                if used not in origins or used == name:
                    continue
                if column != "group" and (name not in calculations or column == "default"):
                    continue
                mine = origins.setdefault(name, set())
                if not origins[used] <= mine:
                    mine |= origins[used]
                    grown = True
    return {name: frozenset(origins[name]) for name in calculations if name in origins}


def _key(value: object) -> str:
    """A key cell as text: Kobo's ``_index`` 3 (or 3.0 from a spreadsheet) as ``3``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def is_zip_of_csv_files(path: Path) -> bool:
    """Whether ``path`` is a zip holding CSV files and no workbook (ODK Central's export)."""
    if not zipfile.is_zipfile(path):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    return "xl/workbook.xml" not in names and any(n.lower().endswith(".csv") for n in names)


def central_zip_tables(
    path: Path, folder: Path, limits: Limits = DEFAULT_LIMITS
) -> list[tuple[str, Table]]:
    """The CSV files of an ODK Central zip, unpacked into ``folder`` (private, the caller's to
    remove) after checking the archive's declared sizes: (file name, table) each, the
    interviews' file first (the one without ``PARENT_KEY``). Media files are left packed.
    Raises InputFileError."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                info
                for info in archive.infolist()
                if not info.is_dir() and info.filename.lower().endswith(".csv")
            ]
            total = 0
            for info in members:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.flag_bits & 0x1:
                    raise InputFileError(
                        translate("Files", "this zip file is protected with a password."),
                        path=path,
                    )
                if total > limits.max_uncompressed_bytes or (
                    info.file_size > 1024 * 1024 and ratio > limits.max_member_ratio
                ):
                    raise InputFileError(
                        translate(
                            "Files",
                            "this zip file unpacks to far more data than its size suggests "
                            "({name}); it will not be opened.",
                        ).format(name=info.filename),
                        path=path,
                    )
            tables = []
            for number, info in enumerate(members):
                name = PurePosixPath(info.filename.replace("\\", "/")).name
                target = folder / f"{number}.csv"  # never a name taken from the archive
                with archive.open(info) as source, target.open("wb") as unpacked:
                    while chunk := source.read(1024 * 1024):
                        unpacked.write(chunk)
                table = csv_table(target, limits)
                table.path = Path(name)  # messages name the file as the zip does
                tables.append((name, table))
    except InputFileError:
        raise
    except (zipfile.BadZipFile, OSError, NotImplementedError) as error:
        raise InputFileError(
            translate("Files", "this zip file cannot be read ({error}).").format(error=error),
            path=path,
        ) from None
    main = [t for t in tables if CENTRAL_PARENT not in t[1].header]
    if len(main) > 1:
        # A repeat's file without its PARENT_KEY column: the interviews' file is still the
        # one whose name begins all the others' (``drugs.csv``, ``drugs-drugs.csv``).
        stems = [name[:-4] for name, _ in tables]
        main = [
            t for t in main if all(s == t[0][:-4] or s.startswith(f"{t[0][:-4]}-") for s in stems)
        ]
    if len(main) != 1:
        raise InputFileError(
            translate(
                "Files",
                "this zip file should hold one CSV file of interviews (without a PARENT_KEY "
                "column) and one per repeat; it holds {count} without PARENT_KEY.",
            ).format(count=len(main)),
            path=path,
        )
    return [main[0], *(t for t in tables if t is not main[0])]
