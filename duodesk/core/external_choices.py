"""Choices and data an XLSForm reads from other files: ``select_one_from_file`` (a CSV, XML or
GeoJSON file), ``select_one_external`` (the ``external_choices`` sheet, or ODK's ``itemsets.csv``)
and ``pulldata()`` (a CSV file).

Each file is read once, when the form is read, into ordinary :class:`ChoiceList` and
:class:`DataFile` values that the questionnaire keeps: a select from a file then works like any
other select, and the questionnaire no longer needs the file. The files are looked for where
the person says, else in the form's folder; a missing one is named with the folder to put it
in. Their formats are read and written by :mod:`duodesk.core.choice_files`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from duodesk.core.choice_files import (
    FILE_LIMITS,
    FILE_SUFFIXES,
    read_choice_file,
    read_data_file,
    read_external_lists,
    write_choice_file,
    write_csv,
)
from duodesk.core.csv_table import csv_table
from duodesk.core.input_files import InputFileError
from duodesk.core.questionnaire import (
    EXTERNAL_CHOICES,
    ITEMSETS,
    ChoiceList,
    DataFile,
    Questionnaire,
)
from duodesk.core.table import Table
from duodesk.i18n import translate

__all__ = [
    "FILE_LIMITS",
    "FILE_SUFFIXES",
    "ITEMSETS",
    "FormFiles",
    "SurveyRow",
    "add_files",
    "empty_files",
    "only_files_added",
    "write_form_files",
]


_FROM_FILE = re.compile(r"^select[ _]+(?:one|multiple)[ _]+from[ _]+file\s+(\S+)", re.IGNORECASE)
_EXTERNAL = re.compile(r"^select[ _]+one[ _]+external\s+(\S+)", re.IGNORECASE)
_PULLDATA = re.compile(r"""pulldata\s*\(\s*(?:'([^']*)'|"([^"]*)")""")
# pulldata(${district}, ...): the file is named by an answer, so which one is read is known
# only in the interview (ODK Collect looks for it among the form's media files then).
_PULLDATA_BY_ANSWER = re.compile(r"""pulldata\s*\(\s*[^\s'")]""")
# At most this many CSV files next to such a form are read (a folder of unrelated files must
# not make a form slow to add).
MOST_FILES_BY_ANSWER = 200
_FILE_PARAMETER = re.compile(r"(value|label)\s*=\s*([^\s;,]+)", re.IGNORECASE)


@dataclass(frozen=True)
class SurveyRow:
    """What the reader needs of one survey row: its place (``sheet "survey", row 4``) for
    messages, its type, its parameters and the text of its other cells (for pulldata())."""

    where: str
    type: str
    parameters: str
    cells: tuple[str, ...]


