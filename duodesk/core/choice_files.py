"""The file formats of choice lists and data an XLSForm reads from beside it, read and written
(see :mod:`duodesk.core.external_choices` for which files a form reads, and why).

* CSV: a header row; the choice's name in ``name`` and its label in ``label`` or
  ``label::Language`` (the question's ``parameters`` may name other columns: ``value=code
  label=title``); every other column can be used by a ``choice_filter``.
* XML: ``<root><item><name>..</name><label>..</label>...</item>...</root>``, each child element
  of an item a column.
* GeoJSON: a FeatureCollection; the name is the feature's ``id`` (or its ``id`` property), the
  label its ``title`` property, and the other properties are columns.

Every file may be huge or hostile: it is read within :data:`FILE_LIMITS` (the same bounds as the
form itself, with room for long village lists), a cell that starts like a spreadsheet formula is
refused, and every problem is an :class:`~duodesk.core.input_files.InputFileError` naming the
file, row and column. Written by hand over the csv, json and defusedxml modules: the formats are
ODK's, small, and no library reads them with the row and column a message needs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from duodesk.core.csv_table import csv_table
from duodesk.core.input_files import InputFileError, Limits
from duodesk.core.questionnaire import EXTERNAL_CHOICES, Choice, ChoiceList, DataFile
from duodesk.core.spreadsheet import FORMULA_STARTS
from duodesk.core.table import Table
from duodesk.core.xlsx_archive import size_or_refuse
from duodesk.i18n import translate

FILE_SUFFIXES = (".csv", ".xml", ".geojson")

# A cascading list of every village of a country has tens of thousands of rows; a file past
# these bounds is a mistake or an attack. 50 MiB and 10,000 characters a cell, as for the form.
FILE_LIMITS = Limits(
    max_file_bytes=50 * 1024 * 1024,
    max_uncompressed_bytes=200 * 1024 * 1024,
    max_rows=200_000,
    max_columns=1_000,
    max_cell_chars=10_000,
    max_row_chars=1024 * 1024,
)
_MAX_XML_DEPTH = 3  # root / item / column
_NUMBERS = re.compile(r"^[-+]?[0-9][0-9.eE+\- ;]*$")


def read_choice_file(path: Path, list_name: str, parameters: Mapping[str, str]) -> ChoiceList:
    """The choices of ``select_one_from_file list_name`` from the file at ``path`` (named
    ``list_name`` in the form). ``parameters`` are the question's (``value``, ``label``).
    Raises InputFileError naming the file, row and column."""
    suffix = Path(list_name).suffix.lower()
    if suffix == ".xml":
        header, rows = _xml_rows(path)
    elif suffix == ".geojson":
        header, rows = _geojson_rows(path)
    else:
        header, rows = _csv_rows(path)
    default_value, default_label = ("id", "title") if suffix == ".geojson" else ("name", "label")
    value_column = parameters.get("value", default_value)
    label_column = parameters.get("label", default_label)
    choices = _choices(path, header, rows, value_column, label_column)
    return ChoiceList.from_rows(list_name, tuple(choices), source=list_name)


def read_external_lists(table: Table, wanted: Iterable[str]) -> dict[str, ChoiceList]:
    """The ``wanted`` lists of an ``external_choices`` sheet or an ``itemsets.csv`` file (a
    ``list_name`` column, then as a CSV choice file). A wanted list with no row is left out."""
    wanted = set(wanted)
    header = tuple(h.strip() for h in table.header)
    keys = [_plain(h) for h in header]
    if "list_name" not in keys:
        raise InputFileError(
            translate(
                "Core",
                'there is no "list_name" column, which says which list each choice belongs to.',
            ),
            path=table.path,
            sheet=table.sheet,
        )
    list_column = keys.index("list_name")
    by_list: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for number, values in table.rows():
        cells = tuple(_text(v) for v in values)
        if cells[list_column] in wanted:
            by_list.setdefault(cells[list_column], []).append((number, cells))
    return {
        name: ChoiceList.from_rows(
            name,
            tuple(
                _choices(table.path, header, rows, "name", "label", table.sheet, list_column, True)
            ),
            source=EXTERNAL_CHOICES,
        )
        for name, rows in by_list.items()
    }


def read_data_file(path: Path, name: str) -> DataFile:
    """The CSV file ``pulldata()`` reads, whole. Raises InputFileError."""
    header, rows = _csv_rows(path)
    return DataFile(name, header, tuple(cells for _, cells in rows))


def _plain(header: str) -> str:
    return "_".join(header.strip().lower().split())


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_rows(path: Path) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
    size_or_refuse(path, FILE_LIMITS)
    table = csv_table(path, FILE_LIMITS)
    header = tuple(h.strip() for h in table.header)
    rows = []
    for number, values in table.rows():
        cells = tuple(_text(v) for v in values)
        for index, cell in enumerate(cells):
            _refuse_formula(path, None, number, header[index] or f"column {index + 1}", cell)
        rows.append((number, cells))
    return header, rows


def _refuse_formula(path: Path, sheet: str | None, row: int, column: str, cell: str) -> None:
    """A cell a spreadsheet would run as a formula is refused: the file is written again next
    to the form by the questionnaire designer, and may be opened in a spreadsheet there.
    Negative numbers and texts such as "- none -" are data."""
    if not cell.startswith(FORMULA_STARTS) or (len(cell) > 1 and cell[1] == " "):
        return
    if not _NUMBERS.match(cell):  # "-4", "-1.3 36.8 0 0" (a point) are data
        shown = cell if len(cell) <= 40 else cell[:40] + "..."
        raise InputFileError(
            translate(
                "Core",
                '"{shown}" starts like a spreadsheet formula; DuoDesk does not read '
                "formulas from a choices file (type the value itself).",
            ).format(shown=shown),
            path=path,
            sheet=sheet,
            row=row,
            column=column,
        ) from None


def _choices(
    path: Path,
    header: tuple[str, ...],
    rows: list[tuple[int, tuple[str, ...]]],
    value_column: str,
    label_column: str,
    sheet: str | None = None,
    skip: int | None = None,
    check_cells: bool = False,
) -> list[Choice]:
    """Choices from rows: the name from ``value_column``, labels from ``label_column`` (and its
    ``::Language`` columns), the other columns kept for choice filters. A column named by the
    question's parameters is kept as a column too, so the list writes back as it was read."""
    value_index = next((i for i, h in enumerate(header) if h == value_column), None)
    if value_index is None:
        value_index = next((i for i, h in enumerate(header) if _plain(h) == value_column), None)
    if value_index is None:
        columns = ", ".join(f'"{h}"' for h in header if h)
        raise InputFileError(
            translate(
                "Core",
                'there is no "{value_column}" column for the choices\' names (the columns '
                "are {columns}).",
            ).format(value_column=value_column, columns=columns),
            path=path,
            sheet=sheet,
        )
    labels: dict[int, str] = {}
    for index, column in enumerate(header):
        base, separator, language = column.partition("::")
        if base.strip() == label_column or _plain(base) == label_column:
            labels[index] = language.strip() if separator else ""
    extra_columns = [
        (index, column)
        for index, column in enumerate(header)
        if column
        and index != skip
        and (index not in labels or label_column != "label")
        and (index != value_index or value_column != "name")
    ]
    choices = []
    for number, cells in rows:
        if check_cells:  # read here, not by _csv_rows
            for index, cell in enumerate(cells):
                _refuse_formula(path, sheet, number, header[index] or "", cell)
        name = cells[value_index]
        if not name:
            raise InputFileError(
                translate("Core", "this choice has no name."),
                path=path,
                sheet=sheet,
                row=number,
                column=header[value_index],
            )
        label = {language: cells[index] for index, language in labels.items() if cells[index]}
        extra = {column: cells[index] for index, column in extra_columns if cells[index]}
        choices.append(Choice(name, label, extra=extra))
    return choices