class FormFiles:
    """Reads the files a form's survey names, from ``files`` (file name -> where the person
    put it) or else the form's folder. A file found nowhere goes into ``missing``, and a list
    read from it is made empty (the questionnaire says which questions need it); a file that
    cannot be read adds its problem, once. A file with nothing in it, or only its header row,
    is taken as missing: a file of the same name in the folder with no choices was most
    likely left unfinished, and the person is told how to add the right one."""

    def __init__(
        self, form: Path, files: Mapping[str, Path], problems: list[str], missing: list[str]
    ) -> None:
        self.form, self.files, self.problems, self.missing = form, files, problems, missing
        self.failed: set[str] = set()  # the files that could not be read (said once)
        self.empty: set[str] = set()  # the files found that held nothing: taken as missing

    def _as_missing(self, name: str) -> None:
        """``name`` was found but gave nothing: it is missing, and said to be empty."""
        self.empty.add(name)
        if name not in self.missing:
            self.missing.append(name)

    def find(self, name: str) -> Path | None:
        """Where the file ``name`` is; None (and ``name`` in ``missing``) when it is nowhere."""
        found = self.files.get(name)
        folder = self.form.parent
        if found is None and (folder / name).is_file():
            found = folder / name
        if found is None and name not in self.missing:
            self.missing.append(name)
        return found

    def read(
        self,
        rows: Iterable[SurveyRow],
        choice_lists: dict[str, ChoiceList],
        external_sheet: Callable[[], Table | None],
    ) -> dict[str, DataFile]:
        """Add the lists ``select_one_from_file`` and ``select_one_external`` use to
        ``choice_lists``; return the files pulldata() reads (a file both selected from and
        pulled from is kept once, as the choice list). ``external_sheet`` gives the form's
        ``external_choices`` sheet, if it has one."""
        data_files: dict[str, DataFile] = {}
        wanted_external: dict[str, str] = {}
        by_answer = False
        for row in rows:
            from_file = _FROM_FILE.match(row.type)
            if from_file is not None and from_file[1] not in choice_lists:
                self._choice_file(row, from_file[1], choice_lists)
            external = _EXTERNAL.match(row.type)
            if external is not None:
                wanted_external.setdefault(external[1], f'{row.where}, column "type"')
            for cell in row.cells:
                for match in _PULLDATA.finditer(cell) if "pulldata" in cell else ():
                    self._data_file(row, match[1] if match[1] is not None else match[2], data_files)
                if "pulldata" in cell and _PULLDATA_BY_ANSWER.search(cell):
                    by_answer = True
        if wanted_external:
            self._external_lists(wanted_external, choice_lists, external_sheet)
        if by_answer:
            self._files_by_answer(choice_lists, data_files)
        return {
            name: data_file
            for name, data_file in data_files.items()
            if name not in choice_lists or choice_lists[name].source != name
        }

    def _choice_file(self, row: SurveyRow, name: str, choice_lists: dict[str, ChoiceList]) -> None:
        where = row.where + ", " + translate("Files", 'column "{column}"').format(column="type")
        if Path(name).name != name or Path(name).suffix.lower() not in FILE_SUFFIXES:
            self.problems.append(
                translate(
                    "Files",
                    '{where}: "{name}" should be the name of a .csv, .xml or .geojson file in '
                    "the form's folder",
                ).format(where=where, name=name)
            )
            return
        found = self.find(name)
        choice_lists[name] = ChoiceList(name, (), source=name)  # until read; also on failure
        if found is None:
            return
        if _is_empty(found):
            self._as_missing(name)
            return
        parameters = {k.lower(): v for k, v in _FILE_PARAMETER.findall(row.parameters)}
        try:
            read = read_choice_file(found, name, parameters)
        except InputFileError as error:
            self.failed.add(name)
            self.problems.append(str(error))
            return
        if read.choices:
            choice_lists[name] = read
        else:
            self._as_missing(name)

    def _data_file(self, row: SurveyRow, stem: str, data_files: dict[str, DataFile]) -> None:
        stem = stem.strip()
        name = stem if stem.lower().endswith(".csv") else f"{stem}.csv"
        if name in data_files or name in self.missing or name in self.failed:
            return
        if not stem or Path(name).name != name:
            self.problems.append(
                translate(
                    "Files", '{where}: pulldata() should name a CSV file, not "{name}"'
                ).format(where=row.where, name=stem)
            )
            return
        found = self.find(name)
        if found is None:
            return
        if _is_empty(found):
            self._as_missing(name)
            return
        try:
            data_files[name] = read_data_file(found, name)
        except InputFileError as error:
            self.failed.add(name)
            self.problems.append(str(error))

    def _files_by_answer(
        self, choice_lists: dict[str, ChoiceList], data_files: dict[str, DataFile]
    ) -> None:
        """A pulldata() whose file is named by an answer may read any CSV file of the form:
        those the person chose and those in the form's folder are read (none goes missing:
        which are needed is not known before the interview)."""
        names = {name for name in self.files if name.lower().endswith(".csv")}
        folder = self.form.parent
        names |= {found.name for found in folder.glob("*.csv") if found.is_file()}
        taken = {c.source for c in choice_lists.values()} | set(data_files) | {ITEMSETS}
        for name in sorted(names - taken)[:MOST_FILES_BY_ANSWER]:
            found = self.files.get(name) or folder / name
            try:
                data_files[name] = read_data_file(found, name)
            except InputFileError:
                continue  # perhaps not the form's at all: a file next to it by chance

    def _external_lists(
        self,
        wanted: dict[str, str],
        choice_lists: dict[str, ChoiceList],
        external_sheet: Callable[[], Table | None],
    ) -> None:
        """``select_one_external`` lists: from the ``external_choices`` sheet (which pyxform
        turns into ODK's ``itemsets.csv``), else from an ``itemsets.csv`` next to the form."""
        try:
            table = external_sheet()
            if table is None:
                found = self.find(ITEMSETS)
                if found is None:
                    for name in wanted:
                        choice_lists[name] = ChoiceList(name, (), source=EXTERNAL_CHOICES)
                    return
                table = csv_table(found, FILE_LIMITS)
            lists = read_external_lists(table, wanted)
        except InputFileError as error:
            self.problems.append(str(error))
            return
        for name, where in wanted.items():
            if name not in lists:
                place = (
                    translate("Files", 'the "{sheet}" sheet').format(sheet=table.sheet)
                    if table.sheet
                    else ITEMSETS
                )
                self.problems.append(
                    translate("Files", '{where}: the list "{name}" is not on {place}').format(
                        where=where, name=name, place=place
                    )
                )
            else:
                choice_lists[name] = lists[name]


def _is_empty(path: Path) -> bool:
    """Whether the file at ``path`` holds nothing at all (0 bytes, or only spaces)."""
    try:
        if path.stat().st_size > 4096:
            return False
        return not path.read_bytes().strip(b" \t\r\n\xef\xbb\xbf")
    except OSError:
        return False


def add_files(questionnaire: Questionnaire, files: Mapping[str, Path]) -> Questionnaire:
    """``questionnaire`` with some of its :attr:`~Questionnaire.missing_files` read from
    ``files`` (file name as the form names it -> where the file is): the lists read from them
    filled, the data ``pulldata()`` reads kept, and the names no longer missing.

    A file that was added already but gave no choices or rows (see :func:`empty_files`) may be
    added again: nothing can have been answered from it, so the new one simply replaces it.

    Raises :class:`~duodesk.core.input_files.InputFileError` naming the file, row and column
    when a file cannot be read or holds no choices, or ValueError when the questionnaire does
    not need a file of that name; nothing is changed then."""
    replaceable = empty_files(questionnaire)
    unknown = [
        name
        for name in files
        if name not in questionnaire.missing_files and name not in replaceable
    ]
    if unknown and _has_file(questionnaire, unknown[0]):
        raise ValueError(
            translate(
                "Files",
                "“{title}” has its file {name} already. To use another, add the questionnaire "
                "again with the new file beside it: it is kept as a new version, and interviews "
                "already entered keep the answers they were given.",
            ).format(title=questionnaire.title, name=unknown[0])
        )
    if unknown:
        needed = ", ".join(questionnaire.missing_files) or translate("Files", "no file")
        raise ValueError(
            translate(
                "Files", "“{title}” does not need a file called {name}; it needs {needed}."
            ).format(title=questionnaire.title, name=unknown[0], needed=needed)
        )
    lists = dict(questionnaire.choice_lists)
    data_files = dict(questionnaire.data_files)
    read_from: dict[str, Path] = {}  # choice list -> the file it was read from now
    for name, path in files.items():
        if name == ITEMSETS:
            wanted = [c.name for c in lists.values() if c.source == EXTERNAL_CHOICES]
            found = read_external_lists(csv_table(path, FILE_LIMITS), wanted)
            for list_name in wanted:
                if list_name not in found:
                    raise InputFileError(
                        translate(
                            "Files",
                            'the list "{name}" has no rows here (its "list_name" column never '
                            "says it).",
                        ).format(name=list_name),
                        path=path,
                    )
            lists.update(found)
            read_from.update(dict.fromkeys(found, path))
        elif name in lists and lists[name].source == name:
            user = next(
                (q for q in questionnaire.questions() if q.list_name == name and q.type.is_select),
                None,
            )
            parameters = dict(user.parameters) if user is not None else {}
            lists[name] = _with_choices(read_choice_file(path, name, parameters), path)
            read_from[name] = path
        else:
            data_files[name] = read_data_file(path, name)
    _check_filter_columns(questionnaire, lists, read_from)
    missing = tuple(name for name in questionnaire.missing_files if name not in files)
    empty = tuple(name for name in questionnaire.found_empty if name in missing)
    return replace(
        questionnaire,
        choice_lists=lists,
        data_files=data_files,
        missing_files=missing,
        found_empty=empty,
    )


def _with_choices(choice_list: ChoiceList, path: Path) -> ChoiceList:
    """``choice_list``, read from ``path``; a file with only its header row is refused
    (whether it comes with the form or is added later): no question could be answered."""
    if choice_list.choices:
        return choice_list
    raise InputFileError(
        translate(
            "Form files",
            "this file holds no choices: it has a header row and nothing under it. "
            "Add a file with a row for each choice.",
        ),
        path=path,
    )