def _xml_rows(path: Path) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
    """Items of an ODK XML choices file as rows; row numbers count items from 1."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    size_or_refuse(path, FILE_LIMITS)
    try:
        root = ElementTree.parse(path).getroot()
    except DefusedXmlException:
        raise InputFileError(
            translate(
                "Core", "the file uses XML entities or a document type, which DuoDesk refuses."
            ),
            path=path,
        ) from None
    except Exception as error:  # ParseError: bad XML; also any encoding DuoDesk cannot read
        raise InputFileError(
            translate("Core", "this is not readable XML ({error}).").format(error=error), path=path
        ) from None
    items = list(root)
    if FILE_LIMITS.max_rows is not None and len(items) > FILE_LIMITS.max_rows:
        raise InputFileError(
            translate("Core", "there are more than {max_rows:,} items.").format(
                max_rows=FILE_LIMITS.max_rows
            ),
            path=path,
        )
    header: dict[str, None] = {}
    records = []
    for item in items:
        record = {}
        for child in item:
            if len(child):
                raise InputFileError(
                    translate(
                        "Core",
                        "<{tag}> holds more elements; each column of an item must be text (at "
                        "most {max_xml_depth} levels: root, item, column).",
                    ).format(tag=child.tag, max_xml_depth=_MAX_XML_DEPTH),
                    path=path,
                    row=len(records) + 1,
                    column=str(child.tag),
                )
            text = (child.text or "").strip()
            if len(text) > FILE_LIMITS.max_cell_chars:
                raise InputFileError(
                    translate(
                        "Core", "a value holds more than {max_cell_chars:,} characters."
                    ).format(max_cell_chars=FILE_LIMITS.max_cell_chars),
                    path=path,
                    row=len(records) + 1,
                    column=str(child.tag),
                )
            record[str(child.tag)] = text
            header.setdefault(str(child.tag))
        records.append(record)
    return _as_rows(path, tuple(header), records)


def _as_rows(
    path: Path, columns: tuple[str, ...], records: list[dict[str, str]]
) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
    """Records (column -> text) as numbered rows under ``columns``, a missing value ``""``;
    a cell that a spreadsheet would take for a formula is refused."""
    rows = []
    for number, record in enumerate(records, start=1):
        cells = tuple(record.get(column, "") for column in columns)
        for column, cell in zip(columns, cells, strict=True):
            _refuse_formula(path, None, number, column, cell)
        rows.append((number, cells))
    return columns, rows


def _geojson_rows(path: Path) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
    """Features of a GeoJSON FeatureCollection as rows (``id``, then the properties, then the
    geometry as ODK's ``latitude longitude`` points); row numbers count features from 1."""
    size_or_refuse(path, FILE_LIMITS)
    try:
        data = json.loads(path.read_bytes())
    except (ValueError, UnicodeDecodeError) as error:
        raise InputFileError(
            translate("Core", "this is not readable GeoJSON ({error}).").format(error=error),
            path=path,
        ) from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise InputFileError(
            translate(
                "Core", 'this is not a GeoJSON FeatureCollection (there is no "features" list).'
            ),
            path=path,
        )
    if FILE_LIMITS.max_rows is not None and len(features) > FILE_LIMITS.max_rows:
        raise InputFileError(
            translate("Core", "there are more than {max_rows:,} features.").format(
                max_rows=FILE_LIMITS.max_rows
            ),
            path=path,
        )
    header: dict[str, None] = {"id": None}
    records = []
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(properties, dict):
            raise InputFileError(
                translate("Core", "this feature has no properties."), path=path, row=number
            )
        record = {str(k): _geojson_value(v) for k, v in properties.items()}
        if feature.get("id") is not None:
            record["id"] = _geojson_value(feature["id"])
        geometry = _odk_geometry(feature.get("geometry"))
        if geometry:
            record["geometry"] = geometry
        for key, value in record.items():
            if len(value) > FILE_LIMITS.max_cell_chars:
                raise InputFileError(
                    translate(
                        "Core", "a value holds more than {max_cell_chars:,} characters."
                    ).format(max_cell_chars=FILE_LIMITS.max_cell_chars),
                    path=path,
                    row=number,
                    column=key,
                )
            header.setdefault(key)
        records.append(record)
    return _as_rows(path, tuple(header), records)


def _geojson_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str | int | float | bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _odk_geometry(geometry: object) -> str:
    """A point, line or shape as ODK writes it: "lat lon 0 0" points joined by "; "."""
    if not isinstance(geometry, dict):
        return ""
    coordinates = geometry.get("coordinates")
    kind = geometry.get("type")
    try:
        if kind == "Point":
            points = [coordinates]
        elif kind == "LineString":
            points = list(coordinates)
        elif kind == "Polygon":
            points = list(coordinates[0])
        else:
            return ""
        return "; ".join(f"{float(p[1]):g} {float(p[0]):g} 0 0" for p in points)
    except (TypeError, ValueError, IndexError, KeyError):
        return ""


# --- writing --------------------------------------------------------------------------------


def write_choice_file(choice_list: ChoiceList, path: Path, languages: list[str]) -> None:
    """Write a ``select_one_from_file`` list as the file it was read from (CSV, XML or
    GeoJSON), replacing ``path`` atomically."""
    suffix = path.suffix.lower()
    label_columns = [f"label::{lang}" if lang else "label" for lang in languages]
    extras = list(dict.fromkeys(k for c in choice_list.rows for k in c.extra))
    if suffix == ".geojson":
        _write_geojson(choice_list, path, extras)
        return
    header = ["name", *label_columns, *[e for e in extras if e not in label_columns]]
    rows = [
        [
            choice.name,
            *[choice.label.get(lang, "") for lang in languages],
            *[choice.extra.get(e, "") for e in header[1 + len(languages) :]],
        ]
        for choice in choice_list.rows
    ]
    if suffix == ".xml":
        _write_xml(header, rows, path)
    else:
        write_csv(header, rows, path)


def write_csv(header: list[str], rows: Iterable[Iterable[str]], path: Path) -> None:
    """A UTF-8 CSV file as ODK reads it, replacing ``path`` atomically. The values are written
    as they are (no apostrophe before them): ODK reads them as data, and the reader refused any
    that a spreadsheet would run as a formula."""
    import csv

    temporary = path.with_name(f".{path.name}.part")
    with temporary.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    temporary.replace(path)


def _write_xml(header: list[str], rows: list[list[str]], path: Path) -> None:
    from xml.etree import ElementTree

    root = ElementTree.Element("root")
    for row in rows:
        item = ElementTree.SubElement(root, "item")
        for column, value in zip(header, row, strict=True):
            if value:
                ElementTree.SubElement(item, column.replace("::", "_")).text = value
    temporary = path.with_name(f".{path.name}.part")
    ElementTree.ElementTree(root).write(temporary, encoding="utf-8", xml_declaration=True)
    temporary.replace(path)


def _write_geojson(choice_list: ChoiceList, path: Path, extras: list[str]) -> None:
    features = []
    for choice in choice_list.rows:
        properties = {k: v for k, v in choice.extra.items() if k not in ("geometry", "id")}
        label = next(iter(choice.label.values()), "")
        if label and "title" not in properties:
            properties["title"] = label
        feature: dict[str, object] = {"type": "Feature", "id": choice.name}
        feature["geometry"] = _geojson_geometry(choice.extra.get("geometry", ""))
        feature["properties"] = properties
        features.append(feature)
    temporary = path.with_name(f".{path.name}.part")
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def _geojson_geometry(text: str) -> dict[str, object] | None:
    points = []
    for part in text.split(";"):
        numbers = part.split()
        if len(numbers) >= 2:
            points.append([float(numbers[1]), float(numbers[0])])
    if not points:
        return None
    if len(points) == 1:
        return {"type": "Point", "coordinates": points[0]}
    if points[0] == points[-1]:
        return {"type": "Polygon", "coordinates": [points]}
    return {"type": "LineString", "coordinates": points}