def empty_files(questionnaire: Questionnaire) -> frozenset[str]:
    """The files the questionnaire was given that gave it nothing: a choices file whose lists
    have no choices, a ``pulldata()`` file with no rows. No answer can have come from them, so
    another file of the same name may replace them, even when interviews use the questionnaire."""
    sources: dict[str, bool] = {}  # file name -> whether every list read from it is empty
    for choice_list in questionnaire.choice_lists.values():
        if not choice_list.source:
            continue
        name = ITEMSETS if choice_list.source == EXTERNAL_CHOICES else choice_list.source
        sources[name] = sources.get(name, True) and not choice_list.choices
    empty = {name for name, nothing in sources.items() if nothing}
    empty |= {name for name, data in questionnaire.data_files.items() if not data.rows}
    return frozenset(empty - set(questionnaire.missing_files))


def _has_file(questionnaire: Questionnaire, name: str) -> bool:
    """Whether ``name`` is a file the questionnaire was given already."""
    if name in questionnaire.data_files:
        return True
    if name == ITEMSETS:
        return any(c.source == EXTERNAL_CHOICES for c in questionnaire.choice_lists.values())
    return any(c.source == name for c in questionnaire.choice_lists.values())


def _check_filter_columns(
    questionnaire: Questionnaire, lists: Mapping[str, ChoiceList], read_from: Mapping[str, Path]
) -> None:
    """Refuse a choices file without a column a question's ``choice_filter`` chooses by: the
    question would offer no answer at all, and a required one could never be passed."""
    from duodesk.core.checks import has_choice_column
    from duodesk.core.expressions import ExpressionError, bare_names, parse

    for question in questionnaire.questions():
        path = read_from.get(question.list_name or "")
        if path is None or not question.choice_filter.strip():
            continue
        try:
            names = dict.fromkeys(bare.name for bare in bare_names(parse(question.choice_filter)))
        except ExpressionError:
            continue  # reported when the questionnaire was read
        for column in names:
            if not has_choice_column(lists[question.list_name], column):
                raise InputFileError(
                    translate(
                        "Files",
                        'there is no column "{column}", which the question "{question}" '
                        "chooses its answers by (its choice_filter: {choice_filter}). "
                        "Add the column to the file, or check its spelling.",
                    ).format(
                        column=column, question=question.name, choice_filter=question.choice_filter
                    ),
                    path=path,
                )


def only_files_added(older: Questionnaire, newer: Questionnaire) -> bool:
    """Whether ``newer`` is ``older`` with some of its missing files added and nothing else
    changed: the same questionnaire, more complete, so it may replace ``older`` in place even
    when interviews use it (no answer could have been given to what the files fill in)."""
    from duodesk.core.serialize import fingerprint  # serialize builds on the questionnaire

    added = [name for name in older.missing_files if name not in newer.missing_files]
    if not added or any(name not in older.missing_files for name in newer.missing_files):
        return False
    lists = dict(older.choice_lists)
    for name, choice_list in newer.choice_lists.items():
        source = ITEMSETS if choice_list.source == EXTERNAL_CHOICES else choice_list.source
        if source in added and name in lists:
            lists[name] = choice_list
    data_files = dict(older.data_files)
    data_files.update({n: f for n, f in newer.data_files.items() if n in added})
    filled = replace(
        older, choice_lists=lists, data_files=data_files, missing_files=newer.missing_files
    )
    return fingerprint(filled) == fingerprint(newer)


def write_form_files(
    questionnaire: Questionnaire, folder: Path, languages: list[str]
) -> list[Path]:
    """Write the files a questionnaire's ``select_one_from_file`` lists and ``pulldata()``
    calls read into ``folder`` (next to its XLSForm), replacing files of the same names; the
    paths written. ``external_choices`` lists go on the workbook's own sheet instead."""
    written = []
    for choice_list in questionnaire.choice_lists.values():
        if choice_list.source in questionnaire.missing_files:
            continue  # never an empty file in its place: the person still has to add it
        if choice_list.source and choice_list.source != EXTERNAL_CHOICES:
            used = [lang for lang in languages if any(lang in c.label for c in choice_list.rows)]
            write_choice_file(choice_list, folder / choice_list.source, used or [""])
            written.append(folder / choice_list.source)
    for data_file in questionnaire.data_files.values():
        write_csv(list(data_file.header), data_file.rows, folder / data_file.name)
        written.append(folder / data_file.name)
    return written


def missing_column_notes(
    questionnaire: Questionnaire, external_place: Callable[[], str] = lambda: ITEMSETS
) -> list[str]:
    """Sentences for the columns the form's files lack: a ``pulldata()`` whose CSV has no
    such value or key column, a ``choice_filter`` choosing by a column its list's file does
    not have. pyxform accepts such a form and ODK Collect fails only in the interview (the
    calculation stays empty, the question offers nothing), so the form is taken, and the
    person is told at once, naming the file, the missing column and the columns it has.
    ``external_place`` names where ``select_one_external`` lists came from (``itemsets.csv``
    or the form's ``external_choices`` sheet: see
    :func:`duodesk.core.xlsform.external_choices_place`), asked only when needed."""
    notes = _pulldata_column_notes(questionnaire)
    notes += _filter_column_notes(questionnaire, external_place)
    return list(dict.fromkeys(notes))


def _columns_text(columns: Iterable[str]) -> str:
    return ", ".join(f'"{column}"' for column in columns if column)


def _pulldata_column_notes(questionnaire: Questionnaire) -> list[str]:
    from duodesk.core.checks import data_file_name, expression_columns, pulldata_calls
    from duodesk.core.expressions import ExpressionError, parse
    from duodesk.core.expressions.nodes import Literal

    notes = []
    for item, _ in questionnaire.walk():
        for text in expression_columns(item).values():
            if "pulldata" not in text:
                continue
            try:
                calls = pulldata_calls(parse(text))
            except ExpressionError:
                continue  # reported when the questionnaire was read
            for call in calls:
                named = [a.value if isinstance(a, Literal) else None for a in call.args[:3]]
                if len(named) < 3 or not all(isinstance(n, str) for n in named):
                    continue  # named by an answer: which one is known only in the interview
                name = data_file_name(named[0])
                data_file = questionnaire.data_file(name)
                if data_file is None or name in questionnaire.missing_files:
                    continue  # missing, and said so with the command that adds it
                lacking = [c for c in dict.fromkeys(named[1:]) if c not in data_file.header]
                if not lacking:
                    continue
                if len(lacking) == 1:
                    words = translate(
                        "Files",
                        "{file} has no column {missing}, which pulldata() in “{question}” "
                        "reads (the file's columns are {columns}), so it stays empty in every "
                        "interview. Add the column to the file, or check its spelling.",
                    )
                else:
                    words = translate(
                        "Files",
                        "{file} has no columns {missing}, which pulldata() in “{question}” "
                        "reads (the file's columns are {columns}), so it stays empty in every "
                        "interview. Add the columns to the file, or check their spelling.",
                    )
                notes.append(
                    words.format(
                        file=name,
                        missing=_columns_text(lacking),
                        question=item.name,
                        columns=_columns_text(data_file.header),
                    )
                )
    return notes


def _filter_column_notes(
    questionnaire: Questionnaire, external_place: Callable[[], str]
) -> list[str]:
    from duodesk.core.checks import has_choice_column
    from duodesk.core.expressions import ExpressionError, bare_names, parse

    notes = []
    for question in questionnaire.questions():
        choice_list = questionnaire.choices_for(question)
        if choice_list is None or not choice_list.source or not question.choice_filter.strip():
            continue  # the choices sheet: the designer's checks point at its columns
        external = choice_list.source == EXTERNAL_CHOICES
        if not choice_list.choices or (ITEMSETS if external else choice_list.source) in (
            questionnaire.missing_files
        ):
            continue
        try:
            names = dict.fromkeys(b.name for b in bare_names(parse(question.choice_filter)))
        except ExpressionError:
            continue  # reported when the questionnaire was read
        has = ["list_name", "name", "label"] if external else ["name", "label"]
        for choice in choice_list.filter_rows or choice_list.choices:
            has += [column for column in choice.extra if column not in has]
        for column in names:
            if has_choice_column(choice_list, column):
                continue
            place = external_place() if external else choice_list.source
            notes.append(
                translate(
                    "Files",
                    '{file} has no column "{column}", which the question “{question}” chooses '
                    "its answers by (its choice_filter: {choice_filter}; the columns are "
                    "{columns}), so it offers no answer. Add the column to the file, or check "
                    "its spelling.",
                ).format(
                    file=place,
                    column=column,
                    question=question.name,
                    choice_filter=question.choice_filter,
                    columns=_columns_text(has),
                )
            )
    return notes
